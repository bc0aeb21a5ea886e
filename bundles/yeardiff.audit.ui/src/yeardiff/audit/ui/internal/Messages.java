package yeardiff.audit.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The audit workbench's user-visible strings (messages.properties, with a Dutch translation beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "yeardiff.audit.ui.internal.messages"; //$NON-NLS-1$

	public static String Status_open;
	public static String Status_fulfilled;
	public static String Status_changed;
	public static String Status_delayed;
	public static String Status_silent;
	public static String CommitmentsView_auditing;
	public static String CommitmentsView_noRepository;
	public static String CommitmentsView_failed;
	public static String CommitmentsView_count;
	public static String CommitmentsView_partner;
	public static String CommitmentsView_status;
	public static String CommitmentsView_year;
	public static String CommitmentsView_due;
	public static String CommitmentsView_all;
	public static String CommitmentsView_columnStatus;
	public static String CommitmentsView_columnDue;
	public static String CommitmentsView_columnPartner;
	public static String CommitmentsView_columnReport;
	public static String CommitmentsView_columnStatement;
	public static String CommitmentsView_commitment;
	public static String CommitmentsView_evidence;
	public static String CommitmentsView_verdicts;
	public static String CommitmentsView_columnPage;
	public static String CommitmentsView_columnCommit;
	public static String CommitmentsView_columnDate;
	public static String CommitmentsView_columnAuthor;
	public static String CommitmentsView_columnRationale;
	public static String CommitmentsView_details;
	public static String CommitmentsView_noDue;
	public static String CommitmentsView_loadingVerdicts;
	public static String CommitmentsView_byAuditor;
	public static String CommitmentsView_overdue;
	public static String DueWindow_any;
	public static String DueWindow_overdue;
	public static String DueWindow_thisYear;
	public static String DueWindow_later;
	public static String DueWindow_none;
	public static String RecordVerdictDialog_title;
	public static String RecordVerdictDialog_message;
	public static String RecordVerdictDialog_status;
	public static String RecordVerdictDialog_rationale;
	public static String RecordVerdictDialog_evidence;
	public static String RecordVerdictDialog_author;
	public static String RecordVerdictDialog_rationaleRequired;
	public static String RecordVerdictDialog_authorRequired;
	public static String RecordVerdictHandler_job;
	public static String RecordVerdictHandler_failed;
	public static String ExportAuditHandler_dialog;
	public static String ExportAuditHandler_html;
	public static String ExportAuditHandler_csv;
	public static String ExportAuditHandler_pdf;
	public static String ExportAuditHandler_job;
	public static String ExportAuditHandler_failed;
	public static String ExportAuditHandler_done;
	public static String RefreshCommitmentsHandler_failed;
	public static String CommitmentsView_of;
	public static String RecordVerdictDialog_evidenceLine;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

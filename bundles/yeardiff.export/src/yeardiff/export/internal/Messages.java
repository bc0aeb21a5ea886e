package yeardiff.export.internal;

import yeardiff.model.nls.MessageFields;

import yeardiff.compare.PairStatus;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. The exports run as plain Java as well as in OSGi, so
 * they read the properties through {@link java.util.ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String comparisonTitle;
	public static String reportName;
	public static String summary;
	public static String partner;
	public static String total;
	public static String significant;
	public static String significantMark;
	public static String status;
	public static String statusUnchanged;
	public static String statusReworded;
	public static String statusChanged;
	public static String statusNew;
	public static String statusDropped;
	public static String statusMoved;
	public static String page;
	public static String notReported;
	public static String noStatements;
	public static String legend;
	public static String significantLegend;
	public static String pageNumber;
	public static String factMoves;
	public static String AuditReport_title;
	public static String AuditReport_columnCommitment;
	public static String AuditReport_columnReport;
	public static String AuditReport_columnYear;
	public static String AuditReport_columnPartner;
	public static String AuditReport_columnStatement;
	public static String AuditReport_columnPage;
	public static String AuditReport_columnDue;
	public static String AuditReport_columnStatus;
	public static String AuditReport_columnAutomaticStatus;
	public static String AuditReport_columnReason;
	public static String AuditReport_columnVerdictRationale;
	public static String AuditReport_columnVerdictAuthor;
	public static String AuditReport_columnVerdictDate;
	public static String AuditReport_columnVerdictCommit;
	public static String AuditReport_columnEvidenceReport;
	public static String AuditReport_columnEvidenceYear;
	public static String AuditReport_columnEvidenceStatement;
	public static String AuditReport_columnEvidencePage;
	public static String AuditReport_columnEvidenceCommit;
	public static String AuditReport_columnEvidenceText;
	public static String AuditReport_evidence;
	public static String AuditReport_noEvidence;
	public static String AuditReport_verdict;
	public static String AuditReport_automatic;
	public static String AuditReport_due;
	public static String AuditReport_noDue;
	public static String AuditReport_page;
	public static String AuditReport_commit;
	public static String DraftHtml_findings;
	public static String DraftHtml_noFindings;

	static {
		MessageFields.load(Messages.class, "yeardiff.export.internal.messages"); //$NON-NLS-1$
	}

	private Messages() {
	}

	/** The label of a pair's status. */
	public static String status(PairStatus status) {
		return switch (status) {
			case UNCHANGED -> statusUnchanged;
			case REWORDED -> statusReworded;
			case CHANGED -> statusChanged;
			case NEW -> statusNew;
			case DROPPED -> statusDropped;
			case MOVED -> statusMoved;
		};
	}

	/** Fills the {@code {0}}, {@code {1}} ... of a message; see {@link MessageFields#bind}. */
	public static String bind(String message, Object... arguments) {
		return MessageFields.bind(message, arguments);
	}
}

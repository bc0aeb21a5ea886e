package yeardiff.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible strings (messages.properties, with a Dutch translation beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "yeardiff.ui.internal.messages"; //$NON-NLS-1$

	public static String ReportsView_noRepository;
	public static String ReportsView_noReports;
	public static String ReportsView_loading;
	public static String ReportsView_loadFailed;
	public static String ReportsView_reportLabel;
	public static String ReportsView_statementLabel;
	public static String RepositorySelection_openFailed;
	public static String CompareEditor_title;
	public static String CompareEditor_comparing;
	public static String CompareEditor_loadFailed;
	public static String CompareEditor_failedTitle;
	public static String CompareEditor_noPrevious;
	public static String CompareEditor_partnerChanges;
	public static String CompareEditor_partnerOneChange;
	public static String CompareEditor_partnerUnchanged;
	public static String CompareEditor_similarity;
	public static String CompareEditor_commitmentChanged;
	public static String CompareEditor_hideUnchanged;
	public static String HistoryView_report;
	public static String HistoryView_year;
	public static String HistoryView_status;
	public static String HistoryView_page;
	public static String HistoryView_commit;
	public static String HistoryView_text;
	public static String HistoryView_hint;
	public static String HistoryView_loading;
	public static String HistoryView_failed;
	public static String HistoryView_of;
	public static String HistoryView_first;
	public static String HistoryView_diff;
	public static String ImportWizard_title;
	public static String ImportWizard_pageTitle;
	public static String ImportWizard_pageDescription;
	public static String ImportWizard_files;
	public static String ImportWizard_add;
	public static String ImportWizard_remove;
	public static String ImportWizard_year;
	public static String ImportWizard_id;
	public static String ImportWizard_replace;
	public static String ImportWizard_chooseFiles;
	public static String ImportWizard_letters;
	public static String ImportWizard_allFiles;
	public static String ImportWizard_badYear;
	public static String ImportWizard_oneLetterOnly;
	public static String ImportWizard_job;
	public static String ImportWizard_failed;
	public static String ImportWizard_reportExists;
	public static String ImportWizard_done;
	public static String NewSample_title;
	public static String NewSample_message;
	public static String OpenRepository_title;
	public static String OpenRepository_message;
	public static String OpenRepository_notRepository;
	public static String PreferencePage_description;
	public static String PreferencePage_location;
	public static String PreferencePage_threshold;
	public static String PreferencePage_significantFacts;
	public static String PreferencePage_significantCommitments;
	public static String ReportEditor_loadFailed;
	public static String ReportEditor_page;
	public static String ReportEditor_tooltip;
	public static String ReportEditor_wrongInput;
	public static String SampleRepositoryJob_name;
	public static String SampleRepositoryJob_failed;
	public static String SearchView_prompt;
	public static String SearchView_searching;
	public static String SearchView_hits;
	public static String SearchView_failed;
	public static String SearchView_report;
	public static String SearchView_partner;
	public static String SearchView_page;
	public static String SearchView_text;
	public static String Status_unchanged;
	public static String Status_reworded;
	public static String Status_changed;
	public static String Status_new;
	public static String Status_dropped;
	public static String Status_moved;
	public static String Status_split;
	public static String TimelineView_title;
	public static String TimelineView_building;
	public static String TimelineView_empty;
	public static String TimelineView_failed;
	public static String TimelineView_noFacts;
	public static String TimelineView_year;
	public static String TimelineView_value;
	public static String TimelineView_series;
	public static String TimelineView_report;
	public static String TimelineView_statement;

	public static String Credentials_title;
	public static String Credentials_message;
	public static String Credentials_user;
	public static String Credentials_password;
	public static String Credentials_remember;
	public static String Synchronize_pushing;
	public static String Synchronize_pulling;
	public static String Synchronize_pushed;
	public static String Synchronize_upToDate;
	public static String Synchronize_pulled;
	public static String SetRemote_title;
	public static String SetRemote_message;
	public static String SetRemote_empty;
	public static String CloneRepository_title;
	public static String CloneRepository_message;
	public static String CloneRepository_uri;
	public static String CloneRepository_folder;
	public static String CloneRepository_browse;
	public static String CloneRepository_clone;
	public static String CloneRepository_badFolder;
	public static String CloneRepository_folderNotEmpty;
	public static String CloneRepository_cloning;
	public static String CloneRepository_cloned;
	public static String SshPrompt_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

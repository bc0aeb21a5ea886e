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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

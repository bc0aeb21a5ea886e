package yeardiff.app.internal;

import org.eclipse.osgi.util.NLS;

/** The application's user-visible strings (messages.properties, with a Dutch translation beside it). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "yeardiff.app.internal.messages"; //$NON-NLS-1$

	public static String DisplayFailure_cannotOpenDisplay;
	public static String DisplayFailure_noDisplay;
	public static String DisplayFailure_gtkCannotLoad;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

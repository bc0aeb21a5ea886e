package yeardiff.draft.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bundle's user-visible texts, read from {@code messages.properties} into fields of the same
 * name, the way Eclipse's {@code NLS} does it. Drafting runs as plain Java (tests, command line) as
 * well as in OSGi, so the texts are read through {@link ResourceBundle} instead of depending on
 * {@code org.eclipse.osgi}.
 */
public final class Messages {

	public static String draftExists;
	public static String noEarlierReport;
	public static String noDraft;
	public static String unreadableDraft;
	public static String unreadableAudit;
	public static String unsavableDraft;
	public static String notADraft;
	public static String invalidYear;

	public static String pastFuture;
	public static String dueCommitment;
	public static String auditFlagged;
	public static String auditFlaggedWithRationale;
	public static String unchangedFact;
	public static String unchangedFactItem;
	public static String listSeparator;

	public static String setTextLabel;
	public static String addStatementLabel;
	public static String deleteStatementLabel;
	public static String moveStatementLabel;
	public static String addSectionLabel;
	public static String deleteSectionLabel;
	public static String moveSectionLabel;

	public static String htmlFindings;
	public static String htmlNoFindings;

	static {
		ResourceBundle bundle = ResourceBundle.getBundle("yeardiff.draft.internal.messages", //$NON-NLS-1$
				Locale.getDefault(), Messages.class.getClassLoader());
		for (Field field : Messages.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException | IllegalAccessException e) {
					throw new IllegalStateException("message missing: " + field.getName(), e); //$NON-NLS-1$
				}
			}
		}
	}

	private Messages() {
	}

	/**
	 * Fills the {@code {0}}, {@code {1}} ... of a message with the arguments. Unlike
	 * {@link java.text.MessageFormat} it gives quotes no meaning, so messages can quote commands
	 * ({@code 'yeardiff draft 2022'}) and statement words as they are.
	 */
	public static String bind(String message, Object... arguments) {
		StringBuilder text = new StringBuilder(message);
		for (int i = arguments.length - 1; i >= 0; i--) {
			String placeholder = "{" + i + "}"; //$NON-NLS-1$ //$NON-NLS-2$
			String value = String.valueOf(arguments[i]);
			for (int at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + value.length())) {
				text.replace(at, at + placeholder.length(), value);
			}
		}
		return text.toString();
	}
}

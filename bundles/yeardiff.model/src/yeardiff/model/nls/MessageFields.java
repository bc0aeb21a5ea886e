package yeardiff.model.nls;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Fills the static {@code String} fields of a headless bundle's {@code Messages} class from its
 * {@code messages.properties}, the way Eclipse's {@code NLS} does. The headless bundles run as plain
 * Java as well as in OSGi, so they read their texts through {@link ResourceBundle} instead of
 * depending on {@code org.eclipse.osgi}; this is the one place that does it.
 */
public final class MessageFields {

	private MessageFields() {
	}

	/**
	 * Sets every static String field of {@code holder} to the message of the same name in
	 * {@code bundleName}, for the default locale.
	 *
	 * @throws IllegalStateException when a field has no message: a missing text is a build error
	 */
	public static void load(Class<?> holder, String bundleName) {
		ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.getDefault(), holder.getClassLoader());
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !Modifier.isFinal(field.getModifiers())) {
				try {
					field.set(null, bundle.getString(field.getName()));
				} catch (MissingResourceException | IllegalAccessException e) {
					throw new IllegalStateException("message missing: " + field.getName(), e); //$NON-NLS-1$
				}
			}
		}
	}

	/**
	 * Fills the {@code {0}}, {@code {1}} ... of a message with the arguments. Unlike
	 * {@link java.text.MessageFormat} it gives quotes no meaning, so messages can quote commands
	 * ({@code 'yeardiff init'}), options ({@code --year}) and apostrophes as they are.
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

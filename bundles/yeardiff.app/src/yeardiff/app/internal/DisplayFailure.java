package yeardiff.app.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * Why the workbench could not open its window, in one line a user can act on. SWT reports a display
 * that cannot be opened as "No more handles [gtk_init_check() failed]" and a GTK that cannot be
 * loaded as an {@link UnsatisfiedLinkError} listing every path it tried; the launcher would turn
 * either into "An error has occurred. See the log file".
 */
public final class DisplayFailure {

	private DisplayFailure() {
	}

	/** The one line for {@code failure}, or null when it is not about the display or GTK. */
	public static String describe(Throwable failure, String display) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage() == null ? "" : cause.getMessage(); //$NON-NLS-1$
			if (message.contains("gtk_init_check")) { //$NON-NLS-1$
				String where = display == null || display.isBlank() ? Messages.DisplayFailure_noDisplay : display;
				return NLS.bind(Messages.DisplayFailure_cannotOpenDisplay, where);
			}
			if (cause instanceof UnsatisfiedLinkError || message.contains("SWT library") //$NON-NLS-1$
					|| message.contains("org.eclipse.swt.internal.gtk")) { //$NON-NLS-1$
				return NLS.bind(Messages.DisplayFailure_gtkCannotLoad, reason(message));
			}
		}
		return null;
	}

	/** The line of SWT's list of reasons that names the missing library, else the message's first. */
	private static String reason(String message) {
		String first = null;
		for (String line : message.split("\n")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("Could not load SWT library")) { //$NON-NLS-1$
				continue;
			}
			if (first == null) {
				first = trimmed;
			}
			String lower = trimmed.toLowerCase(Locale.ROOT);
			if (lower.contains("cannot open shared object") || lower.contains("undefined symbol")) { //$NON-NLS-1$ //$NON-NLS-2$
				// "/home/u/.swt/lib/.../libswt-pi3-gtk.so: libgtk-3.so.0: cannot open shared object file: ..."
				int library = trimmed.indexOf(": "); //$NON-NLS-1$
				return library > 0 ? trimmed.substring(library + 2) : trimmed;
			}
		}
		return first == null ? message.strip() : first;
	}
}

package yeardiff.ui.internal;

import yeardiff.compare.PairStatus;

/** The words the workbench uses for values of the headless services, in the user's language. */
public final class Labels {

	private Labels() {
	}

	public static String status(PairStatus status) {
		return switch (status) {
			case UNCHANGED -> Messages.Status_unchanged;
			case REWORDED -> Messages.Status_reworded;
			case CHANGED -> Messages.Status_changed;
			case NEW -> Messages.Status_new;
			case DROPPED -> Messages.Status_dropped;
			case MOVED -> Messages.Status_moved;
		};
	}

	/** A history version's status, as {@link yeardiff.library.StatementVersion#status()} names it. */
	public static String versionStatus(String status) {
		return switch (status) {
			case "new" -> Messages.Status_new; //$NON-NLS-1$
			case "unchanged" -> Messages.Status_unchanged; //$NON-NLS-1$
			case "reworded" -> Messages.Status_reworded; //$NON-NLS-1$
			case "changed" -> Messages.Status_changed; //$NON-NLS-1$
			case "moved" -> Messages.Status_moved; //$NON-NLS-1$
			case "split" -> Messages.Status_split; //$NON-NLS-1$
			default -> status;
		};
	}

	/** A fact kind as the comparison names it ({@code amount}, {@code share}, {@code count}, {@code time}). */
	public static String factKind(String kind) {
		return switch (kind) {
			case "amount" -> Messages.FactKind_amount; //$NON-NLS-1$
			case "share" -> Messages.FactKind_share; //$NON-NLS-1$
			case "count" -> Messages.FactKind_count; //$NON-NLS-1$
			case "time" -> Messages.FactKind_time; //$NON-NLS-1$
			default -> kind;
		};
	}
}

package yeardiff.audit.ui.internal;

import yeardiff.model.api.CommitmentStatus;

/** A commitment status in the user's language; the literal ({@code fulfilled}) is the CLI's and the file's word. */
public final class StatusLabels {

	private StatusLabels() {
	}

	public static String of(CommitmentStatus status) {
		return switch (status) {
			case OPEN -> Messages.Status_open;
			case FULFILLED -> Messages.Status_fulfilled;
			case CHANGED -> Messages.Status_changed;
			case DELAYED -> Messages.Status_delayed;
			case SILENT -> Messages.Status_silent;
		};
	}
}

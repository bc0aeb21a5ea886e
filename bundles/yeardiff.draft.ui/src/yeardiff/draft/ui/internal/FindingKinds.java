package yeardiff.draft.ui.internal;

import yeardiff.draft.StaleFinding;

/** The words the workbench uses for the kinds of stale findings. */
public final class FindingKinds {

	private FindingKinds() {
	}

	public static String label(StaleFinding finding) {
		return switch (finding.kind()) {
			case StaleFinding.PAST_FUTURE -> Messages.Finding_pastFuture;
			case StaleFinding.UNCHANGED_FACT -> Messages.Finding_unchangedFact;
			case StaleFinding.DUE_COMMITMENT -> Messages.Finding_dueCommitment;
			case StaleFinding.AUDIT_FLAGGED -> Messages.Finding_auditFlagged;
			default -> finding.kind();
		};
	}
}

package yeardiff.audit.ui.internal;

import yeardiff.audit.CommitmentQuery;
import yeardiff.audit.CommitmentRecord;

/**
 * When a commitment falls due, seen from the year the audit is made in: what the view's "Due"
 * filter offers and what puts overdue commitments at the top of the table.
 */
public enum DueWindow {

	ANY(Messages.DueWindow_any),
	OVERDUE(Messages.DueWindow_overdue),
	THIS_YEAR(Messages.DueWindow_thisYear),
	LATER(Messages.DueWindow_later),
	NONE(Messages.DueWindow_none);

	private final String label;

	DueWindow(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The window as the headless query names it. */
	public CommitmentQuery.Due due() {
		return CommitmentQuery.Due.valueOf(name());
	}

	/** Whether the commitment falls in this window in {@code currentYear}, as the query decides. */
	public boolean contains(CommitmentRecord record, int currentYear) {
		return CommitmentQuery.all(currentYear).withDue(due()).matches(record);
	}

	/** Whether the commitment is overdue; the audit decides (see {@link CommitmentRecord#overdue(int)}). */
	public static boolean isOverdue(CommitmentRecord record, int currentYear) {
		return record.overdue(currentYear);
	}
}

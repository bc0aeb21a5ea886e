package yeardiff.audit.ui.internal;

import yeardiff.audit.CommitmentRecord;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;

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

	/** Whether the commitment falls in this window in {@code currentYear}. */
	public boolean contains(CommitmentRecord record, int currentYear) {
		int last = lastYear(record);
		return switch (this) {
			case ANY -> true;
			case OVERDUE -> isOverdue(record, currentYear);
			case THIS_YEAR -> last == currentYear;
			case LATER -> last > currentYear;
			case NONE -> last == 0;
		};
	}

	/**
	 * Whether the commitment's time has passed and no later report says what became of it: its
	 * status is still open, or the reports fell silent.
	 */
	public static boolean isOverdue(CommitmentRecord record, int currentYear) {
		int last = lastYear(record);
		return last != 0 && last < currentYear
				&& (record.status() == CommitmentStatus.OPEN || record.status() == CommitmentStatus.SILENT);
	}

	/** The last year the commitment's due time covers, or 0 when the letter names none. */
	static int lastYear(CommitmentRecord record) {
		TimeRef due = record.statement().getCommitment() == null ? null : record.statement().getCommitment().getDue();
		if (due == null) {
			return 0;
		}
		return due.getPrecision() == TimePrecision.RANGE ? due.getEndYear() : due.getYear();
	}
}

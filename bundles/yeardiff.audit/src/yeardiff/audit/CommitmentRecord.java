package yeardiff.audit;

import java.util.List;

import yeardiff.audit.internal.DueTimes;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;

/**
 * One commitment of one report, audited against all later reports: what was promised, by when,
 * what later reports say about it and what that makes of it.
 *
 * @param id the commitment's stable id ({@code 2019/noorwegen/bbb89061/c})
 * @param report the id of the report that made it
 * @param year the year that report covers
 * @param partner the id of the partner or organisation it concerns, or {@code null}
 * @param statement the statement that makes it
 * @param due the due time as the letter writes it ({@code januari 2020}, {@code 2028–2029}), or
 *            {@code null} when the letter names none
 * @param status the status that counts: the latest auditor's verdict's, else the automatic one
 * @param automaticStatus the status the audit itself arrived at, kept next to a verdict that
 *            overrides it
 * @param reason one English sentence saying why the audit arrived at {@code automaticStatus}
 * @param evidence the later statements that speak to it, earliest first
 * @param verdict the latest auditor's verdict, or {@code null}
 */
public record CommitmentRecord(String id, String report, int year, String partner, Statement statement, String due,
		CommitmentStatus status, CommitmentStatus automaticStatus, String reason, List<Evidence> evidence,
		VerdictView verdict) {

	public CommitmentRecord {
		evidence = List.copyOf(evidence);
	}

	/** The last year the commitment's due time covers (the end of a range), or 0 when the letter names none. */
	public int dueYear() {
		TimeRef time = statement.getCommitment() == null ? null : statement.getCommitment().getDue();
		return time == null ? 0 : DueTimes.lastYear(time);
	}

	/**
	 * Whether the commitment is overdue in {@code currentYear}: its time has passed and no later
	 * report says what became of it (the status is still open, or the reports fell silent).
	 */
	public boolean overdue(int currentYear) {
		int last = dueYear();
		return last != 0 && last < currentYear && (status == CommitmentStatus.OPEN || status == CommitmentStatus.SILENT);
	}
}

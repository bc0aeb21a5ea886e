package yeardiff.audit;

import java.util.Comparator;
import java.util.List;

import yeardiff.model.api.CommitmentStatus;

/**
 * Which commitments a user asks for and in what order: by the year of the report that made them,
 * partner, status and when they fall due, judged as of one year; overdue ones first, then the
 * audit's order. The {@code commitments} command and the workbench's Commitments view both ask
 * through this, so that the same filter gives the same list.
 *
 * @param year the report year, or 0 for all
 * @param partner a subject id, or null for all
 * @param status a status, or null for all
 * @param due when they fall due, as of {@code asOf}
 * @param asOf the year due times are judged in (the current year, unless the user says otherwise)
 */
public record CommitmentQuery(int year, String partner, CommitmentStatus status, Due due, int asOf) {

	/** When a commitment falls due, seen from the year the query is made in. */
	public enum Due {
		/** Whenever, or never. */
		ANY,
		/** Its time has passed with no outcome reported ({@link CommitmentRecord#overdue(int)}). */
		OVERDUE,
		/** It falls due in the year the query is made in. */
		THIS_YEAR,
		/** It falls due after that year. */
		LATER,
		/** The letter named no time. */
		NONE
	}

	/** Every commitment, judged as of {@code asOf}. */
	public static CommitmentQuery all(int asOf) {
		return new CommitmentQuery(0, null, null, Due.ANY, asOf);
	}

	public CommitmentQuery withYear(int reportYear) {
		return new CommitmentQuery(reportYear, partner, status, due, asOf);
	}

	public CommitmentQuery withPartner(String subject) {
		return new CommitmentQuery(year, subject, status, due, asOf);
	}

	public CommitmentQuery withStatus(CommitmentStatus wanted) {
		return new CommitmentQuery(year, partner, wanted, due, asOf);
	}

	public CommitmentQuery withDue(Due window) {
		return new CommitmentQuery(year, partner, status, window, asOf);
	}

	/** Whether {@code record} answers the query. */
	public boolean matches(CommitmentRecord record) {
		return (year == 0 || record.year() == year) && (partner == null || partner.equals(record.partner()))
				&& (status == null || record.status() == status) && falls(record);
	}

	private boolean falls(CommitmentRecord record) {
		int last = record.dueYear();
		return switch (due) {
			case ANY -> true;
			case OVERDUE -> record.overdue(asOf);
			case THIS_YEAR -> last == asOf;
			case LATER -> last > asOf;
			case NONE -> last == 0;
		};
	}

	/** The records that answer the query, overdue first, otherwise in the order given (the audit's). */
	public List<CommitmentRecord> apply(List<CommitmentRecord> records) {
		return records.stream().filter(this::matches).sorted(overdueFirst()).toList();
	}

	/** Overdue commitments before the others; a stable sort keeps the audit's order within each. */
	public Comparator<CommitmentRecord> overdueFirst() {
		return Comparator.comparing((CommitmentRecord record) -> !record.overdue(asOf));
	}
}

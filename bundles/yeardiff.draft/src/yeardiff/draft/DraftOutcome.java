package yeardiff.draft;

import java.util.List;

/**
 * A draft just started: what {@code yeardiff draft YEAR} reports, field for field its JSON.
 *
 * @param id the draft's id ({@code draft-2022})
 * @param year the year the draft reports on
 * @param basedOn the id of the report it was started from
 * @param commit the full id of the commit that holds it
 * @param stale the statements to look at first, in the draft's order
 */
public record DraftOutcome(String id, int year, String basedOn, String commit, List<StaleFinding> stale) {

	public DraftOutcome {
		stale = List.copyOf(stale);
	}
}

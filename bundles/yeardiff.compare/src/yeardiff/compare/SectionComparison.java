package yeardiff.compare;

import java.util.List;

/**
 * One partner (or organisation, or theme) in both reports, with its statements paired. A heading
 * may be missing on one side: the partner is new or no longer reported on.
 *
 * @param partner the subject id (e.g. {@code duitsland}), or {@code heading:<heading>} for a section
 *            that is about no known subject
 */
public record SectionComparison(String partner, String partnerName, String fromHeading, String toHeading,
		List<StatementPair> pairs) {

	public long count(PairStatus status) {
		return pairs.stream().filter(pair -> pair.status() == status).count();
	}

	/** Pairs in which something changed (everything but UNCHANGED). */
	public long changes() {
		return pairs.stream().filter(pair -> pair.status() != PairStatus.UNCHANGED).count();
	}
}

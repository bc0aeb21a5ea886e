package yeardiff.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two reports compared partner by partner.
 */
public record ReportComparison(String fromId, String toId, List<SectionComparison> sections) {

	/** How many pairs have each status, over all partners. */
	public Map<PairStatus, Long> summary() {
		Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
		for (PairStatus status : PairStatus.values()) {
			counts.put(status, Long.valueOf(sections.stream().mapToLong(section -> section.count(status)).sum()));
		}
		return counts;
	}

	/** The comparison of one partner, by subject id. */
	public Optional<SectionComparison> section(String partner) {
		return sections.stream().filter(section -> section.partner().equals(partner)).findFirst();
	}

	/** Every pair of every partner. */
	public List<StatementPair> pairs() {
		return sections.stream().flatMap(section -> section.pairs().stream()).toList();
	}
}

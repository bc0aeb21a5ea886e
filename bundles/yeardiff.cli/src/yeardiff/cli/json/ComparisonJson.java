package yeardiff.cli.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.FactChange;
import yeardiff.compare.FactMove;
import yeardiff.compare.FactMoves;
import yeardiff.compare.FactValue;
import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.compare.WordEdit;
import yeardiff.model.api.Statement;

/**
 * {@code yeardiff diff --json}: the contract's shape, with the word diff, split parts and the
 * pairing's confidence added, and per section the measures whose value moved ({@code factMoves}).
 */
public record ComparisonJson(String from, String to, Map<String, Long> summary, List<SectionJson> sections) {

	public record SectionJson(String partner, String partnerName, String fromHeading, String toHeading,
			Map<String, Long> summary, List<PairJson> pairs, List<FactMoveJson> factMoves) {
	}

	/** A measure whose value moved: the contract's fields, with its name for people, kind, delta and a reading added. */
	public record FactMoveJson(String measure, String unit, MeasureValueJson from, MeasureValueJson to, String label, String kind,
			double delta, String description) {
	}

	public record MeasureValueJson(double value, String period, String statementId, String text) {
	}

	/**
	 * {@code confidence} (0..1) says how sure the pairing is; {@code corrected} that a reviewer
	 * linked the two statements by hand ({@code yeardiff link}).
	 */
	public record PairJson(String status, double similarity, double confidence, boolean corrected, boolean significant,
			boolean moved, StatementRef from, StatementRef to,
			List<StatementRef> alsoFrom, List<StatementRef> alsoTo, List<FactChangeJson> factChanges,
			boolean commitmentChanged, List<WordJson> wordDiff) {
	}

	public record StatementRef(String id, String text, int page) {
	}

	public record FactChangeJson(String kind, ValueJson from, ValueJson to, double delta, String description) {
	}

	public record ValueJson(double value, String unit, String text) {
	}

	public record WordJson(String op, String text) {
	}

	public static ComparisonJson of(ReportComparison comparison) {
		return new ComparisonJson(comparison.fromId(), comparison.toId(), counts(comparison.summary()),
				comparison.sections().stream().map(ComparisonJson::section).toList());
	}

	private static SectionJson section(SectionComparison section) {
		Map<PairStatus, Long> counts = new LinkedHashMap<>();
		for (PairStatus status : PairStatus.values()) {
			counts.put(status, Long.valueOf(section.count(status)));
		}
		return new SectionJson(section.partner(), section.partnerName(), section.fromHeading(), section.toHeading(),
				counts(counts), section.pairs().stream().map(ComparisonJson::pair).toList(),
				FactMoves.of(section).stream().map(ComparisonJson::move).toList());
	}

	private static Map<String, Long> counts(Map<PairStatus, Long> counts) {
		Map<String, Long> named = new LinkedHashMap<>();
		counts.forEach((status, count) -> named.put(status.jsonName(), count));
		return named;
	}

	private static PairJson pair(StatementPair pair) {
		return new PairJson(pair.status().jsonName(), pair.similarity(), pair.confidence(), pair.corrected(), pair.significant(),
				pair.moved(), ref(pair.from()), ref(pair.to()),
				pair.alsoFrom().stream().map(ComparisonJson::ref).toList(), pair.alsoTo().stream().map(ComparisonJson::ref).toList(),
				pair.factChanges().stream().map(ComparisonJson::change).toList(), pair.commitmentChanged(),
				pair.wordDiff().stream().map(ComparisonJson::word).toList());
	}

	private static StatementRef ref(Statement statement) {
		return statement == null ? null : new StatementRef(statement.getId(), statement.getText(), statement.getPage());
	}

	private static FactChangeJson change(FactChange change) {
		return new FactChangeJson(change.kind(), value(change.from()), value(change.to()), change.delta(), change.describe());
	}

	private static ValueJson value(FactValue value) {
		return value == null ? null : new ValueJson(value.value(), value.unit(), value.text());
	}

	private static FactMoveJson move(FactMove move) {
		return new FactMoveJson(move.measure(), move.unit(), value(move.from()), value(move.to()), move.label(), move.kind(), move.delta(),
				move.describe());
	}

	private static MeasureValueJson value(FactMove.MeasureValue value) {
		return value == null ? null : new MeasureValueJson(value.value(), value.period(), value.statementId(), value.text());
	}

	private static WordJson word(WordEdit edit) {
		return new WordJson(edit.kind().name().toLowerCase(java.util.Locale.ROOT), edit.text());
	}
}

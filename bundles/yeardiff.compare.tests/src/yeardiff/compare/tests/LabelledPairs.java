package yeardiff.compare.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.compare.ReportComparison;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * The hand-labelled statement pairs of {@code statement-pairs.tsv} scored against a comparison:
 * precision (of the labelled statements the comparison pairs, how many with the labelled
 * counterpart) and recall (of the labelled pairs, how many the comparison makes). Statements are
 * found by a piece of their text, so the labels outlive changes of statement ids.
 */
final class LabelledPairs {

	/** One labelled row: {@code to} empty for a statement without counterpart; {@code from} null for a new one. */
	record Row(String kind, String fromReport, String from, String toReport, List<String> to) {
		boolean positive() {
			return from != null && !to.isEmpty();
		}
	}

	/** The score, with the rows that went wrong to print. */
	record Score(int pairs, int found, int paired, int pairedRight, int rewritten, int rewrittenFound, int none,
			int noneRight, List<String> misses) {
		double precision() {
			return paired == 0 ? 1 : pairedRight / (double) paired;
		}

		double recall() {
			return pairs == 0 ? 1 : found / (double) pairs;
		}

		double rewrittenRecall() {
			return rewritten == 0 ? 1 : rewrittenFound / (double) rewritten;
		}

		double noneAccuracy() {
			return none == 0 ? 1 : noneRight / (double) none;
		}

		@Override
		public String toString() {
			return String.format(java.util.Locale.ROOT,
					"pairs %d: precision %.3f (%d/%d), recall %.3f (%d/%d), rewritten recall %.3f (%d/%d), no counterpart %.3f (%d/%d)", //$NON-NLS-1$
					Integer.valueOf(pairs), Double.valueOf(precision()), Integer.valueOf(pairedRight), Integer.valueOf(paired),
					Double.valueOf(recall()), Integer.valueOf(found), Integer.valueOf(pairs), Double.valueOf(rewrittenRecall()),
					Integer.valueOf(rewrittenFound), Integer.valueOf(rewritten), Double.valueOf(noneAccuracy()),
					Integer.valueOf(noneRight), Integer.valueOf(none));
		}
	}

	static final Map<String, SampleLetter> LETTERS = Map.of("2012", SampleLetter.NOTA_2012, "2019-06-19", //$NON-NLS-1$ //$NON-NLS-2$
			SampleLetter.INTERIM_2019, "2019", SampleLetter.REPORT_2019, "2020", SampleLetter.REPORT_2020, "2021", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			SampleLetter.REPORT_2021);

	private LabelledPairs() {
	}

	/**
	 * The held-out part: every labelled change from the 2020 report to the 2021 report. The linking
	 * is tuned on the other part only (the changes into 2019 and into 2020), so the score on this one
	 * tells how it does on a change of year it was not tuned on.
	 */
	static boolean heldOut(Row row) {
		return "2021".equals(row.toReport()); //$NON-NLS-1$
	}

	/** The development part: what the linking may be tuned on. */
	static boolean development(Row row) {
		return !heldOut(row);
	}

	static List<Row> rows() {
		return rows("statement-pairs.tsv"); //$NON-NLS-1$
	}

	/** The rows of a labelled set in the format of {@code statement-pairs.tsv}. */
	static List<Row> rows(String name) {
		List<Row> rows = new ArrayList<>();
		for (String[] cells : tsv(name)) {
			List<String> to = "-".equals(cells[4]) ? List.of() : List.of(cells[4].split(" \\|\\| ")); //$NON-NLS-1$ //$NON-NLS-2$
			rows.add(new Row(cells[0], cells[1], "-".equals(cells[2]) ? null : cells[2], cells[3], to)); //$NON-NLS-1$
		}
		return rows;
	}

	static List<String[]> tsv(String name) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = LabelledPairs.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the test bundle"); //$NON-NLS-1$
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) { //$NON-NLS-1$
					rows.add(line.split("\t")); //$NON-NLS-1$
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	/** The one statement of {@code report} whose text holds {@code piece}; fails on none or several. */
	static Statement find(Report report, String piece) {
		String wanted = normal(piece);
		Statement found = null;
		for (TreeIterator<EObject> it = report.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Statement statement && normal(statement.getText()).contains(wanted)) {
				if (found != null) {
					throw new IllegalStateException("'" + piece + "' is in more than one statement of " + report.getId()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				found = statement;
			}
		}
		if (found == null) {
			throw new IllegalStateException("'" + piece + "' is in no statement of " + report.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}

	private static String normal(String text) {
		return text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Scores the comparisons {@code comparator} makes of the labelled pairs of reports. */
	static Score score(BiFunction<Report, Report, ReportComparison> comparator) {
		return score(comparator, row -> true);
	}

	/** Scores the comparisons {@code comparator} makes of the labelled rows of one {@code part}. */
	static Score score(BiFunction<Report, Report, ReportComparison> comparator, Predicate<Row> part) {
		return score(comparator, rows().stream().filter(part).toList(), name -> Letters.read(LETTERS.get(name)));
	}

	/**
	 * Scores the comparisons {@code comparator} makes of {@code rows}, whose reports {@code letters}
	 * gives by the names the rows use.
	 */
	static Score score(BiFunction<Report, Report, ReportComparison> comparator, List<Row> rows,
			java.util.function.Function<String, Report> letters) {
		Map<String, ReportComparison> comparisons = new HashMap<>();
		int pairs = 0;
		int found = 0;
		int paired = 0;
		int pairedRight = 0;
		int rewritten = 0;
		int rewrittenFound = 0;
		int none = 0;
		int noneRight = 0;
		List<String> misses = new ArrayList<>();
		for (Row row : rows) {
			Report from = letters.apply(row.fromReport());
			Report to = letters.apply(row.toReport());
			ReportComparison comparison = comparisons.computeIfAbsent(row.fromReport() + '>' + row.toReport(),
					key -> comparator.apply(from, to));
			if (row.from() == null) {
				none++;
				Statement added = find(to, row.to().get(0));
				List<Statement> partners = partnersOf(comparison, added, false);
				if (partners.isEmpty()) {
					noneRight++;
				} else {
					paired++;
					misses.add("new " + row.toReport() + " '" + row.to().get(0) + "' paired with " + texts(partners)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				continue;
			}
			Statement statement = find(from, row.from());
			List<Statement> partners = partnersOf(comparison, statement, true);
			if (!row.positive()) {
				none++;
				if (partners.isEmpty()) {
					noneRight++;
				} else {
					paired++;
					misses.add("no counterpart " + row.fromReport() + " '" + row.from() + "' paired with " + texts(partners)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				continue;
			}
			pairs++;
			boolean rewrittenRow = "rewritten".equals(row.kind()); //$NON-NLS-1$
			if (rewrittenRow) {
				rewritten++;
			}
			List<Statement> wanted = row.to().stream().map(piece -> find(to, piece)).toList();
			boolean right = partners.stream().anyMatch(wanted::contains);
			if (!partners.isEmpty()) {
				paired++;
			}
			if (right) {
				pairedRight++;
				found++;
				if (rewrittenRow) {
					rewrittenFound++;
				}
			} else {
				misses.add(row.kind() + ' ' + row.fromReport() + '>' + row.toReport() + " '" + row.from() + "' wanted '" //$NON-NLS-1$ //$NON-NLS-2$
						+ row.to().get(0) + "' got " + texts(partners)); //$NON-NLS-1$
			}
		}
		return new Score(pairs, found, paired, pairedRight, rewritten, rewrittenFound, none, noneRight, misses);
	}

	/** The statements of the other report the comparison pairs {@code statement} with. */
	static List<Statement> partnersOf(ReportComparison comparison, Statement statement, boolean earlier) {
		for (StatementPair pair : comparison.pairs()) {
			List<Statement> own = new ArrayList<>();
			List<Statement> other = new ArrayList<>();
			if (pair.from() != null) {
				(earlier ? own : other).add(pair.from());
				(earlier ? own : other).addAll(pair.alsoFrom());
			}
			if (pair.to() != null) {
				(earlier ? other : own).add(pair.to());
				(earlier ? other : own).addAll(pair.alsoTo());
			}
			if (own.contains(statement)) {
				return other;
			}
		}
		return List.of();
	}

	private static String texts(List<Statement> statements) {
		return statements.isEmpty() ? "nothing" : statements.stream().map(s -> "'" + abbreviate(s.getText()) + "'").toList().toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String abbreviate(String text) {
		return text.length() <= 70 ? text : text.substring(0, 70) + "..."; //$NON-NLS-1$
	}
}

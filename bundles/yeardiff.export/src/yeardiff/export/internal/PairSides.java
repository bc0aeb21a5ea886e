package yeardiff.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import yeardiff.compare.PairStatus;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Statement;

/**
 * The two sides of a statement pair, and of a partner's section, as the exports print them: the
 * statements on each side (a split sentence has several), their ids and pages, their text with the
 * word diff marked, and the section's headings.
 */
public final class PairSides {

	private static final String PAGE_RANGE = "–"; //$NON-NLS-1$
	private static final String HEADING_CHANGE = " → "; //$NON-NLS-1$

	private PairSides() {
	}

	/**
	 * The partner's headings in the two reports: one when both use the same, else
	 * {@code earlier → later}, with a missing one named as such.
	 */
	public static String headings(SectionComparison section) {
		String from = section.fromHeading() == null ? Messages.notReported : section.fromHeading();
		String to = section.toHeading() == null ? Messages.notReported : section.toHeading();
		return from.equals(to) ? from : from + HEADING_CHANGE + to;
	}

	/** The statements of the earlier report, empty for a new statement. */
	public static List<Statement> earlier(StatementPair pair) {
		return statements(pair.from(), pair.alsoFrom());
	}

	/** The statements of the later report, empty for a dropped statement. */
	public static List<Statement> later(StatementPair pair) {
		return statements(pair.to(), pair.alsoTo());
	}

	private static List<Statement> statements(Statement first, List<Statement> further) {
		List<Statement> statements = new ArrayList<>();
		if (first != null) {
			statements.add(first);
			statements.addAll(further);
		}
		return statements;
	}

	/**
	 * The earlier text with what the later lacks marked. A dropped statement is shown plain: with
	 * nothing to compare it to, marking all of it would only add noise.
	 */
	public static MarkedText earlierText(StatementPair pair) {
		if (pair.from() == null) {
			return MarkedText.plain(""); //$NON-NLS-1$
		}
		return pair.status() == PairStatus.DROPPED ? MarkedText.plain(text(earlier(pair)))
				: MarkedText.earlier(pair.wordDiff());
	}

	/** The later text with what it added marked; a new statement is shown plain. */
	public static MarkedText laterText(StatementPair pair) {
		if (pair.to() == null) {
			return MarkedText.plain(""); //$NON-NLS-1$
		}
		return pair.status() == PairStatus.NEW ? MarkedText.plain(text(later(pair)))
				: MarkedText.later(pair.wordDiff());
	}

	/** The statements' texts as one, the way the comparison diffed them. */
	public static String text(List<Statement> statements) {
		return statements.stream().map(Statement::getText).collect(Collectors.joining(" ")); //$NON-NLS-1$
	}

	/** The statements' ids, separated by spaces. */
	public static String ids(List<Statement> statements) {
		return statements.stream().map(Statement::getId).collect(Collectors.joining(" ")); //$NON-NLS-1$
	}

	/** The page the statements start on, or the range of pages they span: {@code 2} or {@code 2–3}. */
	public static String pages(List<Statement> statements) {
		if (statements.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		int first = statements.stream().mapToInt(Statement::getPage).min().getAsInt();
		int last = statements.stream().mapToInt(Statement::getPage).max().getAsInt();
		return first == last ? Integer.toString(first) : first + PAGE_RANGE + last;
	}
}

package yeardiff.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut into clauses, the unit within which a number and the words that say what it
 * measures and for when belong together. A clause ends at a semicolon or colon, at a comma that
 * is not a decimal comma, and before a conjunction that starts a new clause ("en stijgt in 2020
 * naar ...", "maar", "terwijl"); never inside parentheses, which qualify the value before them
 * ("£39,5 miljard (ongeveer €46,2 miljard, 2,1% van het BBP)"). "en" between two numbers or
 * years ("in 2023 en 2024", "1,02% en 1,06%") joins them and does not end a clause.
 */
public final class Clauses {

	private static final Pattern CONJUNCTION = Pattern.compile("\\s(?:en|maar|terwijl|waarbij|waarvan|dat)\\s(?![\\d€£$])"); //$NON-NLS-1$

	/**
	 * The longest aside in parentheses: a "(" closed only further on (or never) opens none. The
	 * letters' asides run to about a hundred characters; a bracket that seems to span a page is a
	 * lost one, and taking it for an aside made one clause of a whole megabyte statement.
	 */
	private static final int LONGEST_ASIDE = 400;

	private final int[] clauseAt;
	/** The first offset of each clause, by number. */
	private final int[] starts;
	/** The offset after each clause, by number. */
	private final int[] ends;

	private Clauses(int[] clauseAt) {
		this.clauseAt = clauseAt;
		int count = clauseAt[clauseAt.length - 1] + 1;
		starts = new int[count];
		ends = new int[count];
		java.util.Arrays.fill(starts, -1);
		for (int i = 0; i < clauseAt.length; i++) {
			if (starts[clauseAt[i]] < 0) {
				starts[clauseAt[i]] = i;
			}
			ends[clauseAt[i]] = i;
		}
	}

	/** The clauses of {@code text}. */
	public static Clauses of(String text) {
		int[] clauseAt = new int[text.length() + 1];
		boolean[] boundaryBefore = new boolean[text.length() + 1];
		Matcher conjunction = CONJUNCTION.matcher(text);
		while (conjunction.find()) {
			boundaryBefore[conjunction.start()] = true;
		}
		int[] asides = asides(text);
		int clause = 0;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			depth += asides[i];
			if (depth == 0 && boundaryBefore[i]) {
				clause++;
			}
			clauseAt[i] = clause;
			if (depth == 0 && (c == ';' || c == ':' || c == ',' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))) {
				clause++;
			}
		}
		clauseAt[text.length()] = clause;
		return new Clauses(clauseAt);
	}

	/**
	 * +1 at each "(" that opens an aside, -1 at the ")" that closes it: pairs matched as nested
	 * brackets, a pair longer than {@link #LONGEST_ASIDE} and a bracket without its pair left out.
	 */
	private static int[] asides(String text) {
		int[] asides = new int[text.length()];
		java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				open.push(i);
			} else if (c == ')' && !open.isEmpty()) {
				int from = open.pop();
				if (i - from <= LONGEST_ASIDE) {
					asides[from]++;
					asides[i]--;
				}
			}
		}
		return asides;
	}

	/** The number of the clause the character at {@code offset} belongs to. */
	public int at(int offset) {
		return clauseAt[Math.max(0, Math.min(offset, clauseAt.length - 1))];
	}

	/** Whether two offsets lie in one clause. */
	public boolean same(int a, int b) {
		return at(a) == at(b);
	}

	/** The first offset of the clause that holds {@code offset}. */
	public int start(int offset) {
		return starts[at(offset)];
	}

	/** The offset after the last character of the clause that holds {@code offset}. */
	public int end(int offset) {
		int clause = at(offset);
		// the last offset (the text's length) belongs to the last clause and is its end
		return clause == clauseAt[clauseAt.length - 1] ? clauseAt.length - 1 : ends[clause] + 1;
	}
}

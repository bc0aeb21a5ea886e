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

	private final int[] clauseAt;

	private Clauses(int[] clauseAt) {
		this.clauseAt = clauseAt;
	}

	/** The clauses of {@code text}. */
	public static Clauses of(String text) {
		int[] clauseAt = new int[text.length() + 1];
		boolean[] boundaryBefore = new boolean[text.length() + 1];
		Matcher conjunction = CONJUNCTION.matcher(text);
		while (conjunction.find()) {
			boundaryBefore[conjunction.start()] = true;
		}
		int clause = 0;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
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
		int clause = at(offset);
		int i = Math.max(0, Math.min(offset, clauseAt.length - 1));
		while (i > 0 && clauseAt[i - 1] == clause) {
			i--;
		}
		return i;
	}

	/** The offset after the last character of the clause that holds {@code offset}. */
	public int end(int offset) {
		int clause = at(offset);
		int i = Math.max(0, Math.min(offset, clauseAt.length - 1));
		while (i < clauseAt.length - 1 && clauseAt[i] == clause) {
			i++;
		}
		return i;
	}
}

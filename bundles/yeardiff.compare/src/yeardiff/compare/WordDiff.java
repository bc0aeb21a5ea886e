package yeardiff.compare;

import java.util.List;

import yeardiff.compare.internal.WordDiffer;

/**
 * The word diff of any two texts, cut the way {@link StatementPair#wordDiff()} cuts it, for views
 * that compare statements outside a report comparison (such as a statement's history).
 */
public final class WordDiff {

	private WordDiff() {
	}

	/** The runs that turn {@code from} into {@code to}; whole words, with the white space between them. */
	public static List<WordEdit> of(String from, String to) {
		return WordDiffer.diff(from, to);
	}
}

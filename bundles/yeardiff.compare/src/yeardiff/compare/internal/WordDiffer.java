package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import yeardiff.compare.WordEdit;
import yeardiff.compare.WordEdit.Kind;

/**
 * A word diff of two statements with java-diff-utils. The texts are cut into whole tokens (words
 * and numbers such as "4,76" or "F-35's", single punctuation marks, runs of white space), so an edit
 * never splits a word.
 */
public final class WordDiffer {

	private static final Pattern TOKEN = Pattern.compile(
			"\\s+|[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|[-'’.,/](?=[\\p{L}\\p{N}]))*|[^\\s\\p{L}\\p{N}]"); //$NON-NLS-1$

	private WordDiffer() {
	}

	public static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	public static List<WordEdit> diff(String from, String to) {
		List<String> fromTokens = tokens(from);
		List<String> toTokens = tokens(to);
		Patch<String> patch = DiffUtils.diff(fromTokens, toTokens);
		List<WordEdit> edits = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(edits, Kind.EQUAL, fromTokens.subList(position, start));
			append(edits, Kind.DELETE, delta.getSource().getLines());
			append(edits, Kind.INSERT, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		append(edits, Kind.EQUAL, fromTokens.subList(position, fromTokens.size()));
		return edits;
	}

	/** The whole text of one side as a single edit: a new or a dropped statement. */
	public static List<WordEdit> whole(Kind kind, String text) {
		return List.of(new WordEdit(kind, text));
	}

	private static void append(List<WordEdit> edits, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens); //$NON-NLS-1$
		if (!edits.isEmpty() && edits.get(edits.size() - 1).kind() == kind) {
			WordEdit last = edits.remove(edits.size() - 1);
			text = last.text() + text;
		}
		edits.add(new WordEdit(kind, text));
	}
}

package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a statement mentions: programmes, ships, missions, treaties, places and acronyms
 * (VJTF, MGCS, RSM, EDF, eFP), told by their capitals inside the sentence rather than by a list, so
 * that next year's new programme counts as well. A name carries its statement's subject more than
 * any common word; how much is left to its rarity across the repository.
 */
final class Names {

	/** A word with a capital that does not only start the sentence, or with a digit and a letter ("F-35"). */
	private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}*\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*)"); //$NON-NLS-1$

	/** Marks a name among the content words. */
	static final char MARK = '!';

	private Names() {
	}

	static List<String> of(String text) {
		List<String> names = new ArrayList<>();
		Matcher matcher = NAME.matcher(text);
		while (matcher.find()) {
			String name = matcher.group(1);
			if (matcher.start() == firstLetter(text) && !acronym(name)) {
				// the first word of a sentence has its capital from the sentence, not from being a name
				continue;
			}
			names.add(MARK + ContentWords.fold(name));
		}
		return names;
	}

	private static boolean acronym(String word) {
		int capitals = 0;
		for (int i = 0; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				capitals++;
			}
		}
		return capitals >= 2;
	}

	private static int firstLetter(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return i;
			}
		}
		return 0;
	}
}

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
			if (name.indexOf('-') > 0) {
				// "TEN-programma", "NAVO-missie", "Chinook-helikopter": the name inside a compound
				// written with a hyphen is the same name as where it stands alone ("het programma TEN")
				for (String part : name.split("-")) { //$NON-NLS-1$
					if (!part.equals(part.toLowerCase(java.util.Locale.ROOT)) && !part.equals(name)) {
						names.add(MARK + ContentWords.fold(part));
					}
				}
			}
		}
		return names;
	}

	/** A word of a name, or the small words names hold ("Partnership for Peace", "Action for Peacekeeping"). */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+"); //$NON-NLS-1$
	private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("of", "for", "and", "the", "on", "van", "voor", "en", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"de", "der", "het"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** The longest name whose initials are read: longer runs of capitals are headings or lists. */
	private static final int LONGEST_NAME = 6;

	/**
	 * The acronyms the names of a text would spell, as marked names: the initials of every run of
	 * two or more capitalised words ("NATO Command Structure" spells {@code !ncs}, "Artificial
	 * Intelligence" {@code !ai}), with and without the small words inside ("Partnership for
	 * Peace" spells {@code !pfp} and {@code !pp}). Which of them are acronyms is for the caller to
	 * tell (those the repository writes as a name); a name written out one year and abbreviated the
	 * next is the same name.
	 */
	static List<String> initials(String text) {
		List<String> initials = new ArrayList<>();
		List<String> run = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		int end = 0;
		while (matcher.find()) {
			String word = matcher.group();
			String between = text.substring(end, matcher.start());
			end = matcher.end();
			boolean joined = between.isBlank() || "-".equals(between.strip()) || "&".equals(between.strip()); //$NON-NLS-1$ //$NON-NLS-2$
			if (!joined) {
				spell(run, initials);
				run.clear();
			}
			if (Character.isUpperCase(word.charAt(0)) || !run.isEmpty() && NAME_LINKS.contains(word)) {
				run.add(word);
			} else {
				spell(run, initials);
				run.clear();
			}
		}
		spell(run, initials);
		return initials;
	}

	/** The initials of every stretch of a run of name words that begins and ends with a capital. */
	private static void spell(List<String> run, List<String> initials) {
		for (int from = 0; from < run.size(); from++) {
			if (!Character.isUpperCase(run.get(from).charAt(0))) {
				continue;
			}
			StringBuilder all = new StringBuilder();
			StringBuilder capitals = new StringBuilder();
			int words = 0;
			for (int to = from; to < run.size() && to - from < LONGEST_NAME; to++) {
				char initial = Character.toLowerCase(run.get(to).charAt(0));
				all.append(initial);
				if (Character.isUpperCase(run.get(to).charAt(0))) {
					capitals.append(initial);
					words++;
					if (words >= 2) {
						initials.add(MARK + all.toString());
						if (capitals.length() != all.length()) {
							initials.add(MARK + capitals.toString());
						}
					}
				}
			}
		}
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

package yeardiff.ingest.internal;

import java.util.List;

/**
 * A letter with its page furniture taken off: the body lines that remain, the footnotes taken out
 * of them, and what the furniture told.
 *
 * @param lines the body lines in reading order
 * @param notes the footnotes in order
 * @param letterhead what the letterhead, signature and print header say
 * @param pages the page numbers present in the source
 * @param declaredPageCount how many pages the letter says it has, 0 when it does not say
 * @param joiner joins lines the way this letter hyphenates
 */
public record CleanLetter(List<BodyLine> lines, List<Note> notes, LetterheadFields letterhead, List<Integer> pages,
		int declaredPageCount, LineJoiner joiner) {

	public CleanLetter {
		lines = List.copyOf(lines);
		notes = List.copyOf(notes);
		pages = List.copyOf(pages);
	}
}

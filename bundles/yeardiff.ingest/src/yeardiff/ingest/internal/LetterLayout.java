package yeardiff.ingest.internal;

import java.util.List;

/**
 * A letter as a sequence of pages of lines: the common form the text reader and the PDF reader
 * produce, so that both feed the same cleaning.
 *
 * @param pages the pages present in the source, in order
 * @param typeset whether the source knows its type and spacing (a PDF): then bold lines are the
 *            headings and every blank line separates paragraphs, while a text extraction leaves
 *            both to be guessed from the words
 */
public record LetterLayout(List<LayoutPage> pages, boolean typeset) {

	public LetterLayout {
		pages = List.copyOf(pages);
	}
}

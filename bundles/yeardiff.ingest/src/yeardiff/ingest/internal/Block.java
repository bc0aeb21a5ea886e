package yeardiff.ingest.internal;

import java.util.List;

/** A heading or a paragraph: the parts a letter's body consists of, in reading order. */
public sealed interface Block {

	/** The page the block starts on. */
	int page();

	/** A heading line. */
	record Heading(String text, int page) implements Block {
	}

	/**
	 * A paragraph: running text, or a lead-in and the items of an enumeration, each item a text of
	 * its own so that no sentence runs from one item into the next.
	 *
	 * @param items the running text and the items
	 * @param page the page it starts on
	 * @param afterGap whether pages are missing right before it: a heading may have been lost there
	 */
	record Paragraph(List<PagedText> items, int page, boolean afterGap) implements Block {

		public Paragraph {
			items = List.copyOf(items);
		}
	}
}

package yeardiff.ingest.internal;

import java.util.List;

/**
 * One page of a letter as its source gave it, without its "Pagina x van y" footer, whose numbers
 * are kept here instead.
 *
 * @param position the page's place in the source, from 1
 * @param printedNumber the x of the page's footer or its printed page number, 0 when it has none
 * @param declaredCount the y of "Pagina x van y", 0 when the page does not say
 * @param lines the page's lines in reading order
 */
public record LayoutPage(int position, int printedNumber, int declaredCount, List<LayoutLine> lines) {

	public LayoutPage {
		lines = List.copyOf(lines);
	}

	/** Whether the page holds any text at all. */
	public boolean hasText() {
		return lines.stream().anyMatch(line -> !line.isBlank());
	}
}

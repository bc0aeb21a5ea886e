package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a letter's text extraction into pages. Extractions mark page ends in one of four ways, and
 * the reader takes the first that the text shows:
 * <ol>
 * <li>the ministry's "Pagina x van y" footer, which ends every page of a letter;</li>
 * <li>form feeds, as {@code pdftotext} writes them;</li>
 * <li>a line holding only the page number, followed by blank lines up to an empty line (the 2012
 * nota prints odd page numbers only, as its extraction holds odd pages only);</li>
 * <li>the Kamerstuk print's mark: the extraction indents the first line of every page by one space,
 * and only that line.</li>
 * </ol>
 * Without any of them the text is one page.
 */
public final class TextLetterReader {

	private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(\\d{1,3})\\s*"); //$NON-NLS-1$
	private static final Pattern PRINT_PAGE_START = Pattern.compile(" \\S.*"); //$NON-NLS-1$

	/** Reads the text's pages. */
	public LetterLayout read(String text) {
		List<String> lines = text.lines().toList();
		List<LayoutPage> pages;
		if (lines.stream().anyMatch(line -> PageFooter.parse(line).isPresent())) {
			pages = byFooters(lines);
		} else if (text.indexOf('\f') >= 0) {
			pages = byFormFeeds(text);
		} else if (pageNumberLines(lines).size() >= 2) {
			pages = byPageNumbers(lines, pageNumberLines(lines));
		} else if (lines.stream().filter(line -> PRINT_PAGE_START.matcher(line).matches()).count() >= 2) {
			pages = byIndentedFirstLines(lines);
		} else {
			pages = List.of(page(1, 0, 0, lines));
		}
		return new LetterLayout(pages.stream().filter(LayoutPage::hasText).toList(), false);
	}

	private static List<LayoutPage> byFooters(List<String> lines) {
		List<LayoutPage> pages = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			Optional<PageFooter> footer = PageFooter.parse(lines.get(i));
			if (footer.isPresent()) {
				pages.add(page(pages.size() + 1, footer.get().number(), footer.get().of(), lines.subList(start, i)));
				start = i + 1;
			}
		}
		pages.add(page(pages.size() + 1, 0, 0, lines.subList(start, lines.size())));
		return pages;
	}

	private static List<LayoutPage> byFormFeeds(String text) {
		List<LayoutPage> pages = new ArrayList<>();
		for (String pageText : text.split("\f", -1)) { //$NON-NLS-1$
			pages.add(page(pages.size() + 1, 0, 0, pageText.lines().toList()));
		}
		return pages;
	}

	/**
	 * The indexes of lines that are page numbers: a number alone, only blank lines after it up to an
	 * empty line or the end, and the numbers rising.
	 */
	private static List<Integer> pageNumberLines(List<String> lines) {
		List<Integer> found = new ArrayList<>();
		int last = 0;
		for (int i = 0; i < lines.size(); i++) {
			var matcher = PAGE_NUMBER.matcher(lines.get(i));
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) > last && endsPage(lines, i + 1)) {
				found.add(Integer.valueOf(i));
				last = Integer.parseInt(matcher.group(1));
			}
		}
		return found;
	}

	private static boolean endsPage(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (lines.get(i).isEmpty()) {
				return true;
			}
			if (!lines.get(i).isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static List<LayoutPage> byPageNumbers(List<String> lines, List<Integer> numberLines) {
		List<LayoutPage> pages = new ArrayList<>();
		int start = 0;
		for (Integer at : numberLines) {
			int number = Integer.parseInt(lines.get(at.intValue()).strip());
			pages.add(page(pages.size() + 1, number, 0, lines.subList(start, at.intValue())));
			start = at.intValue() + 1;
		}
		pages.add(page(pages.size() + 1, 0, 0, lines.subList(start, lines.size())));
		return pages;
	}

	private static List<LayoutPage> byIndentedFirstLines(List<String> lines) {
		List<LayoutPage> pages = new ArrayList<>();
		int start = 0;
		for (int i = 1; i < lines.size(); i++) {
			if (PRINT_PAGE_START.matcher(lines.get(i)).matches()) {
				pages.add(page(pages.size() + 1, 0, 0, lines.subList(start, i)));
				start = i;
			}
		}
		pages.add(page(pages.size() + 1, 0, 0, lines.subList(start, lines.size())));
		return pages;
	}

	private static LayoutPage page(int position, int printedNumber, int declaredCount, List<String> lines) {
		return new LayoutPage(position, printedNumber, declaredCount, lines.stream().map(LayoutLine::plain).toList());
	}
}

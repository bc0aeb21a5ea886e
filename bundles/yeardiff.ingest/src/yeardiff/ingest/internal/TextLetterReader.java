package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 *
 * <p>An extraction that keeps the page's layout ({@code pdftotext -layout}) sets columns side by side
 * on one line ("der Staten-Generaal", a wide gap, then "MPC 58 B" of the letterhead column), indents
 * the body under a left-hand letterhead, and spreads justified lines with extra spaces. Such text is
 * first unfolded into the lines a plain extraction gives: every column's part of a line a line of
 * its own, left before right, indentation and the spreading spaces taken out.</p>
 *
 * <p>Running headers and footers ("Tweede Kamer, vergaderjaar 2020–2021, 33 279, nr. 37 4", the
 * letterhead's "Datum" and reference repeated in the margin of every page) are found by repetition:
 * a line that, its numbers aside, stands on at least half of the pages (and three) is no text of
 * the letter.</p>
 */
public final class TextLetterReader {

	private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(\\d{1,3})\\s*"); //$NON-NLS-1$
	/** A page number set between dashes ("- 3 -"): nothing else in a letter looks like it. */
	private static final Pattern DASHED_PAGE_NUMBER = Pattern.compile("\\s*[-\u2013\u2014]\\s?(\\d{1,3})\\s?[-\u2013\u2014]\\s*"); //$NON-NLS-1$
	private static final Pattern DIGITS_ONLY = Pattern.compile("\\D"); //$NON-NLS-1$
	private static final Pattern PRINT_PAGE_START = Pattern.compile(" \\S.*"); //$NON-NLS-1$

	/**
	 * A gap between columns: justified lines spread their words by up to five spaces
	 * ("markt   uitzetten.   Het   werkprogramma     voor"), columns stand further apart.
	 */
	private static final Pattern COLUMN_GAP = Pattern.compile("(?<=\\S) {6,}(?=\\S)"); //$NON-NLS-1$
	/** A line indented as no plain extraction indents: under a left-hand column, or centred. */
	private static final Pattern DEEP_INDENT = Pattern.compile(" {10,}\\S.*"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile(" {2,}"); //$NON-NLS-1$
	private static final Pattern NUMBERS = Pattern.compile("\\d+"); //$NON-NLS-1$
	/** The fewest pages a line must stand on to be a running header. */
	private static final int REPEATED_ON_PAGES = 3;
	/** A hyphen that justification set apart from the word it breaks ("wor -" at a line end). */
	private static final Pattern SPREAD_HYPHEN = Pattern.compile("(?<=\\p{L}) +-$"); //$NON-NLS-1$
	/** Marks a line set outside the body's column, until the line becomes a {@link LayoutLine}. */
	private static final String ASIDE = "\uE000"; //$NON-NLS-1$
	/** How far a line may start from the body's column and still be in it. */
	private static final int COLUMN_TOLERANCE = 4;
	private static final int RUNNING_TEXT_WORDS = 6;
	private static final Pattern WORDS = Pattern.compile("\\s+"); //$NON-NLS-1$
	/** The labels of a Dutch government letterhead, whose values stand under them in its column. */
	private static final Set<String> LABELS = Set.of("Datum", "Onze referentie", "Uw referentie", "Ons kenmerk", "Uw kenmerk", "Kenmerk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Betreft", "Onderwerp", "Bijlage", "Bijlagen", "Uw brief"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** Where the value of a label ends at the latest: a letterhead's labels are short words. */
	private static final int LABEL_COLUMN = 24;
	/** How many lines must show the layout before the text is read as a layout extraction. */
	private static final int LAYOUT_LINES = 3;

	/** Reads the text's pages. */
	public LetterLayout read(String extraction) {
		String text = keepsLayout(extraction) ? String.join("\n", unfoldColumns(extraction)) : extraction; //$NON-NLS-1$
		List<String> lines = PageFooter.unglued(text.lines().toList());
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
		return new LetterLayout(withoutRepeatedLines(pages.stream().filter(LayoutPage::hasText).toList()), false);
	}

	/** The pages without the lines that repeat on many of them: running headers, footers and margins. */
	private static List<LayoutPage> withoutRepeatedLines(List<LayoutPage> pages) {
		if (pages.size() < REPEATED_ON_PAGES) {
			return pages;
		}
		Map<String, Integer> pagesWith = new HashMap<>();
		for (LayoutPage page : pages) {
			page.lines().stream().filter(line -> !line.isBlank()).map(line -> furnitureKey(line.text())).distinct()
					.forEach(key -> pagesWith.merge(key, Integer.valueOf(1), Integer::sum));
		}
		int least = Math.max(REPEATED_ON_PAGES, (pages.size() + 1) / 2);
		List<LayoutPage> cleaned = new ArrayList<>();
		for (LayoutPage page : pages) {
			List<LayoutLine> lines = page.lines().stream()
					.filter(line -> line.isBlank() || pagesWith.get(furnitureKey(line.text())).intValue() < least).toList();
			cleaned.add(new LayoutPage(page.position(), page.printedNumber(), page.declaredCount(), lines));
		}
		return cleaned.stream().filter(LayoutPage::hasText).toList();
	}

	/** A line with its numbers as one sign: the page number in a running header changes from page to page. */
	private static String furnitureKey(String line) {
		return NUMBERS.matcher(line).replaceAll("#"); //$NON-NLS-1$
	}

	/** Whether the text keeps the page's layout: columns side by side, or a body indented under one. */
	private static boolean keepsLayout(String text) {
		long count = text.lines().filter(line -> COLUMN_GAP.matcher(line).find() || DEEP_INDENT.matcher(line).matches()).count();
		return count >= LAYOUT_LINES;
	}

	/**
	 * The lines of a layout extraction as a plain extraction has them; form feeds stay where they
	 * are. The parts of lines that stand outside the body's column (a letterhead column on either
	 * side, a page number set apart) are marked as such ({@link #ASIDE}), and a letterhead label's
	 * value in that column is put on the label's line ("Datum", "19 juni 2019").
	 */
	private static List<String> unfoldColumns(String text) {
		String[] raw = text.split("\n", -1); //$NON-NLS-1$
		List<String> lines = new ArrayList<>();
		String label = null;
		int body = 0;
		for (int at = 0; at < raw.length; at++) {
			String line = raw[at];
			if (at == 0 || line.startsWith("\f")) { //$NON-NLS-1$
				// the body's column differs from page to page: the first page's letterhead column pushes it aside
				body = bodyColumn(raw, at);
			}
			String rest = line;
			String pageBreak = ""; //$NON-NLS-1$
			while (rest.startsWith("\f")) { //$NON-NLS-1$
				pageBreak += "\f"; //$NON-NLS-1$
				rest = rest.substring(1);
			}
			List<Segment> columns = columns(rest, body);
			for (int i = 0; i < columns.size(); i++) {
				Segment segment = columns.get(i);
				String column = SPREAD_HYPHEN.matcher(SPACES.matcher(segment.text()).replaceAll(" ")).replaceAll("-"); //$NON-NLS-1$ //$NON-NLS-2$
				boolean aside = !column.isEmpty() && Math.abs(segment.start() - body) > COLUMN_TOLERANCE;
				if (aside && label != null && !isLabel(column)) {
					// the value under a label joins it, as the plain extraction reads "Datum 19 juni 2019"
					lines.set(label.length(), lines.get(label.length()) + ' ' + column);
					continue;
				}
				if (aside || column.isEmpty()) {
					// body lines between a label and its value leave the label open; a blank line closes it
					label = aside && isLabel(column) ? " ".repeat(lines.size()) : aside ? label : null; //$NON-NLS-1$
				}
				lines.add((i == 0 ? pageBreak : "") + (aside ? ASIDE : "") + column); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return lines;
	}

	/** The column most lines of running text on the page that starts at this line start in. */
	private static int bodyColumn(String[] lines, int pageStart) {
		Map<Integer, Integer> starts = new HashMap<>();
		for (int at = pageStart; at < lines.length && (at == pageStart || !lines[at].startsWith("\f")); at++) { //$NON-NLS-1$
			String text = lines[at].replace("\f", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (WORDS.split(text.strip()).length >= RUNNING_TEXT_WORDS) {
				List<Segment> columns = columns(text, 0);
				Segment widest = columns.stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length())).orElseThrow();
				starts.merge(Integer.valueOf(widest.start()), Integer.valueOf(1), Integer::sum);
			}
		}
		return starts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Integer.valueOf(0)).intValue();
	}

	/** A column's part of a line, and the column it starts in. */
	private record Segment(int start, String text) {
	}

	/** Whether a column's text is a letterhead label, with or without a colon after it ("Datum", "Onderwerp:"). */
	private static boolean isLabel(String column) {
		return LABELS.contains(column.endsWith(":") ? column.substring(0, column.length() - 1) : column); //$NON-NLS-1$
	}

	/**
	 * The columns' parts of a line, left to right. A label and its value ("Betreft", a gap, the
	 * subject) stay one line: the value starts within the label column, which is narrower than any
	 * column of text.
	 *
	 * @param body the column the page's running text starts in, 0 when not known
	 */
	private static List<Segment> columns(String line, int body) {
		if (body > 0 && line.length() > body && line.charAt(body - 1) == ' ' && line.charAt(body) != ' ' && !line.substring(0, body).isBlank()) {
			// a left-hand column may stand closer to the body than any gap: the body's column divides them
			List<Segment> columns = new ArrayList<>(columns(line.substring(0, body), 0));
			columns.add(new Segment(body, line.substring(body).stripTrailing()));
			return columns;
		}
		List<Segment> columns = new ArrayList<>();
		Matcher gap = COLUMN_GAP.matcher(line);
		int start = 0;
		while (start < line.length() && line.charAt(start) == ' ') {
			start++;
		}
		StringBuilder column = new StringBuilder();
		int from = start;
		int columnStart = start;
		while (gap.find(from)) {
			column.append(line, from, gap.start());
			if (gap.end() < LABEL_COLUMN && columns.isEmpty()) {
				column.append(' ');
			} else {
				columns.add(new Segment(columnStart, column.toString()));
				column.setLength(0);
				columnStart = gap.end();
			}
			from = gap.end();
		}
		column.append(line.substring(from).stripTrailing());
		columns.add(new Segment(columnStart, column.toString()));
		return columns;
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
			boolean bare = matcher.matches();
			if (!bare) {
				matcher = DASHED_PAGE_NUMBER.matcher(lines.get(i));
			}
			// a bare number is a page number where the page ends after it; one between dashes is one anywhere
			if ((bare || matcher.matches()) && Integer.parseInt(matcher.group(1)) > last && (!bare || endsPage(lines, i + 1))) {
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
			int number = Integer.parseInt(DIGITS_ONLY.matcher(lines.get(at.intValue())).replaceAll("")); //$NON-NLS-1$
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
		return new LayoutPage(position, printedNumber, declaredCount, lines.stream()
				.map(line -> line.startsWith(ASIDE) ? new LayoutLine(line.substring(ASIDE.length()), LineKind.ASIDE) : LayoutLine.plain(line)).toList());
	}
}

package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a PDF letter's runs of glyphs into the pages of lines the cleaning reads, finding what is
 * not body text by the letter's own typography and geometry rather than by one house style:
 * <ul>
 * <li>The <b>text column</b> is where the body type's lines start and end, on each page that has
 * enough of them; a run wholly left or right of it is a letterhead column, on whichever side the
 * house style puts it.</li>
 * <li><b>Paragraphs</b> are set apart by the space the letter puts between them, measured over
 * its body lines.</li>
 * <li><b>Labels</b> of the letterhead ("Datum", "Onze referentie", "Betreft") take their value from
 * beside them or from the lines below them, wherever they stand, and are passed on as one line
 * ("Datum 12 december 2019").</li>
 * <li><b>Running headers and footers</b> are the lines above or below the page's body type that
 * recur, numbers aside, on other pages; a number alone there is the page number.</li>
 * <li><b>Footnotes</b> are the blocks of small type below the body that start with their number;
 * other small type there (a colophon) is furniture.</li>
 * <li><b>Headings</b> are whole lines in a style distinct from the body's (weight, slant, size,
 * face, small capitals, an underline) that stand apart, where that style mostly stands apart in this letter: an emphasised
 * line inside a paragraph is no heading, and nor is bold alone needed.</li>
 * </ul>
 */
final class LetterPageLayout {

	/** Lines of running text have at least this many words: they show where the text column is. */
	private static final int RUNNING_TEXT_WORDS = 4;
	/** Starts within this many points of the column edge are at the edge. */
	private static final float EDGE_TOLERANCE = 3;
	/** A label's value beside it stands within this many body sizes. */
	private static final double VALUE_REACH = 12;
	/** A label's value below it continues while lines follow at most this many of their sizes apart. */
	private static final double VALUE_LEADING = 2.2;
	/** A heading style stands apart at least this often. */
	private static final double HEADING_STYLE_ALONE = 0.5;
	/** A line shorter than this share of the column does not run on into the next. */
	private static final double SHORT_LINE = 0.6;
	/** A heading has at most this many words. */
	private static final int MAX_HEADING_WORDS = 16;
	/** A page with this many running lines of body type shows its own column. */
	private static final int PAGE_COLUMN_LINES = 10;
	/** A page number alone in the margin: "3", "- 3 -", or with the page count, "3/12". */
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?:[-\u2013\u2014]\\s?)?(\\d{1,3})(?:\\s?[-\u2013\u2014])?|(\\d{1,3})\\s?/\\s?(\\d{1,3})"); //$NON-NLS-1$
	private static final Pattern NOTE_START = Pattern.compile("\\d{1,3}\\s*\\S.*"); //$NON-NLS-1$
	private static final Pattern RAISED_NOTE_NUMBER = Pattern.compile("(\\d{1,3})(\\p{L}.*)"); //$NON-NLS-1$
	private static final Pattern DIGITS = Pattern.compile("\\d+"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("\\s+"); //$NON-NLS-1$

	/** A run with what the layout found out about it. */
	private static final class Line {
		final GlyphRun run;
		String text;
		final Typography.Style style;
		LineKind kind;
		boolean blankBefore;
		boolean skipped;
		/** A line of body type standing alone between paragraphs, read as a heading where no style sets headings apart. */
		boolean alone;

		Line(GlyphRun run, String text, Typography.Style style) {
			this.run = run;
			this.text = text;
			this.style = style;
		}
	}

	private final Typography typography;
	private final List<List<GlyphRun>> pageRuns;
	/** Consecutive lines further apart than this have space between them. */
	private final float blankDistance;
	private float[][] pageColumns;
	private float columnLeft;
	private float columnRight;

	LetterPageLayout(Typography typography, List<List<GlyphRun>> pageRuns, float blankDistance) {
		this.typography = typography;
		this.pageRuns = pageRuns;
		this.blankDistance = blankDistance;
	}

	List<LayoutPage> pages() {
		List<List<Line>> pages = new ArrayList<>();
		for (List<GlyphRun> runs : pageRuns) {
			List<Line> lines = new ArrayList<>(runs.size());
			for (GlyphRun run : runs) {
				lines.add(new Line(run, PdfLetterReader.text(run), typography.style(run)));
			}
			pages.add(lines);
		}
		measureColumn(pages);
		List<float[]> zones = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			useColumnOf(i);
			splitAtColumnEdges(pages.get(i));
			zones.add(bodyZone(pages.get(i)));
		}
		Set<String> repeated = repeatedFurniture(pages, zones);
		List<LayoutPage> result = new ArrayList<>();
		int[] printed = new int[pages.size()];
		int[] declared = new int[pages.size()];
		for (int i = 0; i < pages.size(); i++) {
			useColumnOf(i);
			List<Line> lines = pages.get(i);
			pairLabels(lines);
			for (Line line : lines) {
				if (line.skipped || line.kind != null) {
					continue;
				}
				Optional<PageFooter> footer = PageFooter.parse(line.text);
				float[] zone = zones.get(i);
				boolean margin = line.run.y() < zone[0] || line.run.y() > zone[1];
				if (footer.isPresent()) {
					printed[i] = footer.get().number();
					declared[i] = footer.get().of();
					line.skipped = true;
				} else if (margin && PAGE_NUMBER.matcher(line.text).matches()) {
					Matcher number = PAGE_NUMBER.matcher(line.text);
					number.matches();
					if (printed[i] == 0) {
						printed[i] = Integer.parseInt(number.group(1) != null ? number.group(1) : number.group(2));
						declared[i] = number.group(3) == null ? 0 : Integer.parseInt(number.group(3));
					}
					line.skipped = true;
				} else if (outsideColumn(line.run) || margin && repeated.contains(key(line.text))) {
					line.kind = LineKind.ASIDE;
				}
			}
			markBlanks(lines);
			markFootOfPage(lines);
		}
		Set<Typography.Style> headingStyles = headingStyles(pages);
		if (headingStyles.isEmpty()) {
			markLinesAlone(pages);
		}
		for (int i = 0; i < pages.size(); i++) {
			useColumnOf(i);
			List<LayoutLine> aside = new ArrayList<>();
			List<LayoutLine> main = new ArrayList<>();
			Line previous = null;
			for (Line line : pages.get(i)) {
				if (line.skipped) {
					continue;
				}
				if (line.kind == LineKind.ASIDE) {
					aside.add(new LayoutLine(line.text, LineKind.ASIDE));
					continue;
				}
				boolean afterHeading = previous != null && previous.kind == LineKind.BOLD;
				boolean heading = line.alone || headingStyles.contains(line.style) && isHeadingShape(line) && (line.blankBefore || previous == null || afterHeading);
				// two heading lines are one heading only where the first was full and the second is in its style
				boolean nextHeading = heading && afterHeading && (!line.style.equals(previous.style) || !wraps(previous, line));
				if (line.blankBefore || nextHeading) {
					main.add(LayoutLine.BLANK);
				}
				line.kind = line.kind != null ? line.kind : heading ? LineKind.BOLD : typography.isSmall(line.run.size()) ? LineKind.SMALL : LineKind.PLAIN;
				main.add(new LayoutLine(line.text, line.kind));
				previous = line;
			}
			List<LayoutLine> lines = new ArrayList<>(aside);
			lines.addAll(main);
			result.add(new LayoutPage(i + 1, printed[i], declared[i], lines));
		}
		return result;
	}

	/**
	 * The left and right edges of the text column: where the body type's running lines start and
	 * end, on each page where it has enough of them, else over the letter (a first page may set its
	 * text narrower beside a letterhead column that later pages do not have).
	 */
	private void measureColumn(List<List<Line>> pages) {
		float[] letter = column(pages.stream().flatMap(List::stream).toList(), 1);
		pageColumns = new float[pages.size()][];
		for (int i = 0; i < pages.size(); i++) {
			float[] page = column(pages.get(i), PAGE_COLUMN_LINES);
			pageColumns[i] = page == null ? letter : page;
		}
		if (pageColumns.length > 0) {
			useColumnOf(0);
		}
	}

	/** The column edges the given lines' running body lines show, null when there are fewer than the given count. */
	private float[] column(List<Line> lines, int least) {
		Map<Integer, Integer> lefts = new HashMap<>();
		List<Float> rights = new ArrayList<>();
		for (Line line : lines) {
			if (typography.isBody(line.style) && hasWords(line.text, RUNNING_TEXT_WORDS)) {
				lefts.merge(Integer.valueOf(Math.round(line.run.left())), Integer.valueOf(1), Integer::sum);
				rights.add(Float.valueOf(line.run.right()));
			}
		}
		if (rights.isEmpty()) {
			return least > 1 ? null : new float[] { 0, Float.MAX_VALUE };
		}
		if (rights.size() < least) {
			return null;
		}
		rights.sort(null);
		return new float[] { lefts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey().floatValue(), rights.get(rights.size() * 19 / 20).floatValue() };
	}

	/** Sets the column edges the checks use to those of a page. */
	private void useColumnOf(int page) {
		columnLeft = pageColumns[page][0];
		columnRight = pageColumns[page][1];
	}

	/**
	 * Splits the runs that a narrow gutter joins across an edge of the text column: a letterhead
	 * column's line and the body line on its baseline, closer than a column gap.
	 */
	private void splitAtColumnEdges(List<Line> lines) {
		for (int i = 0; i < lines.size(); i++) {
			GlyphRun run = lines.get(i).run;
			List<Glyph> glyphs = run.glyphs();
			for (int k = 1; k < glyphs.size(); k++) {
				Glyph previous = glyphs.get(k - 1);
				Glyph glyph = glyphs.get(k);
				float end = previous.x() + previous.width();
				boolean gap = glyph.x() - end > PdfLetterReader.WORD_GAP * glyph.size();
				if (gap && (end < columnLeft - EDGE_TOLERANCE && glyph.x() >= columnLeft - EDGE_TOLERANCE
						|| end <= columnRight + EDGE_TOLERANCE && glyph.x() > columnRight + EDGE_TOLERANCE)) {
					GlyphRun head = GlyphRun.of(glyphs.subList(0, k));
					GlyphRun tail = GlyphRun.of(glyphs.subList(k, glyphs.size()));
					lines.set(i, new Line(head, PdfLetterReader.text(head), typography.style(head)));
					lines.add(i + 1, new Line(tail, PdfLetterReader.text(tail), typography.style(tail)));
					break;
				}
			}
		}
	}

	/** Whether a run stands wholly beside the text column: a letterhead column on either side. */
	private boolean outsideColumn(GlyphRun run) {
		return run.right() < columnLeft - EDGE_TOLERANCE || run.left() > columnRight + EDGE_TOLERANCE;
	}

	/** The baselines of the page's first and last line of body-sized type in the text column. */
	private float[] bodyZone(List<Line> lines) {
		float top = Float.MAX_VALUE;
		float bottom = -Float.MAX_VALUE;
		for (Line line : lines) {
			if (line.style != null && typography.isBodySize(line.style.size()) && !outsideColumn(line.run) && !PAGE_NUMBER.matcher(line.text).matches()
					&& PageFooter.parse(line.text).isEmpty()) {
				top = Math.min(top, line.run.y());
				bottom = Math.max(bottom, line.run.y());
			}
		}
		return new float[] { top, bottom };
	}

	/** Lines above or below the body type that recur, numbers aside, on more than one page. */
	private Set<String> repeatedFurniture(List<List<Line>> pages, List<float[]> zones) {
		Map<String, Integer> counts = new HashMap<>();
		for (int i = 0; i < pages.size(); i++) {
			Set<String> seen = new HashSet<>();
			float[] zone = zones.get(i);
			for (Line line : pages.get(i)) {
				if ((line.run.y() < zone[0] || line.run.y() > zone[1]) && !line.text.isBlank()) {
					seen.add(key(line.text));
				}
			}
			seen.forEach(key -> counts.merge(key, Integer.valueOf(1), Integer::sum));
		}
		Set<String> repeated = new HashSet<>();
		counts.forEach((key, count) -> {
			if (count.intValue() >= 2) {
				repeated.add(key);
			}
		});
		return repeated;
	}

	private static String key(String text) {
		return SPACES.matcher(DIGITS.matcher(text).replaceAll("#")).replaceAll(" ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Joins each letterhead label with its value, beside it on its baseline or in the lines below
	 * it at the same indent, into one letterhead line.
	 */
	private void pairLabels(List<Line> lines) {
		for (int i = 0; i < lines.size(); i++) {
			Line label = lines.get(i);
			if (label.skipped || label.kind != null || !Letterhead.isLabel(label.text)) {
				continue;
			}
			StringBuilder value = new StringBuilder();
			Line beside = i + 1 < lines.size() ? lines.get(i + 1) : null;
			float gap = beside == null ? -1 : beside.run.left() - label.run.right();
			if (beside != null && Math.abs(beside.run.y() - label.run.y()) < 0.5 * label.run.size() && gap > 0
					&& outsideColumn(beside.run) == outsideColumn(label.run)
					&& gap < VALUE_REACH * typography.bodySize() && !Letterhead.isLabel(beside.text)) {
				value.append(beside.text);
				beside.skipped = true;
			} else {
				float lastY = label.run.y();
				for (int j = i + 1; j < lines.size(); j++) {
					Line below = lines.get(j);
					if (below.run.y() - lastY > VALUE_LEADING * Math.max(label.run.size(), below.run.size())) {
						break;
					}
					if (below.skipped || Math.abs(below.run.left() - label.run.left()) > EDGE_TOLERANCE || below.run.y() <= label.run.y()) {
						continue;
					}
					if (Letterhead.isLabel(below.text)) {
						break;
					}
					value.append(value.isEmpty() ? "" : " ").append(below.text); //$NON-NLS-1$ //$NON-NLS-2$
					below.skipped = true;
					lastY = below.run.y();
				}
			}
			if (!value.isEmpty()) {
				label.text = label.text + ' ' + value;
				label.kind = LineKind.ASIDE;
			}
		}
	}

	private void markBlanks(List<Line> lines) {
		float previousY = Float.NaN;
		for (Line line : lines) {
			if (line.skipped || line.kind == LineKind.ASIDE) {
				continue;
			}
			line.blankBefore = !Float.isNaN(previousY) && line.run.y() - previousY > blankDistance;
			previousY = line.run.y();
		}
	}

	/**
	 * Small type below the page's last line of body type: blocks that start with a number are
	 * footnotes, the rest (a colophon, a printer's mark) is furniture.
	 */
	private void markFootOfPage(List<Line> lines) {
		int end = lines.size();
		int start = end;
		while (start > 0 && (lines.get(start - 1).skipped || lines.get(start - 1).kind == LineKind.ASIDE || typography.isSmall(lines.get(start - 1).run.size()))) {
			start--;
		}
		boolean note = false;
		float previousY = Float.NaN;
		for (Line line : lines.subList(start, end)) {
			if (line.skipped || line.kind == LineKind.ASIDE) {
				continue;
			}
			boolean newBlock = Float.isNaN(previousY) || line.run.y() - previousY > VALUE_LEADING * line.run.size();
			if (newBlock) {
				note = NOTE_START.matcher(line.text).matches();
			}
			Matcher raised = RAISED_NOTE_NUMBER.matcher(line.text);
			if (note && raised.matches()) {
				// a note's number is often set raised against its text, without a space
				line.text = raised.group(1) + ' ' + raised.group(2);
			}
			if (!note) {
				line.kind = LineKind.ASIDE;
			}
			previousY = line.run.y();
		}
	}

	/**
	 * The styles that headings are set in: distinct from the body's, and in this letter mostly
	 * standing apart (after vertical space or at the top of a page) when a whole line is set in
	 * them.
	 */
	private Set<Typography.Style> headingStyles(List<List<Line>> pages) {
		Map<Typography.Style, int[]> counts = new HashMap<>();
		for (List<Line> lines : pages) {
			boolean first = true;
			for (Line line : lines) {
				if (line.skipped || line.kind != null) {
					continue;
				}
				if (typography.isDistinct(line.style) && isHeadingShape(line)) {
					int[] count = counts.computeIfAbsent(line.style, style -> new int[2]);
					count[0]++;
					if (line.blankBefore || first) {
						count[1]++;
					}
				}
				first = false;
			}
		}
		Set<Typography.Style> styles = new HashSet<>();
		counts.forEach((style, count) -> {
			if (count[1] >= HEADING_STYLE_ALONE * count[0]) {
				styles.add(style);
			}
		});
		return styles;
	}

	/**
	 * Where a letter sets its headings in its body type, a heading is a line alone between
	 * paragraphs: space before it, and space after it or a short line before a capital, a name
	 * rather than a sentence (a capital first, no closing punctuation), with text after it.
	 */
	private void markLinesAlone(List<List<Line>> pages) {
		for (int page = 0; page < pages.size(); page++) {
			useColumnOf(page);
			List<Line> lines = pages.get(page);
			List<Line> main = lines.stream().filter(line -> !line.skipped && line.kind == null).toList();
			for (int i = 0; i + 1 < main.size(); i++) {
				Line line = main.get(i);
				String text = line.text;
				boolean name = !text.isEmpty() && Character.isUpperCase(text.codePointAt(0)) && ".,;:!?".indexOf(text.charAt(text.length() - 1)) < 0; //$NON-NLS-1$
				Line next = main.get(i + 1);
				boolean isShort = line.run.right() - line.run.left() < SHORT_LINE * (columnRight - columnLeft);
				boolean apart = next.blankBefore || isShort && !next.text.isEmpty() && Character.isUpperCase(next.text.codePointAt(0));
				line.alone = name && (i == 0 || line.blankBefore || main.get(i - 1).alone) && apart && typography.isBody(line.style) && isHeadingShape(line);
			}
		}
	}

	/** Whether a line was broken before the next because the next line's first word did not fit in the column. */
	private boolean wraps(Line line, Line next) {
		List<Glyph> glyphs = next.run.glyphs();
		float firstWordEnd = glyphs.get(0).x() + glyphs.get(0).width();
		for (int i = 1; i < glyphs.size(); i++) {
			Glyph glyph = glyphs.get(i);
			if (glyph.x() - firstWordEnd > PdfLetterReader.WORD_GAP * glyph.size()) {
				break;
			}
			firstWordEnd = glyph.x() + glyph.width();
		}
		double space = PdfLetterReader.WORD_GAP * 2 * line.run.size();
		return line.run.right() + space + (firstWordEnd - next.run.left()) > columnRight - EDGE_TOLERANCE;
	}

	/** Whether a line could be a heading by its words: not too long, not ending a clause. */
	private static boolean isHeadingShape(Line line) {
		String text = line.text;
		if (text.isEmpty() || hasWords(text, MAX_HEADING_WORDS + 1)) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		return ",;".indexOf(last) < 0; //$NON-NLS-1$
	}

	static boolean hasWords(String text, int count) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length() && words < count; i++) {
			boolean space = Character.isWhitespace(text.charAt(i));
			if (!space && !inWord) {
				words++;
			}
			inWord = !space;
		}
		return words >= count;
	}
}

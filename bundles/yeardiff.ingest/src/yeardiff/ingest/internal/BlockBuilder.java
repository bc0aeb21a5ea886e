package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.HeadingNumber;

/**
 * Finds the headings and paragraphs among a letter's body lines.
 *
 * <p>A PDF says which lines are bold and where vertical space is; a text extraction says neither,
 * and even scatters blank lines between the first lines of a page. There a heading is a short line
 * that reads as a name rather than a sentence (capital first, no closing punctuation, not ending in
 * an article or preposition) standing after a blank line or a finished paragraph and before a line
 * that starts with a capital. A paragraph ends at a blank line after a finished sentence (a run of
 * blank lines where the extraction interleaves them with the text), at a short last line ending a
 * sentence, at an enumeration, or at missing pages. In a PDF a short line at the foot of a page ends
 * its paragraph as well: the next paragraph's blank line fell on the page break.</p>
 *
 * <p>A copy from a web page holds a paragraph per line, with or without blank lines between them,
 * and no hyphenation: there every line is a block, and a heading is a line that reads as one.</p>
 */
public final class BlockBuilder {

	private static final Pattern BULLET = Pattern.compile("(?:[-\u2022\u25aa\u25cf\u00b7]|[a-z][.)])\\s+(?=\\S)"); //$NON-NLS-1$
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}"); //$NON-NLS-1$
	/** Brackets and quotation marks that may close after a sentence's final punctuation. */
	private static final String CLOSERS = ")]\u00bb\u201d\u2019\"'"; //$NON-NLS-1$
	private static final String SENTENCE_ENDS = ".!?:"; //$NON-NLS-1$
	private static final Pattern WORDS = Pattern.compile("\\s+"); //$NON-NLS-1$
	/** A heading's remark in brackets at its end: "(als voornaamste partners binnen de Northern Group)". */
	private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)$"); //$NON-NLS-1$
	/** Words a heading never ends on: a line ending on one is broken off a sentence. */
	private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "en", "of", "van", "in", "op", "met", "voor", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"aan", "te", "tot", "om", "dat", "die", "door", "bij", "naar", "over", "uit", "als", "is", "zijn", "wordt", "worden", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"heeft", "hebben", "zal", "zullen", "ook", "nog", "niet", "dit", "deze", "waarin", "the", "and"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
	private static final int MAX_HEADING_LENGTH = 100;
	private static final int MAX_HEADING_WORDS = 12;
	/** A line of fewer words is a heading, a signature or a list item rather than running text. */
	private static final int RUNNING_TEXT_WORDS = 4;
	/** A line shorter than this share of the text width that ends a sentence ends its paragraph. */
	private static final double SHORT_LINE = 0.7;
	/**
	 * Running text whose typical line is longer than this was not set on a page: a copy from a web
	 * page holds a paragraph per line.
	 */
	private static final int PARAGRAPH_LINE = 200;
	/** A line in capitals with a word this long is no acronym alone. */
	private static final int CAPITALS_WORD = 6;
	/** A page with this many running lines shows the width of its own text column. */
	private static final int PAGE_WIDTH_LINES = 10;
	/** A line of at least this share of the text width is running text unless it names a known subject. */
	private static final double FULL_LINE = 0.9;

	private final LineJoiner joiner;
	private final boolean typeset;
	private final Predicate<String> knownHeading;
	private List<BodyLine> lines;
	private int width;
	/** The typical length of a page's running lines, by page, where a page has enough of them. */
	private final Map<Integer, Integer> pageWidths = new HashMap<>();

	private final List<Block> blocks = new ArrayList<>();
	private List<PagedText> items;
	private PagedText item;
	private int paragraphStart;
	private int paragraphPage;
	private boolean paragraphAfterGap;
	private int lastHeadingLine = -1;
	private boolean linePerParagraph;

	/**
	 * @param joiner joins lines the way the letter hyphenates
	 * @param typeset whether the lines come from a PDF that knows bold type and vertical space
	 * @param knownHeading whether a text names a subject the letters have headings for
	 */
	public BlockBuilder(LineJoiner joiner, boolean typeset, Predicate<String> knownHeading) {
		this.joiner = joiner;
		this.typeset = typeset;
		this.knownHeading = knownHeading;
	}

	/** The headings and paragraphs of these lines, in order. */
	public List<Block> build(List<BodyLine> bodyLines) {
		lines = bodyLines;
		width = typicalWidth(bodyLines);
		pageWidths.clear();
		bodyLines.stream().collect(Collectors.groupingBy(BodyLine::page)).forEach((page, onPage) -> {
			if (onPage.stream().filter(line -> hasWords(line.text(), RUNNING_TEXT_WORDS)).count() >= PAGE_WIDTH_LINES) {
				pageWidths.put(page, Integer.valueOf(typicalWidth(onPage)));
			}
		});
		linePerParagraph = !typeset && longLines(bodyLines) > PARAGRAPH_LINE;
		for (int i = 0; i < lines.size(); i++) {
			int headingEnd = headingEnd(i);
			if (headingEnd >= 0) {
				endParagraph();
				StringBuilder heading = new StringBuilder(lines.get(i).text());
				for (int j = i + 1; j <= headingEnd; j++) {
					heading.append(' ').append(lines.get(j).text());
				}
				blocks.add(new Block.Heading(heading.toString(), lines.get(i).page()));
				i = headingEnd;
				lastHeadingLine = headingEnd;
				continue;
			}
			BodyLine line = lines.get(i);
			if (items != null && breaksBefore(i)) {
				endParagraph();
			}
			Matcher bullet = BULLET.matcher(line.text());
			if (items == null) {
				items = new ArrayList<>();
				paragraphStart = i;
				paragraphPage = line.page();
				paragraphAfterGap = line.afterGap();
			}
			if (bullet.lookingAt() || item == null) {
				item = new PagedText(bullet.lookingAt() ? line.text().substring(bullet.end()) : line.text(), line.page());
				items.add(item);
			} else {
				item.append(line.text(), line.page(), joiner);
			}
		}
		endParagraph();
		return List.copyOf(blocks);
	}

	private void endParagraph() {
		if (items != null && !items.isEmpty()) {
			blocks.add(new Block.Paragraph(items, paragraphPage, paragraphAfterGap));
		}
		items = null;
		item = null;
	}

	private boolean breaksBefore(int i) {
		if (linePerParagraph) {
			return true;
		}
		BodyLine line = lines.get(i);
		BodyLine previous = lines.get(i - 1);
		if (line.afterGap()) {
			return true;
		}
		// a PDF may set its first page narrower beside a letterhead column: a line is short for its own page
		if (typeset && line.pageStart() && previous.text().length() < SHORT_LINE * pageWidths.getOrDefault(Integer.valueOf(previous.page()), Integer.valueOf(width)).intValue()) {
			return true;
		}
		if (line.blanksBefore() > 0) {
			if (typeset || line.blanksBefore() > 1) {
				return true;
			}
			boolean interleaved = previous.blanksBefore() == 1 && i - 1 != paragraphStart;
			if (endsSentence(previous.text()) && !interleaved) {
				return true;
			}
		}
		return endsSentence(previous.text()) && previous.text().length() < SHORT_LINE * width && startsBlock(line.text());
	}

	/** The index of a heading's last line when a heading starts at this line, -1 otherwise. */
	private int headingEnd(int i) {
		BodyLine line = lines.get(i);
		if (typeset) {
			if (line.kind() != LineKind.BOLD) {
				return -1;
			}
			int end = i;
			while (end + 1 < lines.size() && lines.get(end + 1).kind() == LineKind.BOLD && lines.get(end + 1).blanksBefore() == 0) {
				end++;
			}
			return end;
		}
		if (linePerParagraph) {
			// every line is a block of its own: a heading is a line that reads as one, before a paragraph
			String text = REMARK.matcher(line.text()).replaceFirst(""); //$NON-NLS-1$
			return !text.isEmpty() && isHeadingText(text) && i + 1 < lines.size() && startsBlock(lines.get(i + 1).text()) ? i : -1;
		}
		// a line in capitals is set apart by its case, as small capitals are that an extraction gives as capitals
		boolean fullLine = line.text().length() >= FULL_LINE * width && !isCapitals(line.text());
		if (!isHeadingText(line.text()) || !standsAlone(i) || (fullLine && !knownHeading.test(line.text()))) {
			return -1;
		}
		int end = i;
		if (opensBracket(line.text()) && i + 1 < lines.size()) {
			String closing = lines.get(i + 1).text();
			if (!closing.contains(")") || lines.get(i + 1).blanksBefore() > 0 || endsSentence(closing) || closing.length() > MAX_HEADING_LENGTH) { //$NON-NLS-1$
				return -1;
			}
			end = i + 1;
		}
		if (end + 1 >= lines.size()) {
			return -1;
		}
		// a full line that names a subject by one of its words ("Daarnaast leverde Nederland een
		// bijdrage aan de NATO Response Force") is a heading only when a sentence starts after it
		String next = lines.get(end + 1).text();
		return (fullLine ? Character.isUpperCase(next.codePointAt(0)) : startsBlock(next)) ? end : -1;
	}

	private boolean standsAlone(int i) {
		BodyLine line = lines.get(i);
		if (i == 0) {
			return true;
		}
		// a subheading right under its heading ("Verenigde Naties", then "Hervorming en modernisering
		// VN-vredesmissies"), where an extraction leaves no blank line: a paragraph's first line is a full one
		if (i - 1 == lastHeadingLine && line.text().length() < SHORT_LINE * width) {
			return true;
		}
		if (line.pageStart()) {
			return endsSentence(lines.get(i - 1).text());
		}
		// an extraction that sets no blank lines between paragraphs (pdftotext without -layout): a
		// short line after a finished sentence starts no running text, since a paragraph's first line
		// is a full one unless it is also its last, which ends a sentence; a longer one only when it
		// names a subject the letters have headings for
		int length = line.text().length();
		return line.blanksBefore() > 0 || endsSentence(lines.get(i - 1).text())
				&& (length < SHORT_LINE * width || length < FULL_LINE * width && knownHeading.test(line.text()) || isCapitals(line.text()));
	}

	private static boolean isHeadingText(String line) {
		// "1. België en Luxemburg", "2.3 Duitsland": the number is no part of the heading's text
		String text = HeadingNumber.of(line).title();
		if (text.length() > MAX_HEADING_LENGTH || !Character.isUpperCase(text.codePointAt(0)) || BULLET.matcher(text).lookingAt()) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		if (".,;:!?-\u2013".indexOf(last) >= 0 || SENTENCE_INSIDE.matcher(text).find()) { //$NON-NLS-1$
			return false;
		}
		String[] words = WORDS.split(text);
		return words.length <= MAX_HEADING_WORDS && !FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a line is set in capitals: no letter in lower case, and a word of at least
	 * {@link #CAPITALS_WORD} letters (not an acronym alone: "EU", "NAVO").
	 */
	private static boolean isCapitals(String text) {
		if (text.codePoints().anyMatch(Character::isLowerCase)) {
			return false;
		}
		for (String word : WORDS.split(text)) {
			if (word.codePoints().filter(Character::isLetter).count() >= CAPITALS_WORD) {
				return true;
			}
		}
		return false;
	}

	private static boolean opensBracket(String text) {
		return text.lastIndexOf('(') > text.lastIndexOf(')');
	}

	/** Whether the text ends a sentence, possibly inside a bracket or quotation that closes after it. */
	private static boolean endsSentence(String text) {
		int end = text.length();
		while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
	}

	private static boolean startsBlock(String text) {
		int first = text.codePointAt(0);
		return Character.isUpperCase(first) || Character.isDigit(first) || "(\u00ab\u201c\u2018\"'".indexOf(first) >= 0 //$NON-NLS-1$
				|| BULLET.matcher(text).lookingAt();
	}

	/** Whether the text holds at least this many words. */
	private static boolean hasWords(String text, int count) {
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

	/**
	 * The length of the longer lines of running text: the upper quartile, as a copy of a letter with
	 * many short list items has as many short lines as paragraphs.
	 */
	private static int longLines(List<BodyLine> lines) {
		int[] lengths = lines.stream().filter(line -> hasWords(line.text(), RUNNING_TEXT_WORDS)).mapToInt(line -> line.text().length()).sorted().toArray();
		return lengths.length == 0 ? 0 : lengths[lengths.length * 3 / 4];
	}

	/** The median length of the lines that carry running text. */
	private static int typicalWidth(List<BodyLine> lines) {
		int[] lengths = lines.stream().filter(line -> hasWords(line.text(), RUNNING_TEXT_WORDS)).mapToInt(line -> line.text().length()).sorted().toArray();
		return lengths.length == 0 ? Integer.MAX_VALUE : lengths[lengths.length / 2];
	}
}

package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the page furniture off a letter: the letterhead of the first page (wherever a text
 * extraction has put its lines between the first lines of the body), running headers, the
 * signature, superscript remnants and footnotes, and remembers what the furniture says. What is
 * left are the body lines, each with its page number and the blank lines before it.
 *
 * <p>Page numbers are those the footers print when they rise page by page; extractions that repeat
 * a footer ("Pagina 2 van 13" on six pages) cannot be trusted and number the pages by their place
 * instead. Pages are missing between two pages whose trusted numbers are not consecutive, and at
 * every break past the trusted footers when the letter declares more pages than the source holds;
 * no paragraph runs across such a gap. Across any other break a paragraph runs on when its text
 * does.</p>
 */
public final class LayoutCleaner {

	/** A superscript such as the "e" of "1e", set on a line of its own by the text extraction. */
	private static final Pattern SUPERSCRIPT = Pattern.compile("\\p{Ll}{1,3}"); //$NON-NLS-1$
	/** The number a superscript belongs to: one or two digits standing alone. */
	private static final Pattern SHORT_NUMBER = Pattern.compile("(?<![\\d.,])\\b\\d{1,2}\\b(?![\\d.,%])"); //$NON-NLS-1$
	/**
	 * A footnote's first line: its number, then its text; a text extraction may drop the space after
	 * a superscript number ("1Reageren op ..."), which a capitalised word after the digits shows.
	 */
	private static final Pattern NOTE_START = Pattern.compile("(\\d{1,2})(?:\\s+|(?=\\p{Lu}\\p{Ll}))(\\S.*)"); //$NON-NLS-1$
	/** A nota's title on its first line, and the subtitle set between dashes below it. */
	private static final Pattern TITLE_LINE = Pattern.compile("(?:Nota|Rapportage|Brief)\\b[^.:;!?]*"); //$NON-NLS-1$
	private static final Pattern SUBTITLE_LINE = Pattern.compile("[-\u2013]\\s.*\\s[-\u2013]"); //$NON-NLS-1$

	private String title;
	/** Whether the lines are the PDF's own, as this reader set them, rather than an extraction's. */
	private boolean typesetSource;
	private String date;
	private String reference;
	private String dossier;
	private String printNumber;
	private String minister;

	/** The letter's body lines, footnotes and letterhead. */
	public CleanLetter clean(LetterLayout layout) {
		typesetSource = layout.typeset();
		List<LayoutPage> pages = layout.pages();
		boolean printedNumbersRise = trustedFooters(pages) == pages.size();
		List<Integer> numbers = pages.stream().map(page -> Integer.valueOf(printedNumbersRise ? page.printedNumber() : page.position())).toList();
		int declared = pages.stream().mapToInt(LayoutPage::declaredCount).max().orElse(0);
		boolean[] gaps = gaps(pages, declared);
		List<List<LayoutLine>> bodies = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			bodies.add(withoutFurniture(pages.get(i).lines(), i == 0, i == 1));
		}
		// a text extraction of a typeset letter (pdftotext) is hyphenated as the PDF was: every source is
		// measured, and the letter's own spelling decides whether its typesetter broke words
		LineJoiner joiner = new LineJoiner(bodies.stream().flatMap(List::stream).map(LayoutLine::text).toList(), true, layout.typeset());
		List<Note> notes = new ArrayList<>();
		List<BodyLine> lines = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			int page = numbers.get(i).intValue();
			List<LayoutLine> body = bodies.get(i);
			List<Note> pageNotes = layout.typeset() ? smallTypeNotes(body, page, joiner) : trailingNotes(body, page, notes, joiner);
			removeMarkers(body, pageNotes);
			notes.addAll(pageNotes);
			addBodyLines(lines, body, page, gaps[i]);
		}
		String kamerstuk = dossier != null && printNumber != null ? dossier + ", nr. " + printNumber : null; //$NON-NLS-1$
		LetterheadFields letterhead = new LetterheadFields(title, date, reference, kamerstuk, minister);
		return new CleanLetter(lines, notes, letterhead, numbers, declared, joiner);
	}

	/**
	 * How many pages, from the first, carry printed numbers that rise page by page. Past them the
	 * extraction repeats a footer ("Pagina 2 van 13" on six pages): from there on the numbers are
	 * copies and say nothing about the pages they stand on. Nor does the first page that carries
	 * the repeated number: the footer may have been copied onto it as onto the others. The 2019
	 * report's page 1 ends in the section on Belgium; the page after it, marked "Pagina 2" like the
	 * five after it, starts in the middle of the section on Germany.
	 */
	private static int trustedFooters(List<LayoutPage> pages) {
		int last = 0;
		for (int i = 0; i < pages.size(); i++) {
			int printed = pages.get(i).printedNumber();
			if (printed <= last || i + 1 < pages.size() && pages.get(i + 1).printedNumber() == printed) {
				return i;
			}
			last = printed;
		}
		return pages.size();
	}

	/**
	 * For every page, whether pages may be missing between it and the page before. Where both pages
	 * carry trusted numbers, only a jump ("Pagina 1 van 8", then "Pagina 8 van 8") says so. Where
	 * the numbers are copies, the letter is complete only if it has no more pages than it declares;
	 * otherwise the missing pages may lie at any break, and no break is trusted. A sentence that
	 * seems to run on across such a break is not joined: in the letters with missing pages, most
	 * pages that start in the middle of a sentence start in the middle of another one (the 2019
	 * report goes from "(1) ontwikkeling van nieuwe" to "afschrikking meer aan Europese landen").
	 */
	private static boolean[] gaps(List<LayoutPage> pages, int declared) {
		int trusted = trustedFooters(pages);
		boolean complete = declared <= pages.size();
		boolean[] gaps = new boolean[pages.size()];
		for (int i = 1; i < pages.size(); i++) {
			if (i < trusted) {
				gaps[i] = pages.get(i).printedNumber() != pages.get(i - 1).printedNumber() + 1;
			} else {
				gaps[i] = !complete;
			}
		}
		return gaps;
	}

	private List<LayoutLine> withoutFurniture(List<LayoutLine> page, boolean first, boolean second) {
		List<LayoutLine> lines = new ArrayList<>(page);
		if (first) {
			readTitle(lines);
		} else if (title == null) {
			readLabelledTitle(lines);
		}
		List<LayoutLine> kept = new ArrayList<>();
		boolean signed = false;
		boolean afterDateLabel = false;
		Set<LayoutLine> inLetterhead = first ? inLetterhead(lines) : second ? leadingLetterhead(lines) : Set.of();
		for (LayoutLine line : lines) {
			String text = line.text();
			if (line.isBlank()) {
				kept.add(line);
				continue;
			}
			// the label alone, its value on a line of its own after it (pdftotext sets a blank line between);
			// on a later page too while the date is not known: an extraction in the order the PDF draws
			// may give the first page's letterhead column after that page's footer
			boolean dateValue = afterDateLabel && date == null && Letterhead.isoDate(text).isPresent();
			afterDateLabel = (first || date == null) && Letterhead.isDateLabel(text);
			if (dateValue) {
				date = Letterhead.isoDate(text).get();
			} else if (line.kind() == LineKind.ASIDE || (first && Letterhead.isFirstPageFurniture(text)) || Letterhead.isRunningHeader(text)
					|| inLetterhead.contains(line)) {
				readLetterhead(text);
			} else if (first && title == null && dossier == null && Letterhead.dossier(text).isPresent() && hasPrintNumber(lines)) {
				dossier = Letterhead.dossier(text).get();
			} else if (first && dossier != null && printNumber == null && Letterhead.printNumber(text).isPresent()) {
				printNumber = Letterhead.printNumber(text).get();
			} else if (first && text.equals(title)) {
				// the subject repeated as the letter's title above its text, as some house styles set it
				continue;
			} else if (Letterhead.isSignatory(text)) {
				signed = true;
			} else if ((signed || isLastTextLine(lines, line)) && Letterhead.signature(text).isPresent()) {
				if (minister == null) {
					minister = Letterhead.signature(text).get();
				}
			} else {
				kept.add(typesetSource ? line : new LayoutLine(LineJoiner.withLostHyphens(text), line.kind()));
			}
		}
		return reattachSuperscripts(kept);
	}

	/**
	 * The first page's lines that stand inside the letterhead: between two lines of it, without a
	 * blank line between ("Ministerie van Defensie", "Bestuursstaf", "Postbus 20701"): a sender's
	 * department or a street no pattern knows is part of the address block it stands in.
	 */
	private static final int ADDRESS_WORDS = 3;

	private static Set<LayoutLine> inLetterhead(List<LayoutLine> lines) {
		Set<LayoutLine> inside = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 1; i + 1 < lines.size(); i++) {
			LayoutLine line = lines.get(i);
			if (!line.isBlank() && isShortName(line.text()) && !lines.get(i - 1).isBlank() && !lines.get(i + 1).isBlank() && isLetterheadLine(lines.get(i - 1))
					&& isLetterheadLine(lines.get(i + 1)) && !Letterhead.isLabel(line.text())) {
				inside.add(line);
			}
		}
		return inside;
	}

	/** A name of a few words, not a piece of a sentence: where an extraction interleaves the column with the text, text lines stand between its lines too. */
	/**
	 * The lines at the top of the second page that are the first page's letterhead: an extraction
	 * in the order the PDF draws may give the first page's letterhead column after that page's
	 * footer. Only address lines the first page's patterns know, labels, and short names between
	 * them count; the first line of text ends the block.
	 */
	private static Set<LayoutLine> leadingLetterhead(List<LayoutLine> lines) {
		Set<LayoutLine> leading = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < lines.size(); i++) {
			LayoutLine line = lines.get(i);
			if (line.isBlank()) {
				continue;
			}
			boolean known = Letterhead.isFirstPageFurniture(line.text()) || Letterhead.isLabel(line.text());
			boolean between = isShortName(line.text()) && !leading.isEmpty() && i + 1 < lines.size()
					&& (Letterhead.isFirstPageFurniture(lines.get(i + 1).text()) || Letterhead.isLabel(lines.get(i + 1).text()));
			if (!known && !between) {
				break;
			}
			leading.add(line);
		}
		return leading;
	}

	private static boolean isShortName(String text) {
		String[] words = text.strip().split("\\s+"); //$NON-NLS-1$
		return words.length <= ADDRESS_WORDS && Character.isUpperCase(text.strip().codePointAt(0)) && ".,;:".indexOf(text.charAt(text.length() - 1)) < 0; //$NON-NLS-1$
	}

	private static boolean isLetterheadLine(LayoutLine line) {
		return line.kind() == LineKind.ASIDE || Letterhead.isFirstPageFurniture(line.text()) && !Letterhead.isLabel(line.text());
	}

	private static boolean hasPrintNumber(List<LayoutLine> lines) {
		return lines.stream().anyMatch(line -> Letterhead.printNumber(line.text()).isPresent());
	}

	private static boolean isLastTextLine(List<LayoutLine> lines, LayoutLine line) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (!lines.get(i).isBlank()) {
				return lines.get(i) == line;
			}
		}
		return false;
	}

	/**
	 * The subject line stands next to the word "Betreft", before or after it as the extraction
	 * ordered the two columns; a nota has its title on its first line instead.
	 */
	/**
	 * On a page after the first, while the letter's subject is not known: a subject label alone
	 * ("Betreft", "Onderwerp") and its value under it, both taken out of the text. An extraction in
	 * the order the PDF draws may give the first page's letterhead column after that page's footer;
	 * a label alone on a line is never text.
	 */
	/** A line of a letterhead column is at most this many times as long as another. */
	private static final double COLUMN_SLACK = 1.5;
	/** A sentence ends and another starts inside the line. */
	private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}"); //$NON-NLS-1$

	private void readLabelledTitle(List<LayoutLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (Letterhead.isSubjectLabel(lines.get(i).text())) {
				int at = i + 1;
				while (at < lines.size() && lines.get(at).isBlank()) {
					at++;
				}
				if (at >= lines.size() || Letterhead.isFirstPageFurniture(lines.get(at).text()) || Letterhead.isLabel(lines.get(at).text())) {
					return;
				}
				StringBuilder value = new StringBuilder(lines.get(at).text());
				lines.remove(at);
				// a subject too long for a narrow letterhead column goes on in lower case on the next line,
				// as narrow as the column; the text after the column is wider and has sentences in it
				int columnWidth = value.length();
				while (at < lines.size() && !lines.get(at).isBlank() && Character.isLowerCase(lines.get(at).text().codePointAt(0))
						&& lines.get(at).text().strip().length() <= COLUMN_SLACK * columnWidth && !SENTENCE_INSIDE.matcher(lines.get(at).text()).find()) {
					value.append(' ').append(lines.get(at).text().strip());
					lines.remove(at);
				}
				title = value.toString().strip();
				lines.remove(i);
				return;
			}
		}
	}

	private void readTitle(List<LayoutLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i).text();
			Optional<String> subject = Letterhead.subject(text);
			if (subject.isPresent()) {
				title = subject.get();
				return;
			}
			if (Letterhead.isSubjectLabel(text)) {
				int at = neighbourTitle(lines, i);
				if (at >= 0) {
					StringBuilder value = new StringBuilder(lines.get(at).text());
					lines.remove(at);
					// a subject too long for a narrow letterhead column goes on in lower case on the next line
					while (at > i && at < lines.size() && !lines.get(at).isBlank() && Character.isLowerCase(lines.get(at).text().codePointAt(0))
							&& !Letterhead.isFirstPageFurniture(lines.get(at).text())) {
						value.append(' ').append(lines.get(at).text());
						lines.remove(at);
					}
					title = value.toString();
				}
				return;
			}
		}
		int first = firstTextLine(lines);
		if (first >= 0 && TITLE_LINE.matcher(lines.get(first).text()).matches()) {
			title = lines.get(first).text();
			lines.remove(first);
			int next = firstTextLine(lines);
			if (next >= 0 && SUBTITLE_LINE.matcher(lines.get(next).text()).matches()) {
				lines.remove(next);
			}
		}
	}

	/**
	 * The line beside a "Betreft" label that holds the subject: the line right before or after it,
	 * else the next text line after blank lines when it stands alone between them (pdftotext sets a
	 * blank line after each letterhead field).
	 */
	private static int neighbourTitle(List<LayoutLine> lines, int label) {
		for (int at : new int[] { label - 1, label + 1 }) {
			if (at >= 0 && at < lines.size() && !lines.get(at).isBlank() && !Letterhead.isFirstPageFurniture(lines.get(at).text())) {
				return at;
			}
		}
		int at = label + 1;
		while (at < lines.size() && lines.get(at).isBlank()) {
			at++;
		}
		if (at < lines.size() && !Letterhead.isFirstPageFurniture(lines.get(at).text()) && !Letterhead.isLabel(lines.get(at).text())
				&& (at + 1 >= lines.size() || lines.get(at + 1).isBlank())) {
			return at;
		}
		return -1;
	}

	/** Whether the line stands alone between blank lines, as a letterhead field's value does. */
	private static boolean isLetterheadBlock(List<LayoutLine> lines, int at) {
		return (at + 1 >= lines.size() || lines.get(at + 1).isBlank()) && (at == 0 || lines.get(at - 1).isBlank());
	}

	private static int firstTextLine(List<LayoutLine> lines) {
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).isBlank()) {
				return i;
			}
		}
		return -1;
	}

	private void readLetterhead(String text) {
		if (date == null) {
			date = Letterhead.date(text).orElse(null);
		}
		if (reference == null) {
			reference = Letterhead.reference(text).orElse(null);
		}
	}

	/**
	 * Puts a superscript back after the number it belongs to ("1" + "e" is "1e") when the next line
	 * holds exactly one such number, and drops it otherwise.
	 */
	private static List<LayoutLine> reattachSuperscripts(List<LayoutLine> lines) {
		List<LayoutLine> result = new ArrayList<>(lines);
		for (int i = 0; i < result.size(); i++) {
			LayoutLine line = result.get(i);
			if (line.kind() == LineKind.SMALL || !SUPERSCRIPT.matcher(line.text()).matches()) {
				continue;
			}
			result.remove(i);
			if (i < result.size()) {
				LayoutLine next = result.get(i);
				Matcher numbers = SHORT_NUMBER.matcher(next.text());
				if (numbers.find()) {
					int end = numbers.end();
					if (!numbers.find()) {
						String text = next.text().substring(0, end) + line.text() + next.text().substring(end);
						result.set(i, new LayoutLine(text, next.kind()));
					}
				}
			}
			i--;
		}
		return result;
	}

	/** Footnotes set in small type at the foot of a PDF page. */
	private static List<Note> smallTypeNotes(List<LayoutLine> body, int page, LineJoiner joiner) {
		List<Note> notes = new ArrayList<>();
		int first = body.size();
		while (first > 0 && (body.get(first - 1).kind() == LineKind.SMALL || body.get(first - 1).isBlank())) {
			first--;
		}
		List<LayoutLine> foot = new ArrayList<>(body.subList(first, body.size()));
		foot.removeIf(LayoutLine::isBlank);
		if (foot.isEmpty() || !NOTE_START.matcher(foot.get(0).text()).matches()) {
			return notes;
		}
		body.subList(first, body.size()).clear();
		int number = 0;
		String text = null;
		for (LayoutLine line : foot) {
			Matcher start = NOTE_START.matcher(line.text());
			if (start.matches() && Integer.parseInt(start.group(1)) > number) {
				if (text != null) {
					notes.add(new Note(number, text, page));
				}
				number = Integer.parseInt(start.group(1));
				text = start.group(2);
			} else {
				text = joiner.join(text, line.text());
			}
		}
		notes.add(new Note(number, text, page));
		return notes;
	}

	/**
	 * Footnotes at the end of a page of a text extraction: blocks set off by a blank line, each
	 * beginning with its number, the numbers rising past those of earlier pages.
	 */
	private static List<Note> trailingNotes(List<LayoutLine> body, int page, List<Note> earlier, LineJoiner joiner) {
		int last = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).number();
		List<Note> found = new ArrayList<>();
		int cut = body.size();
		int end = lastTextLine(body, body.size() - 1);
		while (end > 0) {
			int start = end;
			while (start > 0 && !body.get(start - 1).isBlank()) {
				start--;
			}
			Matcher opening = start > 0 ? NOTE_START.matcher(body.get(start).text()) : null;
			if (opening == null || !opening.matches()) {
				break;
			}
			int number = Integer.parseInt(opening.group(1));
			if (number <= last || (!found.isEmpty() && number >= found.get(0).number())) {
				break;
			}
			String text = opening.group(2);
			for (LayoutLine line : body.subList(start + 1, end + 1)) {
				text = joiner.join(text, line.text());
			}
			found.add(0, new Note(number, text, page));
			cut = start;
			end = lastTextLine(body, start - 1);
		}
		if (!found.isEmpty()) {
			body.subList(cut, body.size()).clear();
		}
		return found;
	}

	private static int lastTextLine(List<LayoutLine> lines, int from) {
		int at = from;
		while (at >= 0 && lines.get(at).isBlank()) {
			at--;
		}
		return at;
	}

	/**
	 * Takes each footnote's marker out of the body: the note's number glued to the end of a word
	 * ("beleidsstukken1"), a percentage ("1,48%3"), a closing bracket or a year ("20162").
	 */
	private static void removeMarkers(List<LayoutLine> body, List<Note> notes) {
		int from = 0;
		for (Note note : notes) {
			Pattern marker = Pattern.compile("(?:(?<=\\p{Ll}\\p{Ll})|(?<=\\p{Ll}[.,;:])|(?<=[%)\\]\u00bb\u201d\u2019])|(?<=(?<!\\d)(?:19|20)\\d\\d))" //$NON-NLS-1$
					+ note.number() + "(?!\\d)"); //$NON-NLS-1$
			for (int i = from; i < body.size(); i++) {
				Matcher matcher = marker.matcher(body.get(i).text());
				if (matcher.find()) {
					String text = body.get(i).text();
					body.set(i, new LayoutLine(text.substring(0, matcher.start()) + text.substring(matcher.end()), body.get(i).kind()));
					from = i;
					break;
				}
			}
		}
	}

	private static void addBodyLines(List<BodyLine> lines, List<LayoutLine> body, int page, boolean gap) {
		int blanks = 0;
		boolean pageStart = true;
		for (LayoutLine line : body) {
			if (line.isBlank()) {
				blanks++;
				continue;
			}
			lines.add(new BodyLine(line.text(), page, pageStart ? 0 : blanks, pageStart, pageStart && gap, line.kind()));
			pageStart = false;
			blanks = 0;
		}
	}
}

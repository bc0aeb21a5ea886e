package yeardiff.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import yeardiff.model.api.Footnote;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * Sets a letter, as imported from its text extraction, into a PDF the way the ministry prints one:
 * the letterhead column on the first page with the addressee, date and subject beside it, a running
 * header on later pages, justified body text with words hyphenated at line ends, bold headings,
 * footnotes in small type under a raised marker, "Pagina x van y" footers and the signature.
 *
 * <p>The sample letters are text extractions; their PDFs are made from them so that the PDF
 * importer's tests and the benchmarks read realistic PDFs whose statements are known: the PDF
 * importer must find the same statements in one as the text importer found in the extraction. The
 * input is the {@link Report} the text importer made of a {@link yeardiff.samples.SampleLetter} (this bundle sits
 * below the importer, so the caller imports the letter).</p>
 */
public final class SamplePdf {

	private static final float LEFT = 70;
	private static final float TEXT_WIDTH = 400;
	private static final float ASIDE = 430;
	private static final float TOP = 760;
	private static final float FIRST_PAGE_TOP = 560;
	private static final float BOTTOM = 150;
	private static final float NOTES_TOP = 120;
	private static final float SIZE = 10;
	private static final float LEADING = 13;
	private static final float NOTE_SIZE = 8;
	private static final float MARKER_SIZE = 6;
	private static final Pattern HYPHENATABLE = Pattern.compile("\\p{Ll}{10,}[.,;:]?"); //$NON-NLS-1$
	private static final String VOWELS = "aeiouy"; //$NON-NLS-1$
	private static final String[] MONTHS = { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"oktober", "november", "december" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final Report report;

	/** Each page's drawing, kept until the page count for the footers is known. */
	private final List<List<Runnable>> pages = new ArrayList<>();
	private final List<List<Footnote>> pageNotes = new ArrayList<>();
	private final Map<Statement, Footnote> markers = new HashMap<>();
	private List<PDPageContentStream> streams;
	private float y;

	private SamplePdf(Report report) {
		this.report = report;
	}

	/** The PDF of the report's letter: the same sections, paragraphs, statements and footnotes. */
	public static byte[] render(Report report) {
		return new SamplePdf(report).write();
	}

	private byte[] write() {
		placeMarkers();
		newPage();
		for (Section section : report.getSections()) {
			section(section);
		}
		if (report.getMinister() != null) {
			space(2);
			line(LEFT, "De Minister van Defensie,", regular, SIZE); //$NON-NLS-1$
			space(3);
			line(LEFT, report.getMinister(), regular, SIZE);
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages.size(); i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
					streams = List.of(stream);
					pages.get(i).forEach(Runnable::run);
					notes(stream, pageNotes.get(i));
					text(stream, ASIDE, 40, "Pagina " + (i + 1) + " van " + pages.size(), regular, NOTE_SIZE); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each footnote's marker goes after the first sentence of its page that ends in a word and a full stop. */
	private void placeMarkers() {
		for (Footnote note : report.getFootnotes()) {
			statements().stream()
					.filter(statement -> statement.getPage() == note.getPage() && statement.getText().matches(".*\\p{Ll}\\.")) //$NON-NLS-1$
					.filter(statement -> !markers.containsKey(statement))
					.findFirst()
					.ifPresent(statement -> markers.put(statement, note));
		}
	}

	private List<Statement> statements() {
		List<Statement> statements = new ArrayList<>();
		report.getSections().forEach(section -> collect(section, statements));
		return statements;
	}

	private static void collect(Section section, List<Statement> statements) {
		section.getParagraphs().forEach(paragraph -> statements.addAll(paragraph.getStatements()));
		section.getSubsections().forEach(subsection -> collect(subsection, statements));
	}

	private void newPage() {
		pages.add(new ArrayList<>());
		pageNotes.add(new ArrayList<>());
		if (pages.size() == 1) {
			letterhead();
			y = FIRST_PAGE_TOP;
		} else {
			if (report.getDate() != null) {
				draw(ASIDE, TOP + 40, "Datum " + dutchDate(report.getDate()), regular, NOTE_SIZE); //$NON-NLS-1$
			}
			if (report.getReference() != null) {
				draw(ASIDE, TOP + 30, "Onze referentie " + report.getReference(), regular, NOTE_SIZE); //$NON-NLS-1$
			}
			y = TOP;
		}
	}

	private void letterhead() {
		String[] column = { "Ministerie van Defensie", "", "Plein 4", "MPC 58 B", "Postbus 20701", "2500 ES Den Haag", "www.defensie.nl" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		float at = 780;
		for (String text : column) {
			draw(ASIDE, at, text, text.startsWith("Ministerie") ? bold : regular, NOTE_SIZE); //$NON-NLS-1$
			at -= 11;
		}
		if (report.getReference() != null) {
			draw(ASIDE, 660, "Onze referentie", bold, NOTE_SIZE); //$NON-NLS-1$
			draw(ASIDE, 649, report.getReference(), regular, NOTE_SIZE);
		}
		draw(LEFT, 740, "> Retouradres Postbus 20701 2500 ES Den Haag", regular, MARKER_SIZE); //$NON-NLS-1$
		String[] addressee = { "de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Plein 2", "2511 CR Den Haag" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		at = 710;
		for (String text : addressee) {
			draw(LEFT, at, text, regular, SIZE);
			at -= LEADING;
		}
		if (report.getDate() != null) {
			draw(LEFT, 620, "Datum " + dutchDate(report.getDate()), regular, SIZE); //$NON-NLS-1$
		}
		if (report.getDate() != null) {
			draw(LEFT, 607, "Betreft " + report.getTitle(), regular, SIZE); //$NON-NLS-1$
		}
	}

	private void section(Section section) {
		if (section.getHeading() != null) {
			if (y - 4 * LEADING < BOTTOM) {
				newPage();
			} else if (y < (pages.size() == 1 ? FIRST_PAGE_TOP : TOP)) {
				space(1);
			}
			line(LEFT, section.getHeading(), bold, SIZE);
		}
		for (Paragraph paragraph : section.getParagraphs()) {
			paragraph(paragraph);
		}
		for (Section subsection : section.getSubsections()) {
			section(subsection);
		}
	}

	private void paragraph(Paragraph paragraph) {
		List<String> words = new ArrayList<>();
		Map<Integer, Footnote> notes = new HashMap<>();
		for (Statement statement : paragraph.getStatements()) {
			words.addAll(List.of(statement.getText().split(" "))); //$NON-NLS-1$
			if (markers.containsKey(statement)) {
				notes.put(Integer.valueOf(words.size() - 1), markers.get(statement));
			}
		}
		if (y < (pages.size() == 1 ? FIRST_PAGE_TOP : TOP) && y - LEADING >= BOTTOM) {
			space(1);
		}
		List<String> line = new ArrayList<>();
		Map<Integer, Footnote> lineNotes = new HashMap<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (width(line, word) > TEXT_WIDTH) {
				String[] broken = hyphenate(word, TEXT_WIDTH - width(line, "") - space()); //$NON-NLS-1$
				if (broken != null) {
					line.add(broken[0]);
					word = broken[1];
				}
				justified(line, lineNotes, true);
				line = new ArrayList<>();
				lineNotes = new HashMap<>();
			}
			line.add(word);
			if (notes.containsKey(Integer.valueOf(i))) {
				lineNotes.put(Integer.valueOf(line.size() - 1), notes.get(Integer.valueOf(i)));
			}
		}
		justified(line, lineNotes, false);
	}

	/** A long lower-case word broken after a vowel and before a consonant, so that no reader mistakes the hyphen for a real one. */
	private String[] hyphenate(String word, float room) {
		if (!HYPHENATABLE.matcher(word).matches()) {
			return null;
		}
		for (int at = word.length() - 5; at >= 5; at--) {
			String head = word.substring(0, at) + '-';
			if (VOWELS.indexOf(word.charAt(at - 1)) >= 0 && VOWELS.indexOf(word.charAt(at)) < 0 && width(List.of(), head) <= room) {
				return new String[] { head, word.substring(at) };
			}
		}
		return null;
	}

	private void justified(List<String> words, Map<Integer, Footnote> notes, boolean full) {
		if (y - LEADING < BOTTOM) {
			newPage();
		}
		List<String> placed = List.copyOf(words);
		float baseline = y;
		float gap = full && placed.size() > 1 ? (TEXT_WIDTH - width(placed, "") + (placed.size() - 1) * space()) / (placed.size() - 1) : space(); //$NON-NLS-1$
		Map<Integer, Footnote> placedNotes = Map.copyOf(notes);
		pageNotes.get(pages.size() - 1).addAll(placedNotes.values());
		draw(() -> {
			float x = LEFT;
			for (int i = 0; i < placed.size(); i++) {
				text(streams.get(0), x, baseline, placed.get(i), regular, SIZE);
				x += stringWidth(placed.get(i), regular, SIZE);
				Footnote note = placedNotes.get(Integer.valueOf(i));
				if (note != null) {
					String marker = Integer.toString(note.getNumber());
					text(streams.get(0), x + 0.5f, baseline + 3.5f, marker, regular, MARKER_SIZE);
					x += 0.5f + stringWidth(marker, regular, MARKER_SIZE);
				}
				x += gap;
			}
		});
		y -= LEADING;
	}

	private void notes(PDPageContentStream stream, List<Footnote> notes) {
		float at = NOTES_TOP;
		for (Footnote note : notes) {
			List<String> line = new ArrayList<>(List.of(Integer.toString(note.getNumber())));
			for (String word : note.getText().split(" ")) { //$NON-NLS-1$
				if (stringWidth(String.join(" ", line) + ' ' + word, regular, NOTE_SIZE) > TEXT_WIDTH) { //$NON-NLS-1$
					text(stream, LEFT, at, String.join(" ", line), regular, NOTE_SIZE); //$NON-NLS-1$
					at -= 10;
					line.clear();
				}
				line.add(word);
			}
			text(stream, LEFT, at, String.join(" ", line), regular, NOTE_SIZE); //$NON-NLS-1$
			at -= 12;
		}
	}

	private void line(float x, String text, PDType1Font font, float size) {
		if (y - LEADING < BOTTOM) {
			newPage();
		}
		draw(x, y, text, font, size);
		y -= LEADING;
	}

	private void space(int lines) {
		y -= lines * LEADING;
	}

	private void draw(float x, float baseline, String text, PDType1Font font, float size) {
		draw(() -> text(streams.get(0), x, baseline, text, font, size));
	}

	private void draw(Runnable drawing) {
		pages.get(pages.size() - 1).add(drawing);
	}

	private static void text(PDPageContentStream stream, float x, float baseline, String text, PDType1Font font, float size) {
		try {
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, baseline);
			stream.showText(text);
			stream.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private float width(List<String> words, String next) {
		List<String> all = new ArrayList<>(words);
		if (!next.isEmpty()) {
			all.add(next);
		}
		return stringWidth(String.join(" ", all), regular, SIZE); //$NON-NLS-1$
	}

	private float space() {
		return stringWidth(" ", regular, SIZE); //$NON-NLS-1$
	}

	private static float stringWidth(String text, PDType1Font font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String dutchDate(String iso) {
		LocalDate date = LocalDate.parse(iso);
		return String.format(Locale.ROOT, "%d %s %d", Integer.valueOf(date.getDayOfMonth()), MONTHS[date.getMonthValue() - 1], Integer.valueOf(date.getYear())); //$NON-NLS-1$
	}
}

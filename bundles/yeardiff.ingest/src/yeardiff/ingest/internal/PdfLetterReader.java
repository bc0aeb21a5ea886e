package yeardiff.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportException.Reason;

/**
 * Reads a letter's PDF into the same pages of lines a text extraction gives, but with what only the
 * PDF knows: a line in bold type is a heading, a line in small type at the foot of a page is a
 * footnote, a line standing in the right-hand column is letterhead, and vertical space is a blank
 * line. PDFBox finds the glyphs and their positions; this reader sets them into lines itself,
 * because the letterhead column shares its baselines with the addressee block and a plain text
 * stripper runs the two together.
 *
 * <p>The file is opened with the empty user password, so a PDF protected by an owner password only
 * (against editing or printing) is read; one that needs a password to be opened is refused.</p>
 */
public final class PdfLetterReader {

	/** Glyphs starting right of this share of the page width, after a column gap, are the letterhead column. */
	private static final double ASIDE_COLUMN = 0.6;
	/** A horizontal gap of this many font sizes separates columns, not words. */
	private static final double COLUMN_GAP = 2.5;
	/** A horizontal gap of this share of the font size separates words. */
	private static final double WORD_GAP = 0.2;
	/** Baselines closer than this share of the font size are one line. */
	private static final double SAME_BASELINE = 0.25;
	/** Type smaller than this share of the body size is small type. */
	private static final double SMALL_TYPE = 0.85;
	/** A baseline distance of this many times the usual one leaves a blank line. */
	private static final double BLANK_LINE = 1.5;
	/** A raised glyph's baseline is less than this share of its line's size above the line's. */
	private static final double SUPERSCRIPT_RISE = 0.6;
	/** Sizes are counted up to this many points; anything larger is a poster, not a letter. */
	private static final int LARGEST_SIZE = 200;
	private static final float DEFAULT_BODY_SIZE = 10;
	private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}"); //$NON-NLS-1$
	/** The end-of-file marker must be within this many bytes of the end of a complete PDF. */
	private static final int END_MARKER_WINDOW = 4096;
	/**
	 * What PDFBox may keep of the file's streams in memory before it spills to a temporary file, and
	 * the most it may spill: a letter needs a few megabytes of either.
	 */
	private static final long STREAM_CACHE_MEMORY = 16L << 20;
	private static final long STREAM_CACHE_STORAGE = 256L << 20;
	/** The most bytes one stream may decode to: a letter's pages and fonts decode to a few megabytes. */
	private static final long MAX_DECODED_STREAM = 64L << 20;

	/** One glyph as PDFBox placed it: baseline y grows downwards. */
	private record Glyph(float x, float y, float width, float size, boolean bold, String text) {
	}

	/** The glyphs of one baseline, left to right, at the baseline of the first and the size of the largest. */
	private record Run(List<Glyph> glyphs, float y, float size) {

		static Run of(List<Glyph> glyphs) {
			float size = 0;
			for (Glyph glyph : glyphs) {
				size = Math.max(size, glyph.size());
			}
			return new Run(glyphs, glyphs.get(0).y(), size);
		}

		float left() {
			return glyphs.get(0).x();
		}

		float right() {
			Glyph last = glyphs.get(glyphs.size() - 1);
			return last.x() + last.width();
		}
	}

	/**
	 * Reads the letter's pages.
	 *
	 * @throws ImportException when the PDF is damaged, encrypted, has too many pages or no text
	 */
	public LetterLayout read(byte[] content, String fileName, int maxPages) throws ImportException {
		if (!hasEndMarker(content)) {
			throw new ImportException(Reason.DAMAGED_PDF, Messages.bind(Messages.truncatedPdf, fileName));
		}
		try (PDDocument document = Loader.loadPDF(content, "", null, null, //$NON-NLS-1$
				MemoryUsageSetting.setupMixed(STREAM_CACHE_MEMORY, STREAM_CACHE_STORAGE).streamCache)) {
			COSObjectKey bomb = new StreamBudget(MAX_DECODED_STREAM).firstOverLimit(document.getDocument());
			if (bomb != null) {
				throw new ImportException(Reason.STREAM_TOO_LARGE, Messages.bind(Messages.streamTooLarge, fileName,
						Long.valueOf(bomb.getNumber()), Long.valueOf(MAX_DECODED_STREAM >> 20)));
			}
			int pageCount = document.getNumberOfPages();
			if (pageCount == 0) {
				throw new ImportException(Reason.DAMAGED_PDF, Messages.bind(Messages.damagedPdf, fileName, "no pages")); //$NON-NLS-1$
			}
			if (pageCount > maxPages) {
				throw new ImportException(Reason.TOO_MANY_PAGES, Messages.bind(Messages.tooManyPages, fileName, Integer.valueOf(pageCount), Integer.valueOf(maxPages)));
			}
			GlyphCollector collector = new GlyphCollector();
			collector.getText(document);
			if (collector.pages.stream().allMatch(List::isEmpty)) {
				throw new ImportException(Reason.NO_TEXT_LAYER, Messages.bind(Messages.noTextLayer, fileName));
			}
			return layout(collector);
		} catch (ImportGuard.Stopped e) {
			throw e;
		} catch (InvalidPasswordException e) {
			throw new ImportException(Reason.ENCRYPTED_PDF, Messages.bind(Messages.encryptedPdf, fileName), e);
		} catch (IOException | RuntimeException e) {
			throw new ImportException(Reason.DAMAGED_PDF, Messages.bind(Messages.damagedPdf, fileName, String.valueOf(e.getMessage())), e);
		}
	}

	/** A PDF ends with "%%EOF"; one cut off by a broken download does not, and PDFBox would guess at its remains. */
	private static boolean hasEndMarker(byte[] content) {
		int from = Math.max(0, content.length - END_MARKER_WINDOW);
		return new String(content, from, content.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF"); //$NON-NLS-1$
	}

	/**
	 * Collects every page's glyphs as PDFBox's text engine decodes and places them, taking them
	 * before the text stripper's own bookkeeping (article threads, its search for overprinted
	 * duplicates, its text layout): this reader sets the lines itself, and drops an overprinted
	 * duplicate where it meets its original anyway, beside it on the same baseline. Accents set as
	 * glyphs of their own go onto their letters, as the stripper would put them.
	 */
	private static final class GlyphCollector extends PDFTextStripper {

		final List<List<Glyph>> pages = new ArrayList<>();
		final List<Float> widths = new ArrayList<>();
		private List<Glyph> glyphs = new ArrayList<>();
		private float width;
		private TextPosition previous;
		private PDFont lastFont;
		private boolean lastFontBold;
		private int operators;

		/** A page of a million drawing operators and no text still has to stop in time. */
		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if ((++operators & 1023) == 0) {
				ImportGuard.current().check();
			}
			super.processOperator(operator, operands);
		}

		@Override
		protected void startPage(PDPage page) {
			ImportGuard.current().check();
			glyphs = new ArrayList<>();
			width = 0;
			previous = null;
		}

		@Override
		protected void processTextPosition(TextPosition position) {
			width = Math.max(width, position.getPageWidth());
			String text = position.getUnicode();
			if (text == null || text.isBlank()) {
				return;
			}
			if (previous != null && position.isDiacritic() && previous.contains(position)) {
				previous.mergeDiacritic(position);
				glyphs.set(glyphs.size() - 1, glyph(previous));
			} else if (previous != null && previous.isDiacritic() && position.contains(previous)) {
				position.mergeDiacritic(previous);
				glyphs.set(glyphs.size() - 1, glyph(position));
				previous = position;
			} else {
				glyphs.add(glyph(position));
				previous = position;
			}
		}

		@Override
		protected void writePage() {
			pages.add(glyphs);
			widths.add(Float.valueOf(width));
		}

		private Glyph glyph(TextPosition position) {
			return new Glyph(position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(), position.getFontSizeInPt(), isBold(position.getFont()),
					position.getUnicode());
		}

		/** Consecutive glyphs mostly share their font: the last answer is kept at hand. */
		private boolean isBold(PDFont font) {
			if (font != lastFont) {
				lastFont = font;
				lastFontBold = font != null && isBoldFont(font);
			}
			return lastFontBold;
		}

		private static boolean isBoldFont(PDFont font) {
			PDFontDescriptor descriptor = font.getFontDescriptor();
			boolean heavy = descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
			String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT); //$NON-NLS-1$
			return heavy || name.contains("bold") || name.contains("black") || name.contains("heavy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static LetterLayout layout(GlyphCollector collector) {
		float bodySize = bodySize(collector.pages);
		List<List<Run>> pageRuns = new ArrayList<>();
		for (List<Glyph> glyphs : collector.pages) {
			pageRuns.add(mergeSuperscripts(runs(glyphs, bodySize), bodySize));
		}
		float lineDistance = lineDistance(pageRuns, bodySize);
		List<LayoutPage> pages = new ArrayList<>();
		for (int i = 0; i < pageRuns.size(); i++) {
			pages.add(page(i + 1, pageRuns.get(i), collector.widths.get(i).floatValue(), bodySize, lineDistance));
		}
		return new LetterLayout(pages, true);
	}

	/** The size most of the text is set in, to the half point; of two as frequent, the larger. */
	private static float bodySize(List<List<Glyph>> pages) {
		int[] counts = new int[LARGEST_SIZE * 2 + 1];
		for (List<Glyph> glyphs : pages) {
			for (Glyph glyph : glyphs) {
				counts[Math.clamp(Math.round(glyph.size() * 2), 0, counts.length - 1)]++;
			}
		}
		int most = -1;
		for (int halfPoints = 0; halfPoints < counts.length; halfPoints++) {
			if (counts[halfPoints] > 0 && (most < 0 || counts[halfPoints] >= counts[most])) {
				most = halfPoints;
			}
		}
		return most < 0 ? DEFAULT_BODY_SIZE : most / 2f;
	}

	/**
	 * Glyphs grouped by baseline, top to bottom, and split at column gaps. Producers draw text
	 * mostly in reading order, so a glyph usually stands on the baseline of the glyph before it;
	 * only where it does not is the baseline looked up.
	 */
	private static List<Run> runs(List<Glyph> glyphs, float bodySize) {
		TreeMap<Float, List<Glyph>> baselines = new TreeMap<>();
		List<Glyph> current = null;
		float currentY = 0;
		for (Glyph glyph : glyphs) {
			double tolerance = SAME_BASELINE * Math.max(glyph.size(), bodySize);
			if (current == null || Math.abs(currentY - glyph.y()) > tolerance) {
				Map.Entry<Float, List<Glyph>> found = baseline(baselines, glyph.y(), tolerance);
				if (found == null) {
					current = new ArrayList<>();
					currentY = glyph.y();
					baselines.put(Float.valueOf(currentY), current);
				} else {
					current = found.getValue();
					currentY = found.getKey().floatValue();
				}
			}
			current.add(glyph);
		}
		List<Run> runs = new ArrayList<>();
		for (List<Glyph> baseline : baselines.values()) {
			baseline.sort(Comparator.comparingDouble(Glyph::x));
			List<Glyph> run = new ArrayList<>();
			for (Glyph glyph : baseline) {
				if (!run.isEmpty()) {
					Glyph previous = run.get(run.size() - 1);
					if (overprints(previous, glyph)) {
						continue;
					}
					if (glyph.x() - (previous.x() + previous.width()) > COLUMN_GAP * bodySize) {
						runs.add(Run.of(run));
						run = new ArrayList<>();
					}
				}
				run.add(glyph);
			}
			runs.add(Run.of(run));
		}
		return runs;
	}

	/** The baseline nearest to y, if one is within the tolerance. */
	private static Map.Entry<Float, List<Glyph>> baseline(TreeMap<Float, List<Glyph>> baselines, float y, double tolerance) {
		Float key = Float.valueOf(y);
		Map.Entry<Float, List<Glyph>> above = baselines.floorEntry(key);
		Map.Entry<Float, List<Glyph>> below = baselines.ceilingEntry(key);
		float aboveDistance = above == null ? Float.MAX_VALUE : y - above.getKey().floatValue();
		float belowDistance = below == null ? Float.MAX_VALUE : below.getKey().floatValue() - y;
		if (Math.min(aboveDistance, belowDistance) > tolerance) {
			return null;
		}
		return aboveDistance <= belowDistance ? above : below;
	}

	/**
	 * Whether a glyph repeats the one before it at almost the same place: producers fake bold type
	 * by printing a text twice, slightly shifted. The tolerance is PDFBox's: a third of a character
	 * width.
	 */
	private static boolean overprints(Glyph previous, Glyph glyph) {
		float tolerance = previous.width() / previous.text().length() / 3;
		return glyph.text().equals(previous.text()) && Math.abs(glyph.x() - previous.x()) < tolerance && Math.abs(glyph.y() - previous.y()) < tolerance;
	}

	/**
	 * Puts raised small glyphs (a footnote marker, the "e" of "1e") into the line they are raised
	 * above, at their place in it.
	 */
	private static List<Run> mergeSuperscripts(List<Run> runs, float bodySize) {
		List<Run> result = new ArrayList<>(runs);
		for (Run run : runs) {
			if (run.size() >= SMALL_TYPE * bodySize) {
				continue;
			}
			int base = baseOf(run, result);
			if (base >= 0) {
				List<Glyph> glyphs = new ArrayList<>(result.get(base).glyphs());
				glyphs.addAll(run.glyphs());
				glyphs.sort(Comparator.comparingDouble(Glyph::x));
				result.set(base, new Run(glyphs, result.get(base).y(), result.get(base).size()));
				result.remove(run);
			}
		}
		return result;
	}

	/** The index of the larger line a small run is raised above, -1 when it stands on its own. */
	private static int baseOf(Run run, List<Run> runs) {
		for (int i = 0; i < runs.size(); i++) {
			Run other = runs.get(i);
			if (other != run && other.size() > run.size() && other.y() > run.y() && other.y() - run.y() < SUPERSCRIPT_RISE * other.size()
					&& run.left() >= other.left() - other.size() && run.right() <= other.right() + other.size()) {
				return i;
			}
		}
		return -1;
	}

	/** The usual distance between the baselines of consecutive body lines. */
	private static float lineDistance(List<List<Run>> pages, float bodySize) {
		List<Float> distances = new ArrayList<>();
		for (List<Run> runs : pages) {
			for (int i = 1; i < runs.size(); i++) {
				float distance = runs.get(i).y() - runs.get(i - 1).y();
				if (distance > SAME_BASELINE * bodySize) {
					distances.add(Float.valueOf(distance));
				}
			}
		}
		if (distances.isEmpty()) {
			return bodySize * 1.2f;
		}
		distances.sort(null);
		return distances.get(distances.size() / 2).floatValue();
	}

	private static LayoutPage page(int position, List<Run> runs, float pageWidth, float bodySize, float lineDistance) {
		List<LayoutLine> aside = new ArrayList<>();
		List<LayoutLine> main = new ArrayList<>();
		int printedNumber = 0;
		int declaredCount = 0;
		float previousY = Float.NaN;
		for (int i = 0; i < runs.size(); i++) {
			Run run = runs.get(i);
			String text = text(run);
			Optional<PageFooter> footer = PageFooter.parse(text);
			if (footer.isPresent()) {
				printedNumber = footer.get().number();
				declaredCount = footer.get().of();
				continue;
			}
			if (i == runs.size() - 1 && PAGE_NUMBER.matcher(text).matches() && printedNumber == 0) {
				printedNumber = Integer.parseInt(text);
				continue;
			}
			if (run.left() >= ASIDE_COLUMN * pageWidth) {
				aside.add(new LayoutLine(text, LineKind.ASIDE));
				continue;
			}
			if (!Float.isNaN(previousY) && run.y() - previousY > BLANK_LINE * lineDistance) {
				main.add(LayoutLine.BLANK);
			}
			previousY = run.y();
			main.add(new LayoutLine(text, kind(run, bodySize)));
		}
		List<LayoutLine> lines = new ArrayList<>(aside);
		lines.addAll(main);
		return new LayoutPage(position, printedNumber, declaredCount, lines);
	}

	private static LineKind kind(Run run, float bodySize) {
		int bold = 0;
		double sizes = 0;
		for (Glyph glyph : run.glyphs()) {
			sizes += glyph.size();
			if (glyph.bold()) {
				bold++;
			}
		}
		if (sizes / run.glyphs().size() < SMALL_TYPE * bodySize) {
			return LineKind.SMALL;
		}
		return bold * 2 > run.glyphs().size() ? LineKind.BOLD : LineKind.PLAIN;
	}

	private static String text(Run run) {
		StringBuilder text = new StringBuilder(run.glyphs().size() * 2);
		Glyph previous = null;
		for (Glyph glyph : run.glyphs()) {
			if (previous != null && glyph.x() - (previous.x() + previous.width()) > WORD_GAP * Math.min(glyph.size(), previous.size())) {
				text.append(' ');
			}
			text.append(glyph.text());
			previous = glyph;
		}
		return text.toString();
	}
}

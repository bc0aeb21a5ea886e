package yeardiff.ingest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportException.Reason;

/**
 * Reads a letter's PDF into the same pages of lines a text extraction gives, but with what only the
 * PDF knows: fonts, sizes and positions. PDFBox finds the glyphs and their positions; this reader
 * sets them into lines itself, because a letterhead column shares its baselines with the addressee
 * block and the text, and a plain text stripper runs them together. What the lines are (headings,
 * letterhead, running headers, footnotes) {@link LetterPageLayout} finds by the letter's own
 * typography, measured per document ({@link Typography}), not by one house style.
 *
 * <p>The file is opened with the empty user password, so a PDF protected by an owner password only
 * (against editing or printing) is read; one that needs a password to be opened is refused.</p>
 */
public final class PdfLetterReader {

	/** A horizontal gap of this many font sizes separates columns, not words. */
	private static final double COLUMN_GAP = 2.5;
	/** A horizontal gap of this share of the font size separates words. */
	static final double WORD_GAP = 0.2;
	/** Baselines closer than this share of the font size are one line. */
	private static final double SAME_BASELINE = 0.25;
	/** A baseline distance of this many times the usual one leaves a blank line, at the most. */
	private static final double BLANK_LINE = 1.5;
	/** Body lines further apart than this many line distances have space between them. */
	private static final double PARAGRAPH_SPACE = 1.15;
	/** Paragraphs set apart this many times by one distance show the letter's paragraph space. */
	private static final int REGULAR_SPACES = 5;
	/** A raised glyph's baseline is less than this share of its line's size above the line's. */
	private static final double SUPERSCRIPT_RISE = 0.6;
	/** The end-of-file marker must be within this many bytes of the end of a complete PDF. */
	private static final int END_MARKER_WINDOW = 4096;
	/**
	 * What PDFBox may keep of the file's streams in memory before it spills to a temporary file, and
	 * the most it may spill: a letter needs a few megabytes of either.
	 */
	private static final long STREAM_CACHE_MEMORY = 16L << 20;
	private static final long STREAM_CACHE_STORAGE = 256L << 20;
	/** A rule under a run starts below its baseline within this share of its size. */
	private static final double UNDERLINE_DROP = 0.4;
	/** A rule under a run covers it to within this share of its size at either end, and no further. */
	private static final double UNDERLINE_OVERHANG = 0.5;
	/** A filled rectangle at most this many points high is a rule. */
	private static final float RULE_THICKNESS = 2;
	/** The most bytes one stream may decode to: a letter's pages and fonts decode to a few megabytes. */
	private static final long MAX_DECODED_STREAM = 64L << 20;

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

		/** The texts of one character of the Latin scripts, the texts of nearly every glyph of a letter. */
		private static final String[] CHARACTERS = new String[0x250];

		static {
			for (char c = 0; c < CHARACTERS.length; c++) {
				CHARACTERS[c] = String.valueOf(c);
			}
		}

		final List<List<Glyph>> pages = new ArrayList<>();
		final List<List<Rule>> pageRules = new ArrayList<>();
		final List<Float> widths = new ArrayList<>();
		private List<Rule> rules = new ArrayList<>();
		/** The horizontal lines and thin rectangles of the path being built, until it is painted or dropped. */
		private final List<Rule> pending = new ArrayList<>();
		private float[] pathPoint;
		private List<Glyph> glyphs = new ArrayList<>();
		/** The body type, counted page by page as each page's glyphs are complete and fresh in the cache. */
		private final Typography.Count type = new Typography.Count();
		/** Whether the page is turned by /Rotate; asked once per page, not per path operator. */
		private boolean rotated;
		private float cropLeft;
		private float cropBottom;
		private float cropHeight;
		private float width;
		private TextPosition previous;
		private PDFont lastFont;
		private FontFace lastFace;
		private boolean space;
		private int operators;

		/** A page of a million drawing operators and no text still has to stop in time. */
		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			if ((++operators & 1023) == 0) {
				ImportGuard.current().check();
			}
			path(operator.getName(), operands);
			super.processOperator(operator, operands);
		}

		/**
		 * Follows the page's path operators for the rules they draw: a stroked horizontal line or a
		 * filled thin rectangle (how producers underline). Pages turned by /Rotate are left without:
		 * their glyphs' places are turned, and so would the rules have to be.
		 */
		private void path(String name, List<COSBase> operands) {
			// the page's rotation is an inherited attribute: asking the page looks up its page tree
			if (rotated) {
				return;
			}
			switch (name) {
				case "m" -> pathPoint = point(operands, 0); //$NON-NLS-1$
				case "l" -> { //$NON-NLS-1$
					float[] to = point(operands, 0);
					if (pathPoint != null && to != null && Math.abs(to[1] - pathPoint[1]) < RULE_THICKNESS / 2 && to[0] != pathPoint[0]) {
						pending.add(new Rule(Math.min(pathPoint[0], to[0]), Math.max(pathPoint[0], to[0]), (pathPoint[1] + to[1]) / 2, true));
					}
					pathPoint = to;
				}
				case "re" -> { //$NON-NLS-1$
					float[] corner = point(operands, 0);
					float[] opposite = operands.size() >= 4 && operands.get(2) instanceof COSNumber w && operands.get(3) instanceof COSNumber h
							? point(((COSNumber) operands.get(0)).floatValue() + w.floatValue(), ((COSNumber) operands.get(1)).floatValue() + h.floatValue())
							: null;
					if (corner != null && opposite != null && Math.abs(opposite[1] - corner[1]) <= RULE_THICKNESS
							&& Math.abs(opposite[0] - corner[0]) > 4 * Math.abs(opposite[1] - corner[1])) {
						pending.add(new Rule(Math.min(corner[0], opposite[0]), Math.max(corner[0], opposite[0]), (corner[1] + opposite[1]) / 2, false));
					}
				}
				case "S", "s", "B", "B*", "b", "b*" -> paint(true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				case "f", "F", "f*" -> paint(false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				case "n" -> pending.clear(); //$NON-NLS-1$
				default -> {
					// other operators neither build nor paint a path
				}
			}
		}

		/** A stroke draws the path's lines; a fill, its thin rectangles (a line has no area to fill). */
		private void paint(boolean stroke) {
			for (Rule rule : pending) {
				if (stroke || !rule.line()) {
					rules.add(rule);
				}
			}
			pending.clear();
		}

		private float[] point(List<COSBase> operands, int at) {
			if (operands.size() < at + 2 || !(operands.get(at) instanceof COSNumber x) || !(operands.get(at + 1) instanceof COSNumber y)) {
				return null;
			}
			return point(x.floatValue(), y.floatValue());
		}

		/** A point of user space on the page as the glyphs are placed: from the crop box's top left, y down. */
		private float[] point(float x, float y) {
			Matrix matrix = getGraphicsState().getCurrentTransformationMatrix();
			java.awt.geom.Point2D.Float at = matrix.transformPoint(x, y);
			return new float[] { at.x - cropLeft, cropHeight - (at.y - cropBottom) };
		}

		@Override
		protected void startPage(PDPage page) {
			ImportGuard.current().check();
			rotated = page.getRotation() != 0;
			PDRectangle crop = page.getCropBox();
			cropLeft = crop.getLowerLeftX();
			cropBottom = crop.getLowerLeftY();
			cropHeight = crop.getHeight();
			glyphs = new ArrayList<>();
			rules = new ArrayList<>();
			pending.clear();
			pathPoint = null;
			width = 0;
			previous = null;
		}

		@Override
		protected void processTextPosition(TextPosition position) {
			width = Math.max(width, position.getPageWidth());
			String text = position.getUnicode();
			if (text == null || text.isBlank()) {
				space = text != null;
				return;
			}
			if (previous != null && position.isDiacritic() && previous.contains(position)) {
				previous.mergeDiacritic(position);
				glyphs.set(glyphs.size() - 1, glyph(previous, glyphs.get(glyphs.size() - 1).spaceBefore()));
			} else if (previous != null && previous.isDiacritic() && position.contains(previous)) {
				position.mergeDiacritic(previous);
				glyphs.set(glyphs.size() - 1, glyph(position, glyphs.get(glyphs.size() - 1).spaceBefore()));
				previous = position;
			} else {
				glyphs.add(glyph(position, space));
				space = false;
				previous = position;
			}
		}

		@Override
		protected void writePage() {
			List<Glyph> page = sideBySide(glyphs);
			type.addAll(page);
			pages.add(page);
			pageRules.add(rules);
			widths.add(Float.valueOf(width));
		}

		/**
		 * The page's glyphs copied next to one another in memory, their one-character texts
		 * shared. PDFBox allocates much for every glyph it shows (text positions, matrices, the
		 * text), so the glyphs as collected lie far apart, and each of the layout's passes over
		 * every glyph of the letter would wait for memory glyph by glyph; copied while the page is
		 * fresh in the processor's cache, they are read in one sweep.
		 */
		private static List<Glyph> sideBySide(List<Glyph> glyphs) {
			List<Glyph> copies = new ArrayList<>(glyphs.size());
			for (Glyph glyph : glyphs) {
				String text = glyph.text();
				if (text.length() == 1 && text.charAt(0) < CHARACTERS.length) {
					text = CHARACTERS[text.charAt(0)];
				}
				copies.add(new Glyph(glyph.x(), glyph.y(), glyph.width(), glyph.size(), glyph.font(), glyph.bold(), glyph.italic(), text,
						glyph.spaceBefore()));
			}
			return copies;
		}

		private Glyph glyph(TextPosition position, boolean spaceBefore) {
			FontFace face = face(position.getFont());
			return new Glyph(position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(), position.getFontSizeInPt(), face.name(), face.bold(),
					face.italic(), position.getUnicode(), spaceBefore);
		}

		/** Consecutive glyphs mostly share their font: the last answer is kept at hand. */
		private FontFace face(PDFont font) {
			if (font != lastFont) {
				lastFont = font;
				lastFace = FontFace.of(font);
			}
			return lastFace;
		}
	}

	private static LetterLayout layout(GlyphCollector collector) {
		Typography typography = collector.type.typography();
		float bodySize = typography.bodySize();
		List<List<GlyphRun>> pageRuns = new ArrayList<>();
		for (int i = 0; i < collector.pages.size(); i++) {
			List<GlyphRun> runs = mergeSuperscripts(runs(collector.pages.get(i), bodySize), bodySize);
			runs.replaceAll(SmallCaps::restore);
			underline(runs, collector.pageRules.get(i));
			pageRuns.add(runs);
		}
		float lineDistance = lineDistance(pageRuns, bodySize);
		LetterPageLayout letter = new LetterPageLayout(typography, pageRuns, blankDistance(pageRuns, typography, lineDistance));
		return new LetterLayout(letter.pages(), true);
	}

	/**
	 * Glyphs grouped by baseline, top to bottom, and split at column gaps. Producers draw text
	 * mostly in reading order, so a glyph usually stands on the baseline of the glyph before it;
	 * only where it does not is the baseline looked up.
	 */
	private static List<GlyphRun> runs(List<Glyph> glyphs, float bodySize) {
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
		List<GlyphRun> runs = new ArrayList<>();
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
						runs.add(GlyphRun.of(run));
						run = new ArrayList<>();
					}
				}
				run.add(glyph);
			}
			runs.add(GlyphRun.of(run));
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
	private static List<GlyphRun> mergeSuperscripts(List<GlyphRun> runs, float bodySize) {
		List<GlyphRun> result = new ArrayList<>(runs);
		for (GlyphRun run : runs) {
			if (run.size() >= Typography.SMALL_TYPE * bodySize) {
				continue;
			}
			int base = baseOf(run, result);
			if (base >= 0) {
				List<Glyph> glyphs = new ArrayList<>(result.get(base).glyphs());
				glyphs.addAll(run.glyphs());
				glyphs.sort(Comparator.comparingDouble(Glyph::x));
				result.set(base, new GlyphRun(glyphs, result.get(base).y(), result.get(base).size()));
				result.remove(run);
			}
		}
		return result;
	}

	/**
	 * Marks the runs a rule underlines: one just below the baseline that spans the run, and not much
	 * more (a rule across the column under a running header is a border, not an underline).
	 */
	private static void underline(List<GlyphRun> runs, List<Rule> rules) {
		if (rules.isEmpty()) {
			return;
		}
		for (int i = 0; i < runs.size(); i++) {
			GlyphRun run = runs.get(i);
			double overhang = UNDERLINE_OVERHANG * run.size();
			for (Rule rule : rules) {
				float drop = rule.y() - run.y();
				if (drop >= 0 && drop <= UNDERLINE_DROP * run.size() && Math.abs(rule.left() - run.left()) <= overhang
						&& Math.abs(rule.right() - run.right()) <= overhang) {
					runs.set(i, run.withUnderline());
					break;
				}
			}
		}
	}

	/** A horizontal rule on a page: from left to right at y (down from the top); a line or a thin filled rectangle. */
	private record Rule(float left, float right, float y, boolean line) {
	}

	/** The index of the larger line a small run is raised above, -1 when it stands on its own. */
	private static int baseOf(GlyphRun run, List<GlyphRun> runs) {
		for (int i = 0; i < runs.size(); i++) {
			GlyphRun other = runs.get(i);
			if (other != run && other.size() > run.size() && other.y() > run.y() && other.y() - run.y() < SUPERSCRIPT_RISE * other.size()
					&& run.left() >= other.left() - other.size() && run.right() <= other.right() + other.size()) {
				return i;
			}
		}
		return -1;
	}

	/** The usual distance between the baselines of consecutive body lines. */
	private static float lineDistance(List<List<GlyphRun>> pages, float bodySize) {
		List<Float> distances = new ArrayList<>();
		for (List<GlyphRun> runs : pages) {
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

	/**
	 * The baseline distance beyond which body lines have space between them: halfway between the
	 * usual line distance and the distance most paragraphs of body type are apart, where the letter
	 * sets its paragraphs apart by a regular space, and otherwise (or when that is more) one and a
	 * half line distances. A house style that adds half a line between paragraphs sets them 1.4 line
	 * distances apart, one that adds a whole line twice.
	 */
	private static float blankDistance(List<List<GlyphRun>> pages, Typography typography, float lineDistance) {
		float longest = (float) (BLANK_LINE * lineDistance);
		Map<Integer, Integer> gaps = new HashMap<>();
		for (List<GlyphRun> runs : pages) {
			for (int i = 1; i < runs.size(); i++) {
				GlyphRun above = runs.get(i - 1);
				GlyphRun below = runs.get(i);
				float distance = below.y() - above.y();
				if (typography.isBodySize(above.size()) && typography.isBodySize(below.size()) && distance > PARAGRAPH_SPACE * lineDistance
						&& distance < 2 * longest) {
					gaps.merge(Integer.valueOf(Math.round(distance * 2)), Integer.valueOf(1), Integer::sum);
				}
			}
		}
		Map.Entry<Integer, Integer> most = gaps.entrySet().stream().max(Map.Entry.<Integer, Integer> comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.orElse(null);
		if (most == null || most.getValue().intValue() < REGULAR_SPACES) {
			return longest;
		}
		return Math.min(longest, (lineDistance + most.getKey().intValue() / 2f) / 2);
	}

	static String text(GlyphRun run) {
		StringBuilder text = new StringBuilder(run.glyphs().size() * 2);
		Glyph previous = null;
		for (Glyph glyph : run.glyphs()) {
			float gap = glyph.x() - (previous == null ? 0 : previous.x() + previous.width());
			if (previous != null && (gap > WORD_GAP * Math.min(glyph.size(), previous.size()) || glyph.spaceBefore())) {
				text.append(' ');
			}
			text.append(glyph.text());
			previous = glyph;
		}
		return text.toString();
	}
}

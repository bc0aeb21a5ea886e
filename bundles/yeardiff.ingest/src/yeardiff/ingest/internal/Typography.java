package yeardiff.ingest.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type a letter's body is set in, measured over the whole document: the face and size most of
 * its glyphs have. Every other style is judged against it, so that a heading set in semibold
 * Open Sans over Times, in italics over a sans serif, or in bold at the body's size is told apart
 * from the body in each letter by what that letter does, not by one house style's habits.
 *
 * @param bodyFont the body's font name, without subset tag
 * @param bodySize the body's size in points, to the half point
 */
record Typography(String bodyFont, float bodySize) {

	private static final float DEFAULT_BODY_SIZE = 10;
	/** Sizes are counted up to this many points; anything larger is a poster, not a letter. */
	private static final int LARGEST_SIZE = 200;
	/** A line is set in one style when at least this share of its glyphs are. */
	private static final double UNIFORM = 0.8;
	/** Type smaller than this share of the body size is small type. */
	static final double SMALL_TYPE = 0.85;
	/** Sizes within this many points of each other are the same size. */
	private static final float SAME_SIZE = 0.3f;

	/**
	 * The style of a line: a face and a size, and whether it is set in small capitals or underlined
	 * (both set a heading apart in the body's own face and size).
	 */
	record Style(String font, boolean bold, boolean italic, float size, boolean smallCaps, boolean underlined) {
	}

	/**
	 * Counts glyphs by font and size, page after page, and tells the body type: the face and size
	 * most glyphs have (of two sizes counted as often, the larger; of two faces, the first to reach
	 * the count).
	 */
	static final class Count {

		// counts per font by half point; a letter has a handful of fonts and tens of thousands of glyphs
		private final Map<String, int[]> counts = new HashMap<>();
		private String font;
		private int[] sizes;
		private String best;
		private int bestCount;
		private float bestSize = DEFAULT_BODY_SIZE;

		void addAll(List<Glyph> glyphs) {
			for (Glyph glyph : glyphs) {
				if (!glyph.font().equals(font)) {
					font = glyph.font();
					sizes = counts.computeIfAbsent(font, name -> new int[LARGEST_SIZE * 2 + 1]);
				}
				int halfPoints = Math.clamp(Math.round(glyph.size() * 2), 0, LARGEST_SIZE * 2);
				int count = ++sizes[halfPoints];
				if (count > bestCount || count == bestCount && halfPoints / 2f > bestSize) {
					best = font;
					bestCount = count;
					bestSize = halfPoints / 2f;
				}
			}
		}

		Typography typography() {
			return best == null ? new Typography("", DEFAULT_BODY_SIZE) : new Typography(best, bestSize); //$NON-NLS-1$
		}
	}

	/** The style most of a run's glyphs are set in, or null when it mixes styles. */
	Style style(GlyphRun run) {
		// glyphs come in stretches of one style: count per stretch, not per glyph
		List<Glyph> glyphs = run.glyphs();
		Map<Style, int[]> counts = new HashMap<>();
		int at = 0;
		while (at < glyphs.size()) {
			Glyph first = glyphs.get(at);
			int end = at + 1;
			while (end < glyphs.size() && sameStyle(first, glyphs.get(end))) {
				end++;
			}
			Style style = new Style(first.font(), first.bold(), first.italic(), Math.round(first.size() * 2) / 2f, run.smallCaps(), run.underlined());
			counts.computeIfAbsent(style, key -> new int[1])[0] += end - at;
			at = end;
		}
		Style most = null;
		int mostCount = 0;
		for (Map.Entry<Style, int[]> entry : counts.entrySet()) {
			if (entry.getValue()[0] > mostCount) {
				most = entry.getKey();
				mostCount = entry.getValue()[0];
			}
		}
		return mostCount >= UNIFORM * glyphs.size() ? most : null;
	}

	private static boolean sameStyle(Glyph a, Glyph b) {
		return a.font().equals(b.font()) && a.bold() == b.bold() && a.italic() == b.italic() && Math.round(a.size() * 2) == Math.round(b.size() * 2);
	}

	/** Whether a style is the body's. */
	boolean isBody(Style style) {
		return style != null && style.font().equals(bodyFont) && isBodySize(style.size()) && !style.smallCaps() && !style.underlined();
	}

	boolean isBodySize(float size) {
		return Math.abs(size - bodySize) <= SAME_SIZE;
	}

	boolean isSmall(float size) {
		return size < SMALL_TYPE * bodySize;
	}

	/**
	 * Whether a style sets text apart from the body the way headings are: heavier, slanted, larger,
	 * in another face, in small capitals or underlined, and not in small type.
	 */
	boolean isDistinct(Style style) {
		return style != null && !isBody(style) && !isSmall(style.size());
	}
}

package yeardiff.ingest.internal;

import java.util.List;

/**
 * The glyphs of one baseline up to a column gap, left to right, at the baseline of the first and
 * the size of the largest.
 *
 * @param smallCaps whether the run is set in small capitals: capitals at its size start words, the
 *            rest are capitals set smaller, which stand for lower case (their text is given in
 *            lower case again)
 * @param underlined whether a rule runs under the whole run, just below its baseline
 */
record GlyphRun(List<Glyph> glyphs, float y, float size, boolean smallCaps, boolean underlined) {

	GlyphRun(List<Glyph> glyphs, float y, float size) {
		this(glyphs, y, size, false, false);
	}

	static GlyphRun of(List<Glyph> glyphs) {
		float size = 0;
		for (Glyph glyph : glyphs) {
			size = Math.max(size, glyph.size());
		}
		return new GlyphRun(glyphs, glyphs.get(0).y(), size);
	}

	/** The same glyphs, underlined. */
	GlyphRun withUnderline() {
		return new GlyphRun(glyphs, y, size, smallCaps, true);
	}

	float left() {
		return glyphs.get(0).x();
	}

	float right() {
		Glyph last = glyphs.get(glyphs.size() - 1);
		return last.x() + last.width();
	}
}

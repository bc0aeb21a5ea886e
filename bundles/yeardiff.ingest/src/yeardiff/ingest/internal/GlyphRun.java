package yeardiff.ingest.internal;

import java.util.List;

/** The glyphs of one baseline up to a column gap, left to right, at the baseline of the first and the size of the largest. */
record GlyphRun(List<Glyph> glyphs, float y, float size) {

	static GlyphRun of(List<Glyph> glyphs) {
		float size = 0;
		for (Glyph glyph : glyphs) {
			size = Math.max(size, glyph.size());
		}
		return new GlyphRun(glyphs, glyphs.get(0).y(), size);
	}

	float left() {
		return glyphs.get(0).x();
	}

	float right() {
		Glyph last = glyphs.get(glyphs.size() - 1);
		return last.x() + last.width();
	}
}

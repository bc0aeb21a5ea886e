package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small capitals as a typesetter without a small-caps font sets them: every letter a capital, those
 * that are capitals in the text at the type's size, the others at a smaller size ("INLEIDING" as a
 * large I and smaller NLEIDING). The smaller capitals are lower case in the text: the heading
 * reads "Inleiding", and acronyms ("EU-NAVO", "PESCO") keep their capitals, as written.
 */
final class SmallCaps {

	/** The smaller capitals are at least this share of the larger ones' size ... */
	private static final double SMALLEST = 0.6;
	/** ... and at most this share. */
	private static final double LARGEST = 0.9;
	/** Sizes within this many points of each other are one size. */
	private static final float SAME_SIZE = 0.3f;

	private SmallCaps() {
	}

	/** The run with its smaller capitals in lower case at the run's size, when it is set in small capitals; else the run itself. */
	static GlyphRun restore(GlyphRun run) {
		float large = 0;
		float small = Float.MAX_VALUE;
		for (Glyph glyph : run.glyphs()) {
			if (!isLetter(glyph)) {
				continue;
			}
			if (!glyph.text().equals(glyph.text().toUpperCase(Locale.ROOT))) {
				return run;
			}
			large = Math.max(large, glyph.size());
			small = Math.min(small, glyph.size());
		}
		if (large == 0 || small < SMALLEST * large || small > LARGEST * large) {
			return run;
		}
		int smaller = 0;
		for (Glyph glyph : run.glyphs()) {
			if (isLetter(glyph)) {
				boolean isLarge = Math.abs(glyph.size() - large) <= SAME_SIZE;
				if (!isLarge && Math.abs(glyph.size() - small) > SAME_SIZE) {
					// a third size: not one type in two sizes of capitals
					return run;
				}
				smaller += isLarge ? 0 : 1;
			}
		}
		if (smaller < 2) {
			return run;
		}
		List<Glyph> glyphs = new ArrayList<>(run.glyphs().size());
		for (Glyph glyph : run.glyphs()) {
			boolean lower = Math.abs(glyph.size() - large) > SAME_SIZE;
			// digits and punctuation in the smaller size are the text's own; only letters change case
			String text = lower && isLetter(glyph) ? glyph.text().toLowerCase(Locale.ROOT) : glyph.text();
			glyphs.add(new Glyph(glyph.x(), glyph.y(), glyph.width(), large, glyph.font(), glyph.bold(), glyph.italic(), text, glyph.spaceBefore()));
		}
		return new GlyphRun(glyphs, run.y(), large, true, run.underlined());
	}

	private static boolean isLetter(Glyph glyph) {
		return glyph.text().codePoints().allMatch(Character::isLetter);
	}
}

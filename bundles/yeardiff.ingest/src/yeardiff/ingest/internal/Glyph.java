package yeardiff.ingest.internal;

/**
 * One glyph as PDFBox placed it on its page; the baseline y grows downwards.
 *
 * @param font the font's name without the subset tag ("DejaVuSerif-Bold" for "CAAAAA+DejaVuSerif-Bold")
 * @param bold whether the font is bold or semibold (weight 600 and up, or so named)
 * @param italic whether the font is italic or oblique
 * @param spaceBefore whether the PDF set a space between this glyph and the one before it: tight
 *            type kerns a space before a capital ("de Atlantische") below any gap a measure could tell
 */
record Glyph(float x, float y, float width, float size, String font, boolean bold, boolean italic, String text, boolean spaceBefore) {
}

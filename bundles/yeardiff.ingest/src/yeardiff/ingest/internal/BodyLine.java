package yeardiff.ingest.internal;

/**
 * A line of the letter's own text, after the page furniture has gone, with what the structure
 * recognition needs to know about its place.
 *
 * @param text the line, stripped
 * @param page the page number it is printed on
 * @param blanksBefore how many blank lines separate it from the line before on the same page
 * @param pageStart whether it is the first line of its page
 * @param afterGap whether pages are missing between it and the line before
 * @param kind how it was set, when the source knows
 */
public record BodyLine(String text, int page, int blanksBefore, boolean pageStart, boolean afterGap, LineKind kind) {
}

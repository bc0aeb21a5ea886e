package yeardiff.ingest.internal;

/**
 * A footnote as printed at the foot of a page.
 *
 * @param number its marker
 * @param text its text, lines joined
 * @param page the page it is printed on
 */
public record Note(int number, String text, int page) {
}

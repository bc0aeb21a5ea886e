package yeardiff.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Running text joined from lines of several pages, remembering on which page each stretch was
 * printed, so that every sentence split from it knows its page.
 */
public final class PagedText {

	private final StringBuilder text = new StringBuilder();
	private final List<int[]> pageStarts = new ArrayList<>();

	/** Text starting with this line. */
	public PagedText(String line, int page) {
		text.append(line);
		pageStarts.add(new int[] { 0, page });
	}

	/** Adds the next line, joined the way the letter hyphenates. */
	public void append(String line, int page, LineJoiner joiner) {
		String joined = joiner.join(text.toString(), line);
		int at = joined.length() - line.length();
		text.setLength(0);
		text.append(joined);
		if (page != pageStarts.get(pageStarts.size() - 1)[1]) {
			pageStarts.add(new int[] { Math.max(0, at), page });
		}
	}

	public String text() {
		return text.toString();
	}

	/** The page the character at this offset was printed on. */
	public int pageAt(int offset) {
		int page = pageStarts.get(0)[1];
		for (int[] start : pageStarts) {
			if (start[0] > offset) {
				break;
			}
			page = start[1];
		}
		return page;
	}
}

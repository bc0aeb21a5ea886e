package yeardiff.export.internal;

import java.util.ArrayList;
import java.util.List;

import yeardiff.compare.WordEdit;
import yeardiff.compare.WordEdit.Kind;

/**
 * One side of a word diff as a reader sees it: the earlier text with what the later one no longer
 * has marked, or the later text with what it added marked. Marked words separated by nothing but
 * white space form one mark, so that a rewritten clause reads as one deletion rather than a
 * deletion per word.
 *
 * @param segments the text in order; joined, they are the side's full text
 */
public record MarkedText(List<Segment> segments) {

	/** A run of text, marked when only this side has it. */
	public record Segment(String text, boolean marked) {
	}

	/** The earlier side: equal runs and deletions, the deletions marked. */
	public static MarkedText earlier(List<WordEdit> diff) {
		return side(diff, Kind.DELETE);
	}

	/** The later side: equal runs and insertions, the insertions marked. */
	public static MarkedText later(List<WordEdit> diff) {
		return side(diff, Kind.INSERT);
	}

	/** A text with nothing marked, for a statement that has no counterpart to be compared with. */
	public static MarkedText plain(String text) {
		return new MarkedText(text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
	}

	private static MarkedText side(List<WordEdit> diff, Kind own) {
		List<Segment> segments = new ArrayList<>();
		for (WordEdit edit : diff) {
			if (edit.kind() == Kind.EQUAL) {
				segments.add(new Segment(edit.text(), false));
			} else if (edit.kind() == own) {
				segments.add(new Segment(edit.text(), true));
			}
		}
		return new MarkedText(joined(segments));
	}

	private static List<Segment> joined(List<Segment> segments) {
		List<Segment> joined = new ArrayList<>();
		int i = 0;
		while (i < segments.size()) {
			Segment segment = segments.get(i);
			StringBuilder text = new StringBuilder(segment.text());
			int next = i + 1;
			while (next < segments.size()) {
				Segment following = segments.get(next);
				if (following.marked() == segment.marked()) {
					text.append(following.text());
					next++;
				} else if (segment.marked() && following.text().isBlank() && next + 1 < segments.size()
						&& segments.get(next + 1).marked()) {
					text.append(following.text()).append(segments.get(next + 1).text());
					next += 2;
				} else {
					break;
				}
			}
			add(joined, text.toString(), segment.marked());
			i = next;
		}
		return joined;
	}

	/* A mark starts and ends with a word: the white space around it is shared by both texts. */
	private static void add(List<Segment> segments, String text, boolean marked) {
		if (!marked) {
			append(segments, text);
			return;
		}
		String word = text.strip();
		if (word.isEmpty()) {
			append(segments, text);
			return;
		}
		int start = text.indexOf(word);
		append(segments, text.substring(0, start));
		segments.add(new Segment(word, true));
		append(segments, text.substring(start + word.length()));
	}

	private static void append(List<Segment> segments, String plain) {
		if (plain.isEmpty()) {
			return;
		}
		int last = segments.size() - 1;
		if (last >= 0 && !segments.get(last).marked()) {
			segments.set(last, new Segment(segments.get(last).text() + plain, false));
		} else {
			segments.add(new Segment(plain, false));
		}
	}

	/** The side's whole text, marks aside. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Segment segment : segments) {
			text.append(segment.text());
		}
		return text.toString();
	}
}

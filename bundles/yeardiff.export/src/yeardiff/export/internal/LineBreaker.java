package yeardiff.export.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;

import yeardiff.export.internal.PdfLine.Run;

/**
 * Fills lines of a given width with styled text, breaking at white space and, for a word wider than
 * a line (a long URL, an id), inside the word. PDF has no text layout of its own: where a line ends
 * is the writer's to decide, from the widths the font gives.
 */
public final class LineBreaker {

	private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+"); //$NON-NLS-1$

	private final Map<PDFont, WinAnsiText> showable = new HashMap<>();
	private final boolean standIns;

	/** A breaker that writes missing characters as their stand-ins ({@link WinAnsiText}). */
	public LineBreaker() {
		this(true);
	}

	/** @param standIns whether missing characters may be written as stand-ins, or only as '?' */
	public LineBreaker(boolean standIns) {
		this.standIns = standIns;
	}

	/** The lines of {@code runs}, none wider than {@code width}; at least one line. */
	public List<PdfLine> lines(List<Run> runs, float width) throws IOException {
		List<PdfLine> lines = new ArrayList<>();
		LineBuilder line = new LineBuilder();
		for (Run run : runs) {
			Matcher tokens = TOKEN.matcher(shown(run.text(), run.style().font()));
			while (tokens.find()) {
				String token = tokens.group();
				float tokenWidth = width(token, run.style());
				if (token.isBlank()) {
					if (!line.isEmpty()) {
						line.add(" ", run.style(), width(" ", run.style())); //$NON-NLS-1$ //$NON-NLS-2$
					}
				} else if (line.width() + tokenWidth <= width) {
					line.add(token, run.style(), tokenWidth);
				} else {
					if (!line.isEmpty()) {
						lines.add(line.build());
						line = new LineBuilder();
					}
					line = placeWord(token, run.style(), width, line, lines);
				}
			}
		}
		lines.add(line.build());
		return lines;
	}

	/** Puts a word at the start of a line, cutting it where it does not fit one. */
	private LineBuilder placeWord(String word, PdfStyle style, float width, LineBuilder line, List<PdfLine> lines)
			throws IOException {
		LineBuilder current = line;
		int start = 0;
		while (start < word.length()) {
			int end = start + Character.charCount(word.codePointAt(start));
			while (end < word.length() && width(word.substring(start, end + Character.charCount(word.codePointAt(end))), style) <= width) {
				end += Character.charCount(word.codePointAt(end));
			}
			String piece = word.substring(start, end);
			current.add(piece, style, width(piece, style));
			start = end;
			if (start < word.length()) {
				lines.add(current.build());
				current = new LineBuilder();
			}
		}
		return current;
	}

	/** {@code text} as {@code font} can show it. */
	public String shown(String text, PDFont font) {
		return showable.computeIfAbsent(font, key -> new WinAnsiText(key, standIns)).of(text);
	}

	/** The width of showable text in points. */
	public static float width(String text, PdfStyle style) throws IOException {
		return style.font().getStringWidth(text) / 1000 * style.size();
	}

	private static final class LineBuilder {

		private final List<Run> runs = new ArrayList<>();
		private float width;
		/** The width of the space that ends the line so far, which a finished line drops. */
		private float trailingSpace;

		boolean isEmpty() {
			return runs.isEmpty();
		}

		float width() {
			return width;
		}

		void add(String text, PdfStyle style, float textWidth) {
			int last = runs.size() - 1;
			if (last >= 0 && runs.get(last).style().equals(style)) {
				runs.set(last, new Run(runs.get(last).text() + text, style));
			} else {
				runs.add(new Run(text, style));
			}
			width += textWidth;
			trailingSpace = text.isBlank() ? textWidth : 0;
		}

		PdfLine build() {
			if (trailingSpace > 0) {
				int last = runs.size() - 1;
				String trimmed = runs.get(last).text().stripTrailing();
				if (trimmed.isEmpty()) {
					runs.remove(last);
				} else {
					runs.set(last, new Run(trimmed, runs.get(last).style()));
				}
				width -= trailingSpace;
			}
			return new PdfLine(List.copyOf(runs), width);
		}
	}
}

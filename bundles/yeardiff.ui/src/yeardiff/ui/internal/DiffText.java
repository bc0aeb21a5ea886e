package yeardiff.ui.internal;

import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import yeardiff.compare.WordEdit;

/**
 * Appends one side of a word diff to a {@link StyledText}: on the earlier side the deleted words
 * on a red background and struck through, on the later side the inserted words on a green one.
 * The texts come from the diff's runs, so they are exactly the statements compared.
 */
public final class DiffText {

	public static final RGB DELETED = new RGB(255, 210, 210);
	public static final RGB INSERTED = new RGB(200, 240, 200);

	private final StyledText widget;
	private final Color deleted;
	private final Color inserted;

	public DiffText(StyledText widget) {
		this.widget = widget;
		this.deleted = new Color(DELETED);
		this.inserted = new Color(INSERTED);
	}

	/** Appends the earlier ({@code later == false}) or later side of {@code edits}. */
	public void append(List<WordEdit> edits, boolean later) {
		WordEdit.Kind own = later ? WordEdit.Kind.INSERT : WordEdit.Kind.DELETE;
		for (WordEdit edit : edits) {
			if (edit.kind() != WordEdit.Kind.EQUAL && edit.kind() != own) {
				continue;
			}
			int start = widget.getCharCount();
			widget.append(edit.text());
			if (edit.kind() == own) {
				StyleRange style = new StyleRange(start, edit.text().length(), null, later ? inserted : deleted);
				style.strikeout = !later;
				widget.setStyleRange(style);
			}
		}
	}

	/** Appends text with no diff marks (a heading, a separator). */
	public void appendPlain(String text, int fontStyle) {
		int start = widget.getCharCount();
		widget.append(text);
		if (fontStyle != 0) {
			widget.setStyleRange(new StyleRange(start, text.length(), null, null, fontStyle));
		}
	}

	/** Draws a box around every occurrence of {@code words} from {@code from} on: a changed fact. */
	public void box(String words, int from) {
		String text = widget.getText();
		for (int at = text.indexOf(words, from); at >= 0 && !words.isEmpty(); at = text.indexOf(words, at + words.length())) {
			StyleRange[] existing = widget.getStyleRanges(at, words.length());
			StyleRange style = existing.length == 1 && existing[0].start <= at
					&& existing[0].start + existing[0].length >= at + words.length() ? (StyleRange) existing[0].clone()
							: new StyleRange();
			style.start = at;
			style.length = words.length();
			style.borderStyle = org.eclipse.swt.SWT.BORDER_SOLID;
			style.fontStyle |= org.eclipse.swt.SWT.BOLD;
			widget.setStyleRange(style);
		}
	}
}

package yeardiff.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import yeardiff.model.api.Amount;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Share;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;
import yeardiff.ui.internal.Messages;

/**
 * A report laid out as the Report viewer shows it: the title, each section's heading, and its
 * paragraphs with the page they start on; facts coloured and underlined by kind, commitments on a
 * tinted background. Kept apart from the widget so that the layout is one pass over the model and
 * the statement under the caret is a lookup.
 */
public final class ReportDocument {

	/** Fact colours by kind, chosen to stay readable on white and to differ for colour-blind readers. */
	public static final RGB AMOUNT = new RGB(0, 90, 181);
	public static final RGB SHARE = new RGB(0, 128, 96);
	public static final RGB COUNT = new RGB(128, 0, 128);
	public static final RGB TIME = new RGB(196, 96, 0);
	public static final RGB COMMITMENT = new RGB(255, 246, 204);
	public static final RGB MARGIN = new RGB(128, 128, 128);

	/** Where one statement is in the text. */
	public record Span(Statement statement, int offset, int length) {
	}

	private final StringBuilder text = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();
	private final List<Span> spans = new ArrayList<>();
	private final ColorSource colors;

	/** Makes SWT colours from the RGB values above; the widget owns their lifetime. */
	@FunctionalInterface
	public interface ColorSource {
		Color color(RGB rgb);
	}

	public ReportDocument(Report report, ColorSource colors) {
		this.colors = colors;
		heading(report.getTitle() == null ? report.getId() : report.getTitle());
		for (Section section : report.getSections()) {
			section(section);
		}
	}

	public String text() {
		return text.toString();
	}

	public StyleRange[] styles() {
		return styles.toArray(StyleRange[]::new);
	}

	public List<Span> spans() {
		return spans;
	}

	/** The statement at {@code offset}, or null between statements. */
	public Statement statementAt(int offset) {
		for (Span span : spans) {
			if (offset >= span.offset() && offset <= span.offset() + span.length()) {
				return span.statement();
			}
		}
		return null;
	}

	/** Where the statement with {@code id} is, or null when the report has none. */
	public Span find(String statementId) {
		return spans.stream().filter(span -> statementId.equals(span.statement().getId())).findFirst().orElse(null);
	}

	private void section(Section section) {
		heading(section.getHeading());
		for (Paragraph paragraph : section.getParagraphs()) {
			paragraph(paragraph);
		}
		for (Section subsection : section.getSubsections()) {
			section(subsection);
		}
	}

	private void heading(String heading) {
		int start = text.length();
		text.append(heading).append('\n');
		styles.add(new StyleRange(start, heading.length(), null, null, SWT.BOLD));
		text.append('\n');
	}

	private void paragraph(Paragraph paragraph) {
		int page = -1;
		for (Statement statement : paragraph.getStatements()) {
			if (statement.getPage() != page) {
				page = statement.getPage();
				String marker = NLS.bind(Messages.ReportEditor_page, Integer.valueOf(page));
				StyleRange style = new StyleRange(text.length(), marker.length(), colors.color(MARGIN), null, SWT.ITALIC);
				styles.add(style);
				text.append(marker).append(' ');
			}
			statement(statement);
			text.append(' ');
		}
		text.setLength(text.length() - (paragraph.getStatements().isEmpty() ? 0 : 1));
		text.append("\n\n"); //$NON-NLS-1$
	}

	private void statement(Statement statement) {
		int start = text.length();
		String words = statement.getText();
		text.append(words);
		spans.add(new Span(statement, start, words.length()));
		Color background = statement.getCommitment() == null ? null : colors.color(COMMITMENT);
		List<Fact> facts = new ArrayList<>(statement.getFacts());
		facts.sort((a, b) -> Integer.compare(a.getBegin(), b.getBegin()));
		int position = 0;
		for (Fact fact : facts) {
			int begin = fact.getBegin();
			int end = fact.getEnd();
			if (begin < position || end > words.length() || begin >= end) {
				// Overlapping or out-of-range facts keep the colour of the first one.
				continue;
			}
			addPlain(start + position, begin - position, background);
			StyleRange style = new StyleRange(start + begin, end - begin, colors.color(colorOf(fact)), background);
			style.underline = true;
			style.data = fact;
			styles.add(style);
			position = end;
		}
		addPlain(start + position, words.length() - position, background);
	}

	private void addPlain(int offset, int length, Color background) {
		if (background != null && length > 0) {
			styles.add(new StyleRange(offset, length, null, background));
		}
	}

	private static RGB colorOf(Fact fact) {
		if (fact instanceof Amount) {
			return AMOUNT;
		}
		if (fact instanceof Share) {
			return SHARE;
		}
		if (fact instanceof Count) {
			return COUNT;
		}
		return fact instanceof TimeRef ? TIME : MARGIN;
	}
}

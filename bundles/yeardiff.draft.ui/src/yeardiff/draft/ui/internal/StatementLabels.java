package yeardiff.draft.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import yeardiff.draft.StaleFinding;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;

/**
 * The draft editor's cells. In the statement column the facts the extractor read are highlighted
 * and the commitment's due time is underlined, so an editor sees as they type what the comparison
 * with last year will pick up; a statement with a stale finding gets a warm background and its
 * reasons as the tooltip. The other columns list the facts and the commitment.
 */
public final class StatementLabels extends StyledCellLabelProvider {

	/** Which column a provider fills. */
	public enum Column {
		STATEMENT, FACTS, COMMITMENT
	}

	private static final Color FACT = new Color(new RGB(0xff, 0xf1, 0xa8));
	private static final Color DUE = new Color(new RGB(0x1f, 0x4e, 0xa8));
	private static final Color STALE = new Color(new RGB(0xfb, 0xdc, 0xc4));
	private static final String SEPARATOR = "; "; //$NON-NLS-1$

	private final Column column;
	private final Supplier<Map<String, List<StaleFinding>>> findings;

	/** @param findings the current findings by statement id */
	public StatementLabels(Column column, Supplier<Map<String, List<StaleFinding>>> findings) {
		this.column = column;
		this.findings = findings;
	}

	@Override
	public void update(ViewerCell cell) {
		Object element = cell.getElement();
		List<StyleRange> styles = new ArrayList<>();
		String text;
		if (element instanceof Section section) {
			text = column != Column.STATEMENT ? "" //$NON-NLS-1$
					: section.getHeading() == null || section.getHeading().isBlank() ? Messages.DraftEditor_noHeading
							: section.getHeading();
			if (column == Column.STATEMENT) {
				StyleRange bold = new StyleRange(0, text.length(), null, null);
				bold.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
				styles.add(bold);
			}
			cell.setBackground(null);
		} else if (element instanceof Statement statement) {
			text = switch (column) {
				case STATEMENT -> statementText(statement, styles);
				case FACTS -> statement.getFacts().stream().map(Fact::getText).collect(Collectors.joining(SEPARATOR));
				case COMMITMENT -> commitment(statement.getCommitment());
			};
			cell.setBackground(findings.get().containsKey(statement.getId()) ? STALE : null);
		} else {
			text = String.valueOf(element);
		}
		cell.setText(text);
		cell.setStyleRanges(styles.toArray(StyleRange[]::new));
		super.update(cell);
	}

	private static String statementText(Statement statement, List<StyleRange> styles) {
		String text = statement.getText() == null ? "" : statement.getText(); //$NON-NLS-1$
		for (Fact fact : statement.getFacts()) {
			if (fact.getBegin() >= 0 && fact.getEnd() <= text.length() && fact.getBegin() < fact.getEnd()) {
				styles.add(new StyleRange(fact.getBegin(), fact.getEnd() - fact.getBegin(), null, FACT));
			}
		}
		TimeRef due = statement.getCommitment() == null ? null : statement.getCommitment().getDue();
		if (due != null && due.getBegin() >= 0 && due.getEnd() <= text.length() && due.getBegin() < due.getEnd()) {
			StyleRange underline = new StyleRange(due.getBegin(), due.getEnd() - due.getBegin(), DUE, null);
			underline.underline = true;
			underline.underlineStyle = SWT.UNDERLINE_SINGLE;
			styles.add(underline);
		}
		// StyledCellLabelProvider wants the ranges in order and not overlapping
		styles.sort((first, second) -> Integer.compare(first.start, second.start));
		List<StyleRange> ordered = new ArrayList<>();
		int end = 0;
		for (StyleRange style : styles) {
			if (style.start >= end) {
				ordered.add(style);
				end = style.start + style.length;
			}
		}
		styles.clear();
		styles.addAll(ordered);
		return text;
	}

	private static String commitment(Commitment commitment) {
		if (commitment == null) {
			return ""; //$NON-NLS-1$
		}
		return commitment.getDue() == null ? Messages.DraftEditor_commitmentNoDue
				: NLS.bind(Messages.DraftEditor_due, commitment.getDue().getText());
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof Statement statement) {
			List<StaleFinding> found = findings.get().get(statement.getId());
			if (found != null) {
				return found.stream().map(finding -> FindingKinds.label(finding) + ": " + finding.reason()) //$NON-NLS-1$
						.collect(Collectors.joining("\n")); //$NON-NLS-1$
			}
			return statement.getText();
		}
		return null;
	}
}

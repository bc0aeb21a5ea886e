package yeardiff.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import yeardiff.compare.FactChange;
import yeardiff.compare.PairStatus;
import yeardiff.compare.StatementPair;
import yeardiff.ui.internal.DiffText;
import yeardiff.ui.internal.Labels;
import yeardiff.ui.internal.Messages;

/**
 * The compare editor's content pane: the earlier statements on the left, the later ones on the
 * right, with the word diff of each pair marked and its changed facts boxed; above them, the status
 * of the pair and its fact changes as the comparison describes them. For a partner it shows all of
 * the partner's changed pairs, one after the other.
 */
public final class PairsViewer extends Viewer {

	private final Composite control;
	private final StyledText header;
	private final StyledText left;
	private final StyledText right;
	private final Label leftLabel;
	private final Label rightLabel;
	private final CompareConfiguration configuration;
	private Object input;

	PairsViewer(Composite parent, CompareConfiguration configuration) {
		this.configuration = configuration;
		control = new Composite(parent, SWT.NONE);
		control.setLayout(new GridLayout(1, false));
		header = new StyledText(control, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData headerData = new GridData(SWT.FILL, SWT.TOP, true, false);
		headerData.heightHint = 4 * header.getLineHeight();
		header.setLayoutData(headerData);
		SashForm sides = new SashForm(control, SWT.HORIZONTAL);
		sides.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite leftSide = side(sides);
		leftLabel = new Label(leftSide, SWT.NONE);
		left = text(leftSide);
		Composite rightSide = side(sides);
		rightLabel = new Label(rightSide, SWT.NONE);
		right = text(rightSide);
	}

	private static Composite side(Composite parent) {
		Composite side = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		side.setLayout(layout);
		return side;
	}

	private static StyledText text(Composite parent) {
		StyledText text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		text.setMargins(6, 4, 6, 4);
		return text;
	}

	@Override
	public Control getControl() {
		return control;
	}

	@Override
	public Object getInput() {
		return input;
	}

	@Override
	public void setInput(Object newInput) {
		input = newInput;
		refresh();
	}

	@Override
	public ISelection getSelection() {
		return StructuredSelection.EMPTY;
	}

	@Override
	public void setSelection(ISelection selection, boolean reveal) {
		// The pane shows text only; selections are made in the structure pane.
	}

	/** The earlier side's text widget, for the UI tests. */
	public StyledText left() {
		return left;
	}

	/** The later side's text widget, for the UI tests. */
	public StyledText right() {
		return right;
	}

	/** The status and fact changes shown above the texts, for the UI tests. */
	public StyledText header() {
		return header;
	}

	@Override
	public void refresh() {
		List<StatementPair> pairs = new ArrayList<>();
		if (input instanceof PairNode node) {
			pairs.add(node.pair());
		} else if (input instanceof PartnerNode partner) {
			partner.section().pairs().stream().filter(pair -> pair.status() != PairStatus.UNCHANGED).forEach(pairs::add);
		}
		leftLabel.setText(configuration.getLeftLabel(input));
		rightLabel.setText(configuration.getRightLabel(input));
		header.setText(""); //$NON-NLS-1$
		left.setText(""); //$NON-NLS-1$
		right.setText(""); //$NON-NLS-1$
		DiffText leftText = new DiffText(left);
		DiffText rightText = new DiffText(right);
		DiffText headerText = new DiffText(header);
		for (StatementPair pair : pairs) {
			int leftStart = left.getCharCount();
			int rightStart = right.getCharCount();
			leftText.append(pair.wordDiff(), false);
			rightText.append(pair.wordDiff(), true);
			for (FactChange change : pair.factChanges()) {
				if (change.from() != null) {
					leftText.box(change.from().text(), leftStart);
				}
				if (change.to() != null) {
					rightText.box(change.to().text(), rightStart);
				}
			}
			leftText.appendPlain("\n\n", 0); //$NON-NLS-1$
			rightText.appendPlain("\n\n", 0); //$NON-NLS-1$
			headerText.appendPlain(describe(pair), pairs.size() == 1 ? SWT.BOLD : 0);
		}
		control.layout(true, true);
	}

	private static String describe(StatementPair pair) {
		StringBuilder line = new StringBuilder(Labels.status(pair.status()));
		if (pair.from() != null && pair.to() != null) {
			line.append(NLS.bind(Messages.CompareEditor_similarity, Long.valueOf(Math.round(pair.similarity() * 100))));
		}
		if (pair.commitmentChanged()) {
			line.append(" — ").append(Messages.CompareEditor_commitmentChanged); //$NON-NLS-1$
		}
		for (FactChange change : pair.factChanges()) {
			line.append(" — ").append(change.kind()).append(": ").append(change.describe()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return line.append('\n').toString();
	}
}

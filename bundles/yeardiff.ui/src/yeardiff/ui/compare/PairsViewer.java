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
import yeardiff.compare.FactFormat;
import yeardiff.compare.PairStatus;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Statement;
import yeardiff.ui.internal.DiffText;
import yeardiff.ui.internal.Labels;
import yeardiff.ui.internal.Messages;

/**
 * The compare editor's content pane: for a partner, all of its changed pairs (its numbers that moved
 * stand under both panes, in the {@link NumbersPanel}); for a pair, its status and fact changes
 * above. The earlier statements on the left and the later ones on the right, with the word diff
 * marked and the changed facts boxed.
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
		GridLayout layout = new GridLayout(1, false);
		layout.verticalSpacing = 4;
		control.setLayout(layout);
		header = new StyledText(control, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridData headerData = new GridData(SWT.FILL, SWT.TOP, true, false);
		headerData.heightHint = 3 * header.getLineHeight();
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

	/** The difference of a fact change of one pair, in the pair's header, with words for a value that came or went. */
	static String delta(FactChange change) {
		if (change.from() == null) {
			return Messages.CompareEditor_added;
		}
		if (change.to() == null) {
			return Messages.CompareEditor_removed;
		}
		return FactFormat.delta(change.kind(), change.to().unit(), change.delta());
	}

	private static Composite side(Composite parent) {
		Composite side = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
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
		boolean partner = input instanceof PartnerNode;
		show(header, !partner);
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
			if (partner) {
				// Each pair of a partner starts with its status, so that both sides stay readable in step.
				String status = Labels.status(pair.status()).toUpperCase(java.util.Locale.ROOT) + '\n';
				leftText.appendPlain(status, SWT.BOLD);
				rightText.appendPlain(status, SWT.BOLD);
			}
			leftText.append(pair.wordDiff(), false);
			rightText.append(pair.wordDiff(), true);
			// A statement only one side has leaves the other side a row that says so, not a blank block.
			if (pair.to() == null) {
				rightText.appendPlain(NLS.bind(Messages.CompareEditor_notInLater, configuration.getRightLabel(input)), SWT.ITALIC);
			}
			if (pair.from() == null) {
				leftText.appendPlain(NLS.bind(Messages.CompareEditor_notInEarlier, configuration.getLeftLabel(input)), SWT.ITALIC);
			}
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
			if (!partner) {
				headerText.appendPlain(describe(pair), SWT.BOLD);
			}
		}
		control.layout(true, true);
	}

	private static void show(Control control, boolean visible) {
		control.setVisible(visible);
		((GridData) control.getLayoutData()).exclude = !visible;
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
			line.append(" — ").append(Labels.factKind(change.kind())).append(": "); //$NON-NLS-1$ //$NON-NLS-2$
			if (change.from() == null) {
				line.append(NLS.bind(Messages.CompareEditor_factAdded, change.to().text()));
			} else if (change.to() == null) {
				line.append(NLS.bind(Messages.CompareEditor_factRemoved, change.from().text()));
			} else {
				line.append(change.from().text()).append(" → ").append(change.to().text()) //$NON-NLS-1$
						.append(" (").append(delta(change)).append(')'); //$NON-NLS-1$
			}
		}
		return line.append('\n').toString();
	}
}

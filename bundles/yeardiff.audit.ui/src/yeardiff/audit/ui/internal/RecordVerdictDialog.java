package yeardiff.audit.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.model.api.CommitmentStatus;

/**
 * Asks an auditor for a verdict on one commitment: the status, why (required — the rationale is
 * what later readers check a verdict against), which of the audit's evidence it rests on, and who
 * gives it. The dialog only collects; the caller records the verdict.
 */
public final class RecordVerdictDialog extends TitleAreaDialog {

	private static final int RATIONALE_LINES = 5;
	private static final int EVIDENCE_LINES = 6;
	private static final int WIDTH_CHARS = 90;

	private final CommitmentRecord record;
	private ComboViewer status;
	private Text rationale;
	private CheckboxTableViewer evidence;
	private Text author;
	private VerdictRequest request;

	public RecordVerdictDialog(Shell parent, CommitmentRecord record) {
		super(parent);
		this.record = record;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.RecordVerdictDialog_title);
	}

	/** Sized to its content, but never wider than the text it is laid out for. */
	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		int width = convertWidthInCharsToPixels(WIDTH_CHARS + 30);
		return new Point(Math.min(size.x, width), size.y);
	}

	/** The evidence offered and which of it is checked, for the UI tests. */
	public CheckboxTableViewer evidence() {
		return evidence;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(record.id());
		setMessage(NLS.bind(Messages.RecordVerdictDialog_message, record.id(), StatusLabels.of(record.automaticStatus())));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);

		Text statement = new Text(form, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		statement.setText(record.statement().getText());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
				.hint(convertWidthInCharsToPixels(WIDTH_CHARS), SWT.DEFAULT).applyTo(statement);

		label(form, Messages.RecordVerdictDialog_status);
		status = new ComboViewer(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		status.setContentProvider(ArrayContentProvider.getInstance());
		status.setLabelProvider(LabelProvider.createTextProvider(element -> StatusLabels.of((CommitmentStatus) element)));
		status.setInput(CommitmentStatus.VALUES);
		status.setSelection(new StructuredSelection(record.status()));

		label(form, Messages.RecordVerdictDialog_rationale);
		rationale = new Text(form, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, convertHeightInCharsToPixels(RATIONALE_LINES))
				.applyTo(rationale);
		rationale.addModifyListener(event -> validate());

		label(form, Messages.RecordVerdictDialog_evidence);
		evidence = CheckboxTableViewer.newCheckList(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		evidence.setContentProvider(ArrayContentProvider.getInstance());
		evidence.setLabelProvider(LabelProvider.createTextProvider(element -> {
			Evidence piece = (Evidence) element;
			return NLS.bind(Messages.RecordVerdictDialog_evidenceLine,
					new Object[] { piece.report(), Integer.valueOf(piece.page()), piece.text() });
		}));
		evidence.setInput(record.evidence());
		// What the audit found is what a verdict usually rests on: checked, for the auditor to uncheck.
		evidence.setAllChecked(true);
		// A width of its own: the evidence lines are whole sentences and would widen the dialog to the screen.
		GridDataFactory.fillDefaults().grab(true, true)
				.hint(convertWidthInCharsToPixels(WIDTH_CHARS), convertHeightInCharsToPixels(EVIDENCE_LINES))
				.applyTo(evidence.getControl());

		label(form, Messages.RecordVerdictDialog_author);
		author = new Text(form, SWT.BORDER);
		author.setText(System.getProperty("user.name", "")); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(author);
		author.addModifyListener(event -> validate());
		return area;
	}

	private static void label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		String problem = rationale.getText().isBlank() ? Messages.RecordVerdictDialog_rationaleRequired
				: author.getText().isBlank() ? Messages.RecordVerdictDialog_authorRequired : null;
		if (problem == null) {
			setMessage(NLS.bind(Messages.RecordVerdictDialog_message, record.id(), StatusLabels.of(record.automaticStatus())));
		} else {
			setMessage(problem, IMessageProvider.INFORMATION);
		}
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	@Override
	protected void okPressed() {
		List<String> ids = Arrays.stream(evidence.getCheckedElements()).map(element -> ((Evidence) element).statementId())
				.toList();
		request = new VerdictRequest(record.id(), (CommitmentStatus) status.getStructuredSelection().getFirstElement(),
				rationale.getText().strip(), ids, author.getText().strip());
		super.okPressed();
	}

	/** What the auditor entered, or {@code null} when the dialog was cancelled. */
	public VerdictRequest request() {
		return request;
	}
}

package yeardiff.ui.compare;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import yeardiff.model.api.Statement;
import yeardiff.ui.internal.Messages;

/**
 * Asks a reviewer which statement of the other report a statement is to be linked with: the
 * statements of the same partner there, the unpaired ones first, each with what the comparison
 * pairs it with now, so that the reviewer sees what the link takes away.
 */
final class LinkStatementDialog extends Dialog {

	/** A statement the reviewer may choose and, when the comparison paired it, its current partner. */
	record Candidate(Statement statement, Statement pairedWith) {
	}

	private static final int SNIPPET = 140;

	private final String message;
	private final String otherReport;
	private final List<Candidate> candidates;
	private Table table;
	private Statement chosen;

	/**
	 * @param statement the statement to link
	 * @param report the report it is in
	 * @param later whether it is the later report's statement (the candidates are then earlier ones)
	 * @param otherReport the report the candidates are in
	 */
	LinkStatementDialog(Shell parent, Statement statement, String report, boolean later, String otherReport, List<Candidate> candidates) {
		super(parent);
		this.message = NLS.bind(later ? Messages.LinkDialog_laterMessage : Messages.LinkDialog_earlierMessage,
				new Object[] { report, Integer.valueOf(statement.getPage()), statement.getText(), otherReport });
		this.otherReport = otherReport;
		this.candidates = candidates;
	}

	/** The statement chosen, once the dialog was closed with Link; else null. */
	Statement chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LinkDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		return new Point(960, 520);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label label = new Label(area, SWT.WRAP);
		label.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(label);
		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		TableColumn text = new TableColumn(table, SWT.NONE);
		text.setText(NLS.bind(Messages.LinkDialog_statement, otherReport));
		text.setWidth(560);
		TableColumn now = new TableColumn(table, SWT.NONE);
		now.setText(Messages.LinkDialog_nowPaired);
		now.setWidth(340);
		for (Candidate candidate : candidates) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(candidate.statement());
			item.setText(0, snippet(candidate.statement().getText()));
			item.setText(1, candidate.pairedWith() == null ? Messages.LinkDialog_unpaired
					: NLS.bind(Messages.LinkDialog_pairedWith, snippet(candidate.pairedWith().getText())));
		}
		table.addListener(SWT.Selection, event -> getButton(IDialogConstants.OK_ID).setEnabled(table.getSelectionCount() == 1));
		table.addListener(SWT.DefaultSelection, event -> okPressed());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.LinkDialog_link, true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (table.getSelectionCount() != 1) {
			return;
		}
		chosen = (Statement) table.getSelection()[0].getData();
		super.okPressed();
	}

	private static String snippet(String text) {
		return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + '…';
	}
}

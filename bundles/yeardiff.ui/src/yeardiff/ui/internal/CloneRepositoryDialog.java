package yeardiff.ui.internal;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import yeardiff.store.ReportRepository;

/**
 * Asks where the team's repository is and which new or empty folder to clone it into. The URI is
 * checked by the clone itself; the folder here, so that the user learns at once that it is taken.
 */
public final class CloneRepositoryDialog extends TitleAreaDialog {

	private final Path suggestedFolder;
	private Text uriText;
	private Text folderText;
	private String uri;
	private Path folder;

	public CloneRepositoryDialog(Shell parent, Path suggestedFolder) {
		super(parent);
		this.suggestedFolder = suggestedFolder;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.CloneRepository_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.CloneRepository_title);
		setMessage(Messages.CloneRepository_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);

		new Label(fields, SWT.NONE).setText(Messages.CloneRepository_uri);
		uriText = new Text(fields, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(uriText);
		uriText.addModifyListener(event -> validate());

		new Label(fields, SWT.NONE).setText(Messages.CloneRepository_folder);
		folderText = new Text(fields, SWT.BORDER);
		folderText.setText(suggestedFolder.toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folderText);
		folderText.addModifyListener(event -> validate());
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText(Messages.CloneRepository_browse);
		browse.addListener(SWT.Selection, event -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folderText.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folderText.setText(chosen);
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.CloneRepository_clone);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null) {
			return;
		}
		String problem = problem();
		setErrorMessage(uriText.getText().isBlank() ? null : problem);
		ok.setEnabled(problem == null);
	}

	/* what keeps the clone from starting, or null */
	private String problem() {
		if (uriText.getText().isBlank()) {
			return Messages.SetRemote_empty;
		}
		Path chosen;
		try {
			chosen = Paths.get(folderText.getText().strip());
		} catch (InvalidPathException e) {
			return Messages.CloneRepository_badFolder;
		}
		if (folderText.getText().isBlank() || !chosen.isAbsolute()) {
			return Messages.CloneRepository_badFolder;
		}
		try {
			return ReportRepository.canCloneInto(chosen) ? null : Messages.CloneRepository_folderNotEmpty;
		} catch (IOException e) {
			return Messages.CloneRepository_badFolder;
		}
	}

	@Override
	protected void okPressed() {
		uri = uriText.getText().strip();
		folder = Paths.get(folderText.getText().strip());
		super.okPressed();
	}

	/** The URI entered, once the dialog was closed with Clone. */
	public String uri() {
		return uri;
	}

	/** The folder entered, once the dialog was closed with Clone. */
	public Path folder() {
		return folder;
	}
}

package yeardiff.ui.wizards;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import yeardiff.ingest.ImportOptions;
import yeardiff.ui.internal.Messages;

/**
 * The letters to import (PDF or text extractions, several at once) and how: the year and id for a
 * letter that does not say them, and whether a report of the same id is replaced.
 */
public final class ImportLettersPage extends WizardPage {

	private final List<Path> files = new ArrayList<>();
	private org.eclipse.swt.widgets.List fileList;
	private Text year;
	private Text id;
	private Button replace;

	ImportLettersPage() {
		super("letters"); //$NON-NLS-1$
		setTitle(Messages.ImportWizard_pageTitle);
		setDescription(Messages.ImportWizard_pageDescription);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText(Messages.ImportWizard_files);
		fileList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 120;
		fileList.setLayoutData(listData);
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.ImportWizard_add);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, event -> chooseFiles());
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.ImportWizard_remove);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> removeSelected());
		year = field(page, Messages.ImportWizard_year);
		id = field(page, Messages.ImportWizard_id);
		replace = new Button(page, SWT.CHECK);
		replace.setText(Messages.ImportWizard_replace);
		replace.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		setControl(page);
	}

	private Text field(Composite page, String label) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		text.addListener(SWT.Modify, event -> validate());
		return text;
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.ImportWizard_chooseFiles);
		dialog.setFilterExtensions(new String[] { "*.pdf;*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.ImportWizard_letters, Messages.ImportWizard_allFiles });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				addFile(Paths.get(dialog.getFilterPath(), name));
			}
		}
	}

	/** Adds a letter to the list, as choosing it in the file dialog does. */
	public void addFile(Path file) {
		if (!files.contains(file)) {
			files.add(file);
			fileList.add(file.toString());
		}
		validate();
	}

	private void removeSelected() {
		int[] selected = fileList.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			files.remove(selected[i]);
			fileList.remove(selected[i]);
		}
		validate();
	}

	private void validate() {
		String error = null;
		if (!year.getText().isBlank() && !year.getText().strip().matches("\\d{4}")) { //$NON-NLS-1$
			error = Messages.ImportWizard_badYear;
		} else if (files.size() > 1 && (!year.getText().isBlank() || !id.getText().isBlank())) {
			error = Messages.ImportWizard_oneLetterOnly;
		}
		setErrorMessage(error);
		setPageComplete(error == null && !files.isEmpty());
	}

	List<Path> files() {
		return List.copyOf(files);
	}

	ImportOptions options() {
		ImportOptions options = ImportOptions.defaults();
		if (!year.getText().isBlank()) {
			options = options.withYear(Integer.parseInt(year.getText().strip()));
		}
		return id.getText().isBlank() ? options : options.withId(id.getText().strip());
	}

	boolean replace() {
		return replace.getSelection();
	}
}

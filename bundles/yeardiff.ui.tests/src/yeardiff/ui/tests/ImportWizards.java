package yeardiff.ui.tests;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;

import yeardiff.ui.wizards.ImportLettersWizard;

/** File &gt; Import &gt; Yeardiff Letters, opened on the workbench window with a file chosen. */
final class ImportWizards {

	private ImportWizards() {
	}

	/** The wizard, open and not blocking, with {@code file} added as the user adds it; its shell is {@code getShell()}. */
	static ImportLettersWizard open(Path file) {
		ImportLettersWizard wizard = new ImportLettersWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.page().addFile(file);
		return wizard;
	}
}

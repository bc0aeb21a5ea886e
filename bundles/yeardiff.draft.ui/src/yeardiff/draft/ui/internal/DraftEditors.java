package yeardiff.draft.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import yeardiff.draft.ui.DraftEditor;
import yeardiff.draft.ui.DraftEditorInput;

/** Opens drafts in the draft editor, showing a failure as one dialog. */
public final class DraftEditors {

	private DraftEditors() {
	}

	/** The editor on the draft of {@code year}, or null when it could not be opened (the user was told). */
	public static DraftEditor open(IWorkbenchWindow window, Path repository, int year) {
		try {
			return (DraftEditor) window.getActivePage().openEditor(new DraftEditorInput(repository, year), DraftEditor.ID);
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), Messages.OpenDraftHandler_openFailed, e.getMessage());
			return null;
		}
	}
}

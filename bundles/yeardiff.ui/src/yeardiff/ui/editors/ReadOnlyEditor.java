package yeardiff.ui.editors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/**
 * An editor that only shows: a report changes by importing its letter again, the start page by
 * the repository it shows, so there is never anything to save.
 */
abstract class ReadOnlyEditor extends EditorPart {

	@Override
	public final void doSave(IProgressMonitor monitor) {
		// Nothing to save: see the class comment.
	}

	@Override
	public final void doSaveAs() {
		// As doSave.
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}

package yeardiff.draft.ui.internal;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.draft.ui.DraftEditor;

/** Compare with Previous Report: the draft as it is in the editor against the report it was started from. */
public final class CompareDraftHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof DraftEditor editor) {
			CompareUI.openCompareEditor(new DraftCompareInput(editor.draftInput().repository(), EcoreUtil.copy(editor.draft())));
		}
		return null;
	}
}

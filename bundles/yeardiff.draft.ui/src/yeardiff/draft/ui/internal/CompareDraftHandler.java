package yeardiff.draft.ui.internal;

import yeardiff.model.api.Report;
import yeardiff.ui.compare.ReportCompareInput;
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
			Report draft = EcoreUtil.copy(editor.draft());
			CompareUI.openCompareEditor(new ReportCompareInput(editor.draftInput().repository(), draft.getBasedOn(), draft));
		}
		return null;
	}
}

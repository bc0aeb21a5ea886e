package yeardiff.draft.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.draft.ui.DraftEditor;

/** Save Draft with Message...: a save whose commit message the editor writes, for a history worth reading. */
public final class SaveWithMessageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof DraftEditor editor) {
			editor.saveWithMessage();
		}
		return null;
	}
}

package yeardiff.ui.editors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import yeardiff.ui.internal.Messages;

/** The start page's input: there is one start page, showing the open repository. */
public final class StartPageInput implements IEditorInput {

	public static final StartPageInput INSTANCE = new StartPageInput();

	private StartPageInput() {
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return Messages.StartPage_title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return Messages.StartPage_title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}

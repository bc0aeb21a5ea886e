package yeardiff.draft.ui.internal;

import java.nio.file.Paths;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

import yeardiff.draft.ui.DraftEditorInput;

/** Brings a draft editor's input back from the workbench's saved state. */
public final class DraftEditorInputFactory implements IElementFactory {

	public static final String ID = "yeardiff.draft.ui.editorInput"; //$NON-NLS-1$

	private static final String REPOSITORY = "repository"; //$NON-NLS-1$
	private static final String YEAR = "year"; //$NON-NLS-1$

	public static void save(DraftEditorInput input, IMemento memento) {
		memento.putString(REPOSITORY, input.repository().toString());
		memento.putInteger(YEAR, input.year());
	}

	@Override
	public IAdaptable createElement(IMemento memento) {
		String repository = memento.getString(REPOSITORY);
		Integer year = memento.getInteger(YEAR);
		if (repository == null || year == null) {
			return null;
		}
		DraftEditorInput input = new DraftEditorInput(Paths.get(repository), year.intValue());
		return new IAdaptable() {
			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return adapter.isInstance(input) ? adapter.cast(input) : null;
			}
		};
	}
}

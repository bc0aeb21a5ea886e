package yeardiff.draft.ui;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import yeardiff.draft.ui.internal.DraftEditorInputFactory;
import yeardiff.draft.ui.internal.Messages;

/**
 * The draft of one year in one repository, as the draft editor opens it. Persistable, so that an
 * editor open when the workbench closes comes back at the next start — with the offer to restore
 * its unsaved changes.
 */
public final class DraftEditorInput implements IEditorInput, IPersistableElement {

	private final Path repository;
	private final int year;

	public DraftEditorInput(Path repository, int year) {
		this.repository = repository.toAbsolutePath().normalize();
		this.year = year;
	}

	public Path repository() {
		return repository;
	}

	public int year() {
		return year;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return NLS.bind(Messages.DraftEditorInput_name, Integer.valueOf(year));
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.DraftEditorInput_tooltip, Integer.valueOf(year), repository);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return DraftEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		DraftEditorInputFactory.save(this, memento);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DraftEditorInput input && input.year == year && input.repository.equals(repository);
	}

	@Override
	public int hashCode() {
		return Objects.hash(repository, Integer.valueOf(year));
	}
}

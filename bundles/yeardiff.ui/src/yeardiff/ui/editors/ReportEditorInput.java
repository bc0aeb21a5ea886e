package yeardiff.ui.editors;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.internal.Messages;

/**
 * One report of one repository, as the Report viewer opens it. Two inputs for the same report are
 * equal, so that opening a report twice brings its viewer to the front.
 */
public final class ReportEditorInput implements IEditorInput {

	private final Path repository;
	private final String reportId;

	public ReportEditorInput(Path repository, String reportId) {
		this.repository = Objects.requireNonNull(repository);
		this.reportId = Objects.requireNonNull(reportId);
	}

	public Path repository() {
		return repository;
	}

	public String reportId() {
		return reportId;
	}

	/** Reads the report as the repository's HEAD holds it. */
	public Report load() throws StoreException {
		try (ReportRepository store = ReportRepository.open(repository)) {
			return store.load(reportId);
		}
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_FILE);
	}

	@Override
	public String getName() {
		return reportId;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.ReportEditor_tooltip, reportId, repository);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReportEditorInput input && input.repository.equals(repository) && input.reportId.equals(reportId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(repository, reportId);
	}
}

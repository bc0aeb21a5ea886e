package yeardiff.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import yeardiff.ingest.ImportException;
import yeardiff.library.LetterFile;
import yeardiff.library.ReportLibrary;
import yeardiff.samples.SampleLetter;
import yeardiff.store.StoreException;
import yeardiff.ui.internal.Messages;

/**
 * Builds a repository from the five sample letters ({@link ReportLibrary#importSamples(List)}) and
 * opens it: on the first start, when the user has no repository yet, and for File &gt; New Sample
 * Repository.
 */
public final class SampleRepositoryJob extends Job {

	private final Path directory;
	private final RepositorySelection repositories;

	public SampleRepositoryJob(Path directory, RepositorySelection repositories) {
		super(NLS.bind(Messages.SampleRepositoryJob_name, directory));
		this.directory = directory;
		this.repositories = repositories;
		setUser(true);
	}

	/**
	 * On the first start, when the repository to show is the default one and it does not exist yet,
	 * builds it from the sample letters; otherwise does nothing.
	 */
	/** The five sample letters the workbench ships, oldest first, as the library imports them. */
	public static List<LetterFile> letters() {
		return SampleLetter.all().stream().map(letter -> new LetterFile(letter.fileName(), letter.bytes(), letter.year())).toList();
	}

	public static void scheduleOnFirstStart(RepositorySelection repositories) {
		Path current = repositories.current();
		if (current.equals(RepositorySelection.defaultLocation()) && !ReportLibrary.isRepository(current)) {
			new SampleRepositoryJob(current, repositories).schedule();
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
		try (ReportLibrary library = ReportLibrary.openOrInit(directory)) {
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			library.importSamples(letters());
			progress.worked(1);
		} catch (StoreException | ImportException e) {
			return Status.error(NLS.bind(Messages.SampleRepositoryJob_failed, directory, e.getMessage()), e);
		}
		repositories.open(directory);
		return Status.OK_STATUS;
	}
}

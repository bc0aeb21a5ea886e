package yeardiff.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.library.LetterImport;
import yeardiff.library.LibraryException;
import yeardiff.library.ReportLibrary;
import yeardiff.store.ReportExistsException;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;

/**
 * File &gt; Import &gt; Yeardiff letters: imports letters into the open repository (created when
 * there is none yet) with {@link ReportLibrary#importFiles}, in a job; a letter that cannot be read
 * leaves the repository as it was and is reported in one message.
 */
public final class ImportLettersWizard extends Wizard implements IImportWizard {

	private RepositorySelection repositories;
	private ImportLettersPage page;
	private Job job;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		repositories = workbench.getService(RepositorySelection.class);
		setWindowTitle(Messages.ImportWizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ImportLettersPage();
		addPage(page);
	}

	/** The wizard's page, for the UI tests. */
	public ImportLettersPage page() {
		return page;
	}

	/** The import started by Finish, or null before; for the UI tests. */
	public Job job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		job = importJob(repositories, page.files(), page.options(), page.replace());
		job.schedule();
		return true;
	}

	private static Job importJob(RepositorySelection repositories, List<Path> files, ImportOptions options, boolean replace) {
		Path directory = repositories.current();
		Job importing = Job.create(NLS.bind(Messages.ImportWizard_job, Integer.valueOf(files.size()), directory), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, files.size());
			try (ReportLibrary library = ReportLibrary.openOrInit(directory)) {
				List<LetterImport> imports = library.importFiles(files, options, replace, progress::isCanceled);
				progress.done();
				repositories.open(directory);
				return summary(imports);
			} catch (ReportExistsException e) {
				// The library's message names the command line's --replace; here it is a check box.
				return Status.error(NLS.bind(Messages.ImportWizard_failed, NLS.bind(Messages.ImportWizard_reportExists, e.reportId())), e);
			} catch (ImportException e) {
				if (e.reason() == ImportException.Reason.CANCELLED) {
					return Status.CANCEL_STATUS;
				}
				return Status.error(NLS.bind(Messages.ImportWizard_failed, e.getMessage()), e);
			} catch (StoreException | LibraryException | IOException e) {
				return Status.error(NLS.bind(Messages.ImportWizard_failed, e.getMessage()), e);
			}
		});
		importing.setUser(true);
		return importing;
	}

	private static IStatus summary(List<LetterImport> imports) {
		long unchanged = imports.stream().filter(letter -> letter.outcome() == LetterImport.Outcome.UNCHANGED).count();
		return Status.info(NLS.bind(Messages.ImportWizard_done, Integer.valueOf(imports.size()), Long.valueOf(unchanged)));
	}
}

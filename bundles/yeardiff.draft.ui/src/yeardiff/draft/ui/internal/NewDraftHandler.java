package yeardiff.draft.ui.internal;

import java.nio.file.Path;
import java.time.Year;
import java.util.OptionalInt;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.draft.DraftStore;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;

/**
 * File &gt; New Draft...: asks for the year, starts its draft from the latest report before it
 * ({@link DraftStore#create}, one commit) in a job, and opens it in the draft editor.
 */
public final class NewDraftHandler extends AbstractHandler {

	private static final int FIRST_YEAR = 1000;
	private static final int LAST_YEAR = 9999;

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path directory = window.getService(RepositorySelection.class).current();
		String proposed = String.valueOf(proposedYear(directory));
		InputDialog dialog = new InputDialog(window.getShell(), Messages.NewDraftHandler_title,
				Messages.NewDraftHandler_prompt, proposed, NewDraftHandler::validate);
		if (dialog.open() != Window.OK) {
			return null;
		}
		int year = Integer.parseInt(dialog.getValue().strip());
		Job job = Job.create(NLS.bind(Messages.NewDraftHandler_job, Integer.valueOf(year)), monitor -> {
			try (ReportRepository repository = ReportRepository.open(directory)) {
				new DraftStore().create(repository, year, null);
				window.getShell().getDisplay().asyncExec(() -> DraftEditors.open(window, directory, year));
			} catch (StoreException e) {
				window.getShell().getDisplay().asyncExec(
						() -> MessageDialog.openError(window.getShell(), Messages.NewDraftHandler_failed, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	/**
	 * The year after the repository's latest report; without reports (or readable ones), the year
	 * before this one, since the report on a year is written in the year after it.
	 */
	private static int proposedYear(Path directory) {
		try (ReportRepository repository = ReportRepository.open(directory)) {
			OptionalInt next = new DraftStore().nextYear(repository);
			if (next.isPresent()) {
				return next.getAsInt();
			}
		} catch (StoreException e) {
			// The dialog still opens: the user types the year, and creating the draft reports the problem.
		}
		return Year.now().getValue() - 1;
	}

	private static String validate(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			return year >= FIRST_YEAR && year <= LAST_YEAR ? null : Messages.NewDraftHandler_invalidYear;
		} catch (NumberFormatException e) {
			return Messages.NewDraftHandler_invalidYear;
		}
	}
}

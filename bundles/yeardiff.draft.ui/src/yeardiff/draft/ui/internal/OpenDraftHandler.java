package yeardiff.draft.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.draft.DraftStore;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;

/** Open Draft...: lists the drafts of the open repository (in a job) and opens the chosen one. */
public final class OpenDraftHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path directory = window.getService(RepositorySelection.class).current();
		Job job = Job.create(NLS.bind(Messages.OpenDraftHandler_job, directory), monitor -> {
			try (ReportRepository repository = ReportRepository.open(directory)) {
				List<Integer> years = new DraftStore().years(repository);
				window.getShell().getDisplay().asyncExec(() -> choose(window, directory, years));
			} catch (StoreException e) {
				window.getShell().getDisplay().asyncExec(
						() -> MessageDialog.openError(window.getShell(), Messages.OpenDraftHandler_failed, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static void choose(IWorkbenchWindow window, Path directory, List<Integer> years) {
		if (years.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), Messages.OpenDraftHandler_title, Messages.OpenDraftHandler_none);
			return;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(),
				LabelProvider.createTextProvider(year -> NLS.bind(Messages.DraftEditorInput_name, year)));
		dialog.setTitle(Messages.OpenDraftHandler_title);
		dialog.setMessage(Messages.OpenDraftHandler_prompt);
		dialog.setElements(years.toArray());
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Integer year) {
			DraftEditors.open(window, directory, year.intValue());
		}
	}
}

package yeardiff.audit.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.audit.AuditException;
import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.VerdictLog;
import yeardiff.audit.ui.CommitmentsView;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;

/**
 * Record Verdict on the selected commitment: asks for it in a {@link RecordVerdictDialog}, commits
 * it with {@link VerdictLog#record} in a job, and has the Commitments view audit again so that the
 * row shows the verdict. A refusal (no rationale, a repository that cannot be written) is one error
 * dialog.
 */
public final class RecordVerdictHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof CommitmentRecord record)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		RecordVerdictDialog dialog = new RecordVerdictDialog(shell, record);
		if (dialog.open() != Window.OK) {
			return null;
		}
		VerdictRequest request = dialog.request();
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path directory = window.getService(RepositorySelection.class).current();
		Job job = Job.create(NLS.bind(Messages.RecordVerdictHandler_job, request.commitmentId()), monitor -> {
			try (ReportRepository repository = ReportRepository.open(directory)) {
				new VerdictLog().record(repository, request.commitmentId(), request.status(), request.rationale(),
						request.evidence(), request.author());
				shell.getDisplay().asyncExec(() -> refresh(window));
			} catch (StoreException | AuditException e) {
				shell.getDisplay().asyncExec(() -> MessageDialog.openError(window.getShell(),
						Messages.RecordVerdictHandler_failed, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static void refresh(IWorkbenchWindow window) {
		if (window.getActivePage() != null && window.getActivePage().findView(CommitmentsView.ID) instanceof CommitmentsView commitments) {
			commitments.refresh();
		}
	}
}

package yeardiff.audit.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Year;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.audit.AuditException;
import yeardiff.export.AuditReport;
import yeardiff.library.LibraryException;
import yeardiff.library.RepositoryAudit;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;

/**
 * Export Audit Report: the whole audit of the open repository — not just what the view's filters
 * show — as an HTML page, a CSV table or a PDF, chosen by the file's type in the save dialog.
 */
public final class ExportAuditHandler extends AbstractHandler {

	private static final String[] EXTENSIONS = { "*.html", "*.csv", "*.pdf" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String DEFAULT_NAME = "commitments-audit.html"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ExportAuditHandler_dialog);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.ExportAuditHandler_html, Messages.ExportAuditHandler_csv,
				Messages.ExportAuditHandler_pdf });
		dialog.setFileName(DEFAULT_NAME);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = withExtension(Paths.get(chosen), dialog.getFilterIndex());
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Path directory = window.getService(RepositorySelection.class).current();
		Job job = Job.create(NLS.bind(Messages.ExportAuditHandler_job, file), monitor -> {
			try (ReportRepository repository = ReportRepository.open(directory)) {
				export(new AuditReport(RepositoryAudit.audit(repository, Year.now().getValue())), file);
				shell.getDisplay().asyncExec(() -> done(window, file));
			} catch (StoreException | LibraryException | AuditException | IOException e) {
				shell.getDisplay().asyncExec(
						() -> MessageDialog.openError(window.getShell(), Messages.ExportAuditHandler_failed, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	/** Says where the report went on the status line of the part the user is in. */
	private static void done(IWorkbenchWindow window, Path file) {
		IWorkbenchPart part = window.getPartService().getActivePart();
		IStatusLineManager status = part == null ? null
				: part.getSite() instanceof IViewSite site ? site.getActionBars().getStatusLineManager()
						: part.getSite() instanceof IEditorSite site ? site.getActionBars().getStatusLineManager() : null;
		if (status != null) {
			status.setMessage(NLS.bind(Messages.ExportAuditHandler_done, file));
		}
	}

	/** The file, with the extension of the chosen type when the user typed none. */
	private static Path withExtension(Path file, int filterIndex) {
		String name = file.getFileName().toString();
		if (name.contains(".")) { //$NON-NLS-1$
			return file;
		}
		return file.resolveSibling(name + EXTENSIONS[Math.max(0, filterIndex)].substring(1));
	}

	/** Writes the report in the format the file's extension names; HTML when it names none of them. */
	static void export(AuditReport report, Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".pdf")) { //$NON-NLS-1$
			Files.write(file, report.pdf());
		} else if (name.endsWith(".csv")) { //$NON-NLS-1$
			Files.writeString(file, report.csv(), StandardCharsets.UTF_8);
		} else {
			Files.writeString(file, report.html(), StandardCharsets.UTF_8);
		}
	}
}

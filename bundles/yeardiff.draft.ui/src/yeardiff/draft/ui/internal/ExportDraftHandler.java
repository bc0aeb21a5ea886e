package yeardiff.draft.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.export.DraftHtml;
import yeardiff.export.DraftText;
import yeardiff.draft.StaleFinding;
import yeardiff.draft.ui.DraftEditor;
import yeardiff.model.api.Report;

/**
 * Export Draft...: the draft as the editor holds it, saved or not, as plain text to paste into the
 * letter, or as a web page with the stale findings marked for a colleague to review.
 */
public final class ExportDraftHandler extends AbstractHandler {

	private static final String[] EXTENSIONS = { "*.txt", "*.html" }; //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof DraftEditor editor)) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ExportDraftHandler_dialog);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { Messages.ExportDraftHandler_text, Messages.ExportDraftHandler_html });
		dialog.setFileName("draft-" + editor.draft().getYear() + ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = withExtension(Paths.get(chosen), dialog.getFilterIndex());
		Report draft = EcoreUtil.copy(editor.draft());
		List<StaleFinding> findings = editor.findings();
		Job job = Job.create(NLS.bind(Messages.ExportDraftHandler_done, file), monitor -> {
			try {
				boolean html = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"); //$NON-NLS-1$
				Files.writeString(file, html ? DraftHtml.render(draft, findings) : DraftText.render(draft),
						StandardCharsets.UTF_8);
			} catch (IOException e) {
				shell.getDisplay().asyncExec(
						() -> MessageDialog.openError(shell, Messages.ExportDraftHandler_failed, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static Path withExtension(Path file, int filterIndex) {
		String name = file.getFileName().toString();
		return name.contains(".") ? file //$NON-NLS-1$
				: file.resolveSibling(name + EXTENSIONS[Math.max(0, filterIndex)].substring(1));
	}
}

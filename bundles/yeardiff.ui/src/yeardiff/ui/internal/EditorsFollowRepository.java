package yeardiff.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.editors.ReportEditorInput;

/**
 * Closes the report viewers and compare editors of another repository when the user opens a
 * repository: they would keep showing reports the Reports view no longer lists. They hold nothing
 * to save (reports change only by importing).
 */
public final class EditorsFollowRepository {

	private EditorsFollowRepository() {
	}

	public static void repositoryOpened(Path repository) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		if (Display.getCurrent() == display) {
			close(workbench, repository);
		} else {
			display.asyncExec(() -> close(workbench, repository));
		}
	}

	private static void close(IWorkbench workbench, Path repository) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				List<IEditorReference> stale = new ArrayList<>();
				for (IEditorReference reference : page.getEditorReferences()) {
					if (showsAnother(reference, repository)) {
						stale.add(reference);
					}
				}
				if (!stale.isEmpty()) {
					page.closeEditors(stale.toArray(IEditorReference[]::new), false);
				}
			}
		}
	}

	private static boolean showsAnother(IEditorReference reference, Path repository) {
		IEditorInput input;
		try {
			input = reference.getEditorInput();
		} catch (PartInitException e) {
			return false;
		}
		if (input instanceof ReportEditorInput report) {
			return !report.repository().toAbsolutePath().normalize().equals(repository);
		}
		if (input instanceof ReportCompareInput compare) {
			return !compare.shows(repository);
		}
		return false;
	}
}

package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import yeardiff.app.YeardiffWorkbenchAdvisor;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.views.ReportsView;

class WorkbenchTest {

	@Test
	void workbenchWindowIsYeardiffAndShowsTheReportsView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window is open"); //$NON-NLS-1$
		Shell shell = window.getShell();
		assertEquals("Yeardiff", shell.getText()); //$NON-NLS-1$
		assertEquals("yeardiff.app.perspectives.yearOnYear", window.getActivePage().getPerspective().getId()); //$NON-NLS-1$

		IViewPart reports = window.getActivePage().findView(ReportsView.ID);
		assertNotNull(reports, "the Reports view is not in the perspective"); //$NON-NLS-1$
		assertEquals("Reports", reports.getTitle()); //$NON-NLS-1$

		long firstWindow = YeardiffWorkbenchAdvisor.firstWindowMillis();
		assertTrue(firstWindow > 0, "the first window's opening was not timed"); //$NON-NLS-1$
		// Benchmark hook: from the start of the JVM (OSGi launch included) to the first window.
		System.out.println("workbench_start_to_first_window_ms " + firstWindow); //$NON-NLS-1$

		Path screenshot = Screenshots.save(shell, "workbench"); //$NON-NLS-1$
		assertTrue(Files.size(screenshot) > 1000, screenshot.toString());
	}
}

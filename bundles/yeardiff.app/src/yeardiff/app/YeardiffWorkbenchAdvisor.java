package yeardiff.app;

import java.lang.management.ManagementFactory;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import yeardiff.ui.RepositorySelection;
import yeardiff.ui.SampleRepositoryJob;

/**
 * The workbench of the Yeardiff product: opens on the "Year on year" perspective and remembers its
 * layout between sessions. Menus and commands come from plugin.xml contributions, not from code.
 */
public final class YeardiffWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String WINDOW_TITLE = "Yeardiff"; //$NON-NLS-1$

	/** Milliseconds from the start of the JVM to the first open workbench window; -1 before. */
	private static volatile long firstWindowMillis = -1;

	/**
	 * How long the workbench took to show its first window, counted from the start of the JVM
	 * (for the benchmark that the UI tests print), or -1 while no window has opened.
	 */
	public static long firstWindowMillis() {
		return firstWindowMillis;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		SampleRepositoryJob.scheduleOnFirstStart(PlatformUI.getWorkbench().getService(RepositorySelection.class));
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return YearOnYearPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setTitle(WINDOW_TITLE);
				window.setInitialSize(new org.eclipse.swt.graphics.Point(1280, 820));
				window.setShowStatusLine(true);
				window.setShowProgressIndicator(true);
				window.setShowCoolBar(true);
			}

			@Override
			public void postWindowOpen() {
				if (firstWindowMillis < 0) {
					firstWindowMillis = ManagementFactory.getRuntimeMXBean().getUptime();
				}
			}
		};
	}
}

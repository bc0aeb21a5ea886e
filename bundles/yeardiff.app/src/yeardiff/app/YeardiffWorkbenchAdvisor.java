package yeardiff.app;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import yeardiff.ui.RepositorySelection;
import yeardiff.ui.SampleRepositoryJob;
import yeardiff.ui.editors.StartPage;

/**
 * The workbench of the Yeardiff product: opens on the "Year on year" perspective and remembers its
 * layout between sessions. Menus and commands come from plugin.xml contributions, not from code.
 */
public final class YeardiffWorkbenchAdvisor extends WorkbenchAdvisor {

	static final String WINDOW_TITLE = "Yeardiff"; //$NON-NLS-1$
	/**
	 * Text-editor leftovers that org.eclipse.compare brings along (it needs ui.ide and ui.editors):
	 * Open File..., Convert Line Delimiters To, the annotation and last-edit navigation buttons.
	 */
	private static final List<String> TEXT_EDITOR_ACTION_SETS = List.of("org.eclipse.ui.actionSet.openFiles", //$NON-NLS-1$
			"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo", "org.eclipse.ui.edit.text.actionSet.annotationNavigation", //$NON-NLS-1$ //$NON-NLS-2$
			"org.eclipse.ui.edit.text.actionSet.navigation", "org.eclipse.ui.edit.text.actionSet.presentation"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Milliseconds from the start of the JVM to the first open workbench window; -1 before. */
	private static volatile long firstWindowMillis = -1;

	/**
	 * How long the workbench took to show its first window, counted from the start of the JVM
	 * (for the benchmark that the UI tests print), or -1 while no window has opened.
	 */
	public static long firstWindowMillis() {
		return firstWindowMillis;
	}

	private static void hideTextEditorActions(IWorkbenchPage page) {
		if (page != null) {
			TEXT_EDITOR_ACTION_SETS.forEach(page::hideActionSet);
		}
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
				// The first start uses the screen; later starts restore the size the user left.
				Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
				window.setInitialSize(new Point(screen.width, screen.height));
				window.setShowStatusLine(true);
				window.setShowProgressIndicator(true);
				window.setShowCoolBar(true);
			}

			@Override
			public void postWindowOpen() {
				if (firstWindowMillis < 0) {
					firstWindowMillis = ManagementFactory.getRuntimeMXBean().getUptime();
				}
				IWorkbenchWindow window = getWindowConfigurer().getWindow();
				hideTextEditorActions(window.getActivePage());
				// Reset Perspective and a newly opened perspective bring the action sets back.
				window.addPerspectiveListener(new PerspectiveAdapter() {
					@Override
					public void perspectiveActivated(IWorkbenchPage activated, IPerspectiveDescriptor perspective) {
						hideTextEditorActions(activated);
					}

					@Override
					public void perspectiveChanged(IWorkbenchPage changed, IPerspectiveDescriptor perspective, String change) {
						if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(change)) {
							hideTextEditorActions(changed);
						}
					}
				});
				IWorkbenchPage page = window.getActivePage();
				// An empty editor area says nothing: the start page shows what to do first.
				if (page != null && page.getEditorReferences().length == 0) {
					try {
						StartPage.open(page);
					} catch (PartInitException e) {
						ILog.of(YeardiffWorkbenchAdvisor.class).error("Could not open the start page", e); //$NON-NLS-1$
					}
				}
			}
		};
	}
}

package yeardiff.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import yeardiff.app.internal.DisplayFailure;

/**
 * Starts the Yeardiff workbench ({@code yeardiff.app.application}).
 */
public final class YeardiffWorkbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (Throwable e) { // SWT reports a missing library as an Error, a missing display as SWTError
			String line = DisplayFailure.describe(e, System.getenv("DISPLAY")); //$NON-NLS-1$
			if (line == null) {
				throw e;
			}
			// The one line the user reads, instead of the launcher's "An error has occurred. See the log file".
			System.err.println(line);
			return Integer.valueOf(1);
		}
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new YeardiffWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}

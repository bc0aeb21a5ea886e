package yeardiff.ui.tests;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import yeardiff.ui.handlers.SynchronizeHandler;
import yeardiff.ui.testing.UiThread;

/**
 * Reports &gt; Push and Reports &gt; Pull as the menu runs them: the parameterized command through
 * the window's handler service. Waits for the command's job and gives its result, the status the
 * user is shown.
 */
final class SynchronizeCommand {

	private static final String COMMAND = "yeardiff.ui.commands.synchronize"; //$NON-NLS-1$

	private SynchronizeCommand() {
	}

	static IStatus push() throws Exception {
		return run("push", "Pushing to origin"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static IStatus pull() throws Exception {
		return run("pull", "Pulling from origin"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static IStatus run(String direction, String jobName) throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ParameterizedCommand command = ParameterizedCommand.generateCommand(
				window.getService(ICommandService.class).getCommand(COMMAND), Map.of(SynchronizeHandler.DIRECTION, direction));
		AtomicReference<IStatus> result = new AtomicReference<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().getName().equals(jobName)) {
					result.set(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			window.getService(IHandlerService.class).executeCommand(command, null);
			UiThread.waitUntil("the job '" + jobName + "'", () -> result.get() != null); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		return result.get();
	}
}

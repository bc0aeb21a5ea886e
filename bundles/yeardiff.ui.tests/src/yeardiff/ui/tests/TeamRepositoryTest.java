package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ingest.ImportOptions;
import yeardiff.library.ReportLibrary;
import yeardiff.samples.SampleLetter;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.handlers.CloneRepositoryHandler;
import yeardiff.ui.handlers.SetRemoteHandler;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * Reports &gt; Team Repository names where Push goes, and File &gt; Clone Team Repository gives a
 * colleague a copy of it that the workbench opens: the whole of sharing reports without the
 * command line.
 */
@ExtendWith(BackgroundJobsFinish.class)
class TeamRepositoryTest {

	@TempDir
	Path temp;

	@Test
	void aTeamRepositoryIsNamedPushedToAndClonedFromTheWorkbench() throws Exception {
		Path remote = Files.createDirectories(temp.resolve("team.git")); //$NON-NLS-1$
		Git.run(remote, "init", "--quiet", "--bare", "--initial-branch=main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String uri = remote.toUri().toString();
		Path anna = temp.resolve("anna"); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.init(anna)) {
			SampleLetter letter = SampleLetter.REPORT_2019;
			library.importLetter(letter.bytes(), letter.fileName(), ImportOptions.defaults().withYear(letter.year()), false);
		}
		IWorkbenchWindow window = SampleRepository.show(anna, 1);

		List<String> shownBefore = teamRepositoryDialog(uri);
		assertEquals(List.of(""), shownBefore, "a repository without a remote showed one"); //$NON-NLS-1$
		assertEquals(uri + '\n', Git.run(anna, "config", "remote.origin.url")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(uri), teamRepositoryDialog(null), "the dialog does not show where Push goes"); //$NON-NLS-1$

		try (DialogWatch dialogs = DialogWatch.closingDialogs()) {
			assertEquals("Pushed to origin.", SynchronizeCommand.push().getMessage()); //$NON-NLS-1$
		}
		assertEquals(Git.head(anna), Git.run(remote, "rev-parse", "main").strip()); //$NON-NLS-1$ //$NON-NLS-2$

		Path bert = temp.resolve("bert"); //$NON-NLS-1$
		IStatus cloned = cloneInDialog(uri, bert);
		assertEquals("Cloned into " + bert + '.', cloned.getMessage(), cloned.toString()); //$NON-NLS-1$
		assertEquals(bert, window.getService(RepositorySelection.class).current());
		SampleRepository.show(bert, 1);
		assertEquals(Git.head(anna), Git.head(bert));
		assertEquals(uri + '\n', Git.run(bert, "config", "remote.origin.url")); //$NON-NLS-1$ //$NON-NLS-2$
		Git.assertIntactAndClean(bert);
	}

	/**
	 * Opens Reports &gt; Team Repository, answers it with {@code newUri} (or cancels it when null)
	 * and gives what its field showed when it opened.
	 */
	private static List<String> teamRepositoryDialog(String newUri) throws Exception {
		List<String> shown = new java.util.ArrayList<>();
		try (DialogWatch dialogs = DialogWatch.answering(shell -> {
			Text field = Widgets.find(shell, Text.class, Text::getEditable).get(0);
			shown.add(field.getText());
			if (newUri == null) {
				Widgets.click(Widgets.button(shell, "Cancel")); //$NON-NLS-1$
			} else {
				field.setText(newUri);
				Widgets.click(Widgets.button(shell, "OK")); //$NON-NLS-1$
			}
		})) {
			handlers().executeCommand(SetRemoteHandler.COMMAND, null);
			assertEquals("Team Repository", dialogs.seen().get(0).title()); //$NON-NLS-1$
		}
		return shown;
	}

	/** File &gt; Clone Team Repository, filled in and confirmed; waits for the clone's job. */
	private static IStatus cloneInDialog(String uri, Path folder) throws Exception {
		AtomicReference<IStatus> result = new AtomicReference<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().getName().equals("Cloning " + uri)) { //$NON-NLS-1$
					result.set(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try (DialogWatch dialogs = DialogWatch.answering(shell -> {
			if (!"Clone Team Repository".equals(shell.getText())) { //$NON-NLS-1$
				return;
			}
			List<Text> fields = Widgets.find(shell, Text.class, Text::getEditable);
			fields.get(0).setText(uri);
			fields.get(1).setText(folder.toString());
			Widgets.click(Widgets.button(shell, "Clone")); //$NON-NLS-1$
		})) {
			handlers().executeCommand(CloneRepositoryHandler.COMMAND, null);
			UiThread.waitUntil("the clone's job", () -> result.get() != null); //$NON-NLS-1$
			assertTrue(dialogs.seen().stream().anyMatch(seen -> seen.title().equals("Clone Team Repository")), //$NON-NLS-1$
					dialogs.seen().toString());
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		return result.get();
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
	}
}

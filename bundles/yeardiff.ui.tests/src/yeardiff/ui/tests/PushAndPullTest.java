package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ingest.ImportOptions;
import yeardiff.library.ReportLibrary;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.views.ReportsView;

/**
 * Reports &gt; Push and Pull against a team's bare repository: Anna's workbench pushes her reports,
 * Bert imports the 2021 letter in his clone and pushes it, and Anna's pull brings it into her
 * Reports view.
 */
@ExtendWith(BackgroundJobsFinish.class)
class PushAndPullTest {

	private static final String TITLE_2021 = "Rapportage internationale defensiesamenwerking 2021"; //$NON-NLS-1$

	@TempDir
	Path temp;

	@Test
	void pushSendsTheRepositoryAndPullBringsTheReportAColleaguePushed() throws Exception {
		Path remote = Files.createDirectories(temp.resolve("team.git")); //$NON-NLS-1$
		Git.run(remote, "init", "--quiet", "--bare", "--initial-branch=main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String uri = remote.toUri().toString();
		Path anna = temp.resolve("anna"); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.init(anna)) {
			for (SampleLetter letter : List.of(SampleLetter.NOTA_2012, SampleLetter.INTERIM_2019, SampleLetter.REPORT_2019,
					SampleLetter.REPORT_2020)) {
				library.importLetter(letter.bytes(), letter.fileName(),
						letter.year() == 0 ? ImportOptions.defaults() : ImportOptions.defaults().withYear(letter.year()), false);
			}
			library.repository().addRemote("origin", uri); //$NON-NLS-1$
		}
		ReportsView view = (ReportsView) SampleRepository.show(anna, 4).getActivePage().findView(ReportsView.ID);

		try (DialogWatch dialogs = DialogWatch.closingDialogs()) {
			IStatus pushed = SynchronizeCommand.push();
			assertEquals(IStatus.INFO, pushed.getSeverity(), pushed.toString());
			assertEquals("Pushed to origin.", pushed.getMessage()); //$NON-NLS-1$
			assertEquals(List.of(), dialogs.seen(), "a push to a file remote asked something"); //$NON-NLS-1$
		}
		String annasHead = Git.head(anna);
		assertEquals(annasHead, Git.run(remote, "rev-parse", "main").strip()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("report/2012", "report/2019", "report/2019-06-19", "report/2020"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				Git.run(remote, "tag", "--list").lines().toList()); //$NON-NLS-1$ //$NON-NLS-2$

		Path bert = temp.resolve("bert"); //$NON-NLS-1$
		ReportRepository.cloneFrom(uri, bert).close();
		String bertsHead;
		try (ReportLibrary library = ReportLibrary.open(bert)) {
			SampleLetter letter = SampleLetter.REPORT_2021;
			bertsHead = library.importLetter(letter.bytes(), letter.fileName(), ImportOptions.defaults(), false).commit();
			library.repository().push("origin"); //$NON-NLS-1$
		}
		assertEquals(bertsHead, Git.run(remote, "rev-parse", "main").strip()); //$NON-NLS-1$ //$NON-NLS-2$

		try (DialogWatch dialogs = DialogWatch.closingDialogs()) {
			IStatus pulled = SynchronizeCommand.pull();
			assertEquals(IStatus.INFO, pulled.getSeverity(), pulled.toString());
			assertEquals("Pulled from origin; reports: 2021", pulled.getMessage()); //$NON-NLS-1$
			assertEquals(List.of(), dialogs.seen(), "a pull from a file remote asked something"); //$NON-NLS-1$
		}
		assertEquals(bertsHead, Git.head(anna));
		Git.assertIntactAndClean(anna);

		UiThread.waitUntil("the Reports view to list the report Bert pushed", () -> view.viewer().getTree().getItemCount() == 5); //$NON-NLS-1$
		List<String> rows = Arrays.stream(view.viewer().getTree().getItems()).map(TreeItem::getText).toList();
		assertEquals("2021  " + TITLE_2021, rows.get(4), rows.toString()); //$NON-NLS-1$
	}
}

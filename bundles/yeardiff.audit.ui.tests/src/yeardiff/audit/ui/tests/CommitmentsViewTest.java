package yeardiff.audit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.audit.ui.CommitmentsView;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.SampleRepository;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BackgroundJobsFinish.class)
class CommitmentsViewTest {

	/** The 2019 letter: winter training from Skjold as of January 2020, which the 2020 letter reports as done. */
	private static final String SKJOLD_TEXT = "De Joint Arctic Training (koudweertraining) van het Nederlandse Korps " //$NON-NLS-1$
			+ "Mariniers vindt jaarlijks in Noord-Noorwegen plaats en vanaf januari 2020 wordt vanaf de locatie Skjold getraind."; //$NON-NLS-1$
	private static final String SKJOLD_2020 = "De Joint Arctic Training (koudweertraining) van het Nederlandse Korps " //$NON-NLS-1$
			+ "Mariniers vindt al sinds de jaren zeventig jaarlijks in Noord-Noorwegen plaats, waarbij sinds januari 2020 " //$NON-NLS-1$
			+ "vanaf de locatie Skjold wordt getraind."; //$NON-NLS-1$
	private static final String RATIONALE = "De training vanaf Skjold begon, maar de kazerne is pas later opgeleverd."; //$NON-NLS-1$
	private static final String AUTHOR = "Test Auditor <auditor@example.org>"; //$NON-NLS-1$

	@TempDir
	static Path repository;
	private static IWorkbenchPage page;
	private static CommitmentsView view;

	@BeforeAll
	static void openSampleRepository() throws Exception {
		SampleRepository.open(repository);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (CommitmentsView) page.showView(CommitmentsView.ID);
		Path shown = repository.toAbsolutePath().normalize();
		UiThread.waitUntil("the audit of the sample repository", () -> shown.equals(view.repository()) && skjold() != null); //$NON-NLS-1$
	}

	/** The Skjold commitment of the 2019 letter as the view has it now, found by its text. */
	private static CommitmentRecord skjold() {
		return view.records().stream().filter(record -> record.report().equals("2019") //$NON-NLS-1$
				&& record.statement().getText().equals(SKJOLD_TEXT)).findFirst().orElse(null);
	}

	private static TableItem row(CommitmentRecord record) {
		return Arrays.stream(view.viewer().getTable().getItems())
				.filter(item -> ((CommitmentRecord) item.getData()).id().equals(record.id())).findFirst().orElse(null);
	}

	@Test
	@Order(1)
	void listsTheSkjoldCommitmentOf2019AsFulfilledWithThe2020Evidence() throws Exception {
		CommitmentRecord skjold = skjold();
		assertEquals(SKJOLD_TEXT, skjold.statement().getText());
		assertEquals(CommitmentStatus.FULFILLED, skjold.status());
		assertEquals("januari 2020", skjold.due()); //$NON-NLS-1$
		TableItem row = row(skjold);
		assertNotNull(row, "the Skjold commitment is not in the table"); //$NON-NLS-1$
		assertEquals("fulfilled", row.getText(0)); //$NON-NLS-1$
		assertEquals("januari 2020", row.getText(1)); //$NON-NLS-1$
		assertEquals("noorwegen", row.getText(2)); //$NON-NLS-1$
		assertEquals("2019", row.getText(3)); //$NON-NLS-1$
		assertEquals(SKJOLD_TEXT, row.getText(4));

		view.viewer().setSelection(new StructuredSelection(skjold), true);
		Table evidence = view.evidenceViewer().getTable();
		UiThread.waitUntil("the evidence of the Skjold commitment", () -> evidence.getItemCount() > 0); //$NON-NLS-1$
		TableItem first = evidence.getItem(0);
		assertEquals("2020", first.getText(0)); //$NON-NLS-1$
		assertEquals("5", first.getText(1)); //$NON-NLS-1$
		assertEquals(SKJOLD_2020, first.getText(3));
		String commit2020 = Git.lines(repository, "log", "-1", "--format=%H", "--", "reports/2020").get(0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(commit2020.startsWith(first.getText(2)), first.getText(2) + " is not " + commit2020); //$NON-NLS-1$
		Evidence piece = skjold.evidence().get(0);
		assertEquals(SKJOLD_2020, piece.text());
		assertEquals(5, piece.page());

		screenshot("commitments"); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void recordingAVerdictThroughTheDialogCommitsItAndTheRowShowsIt() throws Exception {
		page.activate(view);
		CommitmentRecord skjold = skjold();
		view.viewer().setSelection(new StructuredSelection(skjold), true);
		Display display = Display.getCurrent();
		Throwable[] failure = new Throwable[1];
		Runnable[] fill = new Runnable[1];
		fill[0] = () -> {
			Shell dialog = Widgets.shell("Record Verdict"); //$NON-NLS-1$
			if (dialog == null) {
				display.timerExec(100, fill[0]);
				return;
			}
			try {
				fillIn(dialog);
			} catch (Throwable e) {
				failure[0] = e;
				dialog.close();
			}
		};
		display.timerExec(100, fill[0]);
		view.getSite().getService(IHandlerService.class).executeCommand("yeardiff.audit.ui.commands.recordVerdict", null); //$NON-NLS-1$
		assertNull(failure[0], () -> "filling in the dialog failed: " + failure[0]); //$NON-NLS-1$

		UiThread.waitUntil("the verdict's commit", () -> !Git.linesOrNone(repository, "log", "--format=%s", "--", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"audit/verdicts.xmi").isEmpty()); //$NON-NLS-1$
		List<String> log = Git.lines(repository, "log", "--format=%an|%s", "--", "audit/verdicts.xmi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("Test Auditor|Verdict on " + skjold.id() + ": delayed"), log); //$NON-NLS-1$ //$NON-NLS-2$

		UiThread.waitUntil("the row to show the verdict", () -> skjold().verdict() != null && row(skjold()) != null); //$NON-NLS-1$
		assertEquals("delayed (auditor)", row(skjold()).getText(0)); //$NON-NLS-1$
		assertEquals(CommitmentStatus.FULFILLED, skjold().automaticStatus());
		view.viewer().setSelection(new StructuredSelection(skjold()), true);
		Table verdicts = view.verdictViewer().getTable();
		UiThread.waitUntil("the verdict history", () -> verdicts.getItemCount() == 1); //$NON-NLS-1$
		assertEquals("delayed", verdicts.getItem(0).getText(1)); //$NON-NLS-1$
		assertEquals("Test Auditor <auditor@example.org>", verdicts.getItem(0).getText(2)); //$NON-NLS-1$
		assertEquals(RATIONALE, verdicts.getItem(0).getText(3));
		screenshot("commitments-with-verdict"); //$NON-NLS-1$
	}

	/** The view maximized, as one works with it, for the screenshot; then back in its place. */
	private static void screenshot(String name) throws Exception {
		IWorkbenchPartReference reference = page.getReference(view);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Screenshots.save(view.getSite().getShell(), name);
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	private static void fillIn(Shell dialog) throws Exception {
		Combo status = Widgets.find(dialog, Combo.class, combo -> true).get(0);
		status.select(Arrays.asList(status.getItems()).indexOf("delayed")); //$NON-NLS-1$
		status.notifyListeners(SWT.Selection, new Event());
		List<Text> inputs = Widgets.find(dialog, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) == 0);
		Text rationale = inputs.get(0);
		Text author = inputs.get(1);
		rationale.setText(RATIONALE);
		author.setText(AUTHOR);
		Table evidence = Widgets.find(dialog, Table.class, table -> (table.getStyle() & SWT.CHECK) != 0).get(0);
		evidence.getItem(0).setChecked(true);
		Screenshots.save(dialog, "verdict-dialog"); //$NON-NLS-1$
		Widgets.click(Widgets.button(dialog, IDialogConstants.OK_LABEL));
	}
}

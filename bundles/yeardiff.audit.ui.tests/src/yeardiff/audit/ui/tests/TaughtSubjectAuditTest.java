package yeardiff.audit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.ui.CommitmentsView;
import yeardiff.extract.TaughtSubjects;
import yeardiff.library.LetterFile;
import yeardiff.library.ReportLibrary;
import yeardiff.library.RepositorySubjects;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.testing.PolandLetters;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.SampleRepository;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;

/**
 * The Commitments view audits with the subjects the repository's users taught, as the command
 * line's {@code commitments} does: once Poland is taught, the 2021 sentence on it that stands in the
 * French section is evidence of the 2020 promise, which the view then shows fulfilled.
 */
@ExtendWith(BackgroundJobsFinish.class)
class TaughtSubjectAuditTest {

	@TempDir
	Path repository;

	@Test
	void aSubjectTaughtMakesTheSentenceOnItEvidence() throws Exception {
		try (ReportLibrary library = ReportLibrary.openOrInit(repository)) {
			library.importSamples(List.of(new LetterFile("2020.txt", PolandLetters.letter2020(), 0), //$NON-NLS-1$
					new LetterFile("2021.txt", PolandLetters.letter2021(), 0))); //$NON-NLS-1$
		}
		SampleRepository.awaitFirstStart();
		PlatformUI.getWorkbench().getService(RepositorySelection.class).open(repository);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1280, 800);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		CommitmentsView view = (CommitmentsView) page.showView(CommitmentsView.ID);
		Path shown = repository.toAbsolutePath().normalize();
		UiThread.waitUntil("the audit of the repository with Poland", //$NON-NLS-1$
				() -> shown.equals(view.repository()) && promise(view) != null);

		// Untaught: the sentence in the French section is about France, so no evidence of the promise.
		CommitmentRecord before = promise(view);
		assertEquals(CommitmentStatus.SILENT, before.status(), before.reason());
		assertEquals(List.of(), before.evidence());
		assertTrue(row(view, before).getText(0).startsWith("silent"), row(view, before).getText(0)); //$NON-NLS-1$

		// Taught as `yeardiff subject add polen Polen` teaches it (one commit), then Refresh in the view.
		try (ReportLibrary library = ReportLibrary.open(repository)) {
			RepositorySubjects.teach(library.repository(), TaughtSubjects.Kind.ADD, PolandLetters.ID, PolandLetters.NAME, null);
		}
		page.activate(view);
		view.getSite().getService(IHandlerService.class).executeCommand("yeardiff.audit.ui.commands.refresh", null); //$NON-NLS-1$
		UiThread.waitUntil("the promise fulfilled by the 2021 sentence", //$NON-NLS-1$
				() -> promise(view) != null && promise(view).status() == CommitmentStatus.FULFILLED);
		CommitmentRecord after = promise(view);
		assertEquals(List.of(PolandLetters.KEPT_2021), after.evidence().stream().map(piece -> piece.text()).toList());
		TableItem row = row(view, after);
		assertNotNull(row, "the promise is not in the table"); //$NON-NLS-1$
		assertEquals("fulfilled", row.getText(0)); //$NON-NLS-1$
		assertEquals("polen", row.getText(2)); //$NON-NLS-1$
		view.viewer().setSelection(new StructuredSelection(after), true);
		Table evidence = view.evidenceViewer().getTable();
		UiThread.waitUntil("the evidence of the promise", () -> evidence.getItemCount() == 1); //$NON-NLS-1$
		assertEquals("2021", evidence.getItem(0).getText(0)); //$NON-NLS-1$
		assertEquals(PolandLetters.KEPT_2021, evidence.getItem(0).getText(3));
		assertTrue(after.reason().contains("2021"), after.reason()); //$NON-NLS-1$

		IWorkbenchPartReference reference = page.getReference(view);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Screenshots.save(view.getSite().getShell(), "commitments-taught-subject"); //$NON-NLS-1$
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	private static CommitmentRecord promise(CommitmentsView view) {
		return view.records().stream().filter(record -> record.statement().getText().equals(PolandLetters.PROMISE_2020)).findFirst()
				.orElse(null);
	}

	private static TableItem row(CommitmentsView view, CommitmentRecord record) {
		return Arrays.stream(view.viewer().getTable().getItems())
				.filter(item -> ((CommitmentRecord) item.getData()).id().equals(record.id())).findFirst().orElse(null);
	}
}

package yeardiff.draft.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.compare.PairStatus;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.StatementPair;
import yeardiff.draft.DraftEditing;
import yeardiff.draft.StaleFinding;
import yeardiff.draft.ui.DraftEditor;
import yeardiff.draft.ui.DraftEditorInput;
import yeardiff.draft.ui.DraftProblemsView;
import yeardiff.draft.ui.internal.Messages;
import yeardiff.draft.ui.internal.WorkingCopies;
import yeardiff.model.api.Statement;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.SampleRepository;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * The draft editor from New Draft to Save: the proposed year, the stale findings, editing in the
 * cell with undo and redo, saving as a commit, the working copy offered back after a crash, and
 * the draft compared with the report it started from.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(BackgroundJobsFinish.class)
class DraftEditorTest {

	/** In the 2021 letter on the United States: strategies "die begin 2022 worden verwacht" — past by the report on 2022. */
	private static final String STRATEGIES_TEXT = "Deze heeft in maart een Interim National Security Strategic Guidance " //$NON-NLS-1$
			+ "gepubliceerd, in afwachting van de nieuwe National Security Strategy en National Defense Strategy die " //$NON-NLS-1$
			+ "begin 2022 worden verwacht."; //$NON-NLS-1$
	/** The Ulm office that the 2021 letter says "in 2022 wordt ingericht": due in the year of the draft. */
	private static final String ULM_TEXT = "Ter versterking van de samenwerking op militaire mobiliteit besloten de " //$NON-NLS-1$
			+ "ministers in 2021 tot oprichting van een binationaal Office for Military Mobility, dat in 2022 wordt " //$NON-NLS-1$
			+ "ingericht in Ulm."; //$NON-NLS-1$
	private static final String EDITED = "In oktober 2022 publiceerden de Verenigde Staten hun nieuwe National Security Strategy."; //$NON-NLS-1$
	private static final String RESTORED = "De nieuwe National Defense Strategy verscheen eind oktober 2022."; //$NON-NLS-1$

	@TempDir
	static Path repository;
	private static IWorkbenchPage page;
	private static DraftEditor editor;
	/** The id the draft gives the strategies statement; it keeps it through every edit. */
	private static String strategies;

	@BeforeAll
	static void openSampleRepository() throws Exception {
		SampleRepository.open(repository);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@Test
	@Order(1)
	void newDraftOpensTheEditorWithTheStaleFindingsOf2021InDraftProblems() throws Exception {
		DraftProblemsView problems = (DraftProblemsView) page.showView(DraftProblemsView.ID);
		Display display = Display.getCurrent();
		Throwable[] failure = new Throwable[1];
		Runnable[] fill = new Runnable[1];
		String[] proposed = new String[1];
		fill[0] = () -> {
			Shell dialog = Widgets.shell("New Draft"); //$NON-NLS-1$
			if (dialog == null) {
				display.timerExec(100, fill[0]);
				return;
			}
			try {
				Text year = Widgets.find(dialog, Text.class, text -> (text.getStyle() & SWT.READ_ONLY) == 0).get(0);
				// The dialog proposes the year after the latest report (2021): nothing to type.
				proposed[0] = year.getText();
				Screenshots.save(dialog, "new-draft-proposes-2022"); //$NON-NLS-1$
				Widgets.click(Widgets.button(dialog, IDialogConstants.OK_LABEL));
			} catch (Throwable e) {
				failure[0] = e;
				dialog.close();
			}
		};
		display.timerExec(100, fill[0]);
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand("yeardiff.draft.ui.commands.newDraft", null); //$NON-NLS-1$
		assertNull(failure[0], () -> "filling in the dialog failed: " + failure[0]); //$NON-NLS-1$
		assertEquals("2022", proposed[0], "New Draft must propose the year after the latest report"); //$NON-NLS-1$ //$NON-NLS-2$
		UiThread.waitUntil("the draft editor", () -> page.getActiveEditor() instanceof DraftEditor); //$NON-NLS-1$
		editor = (DraftEditor) page.getActiveEditor();
		assertEquals("Start draft 2022 from report 2021", //$NON-NLS-1$
				Git.lines(repository, "log", "-1", "--format=%s", "--", "drafts/2022/report.xmi").get(0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		Table findings = problems.viewer().getTable();
		UiThread.waitUntil("the stale findings in Draft Problems", () -> findings.getItemCount() > 0); //$NON-NLS-1$
		StaleFinding pastFuture = finding(STRATEGIES_TEXT);
		assertEquals(StaleFinding.PAST_FUTURE, pastFuture.kind());
		assertEquals(StaleFinding.DUE_COMMITMENT, finding(ULM_TEXT).kind());
		strategies = pastFuture.statementId();
		int row = rowOf(findings, strategies);
		assertEquals("Past written as future", findings.getItem(row).getText(0)); //$NON-NLS-1$
		assertEquals(STRATEGIES_TEXT, findings.getItem(row).getText(1));
		assertTrue(findings.getItem(row).getText(2).contains("begin 2022"), findings.getItem(row).getText(2)); //$NON-NLS-1$

		// the editor marks the statement: a coloured row whose tooltip gives the reason
		assertTrue(editor.reveal(strategies));
		TreeItem item = editor.viewer().getTree().getSelection()[0];
		assertEquals(STRATEGIES_TEXT, item.getText(0));
		assertNotNull(item.getBackground(0));
		assertFalse(item.getBackground(0).equals(editor.viewer().getTree().getBackground()));

		Screenshots.save(page.getWorkbenchWindow().getShell(), "draft-editor"); //$NON-NLS-1$
		page.activate(problems);
		findings.select(row);
		findings.notifyListeners(SWT.DefaultSelection, new Event());
		UiThread.settle();
		assertEquals(editor, page.getActivePart());
		Screenshots.save(page.getWorkbenchWindow().getShell(), "draft-problems"); //$NON-NLS-1$
	}

	@Test
	@Order(2)
	void editingAStatementInItsCellAndUndoRestoresIt() throws Exception {
		page.activate(editor);
		Statement statement = statement(strategies);
		editor.viewer().editElement(statement, 0);
		Text cell = Widgets.find(editor.viewer().getTree(), Text.class, text -> true).get(0);
		cell.setText(EDITED);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(EDITED, statement.getText());
		assertTrue(editor.isDirty());
		assertTrue(statement.getFacts().stream().anyMatch(fact -> fact.getText().equals("oktober 2022")), //$NON-NLS-1$
				() -> "facts: " + statement.getFacts().stream().map(fact -> fact.getText()).toList()); //$NON-NLS-1$

		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null); //$NON-NLS-1$
		assertEquals(STRATEGIES_TEXT, statement.getText());
		assertFalse(editor.isDirty());
		editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.redo", null); //$NON-NLS-1$
		assertEquals(EDITED, statement.getText());
	}

	@Test
	@Order(3)
	void saveCommitsTheDraft() throws Exception {
		assertTrue(editor.isDirty());
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		// The commit runs in a job: the UI stays responsive while Git writes.
		UiThread.waitUntil("the save's commit", () -> Git.linesOrNone(repository, "log", "--format=%s", "--", "drafts/2022/report.xmi").size() == 2); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		List<String> log = Git.lines(repository, "log", "--format=%s", "--", "drafts/2022/report.xmi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("Save draft 2022", "Start draft 2022 from report 2021"), log); //$NON-NLS-1$ //$NON-NLS-2$
		String saved = String.join("\n", Git.lines(repository, "show", "HEAD:drafts/2022/report.xmi")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(saved.contains(EDITED), "the commit does not hold the edited statement"); //$NON-NLS-1$
	}

	@Test
	@Order(4)
	void unsavedWorkSurvivesAnEditorThatWentAwayAndIsOfferedBack() throws Exception {
		DraftEditorInput input = editor.draftInput();
		Path workingCopy = WorkingCopies.of(input);
		editor.execute(DraftEditing.setText(statement(strategies), RESTORED));
		UiThread.waitUntil("the working copy", () -> Files.exists(workingCopy)); //$NON-NLS-1$
		// gone without saving, as when the workbench is killed
		page.closeEditor(editor, false);
		UiThread.settle();

		editor = (DraftEditor) page.openEditor(input, DraftEditor.ID);
		assertEquals(EDITED, statement(strategies).getText());
		assertTrue(editor.offersRestore(), "the editor does not offer the working copy"); //$NON-NLS-1$
		Screenshots.save(page.getWorkbenchWindow().getShell(), "draft-restore"); //$NON-NLS-1$
		Widgets.click(Widgets.button(editor.viewer().getTree().getParent().getParent(), Messages.DraftEditor_restore));
		assertEquals(RESTORED, statement(strategies).getText());
		assertTrue(editor.isDirty());
		assertFalse(editor.offersRestore());

		editor.doSave(new NullProgressMonitor());
		UiThread.waitUntil("the working copy to go", () -> !Files.exists(workingCopy)); //$NON-NLS-1$
	}

	@Test
	@Order(5)
	void compareShowsTheDraftBesideTheReportItStartedFrom() throws Exception {
		page.activate(editor);
		editor.getSite().getService(IHandlerService.class).executeCommand("yeardiff.draft.ui.commands.compareDraft", null); //$NON-NLS-1$
		UiThread.waitUntil("the compare editor", () -> page.getActiveEditor() != null //$NON-NLS-1$
				&& page.getActiveEditor().getEditorInput() instanceof ReportCompareInput input && input.comparison() != null);
		ReportCompareInput input = (ReportCompareInput) page.getActiveEditor().getEditorInput();
		assertEquals("draft-2022", input.comparison().toId()); //$NON-NLS-1$
		SectionComparison united = input.comparison().section("verenigde-staten") //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError("no Verenigde Staten in the comparison")); //$NON-NLS-1$
		// The editor wrote a new sentence in place of the old one: the comparison shows the old one
		// changed into the new one (the same statement, rewritten) or dropped beside a new one, never
		// paired with something else and never unchanged.
		StatementPair old = united.pairs().stream().filter(pair -> pair.from() != null && pair.from().getText().contains(STRATEGIES_TEXT))
				.findFirst().orElseThrow(() -> new AssertionError("the replaced statement is missing")); //$NON-NLS-1$
		assertTrue(old.to() == null ? old.status() == PairStatus.DROPPED : old.to().getText().equals(RESTORED),
				() -> old.status() + " with " + (old.to() == null ? null : old.to().getText())); //$NON-NLS-1$
		StatementPair written = united.pairs().stream().filter(pair -> pair.to() != null && pair.to().getText().equals(RESTORED))
				.findFirst().orElseThrow(() -> new AssertionError("the new statement is missing")); //$NON-NLS-1$
		assertTrue(written.from() == null ? written.status() == PairStatus.NEW : written == old, written.status().toString());
		assertTrue(written.status() != PairStatus.UNCHANGED);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "draft-compare"); //$NON-NLS-1$
		page.closeAllEditors(false);
	}


	private static StaleFinding finding(String text) {
		return editor.findings().stream().filter(finding -> finding.text().equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no finding on " + text + " in " + editor.findings())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int rowOf(Table table, String statementId) {
		for (int i = 0; i < table.getItemCount(); i++) {
			if (((StaleFinding) table.getItem(i).getData()).statementId().equals(statementId)) {
				return i;
			}
		}
		throw new AssertionError("no row for " + statementId); //$NON-NLS-1$
	}

	private static Statement statement(String id) {
		for (TreeIterator<EObject> contents = editor.draft().eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement statement && statement.getId().equals(id)) {
				return statement;
			}
		}
		throw new AssertionError("no statement " + id + " in the draft"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

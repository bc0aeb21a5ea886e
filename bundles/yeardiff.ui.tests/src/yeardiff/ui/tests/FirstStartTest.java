package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.editors.StartPage;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * What a new user meets: a start page instead of white space, Yeardiff's actions on the toolbar,
 * menus without text-editor leftovers, and a Window &gt; Show View menu that lists Yeardiff's views.
 */
@ExtendWith(BackgroundJobsFinish.class)
class FirstStartTest {

	@TempDir
	Path repository;

	@Test
	void showViewListsYeardiffsViews() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		List<String> views = submenu(window.getShell().getMenuBar(), "&Window", "Show &View"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String view : List.of("Reports", "Fact Timeline", "Statement History", "Search Reports", "Commitments", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"Properties")) { //$NON-NLS-1$
			assertTrue(views.contains(view), view + " is not in Window > Show View: " + views); //$NON-NLS-1$
		}
		assertTrue(views.stream().anyMatch(label -> label.startsWith("Other")), views.toString()); //$NON-NLS-1$
	}

	@Test
	void menusHoldNoTextEditorLeftovers() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		List<String> file = items(window.getShell().getMenuBar(), "&File"); //$NON-NLS-1$
		assertFalse(file.stream().anyMatch(label -> label.startsWith("Open File")), file.toString()); //$NON-NLS-1$
		assertFalse(file.stream().anyMatch(label -> label.startsWith("Convert Line Delimiters")), file.toString()); //$NON-NLS-1$
		assertTrue(file.stream().anyMatch(label -> label.startsWith("Open Repository")), file.toString()); //$NON-NLS-1$
	}

	@Test
	void startPageAndToolbarLeadToTheComparisonOfTheTwoLatestReports() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		StartPage.open(window.getActivePage());
		StartPage start = (StartPage) window.getActivePage().getActiveEditor();
		UiThread.waitUntil("the start page to list the reports", () -> start.reportsText().contains("2021")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(start.reportsText().startsWith("5 reports"), start.reportsText()); //$NON-NLS-1$
		List<String> links = start.links().stream().map(Link::getText).toList();
		for (String task : List.of("Compare the two latest reports", "Open commitments", "Start next year's draft", "User guide")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(links.stream().anyMatch(link -> link.contains(task)), task + " not on the start page: " + links); //$NON-NLS-1$
		}
		Screenshots.save(window.getShell(), "start-page"); //$NON-NLS-1$

		List<String> tools = new ArrayList<>();
		for (ToolBar bar : Widgets.find(window.getShell(), ToolBar.class, bar -> true)) {
			for (ToolItem item : bar.getItems()) {
				tools.add(item.getText());
			}
		}
		for (String tool : List.of("Open Repository", "Import Letters", "Compare Latest", "Search")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			assertTrue(tools.contains(tool), tool + " not on the toolbar: " + tools); //$NON-NLS-1$
		}

		Link compareLatest = start.links().stream().filter(link -> link.getText().contains("Compare the two latest reports")).findFirst() //$NON-NLS-1$
				.orElseThrow();
		compareLatest.notifyListeners(SWT.Selection, new Event());
		UiThread.waitUntil("the comparison of 2020 with 2021", () -> { //$NON-NLS-1$
			IEditorPart editor = window.getActivePage().getActiveEditor();
			return editor != null && editor.getEditorInput() instanceof ReportCompareInput input && input.getCompareResult() != null;
		});
		ReportCompareInput input = (ReportCompareInput) window.getActivePage().getActiveEditor().getEditorInput();
		assertEquals("2020", input.fromId()); //$NON-NLS-1$
		assertEquals("2021", input.toId()); //$NON-NLS-1$
		UiThread.waitUntil("the first change of 2020 → 2021", () -> input.content() != null && input.content().left().getCharCount() > 0); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "compare-latest"); //$NON-NLS-1$
	}

	/** The labels of a menu bar's menu, after it was shown as a user opens it. */
	private static List<String> items(Menu bar, String menuText) {
		MenuItem top = Arrays.stream(bar.getItems()).filter(item -> item.getText().equals(menuText)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu " + menuText)); //$NON-NLS-1$
		return labels(top.getMenu());
	}

	private static List<String> submenu(Menu bar, String menuText, String submenuText) {
		MenuItem top = Arrays.stream(bar.getItems()).filter(item -> item.getText().equals(menuText)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu " + menuText)); //$NON-NLS-1$
		top.getMenu().notifyListeners(SWT.Show, new Event());
		MenuItem sub = Arrays.stream(top.getMenu().getItems()).filter(item -> item.getText().equals(submenuText)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + submenuText + " in " + labels(top.getMenu()))); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(sub.getMenu(), submenuText + " has no submenu"); //$NON-NLS-1$
		List<String> labels = labels(sub.getMenu());
		top.getMenu().notifyListeners(SWT.Hide, new Event());
		return labels;
	}

	private static List<String> labels(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		List<String> labels = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				labels.add(item.getText().replace("&", "").split("\t")[0]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
		return labels;
	}
}

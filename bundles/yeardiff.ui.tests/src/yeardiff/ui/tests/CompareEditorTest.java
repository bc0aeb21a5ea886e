package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Sash;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ui.compare.MovedNumber;
import yeardiff.ui.compare.NumbersPanel;
import yeardiff.ui.compare.PairNode;
import yeardiff.ui.compare.PartnerNode;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;

/**
 * The compare editor answers "what changed for this partner?": it opens on the first change, a single
 * click (or the arrow keys) shows a pair, partners stand in the letters' order with the themes
 * inside their organisation, a partner shows its numbers that moved, and the context menu exports.
 */
@ExtendWith(BackgroundJobsFinish.class)
class CompareEditorTest {

	@TempDir
	Path repository;

	@TempDir
	Path exports;

	@Test
	void opensOnTheFirstChangeAndOneClickShowsThePair() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$

		// Nothing clicked yet: the first changed partner is selected and its changes are shown.
		UiThread.waitUntil("the content pane to show the first change", //$NON-NLS-1$
				() -> input.content() != null && input.content().left().getCharCount() > 0);
		Object first = input.structure().getStructuredSelection().getFirstElement();
		assertTrue(first instanceof PartnerNode partner && partner.getKind() != Differencer.NO_CHANGE, String.valueOf(first));
		PartnerNode firstPartner = (PartnerNode) first;
		String firstChanged = firstPartner.section().pairs().stream()
				.filter(pair -> pair.status() != yeardiff.compare.PairStatus.UNCHANGED && pair.from() != null).findFirst()
				.orElseThrow().from().getText();
		assertTrue(input.content().left().getText().contains(firstChanged.substring(0, Math.min(40, firstChanged.length()))),
				"the first change is not on the left: " + input.content().left().getText());
		Screenshots.save(window.getShell(), "compare-editor-on-open"); //$NON-NLS-1$

		// One click on a pair of België en Luxemburg: the pair at once, no double-click.
		PartnerNode belgium = partner(input, "België en Luxemburg"); //$NON-NLS-1$
		PairNode budget = Arrays.stream(belgium.getChildren()).map(PairNode.class::cast)
				.filter(node -> node.pair().from() != null && node.pair().from().getText().contains("€4,9 miljard")).findFirst() //$NON-NLS-1$
				.orElseThrow();
		Tree tree = input.structure().getTree();
		input.structure().expandToLevel(belgium, 1);
		TreeItem item = item(tree.getItems(), budget);
		assertNotNull(item, "the Belgian budget pair is not in the tree"); //$NON-NLS-1$
		click(tree, item);
		UiThread.waitUntil("the content pane to show the Belgian budget pair", //$NON-NLS-1$
				() -> input.content().right().getText().startsWith("In 2020 bedroeg het Belgisch defensiebudget")); //$NON-NLS-1$
		assertMarked(input.content().left(), "€4,9 miljard"); //$NON-NLS-1$
		assertMarked(input.content().right(), "€ 4,76 miljard"); //$NON-NLS-1$
		String header = input.content().header().getText();
		assertTrue(header.contains("€4,9 miljard → € 4,76 miljard (−140 miljoen EUR)"), header); //$NON-NLS-1$

		// The arrow keys move the selection, and the content follows.
		TreeItem next = nextItem(tree, item);
		tree.setSelection(next);
		tree.notifyListeners(SWT.Selection, selectionEvent(next));
		PairNode nextPair = (PairNode) next.getData();
		String nextText = (nextPair.pair().to() != null ? nextPair.pair().to() : nextPair.pair().from()).getText();
		UiThread.waitUntil("the content pane to follow the keyboard", () -> input.content().left().getText().contains(nextText) //$NON-NLS-1$
				|| input.content().right().getText().contains(nextText));
		Screenshots.save(window.getShell(), "compare-editor-pair"); //$NON-NLS-1$
	}

	@Test
	void partnersInTheLettersOrderWithThemesInsideTheirOrganisation() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		input.structure().setHideUnchanged(false);
		List<String> top = List.of(input.partnerNames());
		// The 2020 letter's order: the partners, then the EU, NATO and the UN.
		List<String> partners = List.of("België en Luxemburg", "Duitsland", "Frankrijk", "Noorwegen", "Verenigd Koninkrijk", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"Verenigde Staten"); //$NON-NLS-1$
		assertEquals(partners, top.stream().filter(partners::contains).toList(), top.toString());
		int eu = indexOfStarting(top, "EU", "Europese Unie"); //$NON-NLS-1$ //$NON-NLS-2$
		int nato = indexOfStarting(top, "NAVO", "NATO"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(top.indexOf("Verenigde Staten") < eu && eu < nato, top.toString()); //$NON-NLS-1$
		// Nested: some organisation holds themes of its own, and no nested theme is also on the top level.
		List<String> nested = new ArrayList<>();
		for (IDiffElement child : ((DiffNode) input.getCompareResult()).getChildren()) {
			for (IDiffElement inner : ((DiffNode) child).getChildren()) {
				if (inner instanceof PartnerNode theme) {
					nested.add(((PartnerNode) child).section().partnerName() + " > " + theme.section().partnerName()); //$NON-NLS-1$
					assertFalse(top.contains(theme.section().partnerName()), theme.section().partnerName() + " on both levels"); //$NON-NLS-1$
				}
			}
		}
		assertFalse(nested.isEmpty(), "no theme stands inside its organisation: " + top); //$NON-NLS-1$
		System.out.println("compare tree nesting: " + nested); //$NON-NLS-1$

		// Sorted by amount of change: the most changed partner first, the bar follows the count.
		input.structure().setSortByChange(true);
		TreeItem[] items = input.structure().getTree().getItems();
		long previous = Long.MAX_VALUE;
		for (TreeItem item : items) {
			long changes = ((PartnerNode) item.getData()).totalChanges();
			assertTrue(changes <= previous, "not sorted by change at " + item.getText()); //$NON-NLS-1$
			previous = changes;
		}
		assertEquals(1.0, input.structure().barShare((PartnerNode) items[0].getData()), 1e-9);
		// A long name is cut with an ellipsis before the bar instead of running under it.
		input.structure().getTree().redraw();
		input.structure().getTree().update();
		UiThread.settle();
		Screenshots.save(window.getShell(), "compare-editor-sorted-names"); //$NON-NLS-1$
		for (TreeItem item : items) {
			String drawn = input.structure().drawnName((PartnerNode) item.getData());
			assertNotNull(drawn, "the row of " + item.getText() + " was not drawn"); //$NON-NLS-1$
			assertTrue(drawn.equals(item.getText()) || drawn.endsWith("…") && item.getText().startsWith(drawn.substring(0, drawn.length() - 1)), //$NON-NLS-1$
					drawn + " / " + item.getText()); //$NON-NLS-1$
		}
		Screenshots.save(window.getShell(), "compare-editor-sorted"); //$NON-NLS-1$
		input.structure().setSortByChange(false);
	}

	@Test
	void belgiumShowsItsNumbersThatMovedAndARowLeadsToTheStatements() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		PartnerNode belgium = showNumbersOf(input, "België en Luxemburg"); //$NON-NLS-1$
		Table numbers = input.numbers().viewer().getTable();
		assertTrue(input.numbers().title().contains("België en Luxemburg"), input.numbers().title()); //$NON-NLS-1$
		assertEquals("2019", numbers.getColumn(NumbersPanel.FROM).getText()); //$NON-NLS-1$
		assertEquals("2020", numbers.getColumn(NumbersPanel.TO).getText()); //$NON-NLS-1$
		TableItem budget = Arrays.stream(numbers.getItems()).filter(row -> row.getText(NumbersPanel.FROM).startsWith("€4,9 miljard")).findFirst() //$NON-NLS-1$
				.orElseThrow(() -> new AssertionError("no row for €4,9 miljard: " + rows(numbers))); //$NON-NLS-1$
		assertTrue(budget.getText(NumbersPanel.TO).startsWith("€ 4,76 miljard"), rows(numbers)); //$NON-NLS-1$
		assertEquals("−140 miljoen EUR", budget.getText(NumbersPanel.DELTA), rows(numbers)); //$NON-NLS-1$
		assertTrue(budget.getText(NumbersPanel.PAGES).matches("p\\. \\d+ ↔ p\\. \\d+"), budget.getText(NumbersPanel.PAGES)); //$NON-NLS-1$
		// The rows are the command line's numbers that moved (FactMoves): every measure whose value
		// differs, paired sentences or not, such as the growth path's target moved from 2023-2024 to 2025.
		assertEquals(yeardiff.compare.FactMoves.of(belgium.section()).size(), numbers.getItemCount(), rows(numbers));
		assertTrue(Arrays.stream(numbers.getItems()).anyMatch(row -> row.getText(NumbersPanel.FROM).contains("(2023-2024)") //$NON-NLS-1$
				&& row.getText(NumbersPanel.TO).contains("(2025)")), rows(numbers)); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "compare-editor-numbers-that-moved"); //$NON-NLS-1$

		// The row leads to its pair: both statements side by side; the numbers stay, the row selected.
		numbers.setSelection(budget);
		numbers.notifyListeners(SWT.DefaultSelection, selectionEvent(budget));
		UiThread.waitUntil("the row to show its statements", //$NON-NLS-1$
				() -> input.content().right().getText().startsWith("In 2020 bedroeg het Belgisch defensiebudget")); //$NON-NLS-1$
		assertTrue(input.content().left().getText().startsWith("De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard"), //$NON-NLS-1$
				input.content().left().getText());
		assertEquals(belgium, input.numbers().partner());
		assertTrue(Arrays.asList(numbers.getSelection()).stream().anyMatch(row -> row.getText(NumbersPanel.FROM).startsWith("€4,9 miljard")), //$NON-NLS-1$
				"the pair's row is not selected: " + rows(numbers)); //$NON-NLS-1$
	}

	/**
	 * At 1280×800 a partner's numbers that moved are read without widening a column: the 2019
	 * letter's Belgian defence spending as a share of GDP (0,95% of GDP) and the 2020 letter's
	 * (1,1%) stand whole in their cells, the measure's name on as many lines as it needs, every
	 * cell's text in its tooltip; the sash above the numbers stays where the user leaves it.
	 */
	@Test
	void numbersThatMovedAreLegibleAt1280x800AndTheSashIsRemembered() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		showNumbersOf(input, "België en Luxemburg"); //$NON-NLS-1$
		NumbersPanel panel = input.numbers();
		Table numbers = panel.viewer().getTable();
		TableItem share = Arrays.stream(numbers.getItems())
				.filter(row -> row.getText(NumbersPanel.FROM).startsWith("0,95% van het Bruto Binnenlands Product (BBP)") //$NON-NLS-1$
						&& row.getText(NumbersPanel.TO).startsWith("1,1% van het BBP")) //$NON-NLS-1$
				.findFirst().orElseThrow(() -> new AssertionError("no row for the share of GDP from 0,95% to 1,1%: " + rows(numbers))); //$NON-NLS-1$
		assertEquals("defensie-uitgaven als aandeel van het BBP", share.getText(NumbersPanel.MEASURE)); //$NON-NLS-1$
		numbers.showItem(share);
		numbers.redraw();
		numbers.update();
		UiThread.settle();
		Screenshots.save(window.getShell(), "compare-editor-numbers-legible"); //$NON-NLS-1$

		// Under both panes, across the editor's width.
		Control panes = input.structure().getControl();
		Rectangle panelBounds = panel.getControl().getDisplay().map(panel.getControl().getParent(), null, panel.getControl().getBounds());
		Rectangle structureBounds = panes.getDisplay().map(panes.getParent(), null, panes.getBounds());
		assertTrue(panelBounds.y >= structureBounds.y + structureBounds.height, panelBounds + " is not under " + structureBounds); //$NON-NLS-1$
		assertTrue(panel.getControl().getSize().x >= input.contents().getSize().x - 10,
				"the numbers are " + panel.getControl().getSize().x + " px wide in an editor of " + input.contents().getSize().x); //$NON-NLS-1$ //$NON-NLS-2$

		// No column runs past the table: nothing to scroll sideways to.
		int total = Arrays.stream(numbers.getColumns()).mapToInt(TableColumn::getWidth).sum();
		assertTrue(total <= numbers.getClientArea().width, total + " px of columns in " + numbers.getClientArea().width); //$NON-NLS-1$
		MovedNumber row = (MovedNumber) share.getData();
		GC gc = new GC(numbers);
		try {
			int lineHeight = gc.getFontMetrics().getHeight();
			for (int column = 0; column < numbers.getColumnCount(); column++) {
				String text = share.getText(column);
				NumbersPanel.DrawnCell drawn = panel.drawn(row, column);
				assertNotNull(drawn, "column " + column + " of the row was not drawn"); //$NON-NLS-1$ //$NON-NLS-2$
				// All of the text is drawn, on lines that end inside the cell, and the row is high enough for them.
				assertEquals(text, String.join(" ", drawn.lines()), "column " + column); //$NON-NLS-1$ //$NON-NLS-2$
				Rectangle cell = share.getBounds(column);
				assertTrue(drawn.textRight() <= cell.x + cell.width,
						"«" + text + "» ends at " + drawn.textRight() + ", its cell at " + (cell.x + cell.width)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				assertTrue(drawn.lines().size() * lineHeight <= drawn.rowHeight(), drawn.lines() + " in a row " + drawn.rowHeight() + " px high"); //$NON-NLS-1$ //$NON-NLS-2$
				if (column != NumbersPanel.PAGES) {
					// Every cell's whole text as its tooltip (the pages' is both statements, below).
					assertEquals(text, ((ColumnLabelProvider) panel.viewer().getLabelProvider(column)).getToolTipText(row), "tooltip"); //$NON-NLS-1$
				}
				if (column != NumbersPanel.MEASURE) {
					// The values, the difference and the pages on one line each, their columns wider than their text.
					assertEquals(1, drawn.lines().size(), drawn.lines().toString());
					assertTrue(numbers.getColumn(column).getWidth() >= gc.textExtent(text).x,
							"«" + text + "» is " + gc.textExtent(text).x + " px in a column of " + numbers.getColumn(column).getWidth()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		} finally {
			gc.dispose();
		}
		String pages = ((ColumnLabelProvider) panel.viewer().getLabelProvider(NumbersPanel.PAGES)).getToolTipText(row);
		assertTrue(pages.contains(row.fromStatement().getText()) && pages.contains(row.toStatement().getText()), pages);

		// The sash: moved up by the user, and where it was left in the next compare editor.
		SashForm editor = (SashForm) input.contents();
		Sash sash = Arrays.stream(editor.getChildren()).filter(Sash.class::isInstance).map(Sash.class::cast).findFirst().orElseThrow();
		Rectangle before = sash.getBounds();
		Event drag = new Event();
		drag.x = before.x;
		drag.y = before.y - 80;
		drag.width = before.width;
		drag.height = before.height;
		sash.notifyListeners(SWT.Selection, drag);
		UiThread.settle();
		double moved = share(editor.getWeights());
		assertTrue(moved > 0.4, "the numbers did not get taller: " + Arrays.toString(editor.getWeights())); //$NON-NLS-1$
		ReportCompareInput next = open(repository, "2020", "2021"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(moved, share(((SashForm) next.contents()).getWeights()), 0.02);
	}

	/** Clicks the partner in the structure pane and waits for its numbers that moved under both panes. */
	private static PartnerNode showNumbersOf(ReportCompareInput input, String name) {
		PartnerNode partner = partner(input, name);
		Tree tree = input.structure().getTree();
		click(tree, item(tree.getItems(), partner));
		UiThread.waitUntil("the numbers that moved for " + name, //$NON-NLS-1$
				() -> input.numbers().partner() == partner && input.numbers().viewer().getTable().getItemCount() > 0);
		return partner;
	}

	/** The numbers' share of the editor's height. */
	private static double share(int[] weights) {
		return weights[1] / (double) (weights[0] + weights[1]);
	}

	@Test
	void exportFromTheContextMenuWritesTheComparisonAsHtml() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		ReportCompareInput input = open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		Path html = exports.resolve("2019-2020.html"); //$NON-NLS-1$
		input.setExportTarget((shell, format) -> format == ReportCompareInput.ExportFormat.HTML ? html : null);
		MenuManager menu = contextMenu(input);
		IMenuManager export = (IMenuManager) Arrays.stream(menu.getItems())
				.filter(item -> item instanceof IMenuManager sub && ((MenuManager) sub).getMenuText().replace("&", "").equals("Export")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.findFirst().orElseThrow(() -> new AssertionError("no Export in the context menu: " + labels(menu))); //$NON-NLS-1$
		ActionContributionItem asHtml = (ActionContributionItem) Arrays.stream(export.getItems())
				.filter(item -> item instanceof ActionContributionItem action && action.getAction().getText().contains("HTML")) //$NON-NLS-1$
				.findFirst().orElseThrow();
		asHtml.getAction().run();
		assertTrue(Files.isRegularFile(html), "no HTML written"); //$NON-NLS-1$
		String written = Files.readString(html, StandardCharsets.UTF_8);
		assertTrue(written.contains("België en Luxemburg"), "no Belgian section in the export"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(written.contains("4,76 miljard"), "the Belgian 2020 budget is not in the export"); //$NON-NLS-1$ //$NON-NLS-2$
		try (var files = Files.list(exports)) {
			assertEquals(List.of(html), files.toList(), "the export left other files behind"); //$NON-NLS-1$
		}
		assertTrue(labels(menu).contains("Export"), labels(menu)); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "compare-editor-export"); //$NON-NLS-1$
	}

	@Test
	void editorsOfTheOldRepositoryCloseWhenAnotherIsOpened() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		open(repository, "2020", "2021"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(compareEditors(window) > 0);
		window.getService(yeardiff.ui.RepositorySelection.class).open(exports);
		UiThread.waitUntil("the compare editor of the old repository to close", () -> compareEditors(window) == 0); //$NON-NLS-1$
		// Back to the samples for the other tests.
		SampleRepository.show(repository, 5);
	}

	private static long compareEditors(IWorkbenchWindow window) {
		return Arrays.stream(window.getActivePage().getEditorReferences()).filter(reference -> {
			try {
				return reference.getEditorInput() instanceof ReportCompareInput;
			} catch (org.eclipse.ui.PartInitException e) {
				return false;
			}
		}).count();
	}

	static ReportCompareInput open(Path repository, String from, String to) {
		ReportCompareInput input = new ReportCompareInput(repository, from, to);
		CompareUI.openCompareEditor(input);
		UiThread.waitUntil("the comparison of " + from + " with " + to, () -> input.structure() != null //$NON-NLS-1$ //$NON-NLS-2$
				&& input.getCompareResult() != null && input.structure().getTree().getItemCount() > 0);
		return input;
	}

	static MenuManager contextMenu(ReportCompareInput input) {
		Menu menu = input.structure().getTree().getMenu();
		assertNotNull(menu, "the structure pane has no context menu"); //$NON-NLS-1$
		menu.notifyListeners(SWT.Show, new Event());
		MenuManager manager = (MenuManager) menu.getData(MenuManager.MANAGER_KEY);
		if (manager == null) {
			manager = (MenuManager) menu.getData();
		}
		assertNotNull(manager, "no menu manager behind the context menu"); //$NON-NLS-1$
		return manager;
	}

	static String labels(MenuManager menu) {
		List<String> labels = new ArrayList<>();
		for (IContributionItem item : menu.getItems()) {
			if (item instanceof ActionContributionItem action) {
				labels.add(action.getAction().getText());
			} else if (item instanceof MenuManager sub) {
				labels.add(sub.getMenuText().replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return labels.toString();
	}

	private static int indexOfStarting(List<String> names, String... prefixes) {
		for (int i = 0; i < names.size(); i++) {
			for (String prefix : prefixes) {
				if (names.get(i).startsWith(prefix)) {
					return i;
				}
			}
		}
		throw new AssertionError("none of " + List.of(prefixes) + " in " + names); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static PartnerNode partner(ReportCompareInput input, String name) {
		DiffNode root = (DiffNode) input.getCompareResult();
		return (PartnerNode) Arrays.stream(root.getChildren())
				.filter(child -> child instanceof PartnerNode partner && partner.section().partnerName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no partner " + name + " in " + List.of(input.partnerNames()))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** What a user's single click does: the tree selects the item and tells its selection listeners. */
	static void click(Tree tree, TreeItem item) {
		tree.setSelection(item);
		tree.notifyListeners(SWT.Selection, selectionEvent(item));
	}

	static Event selectionEvent(org.eclipse.swt.widgets.Item item) {
		Event event = new Event();
		event.item = item;
		return event;
	}

	static TreeItem item(TreeItem[] items, Object data) {
		for (TreeItem item : items) {
			if (item.getData() == data) {
				return item;
			}
			TreeItem inner = item(item.getItems(), data);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private static TreeItem nextItem(Tree tree, TreeItem item) {
		TreeItem parent = item.getParentItem();
		int index = parent.indexOf(item);
		assertTrue(index + 1 < parent.getItemCount(), "no pair after " + item.getText()); //$NON-NLS-1$
		return parent.getItem(index + 1);
	}

	private static String rows(Table table) {
		StringBuilder text = new StringBuilder();
		for (TableItem row : table.getItems()) {
			text.append('\n');
			for (int column = 0; column < table.getColumnCount(); column++) {
				text.append(row.getText(column)).append(" | "); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	private static void assertMarked(StyledText text, String fact) {
		int at = text.getText().indexOf(fact);
		assertTrue(at >= 0, "«" + fact + "» not in: " + text.getText()); //$NON-NLS-1$ //$NON-NLS-2$
		StyleRange style = text.getStyleRangeAtOffset(at + 1);
		assertNotNull(style, "no style on " + fact); //$NON-NLS-1$
		assertEquals(SWT.BORDER_SOLID, style.borderStyle, "the changed fact " + fact + " is not boxed"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.compare.PairStatus;
import yeardiff.model.api.Statement;
import yeardiff.ui.compare.PairNode;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;

/**
 * A reviewer corrects a pairing from the compare editor's context menu: "Link With..." pairs a
 * statement the comparison left alone with the one the reviewer chooses, "Unlink" separates a pair
 * again. Each is one commit of review/links.tsv (what {@code yeardiff link|unlink} writes), and the
 * editor shows the comparison made again with it.
 */
class PairingCorrectionTest {

	/** A 2019 promise of the NATO allies, and the 2020 sentence on it in other words, which the comparison does not pair. */
	private static final String DIALOGUE_2019 = "De bondgenoten zullen de komende periode nader hierover in dialoog gaan."; //$NON-NLS-1$
	private static final String DIALOGUE_2020 = "Binnen het bondgenootschap wordt gesproken over wat dit betekent"; //$NON-NLS-1$

	@TempDir
	Path repository;

	@Test
	void linkWithPairsTwoStatementsAndUnlinkSeparatesThemAgain() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = CompareEditorTest.open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		PairNode dropped = pairFrom(input, DIALOGUE_2019);
		assertEquals(PairStatus.DROPPED, dropped.pair().status(), "the comparison alone pairs the promise: " + dropped.getName()); //$NON-NLS-1$
		String a = dropped.pair().from().getId();
		String head = Git.run(repository, "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$

		// Link With...: the dialog lists the partner's 2020 statements, the unpaired ones first.
		select(input, dropped);
		// A dropped statement: the 2020 side says so instead of staying blank.
		UiThread.waitUntil("the dropped promise on the left", () -> input.content().left().getText().startsWith(DIALOGUE_2019)); //$NON-NLS-1$
		assertEquals("(dropped: not in 2020)", input.content().right().getText().strip()); //$NON-NLS-1$
		MenuManager menu = CompareEditorTest.contextMenu(input);
		String[] offered = new String[1];
		String[] chosen = new String[1];
		try (DialogWatch watch = DialogWatch.answering(shell -> {
			Table table = Widgets.find(shell, Table.class, any -> true).get(0);
			TableItem row = Arrays.stream(table.getItems()).filter(item -> ((Statement) item.getData()).getText().startsWith(DIALOGUE_2020))
					.findFirst().orElseThrow(() -> new AssertionError("the 2020 statement is not offered")); //$NON-NLS-1$
			offered[0] = table.getItem(0).getText(1);
			table.setSelection(row);
			Event event = new Event();
			event.item = row;
			table.notifyListeners(SWT.Selection, event);
			chosen[0] = ((Statement) row.getData()).getId();
			try {
				Screenshots.save(shell, "compare-editor-link-with"); //$NON-NLS-1$
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			Widgets.click(Widgets.button(shell, "Link")); //$NON-NLS-1$
		})) {
			action(menu, "Link With...").run(); //$NON-NLS-1$
			assertEquals(List.of("Link Statements"), watch.seen().stream().map(DialogWatch.Seen::title).toList()); //$NON-NLS-1$
			assertTrue(watch.seen().get(0).texts().stream().anyMatch(text -> text.contains(DIALOGUE_2019)),
					"the dialog does not say which statement is linked: " + watch.seen().get(0).texts()); //$NON-NLS-1$
		}
		assertNotNull(chosen[0], "nothing was chosen in the dialog"); //$NON-NLS-1$
		assertEquals("not paired", offered[0], "the unpaired statements come first"); //$NON-NLS-1$ //$NON-NLS-2$
		String b = chosen[0];

		// One commit of review/links.tsv, as yeardiff link writes it; the editor shows the new pair.
		UiThread.waitUntil("the link's commit", () -> !Git.runOrEmpty(repository, "rev-parse", "HEAD").strip().equals(head)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(head, Git.run(repository, "rev-parse", "HEAD~1").strip(), "one commit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("Link " + a + " with " + b, Git.run(repository, "log", "-1", "--format=%s").strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(Git.run(repository, "show", "HEAD:review/links.tsv").lines() //$NON-NLS-1$ //$NON-NLS-2$
				.anyMatch(line -> line.startsWith("link\t" + a + "\t" + b + "\t" + DIALOGUE_2019)), "no link line"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		UiThread.waitUntil("the editor to pair the promise with the 2020 statement", //$NON-NLS-1$
				() -> pairFrom(input, DIALOGUE_2019).pair().to() != null
						&& input.content() != null && input.content().right().getText().startsWith(DIALOGUE_2020));
		PairNode linked = pairFrom(input, DIALOGUE_2019);
		assertEquals(b, linked.pair().to().getId());
		assertTrue(linked.pair().corrected(), "the pair does not say a reviewer linked it"); //$NON-NLS-1$
		assertTrue(linked.getName().contains("linked by a reviewer"), linked.getName()); //$NON-NLS-1$
		assertTrue(input.content().left().getText().startsWith(DIALOGUE_2019), input.content().left().getText());
		assertEquals(linked, input.structure().getStructuredSelection().getFirstElement(), "the corrected pair is not selected"); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "compare-editor-linked"); //$NON-NLS-1$

		// Unlink: a second commit, and the promise stands alone again.
		String linkedHead = Git.run(repository, "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		select(input, linked);
		action(CompareEditorTest.contextMenu(input), "Unlink These Statements").run(); //$NON-NLS-1$
		UiThread.waitUntil("the unlink's commit", () -> !Git.runOrEmpty(repository, "rev-parse", "HEAD").strip().equals(linkedHead)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("Unlink " + a + " from " + b, Git.run(repository, "log", "-1", "--format=%s").strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		UiThread.waitUntil("the editor to show the promise unpaired again", () -> pairFrom(input, DIALOGUE_2019).pair().to() == null); //$NON-NLS-1$
		assertNull(pairFrom(input, DIALOGUE_2019).pair().to());
	}

	private static void select(ReportCompareInput input, PairNode node) {
		Tree tree = input.structure().getTree();
		input.structure().expandToLevel(node.getParent(), 1);
		TreeItem item = CompareEditorTest.item(tree.getItems(), node);
		assertNotNull(item, "not in the tree: " + node.getName()); //$NON-NLS-1$
		CompareEditorTest.click(tree, item);
	}

	private static org.eclipse.jface.action.IAction action(MenuManager menu, String label) {
		return Arrays.stream(menu.getItems())
				.filter(item -> item instanceof ActionContributionItem action && action.getAction().getText().replace("&", "").equals(label)) //$NON-NLS-1$ //$NON-NLS-2$
				.map(item -> ((ActionContributionItem) item).getAction()).findFirst()
				.orElseThrow(() -> new AssertionError("no " + label + " in the context menu: " + CompareEditorTest.labels(menu))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The node of the pair whose earlier statement is {@code text}, anywhere in the tree. */
	private static PairNode pairFrom(ReportCompareInput input, String text) {
		PairNode found = find((DiffNode) input.getCompareResult(), text);
		if (found == null) {
			throw new AssertionError("no pair from «" + text + "»"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}

	private static PairNode find(DiffNode node, String text) {
		for (IDiffElement child : node.getChildren()) {
			if (child instanceof PairNode pair && pair.pair().from() != null && pair.pair().from().getText().equals(text)) {
				return pair;
			}
			if (child instanceof DiffNode inner) {
				PairNode found = find(inner, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import yeardiff.cli.YeardiffCommandLine;
import yeardiff.compare.PairStatus;
import yeardiff.ui.compare.PairNode;
import yeardiff.ui.compare.PartnerNode;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.testing.BackgroundJobsFinish;
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
@ExtendWith(BackgroundJobsFinish.class)
class PairingCorrectionTest {

	/** A 2019 promise of the NATO allies, and the 2020 sentence on it in other words, which the comparison does not pair. */
	private static final String DIALOGUE_2019 = "De bondgenoten zullen de komende periode nader hierover in dialoog gaan."; //$NON-NLS-1$
	private static final String DIALOGUE_2020 = "Binnen het bondgenootschap wordt gesproken over wat dit betekent"; //$NON-NLS-1$

	/** The 2019 letter under Norway, and the 2020 letter under NATO's deployments (Inzet Nederlandse krijgsmacht). */
	private static final String STANDBY_2019 = "In dat kader stonden Nederlandse eenheden samen met Noorse eenheden als onderdeel van een " //$NON-NLS-1$
			+ "Duitse brigade stand-by gedurende heel 2019."; //$NON-NLS-1$
	private static final String READY_2020 = "Ook stonden Nederlandse eenheden gereed voor het naastgelegen gereedheidsniveau van de NRF en het NRI."; //$NON-NLS-1$

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
		String b = pairTo(input, DIALOGUE_2020).pair().to().getId();
		String[] offered = new String[2];
		try (DialogWatch watch = DialogWatch.answering(shell -> {
			Tree tree = Widgets.find(shell, Tree.class, any -> true).get(0);
			// The statement's own section first (NATO's), its unpaired statements first.
			offered[0] = tree.getItem(0).getText(0);
			offered[1] = tree.getItem(0).getItem(0).getText(1);
			TreeItem row = leaves(tree).stream().filter(item -> item.getText(0).startsWith(DIALOGUE_2020)).findFirst()
					.orElseThrow(() -> new AssertionError("the 2020 statement is not offered")); //$NON-NLS-1$
			choose(tree, row);
			screenshot(shell, "compare-editor-link-with"); //$NON-NLS-1$
			Widgets.click(Widgets.button(shell, "Link")); //$NON-NLS-1$
		})) {
			action(menu, "Link With...").run(); //$NON-NLS-1$
			assertEquals(List.of("Link Statements"), watch.seen().stream().map(DialogWatch.Seen::title).toList()); //$NON-NLS-1$
			assertTrue(watch.seen().get(0).texts().stream().anyMatch(text -> text.contains(DIALOGUE_2019)),
					"the dialog does not say which statement is linked: " + watch.seen().get(0).texts()); //$NON-NLS-1$
		}
		assertTrue(offered[0].endsWith(((PartnerNode) dropped.getParent()).displayName()), "not the statement's own section first: " + offered[0]); //$NON-NLS-1$
		assertEquals("not paired", offered[1], "the unpaired statements come first"); //$NON-NLS-1$ //$NON-NLS-2$

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

	/**
	 * A subject moves between sections: the 2019 letter says under Norway that Dutch units stood by
	 * with Norwegian ones in a German brigade all year; the 2020 letter says it of the NRF under
	 * NATO's deployments. Link With... offers the other sections' statements too (Norway's first, a
	 * filter narrows them), the link is the same commit, and the command line's diff then pairs them.
	 */
	@Test
	void linkWithOffersOtherSectionsAndTheCommandLineDiffShowsThePair() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		window.getShell().setSize(1280, 800);
		ReportCompareInput input = CompareEditorTest.open(repository, "2019", "2020"); //$NON-NLS-1$ //$NON-NLS-2$
		PairNode dropped = pairFrom(input, STANDBY_2019);
		assertEquals(PairStatus.DROPPED, dropped.pair().status(), dropped.getName());
		assertEquals("Noorwegen", ((PartnerNode) dropped.getParent()).displayName()); //$NON-NLS-1$
		PairNode target = pairTo(input, READY_2020);
		String elsewhere = ((PartnerNode) target.getParent()).displayName();
		assertNotEquals("Noorwegen", elsewhere); //$NON-NLS-1$
		String a = dropped.pair().from().getId();
		String b = target.pair().to().getId();
		String head = Git.run(repository, "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$

		select(input, dropped);
		List<String> sections = new ArrayList<>();
		List<String> filtered = new ArrayList<>();
		String[] filteredSection = new String[1];
		try (DialogWatch watch = DialogWatch.answering(shell -> {
			Tree tree = Widgets.find(shell, Tree.class, any -> true).get(0);
			Arrays.stream(tree.getItems()).map(item -> item.getText(0)).forEach(sections::add);
			Text filter = Widgets.find(shell, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0).get(0);
			filter.setText("naastgelegen gereedheidsniveau"); //$NON-NLS-1$
			List<TreeItem> left = leaves(tree);
			left.forEach(item -> filtered.add(item.getText(0)));
			if (left.size() == 1) {
				filteredSection[0] = left.get(0).getParentItem().getText(0);
				choose(tree, left.get(0));
			}
			screenshot(shell, "compare-editor-link-with-other-section"); //$NON-NLS-1$
			Widgets.click(Widgets.button(shell, left.size() == 1 ? "Link" : "Cancel")); //$NON-NLS-1$ //$NON-NLS-2$
		})) {
			action(CompareEditorTest.contextMenu(input), "Link With...").run(); //$NON-NLS-1$
			assertEquals(1, watch.seen().size());
		}
		assertEquals("Noorwegen", sections.get(0), "Norway's statements first: " + sections); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(sections.size() > 5 && sections.stream().anyMatch(section -> section.endsWith(elsewhere)), sections.toString());
		assertEquals(List.of(READY_2020), filtered, "the filter keeps the statements with both words"); //$NON-NLS-1$
		assertTrue(filteredSection[0].endsWith(elsewhere), filteredSection[0]);

		UiThread.waitUntil("the link's commit", () -> !Git.runOrEmpty(repository, "rev-parse", "HEAD").strip().equals(head)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("Link " + a + " with " + b, Git.run(repository, "log", "-1", "--format=%s").strip()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		UiThread.waitUntil("the editor to pair the Norwegian sentence with NATO's", //$NON-NLS-1$
				() -> pairFrom(input, STANDBY_2019).pair().to() != null);
		PairNode linked = pairFrom(input, STANDBY_2019);
		assertEquals(b, linked.pair().to().getId());
		assertTrue(linked.getName().contains("linked by a reviewer"), linked.getName()); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "compare-editor-linked-other-section"); //$NON-NLS-1$

		// The command line's diff of the same repository pairs them, as a reviewer's link.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = YeardiffCommandLine.run(new String[] { "diff", "2019", "2020", "--json", "--repo", repository.toString() }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		JsonObject diff = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		List<JsonObject> pairs = new ArrayList<>();
		for (JsonElement section : diff.getAsJsonArray("sections")) { //$NON-NLS-1$
			for (JsonElement pair : section.getAsJsonObject().getAsJsonArray("pairs")) { //$NON-NLS-1$
				JsonObject fields = pair.getAsJsonObject();
				if (id(fields, "from").equals(a)) { //$NON-NLS-1$
					pairs.add(fields);
				}
			}
		}
		assertEquals(1, pairs.size(), pairs.toString());
		assertEquals(b, id(pairs.get(0), "to")); //$NON-NLS-1$
		assertTrue(pairs.get(0).get("corrected").getAsBoolean(), pairs.get(0).toString()); //$NON-NLS-1$
	}

	private static String id(JsonObject pair, String side) {
		JsonElement statement = pair.get(side);
		return statement == null || statement.isJsonNull() ? "" : statement.getAsJsonObject().get("id").getAsString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The statements the dialog's tree shows (the sections' rows left out). */
	private static List<TreeItem> leaves(Tree tree) {
		List<TreeItem> leaves = new ArrayList<>();
		for (TreeItem section : tree.getItems()) {
			leaves.addAll(List.of(section.getItems()));
		}
		return leaves;
	}

	/**
	 * The dialog as the user sees it once a statement is chosen: Link enabled. GTK animates a
	 * button's change of state for a moment; the picture is taken when that is over.
	 */
	private static void screenshot(Shell shell, String name) {
		assertTrue(Widgets.button(shell, "Link").isEnabled(), "Link is not enabled"); //$NON-NLS-1$ //$NON-NLS-2$
		long transitionsOver = System.currentTimeMillis() + 500;
		UiThread.waitUntil("GTK's transitions", () -> System.currentTimeMillis() >= transitionsOver); //$NON-NLS-1$
		try {
			Screenshots.save(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** What a user's click on a row does: the tree selects it and tells its listeners. */
	private static void choose(Tree tree, TreeItem row) {
		tree.setFocus();
		tree.setSelection(row);
		Event event = new Event();
		event.item = row;
		tree.notifyListeners(SWT.Selection, event);
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

	/** The node of the pair whose later statement starts with {@code text}, anywhere in the tree. */
	private static PairNode pairTo(ReportCompareInput input, String text) {
		PairNode found = find((DiffNode) input.getCompareResult(), pair -> pair.to() != null && pair.to().getText().startsWith(text));
		if (found == null) {
			throw new AssertionError("no pair to «" + text + "»"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}

	private static PairNode find(DiffNode node, String text) {
		return find(node, pair -> pair.from() != null && pair.from().getText().equals(text));
	}

	private static PairNode find(DiffNode node, java.util.function.Predicate<yeardiff.compare.StatementPair> test) {
		for (IDiffElement child : node.getChildren()) {
			if (child instanceof PairNode pair && test.test(pair.pair())) {
				return pair;
			}
			if (child instanceof DiffNode inner) {
				PairNode found = find(inner, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}

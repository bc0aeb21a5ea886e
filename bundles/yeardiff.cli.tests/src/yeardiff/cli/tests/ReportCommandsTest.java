package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import yeardiff.samples.SampleLetter;

/**
 * The commands users script against, on the sample repository: the JSON field names and values of
 * the contract in ARCHITECTURE.md, checked against what the letters say.
 */
class ReportCommandsTest {

	private static final Gson GSON = new Gson();

	@TempDir
	static Path temp;
	private static String repository;

	@BeforeAll
	static void createSample() {
		repository = temp.resolve("sample").toString(); //$NON-NLS-1$
		CommandRun run = CommandRun.of("sample", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, run.exitCode(), run.err());
	}

	@Test
	void listNamesEveryLetterWithItsContractFields() {
		List<Map<String, Object>> reports = array(json("list", "--json")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("2012", "2019-06-19", "2019", "2020", "2021"), reports.stream().map(r -> r.get("id")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		Map<String, Object> report2019 = reports.get(2);
		assertEquals("BS2019021031", report2019.get("reference")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019-12-12", report2019.get("date")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("yearly", report2019.get("kind")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(2019.0, report2019.get("year")); //$NON-NLS-1$
		assertEquals("Rapportage internationale militaire samenwerking 2019", report2019.get("title")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(40, ((String) report2019.get("commit")).length()); //$NON-NLS-1$
		assertEquals("interim", reports.get(1).get("kind")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void factsOfBelgiumIn2019CarryValueAndUnitInBaseUnits() {
		List<Map<String, Object>> facts = array(json("facts", "--partner", "België", "--year", "2019", "--kind", "amount", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		Map<String, Object> budget = facts.stream().filter(f -> "€4,9 miljard".equals(f.get("text"))).findFirst().orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4.9e9, (Double) budget.get("value"), 1); //$NON-NLS-1$
		assertEquals("EUR", budget.get("unit")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019", budget.get("report")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("belgie-luxemburg", budget.get("partner")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1.0, budget.get("page")); //$NON-NLS-1$
		assertTrue(((String) budget.get("statement")).startsWith("De Belgische defensie-uitgaven bedragen in 2019"), //$NON-NLS-1$ //$NON-NLS-2$
				String.valueOf(budget.get("statement"))); //$NON-NLS-1$
		assertTrue(facts.stream().allMatch(f -> "amount".equals(f.get("kind")))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void countsKeepWhatTheyCount() {
		List<Map<String, Object>> counts = array(json("facts", "--year", "2019", "--kind", "count", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		Map<String, Object> f35 = counts.stream().filter(f -> String.valueOf(f.get("text")).startsWith("negen extra F-35")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> new AssertionError(counts.toString()));
		assertEquals(9.0, f35.get("value")); //$NON-NLS-1$
		assertEquals("items", f35.get("unit")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("F-35", f35.get("counted")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> troops = counts.stream().filter(f -> String.valueOf(f.get("text")).contains("270 militairen")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> new AssertionError(counts.toString()));
		assertEquals(270.0, troops.get("value")); //$NON-NLS-1$
		assertEquals("persons", troops.get("unit")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void diffOfBelgiumHasTheBudgetAsAChangedPairWithItsFactChange() {
		Map<String, Object> diff = object(json("diff", "2019", "2020", "--partner", "belgie", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals("2019", diff.get("from")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2020", diff.get("to")); //$NON-NLS-1$ //$NON-NLS-2$
		List<Map<String, Object>> sections = list(diff.get("sections")); //$NON-NLS-1$
		assertEquals(1, sections.size());
		assertEquals("belgie-luxemburg", sections.get(0).get("partner")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("België en Luxemburg", sections.get(0).get("fromHeading")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> budget = list(sections.get(0).get("pairs")).stream() //$NON-NLS-1$
				.filter(p -> p.get("from") != null && String.valueOf(map(p.get("from")).get("text")).contains("€4,9 miljard")).findFirst() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.orElseThrow();
		assertEquals("changed", budget.get("status")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("In 2020 bedroeg het Belgisch defensiebudget ongeveer € 4,76 miljard.", map(budget.get("to")).get("text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<String, Object> change = list(budget.get("factChanges")).stream().filter(c -> "amount".equals(c.get("kind"))).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow();
		assertEquals(4.9e9, (Double) map(change.get("from")).get("value"), 1); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4.76e9, (Double) map(change.get("to")).get("value"), 1); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("EUR", map(change.get("to")).get("unit")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void diffOfBelgiumListsTheNumbersThatMovedPairedOrNot() {
		Map<String, Object> diff = object(json("diff", "2019", "2020", "--partner", "belgie", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		List<Map<String, Object>> moves = list(list(diff.get("sections")).get(0).get("factMoves")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> budget = moves.stream().filter(m -> "defence-budget".equals(m.get("measure")) && m.get("from") != null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				&& m.get("to") != null).findFirst().orElseThrow(() -> new AssertionError(moves.toString())); //$NON-NLS-1$
		assertEquals("EUR", budget.get("unit")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(4.9e9, (Double) map(budget.get("from")).get("value"), 1); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019", map(budget.get("from")).get("period")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("€ 4,76 miljard", map(budget.get("to")).get("text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("2020", map(budget.get("to")).get("period")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(String.valueOf(map(budget.get("to")).get("statementId")).startsWith("2020/"), budget.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(moves.stream().anyMatch(m -> "gdp-share".equals(m.get("measure")) && m.get("from") != null && m.get("to") != null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				&& "1,19%".equals(map(m.get("from")).get("text")) && "1,24%".equals(map(m.get("to")).get("text"))), moves.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		CommandRun text = CommandRun.of("diff", "2019", "2020", "--partner", "belgie", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(0, text.exitCode(), text.err());
		String[] lines = text.out().split("\\R"); //$NON-NLS-1$
		int header = java.util.Arrays.asList(lines).indexOf(java.util.Arrays.stream(lines).filter(l -> l.startsWith("== ")).findFirst().orElseThrow()); //$NON-NLS-1$
		assertTrue(lines[header + 1].contains("€4,9 miljard (2019) → € 4,76 miljard (2020)"), "moves first under the partner: " + lines[header + 1]); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void timelineSeriesAreMeasuresWithPointsForTheirPeriod() {
		Map<String, Object> timeline = object(json("timeline", "verenigd-koninkrijk", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<Map<String, Object>> series = list(timeline.get("series")); //$NON-NLS-1$
		Map<String, Object> pounds = series.stream().filter(s -> "defence-budget".equals(s.get("measure")) && "GBP".equals(s.get("unit")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				&& list(s.get("points")).stream().anyMatch(p -> "£ 41,3 miljard".equals(p.get("text")))).findFirst() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.orElseThrow(() -> new AssertionError(series.toString()));
		Map<String, Object> given = list(pounds.get("points")).stream().filter(p -> "£ 41,3 miljard".equals(p.get("text"))).findFirst().orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019", given.get("report")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2020", given.get("period")); //$NON-NLS-1$ //$NON-NLS-2$
		List<Map<String, Object>> facts = array(json("facts", "--year", "2019", "--partner", "belgie", "--kind", "share", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		Map<String, Object> target = facts.stream().filter(f -> "1,3% van het BBP".equals(f.get("text"))).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> new AssertionError(facts.toString()));
		assertEquals("gdp-share", target.get("measure")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2030", target.get("period")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void diffWritesAnHtmlPageAReviewerCanMailAround(@TempDir Path out) throws Exception {
		Path html = out.resolve("belgie.html"); //$NON-NLS-1$
		CommandRun run = CommandRun.of("diff", "2019", "2020", "--partner", "belgie", "--html", html.toString(), "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		assertEquals(0, run.exitCode(), run.err());
		String page = Files.readString(html);
		assertTrue(page.contains("4,76"), "the later budget is on the page"); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(page.contains("<script"), "self-contained, no scripts"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void historyOfTheSkjoldStatementHasBothYearsOldestFirst() {
		List<Map<String, Object>> facts = array(json("facts", "--year", "2020", "--partner", "noorwegen", "--kind", "time", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		String skjold = (String) facts.stream().filter(f -> String.valueOf(f.get("statement")).contains("Skjold wordt getraind")) //$NON-NLS-1$ //$NON-NLS-2$
				.findFirst().orElseThrow().get("statementId"); //$NON-NLS-1$
		Map<String, Object> history = object(json("history", skjold, "--json")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(skjold, history.get("statementId")); //$NON-NLS-1$
		List<Map<String, Object>> versions = list(history.get("versions")); //$NON-NLS-1$
		assertEquals(List.of("2019-06-19", "2019", "2020"), versions.stream().map(v -> v.get("report")).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("De jaarlijkse Nederlandse wintertraining in Noorwegen, ofwel Joint Arctic Training, vond dit jaar plaats van januari tot maart.", versions.get(0).get("text")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(String.valueOf(versions.get(1).get("text")).contains("vanaf januari 2020 wordt vanaf de locatie Skjold getraind")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void badInputGetsOneLineAndLeavesTheRepositoryAsItWas(@TempDir Path files) throws Exception {
		String head = CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		Path empty = Files.createFile(files.resolve("empty.txt")); //$NON-NLS-1$
		Path garbage = files.resolve("garbage.pdf"); //$NON-NLS-1$
		byte[] noise = new byte[4096];
		new java.util.Random(7).nextBytes(noise);
		Files.write(garbage, noise);
		Path notALetter = files.resolve("boodschappen.txt"); //$NON-NLS-1$
		Files.writeString(notALetter, "Melk, brood, kaas.\nEieren en appels voor het weekend.\n"); //$NON-NLS-1$
		Path truncated = files.resolve("truncated.pdf"); //$NON-NLS-1$
		Files.writeString(truncated, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n"); //$NON-NLS-1$
		Path spaced = files.resolve("brief met spaties é.txt"); //$NON-NLS-1$
		Files.writeString(spaced, ""); //$NON-NLS-1$
		for (Path bad : List.of(empty, garbage, notALetter, truncated, spaced)) {
			CommandRun run = CommandRun.of("import", bad.toString(), "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(1, run.exitCode(), bad + ": " + run.err()); //$NON-NLS-1$
			assertEquals(1, run.err().strip().lines().count(), run.err());
			assertTrue(run.err().contains(bad.getFileName().toString()), run.err());
		}
		assertEquals(head, CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip()); //$NON-NLS-1$ //$NON-NLS-2$
		CommandRun.git(Path.of(repository), "fsck", "--strict"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("", CommandRun.git(Path.of(repository), "status", "--porcelain")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void reimportIsANoOpAndOtherContentNeedsReplace(@TempDir Path files) throws Exception {
		Path letter = files.resolve("2021.txt"); //$NON-NLS-1$
		Files.write(letter, SampleLetter.REPORT_2021.bytes());
		String head = CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		CommandRun same = CommandRun.of("import", letter.toString(), "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, same.exitCode(), same.err());
		assertTrue(same.out().contains("unchanged"), same.out()); //$NON-NLS-1$
		assertEquals(head, CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip()); //$NON-NLS-1$ //$NON-NLS-2$

		Path edited = files.resolve("2021-edited.txt"); //$NON-NLS-1$
		Files.writeString(edited, new String(SampleLetter.REPORT_2021.bytes(), java.nio.charset.StandardCharsets.UTF_8)
				.replace("in 2021 732 miljard US", "in 2021 733 miljard US")); //$NON-NLS-1$ //$NON-NLS-2$
		CommandRun refused = CommandRun.of("import", edited.toString(), "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("--replace"), refused.err()); //$NON-NLS-1$
		assertEquals(head, CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip()); //$NON-NLS-1$ //$NON-NLS-2$

		CommandRun replaced = CommandRun.of("import", edited.toString(), "--replace", "--repo", repository); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(0, replaced.exitCode(), replaced.err());
		assertFalse(head.equals(CommandRun.git(Path.of(repository), "rev-parse", "HEAD").strip())); //$NON-NLS-1$ //$NON-NLS-2$
		List<Map<String, Object>> facts = array(json("facts", "--year", "2021", "--partner", "VS", "--kind", "amount", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		assertTrue(facts.stream().anyMatch(f -> "733 miljard US dollar".equals(f.get("text"))), facts.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		// Put the original back, so the other tests see the sample letters.
		assertEquals(0, CommandRun.of("import", letter.toString(), "--replace", "--repo", repository).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aDraftStartsFromTheLastReportAndComparesWithIt(@TempDir Path work) throws Exception {
		String copy = work.resolve("copy").toString(); //$NON-NLS-1$
		assertEquals(0, CommandRun.of("sample", "--repo", copy).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		CommandRun draft = CommandRun.of("draft", "2022", "--json", "--repo", copy); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(0, draft.exitCode(), draft.err());
		Map<String, Object> outcome = object(draft.out());
		assertEquals("draft-2022", outcome.get("id")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2021", outcome.get("basedOn")); //$NON-NLS-1$ //$NON-NLS-2$
		List<Map<String, Object>> stale = list(outcome.get("stale")); //$NON-NLS-1$
		assertTrue(stale.stream().anyMatch(f -> "past-future".equals(f.get("kind")) //$NON-NLS-1$ //$NON-NLS-2$
				&& String.valueOf(f.get("text")).contains("die begin 2022 worden verwacht")), stale.toString()); //$NON-NLS-1$ //$NON-NLS-2$

		CommandRun diff = CommandRun.of("diff", "2021", "draft-2022", "--json", "--repo", copy); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(0, diff.exitCode(), diff.err());
		Map<String, Object> comparison = object(diff.out());
		assertEquals("draft-2022", comparison.get("to")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> summary = map(comparison.get("summary")); //$NON-NLS-1$
		assertEquals(0.0, summary.get("new")); //$NON-NLS-1$
		assertEquals(0.0, summary.get("dropped")); //$NON-NLS-1$
		assertTrue((Double) summary.get("unchanged") > 20, summary.toString()); //$NON-NLS-1$
	}

	private static String json(String... args) {
		String[] withRepository = java.util.Arrays.copyOf(args, args.length + 2);
		withRepository[args.length] = "--repo"; //$NON-NLS-1$
		withRepository[args.length + 1] = repository;
		CommandRun run = CommandRun.of(withRepository);
		assertEquals(0, run.exitCode(), run.err());
		return run.out();
	}

	private static List<Map<String, Object>> array(String json) {
		return GSON.fromJson(json, new TypeToken<List<Map<String, Object>>>() {
		}.getType());
	}

	private static Map<String, Object> object(String json) {
		return GSON.fromJson(json, new TypeToken<Map<String, Object>>() {
		}.getType());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}
}

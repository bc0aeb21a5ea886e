package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;

/**
 * One report order for every caller. The year 2019 holds three letters: the interim letter dated
 * 19 June 2019, the yearly report dated 12 December 2019 (imported as {@code 2019-12-12}) and an
 * undated yearly report (the 2020 report's text, imported as {@code 2019}, as a letter printed in
 * the Kamerstukken carries no date); 2021 follows. An undated letter comes after the dated letters of
 * its year, and the repository listing, "the previous report" (store and {@code diff --previous}),
 * the timeline, the audit and the draft's base all agree on it.
 */
class ReportOrderTest {

	private static final Gson GSON = new Gson();
	private static final List<String> ORDER = List.of("2019-06-19", "2019-12-12", "2019", "2021"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@TempDir
	static Path temp;
	private static Path repository;

	@BeforeAll
	static void importLetters() throws Exception {
		repository = temp.resolve("order"); //$NON-NLS-1$
		try (ReportRepository store = ReportRepository.init(repository)) {
			// Imported out of order, so that no order can come from the order of the commits.
			commit(store, SampleLetter.REPORT_2021, "2021", 2021, "2022-01-25"); //$NON-NLS-1$ //$NON-NLS-2$
			commit(store, SampleLetter.REPORT_2020, "2019", 2019, null); //$NON-NLS-1$
			commit(store, SampleLetter.REPORT_2019, "2019-12-12", 2019, "2019-12-12"); //$NON-NLS-1$ //$NON-NLS-2$
			commit(store, SampleLetter.INTERIM_2019, "2019-06-19", 2019, "2019-06-19"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void commit(ReportRepository store, SampleLetter letter, String id, int year, String date) throws Exception {
		Report report = new ReportImporter().read(letter.bytes(), letter.fileName(), ImportOptions.defaults().withId(id).withYear(year));
		report.setYear(year);
		report.setDate(date);
		store.importReport(report, letter.bytes(), "txt", false); //$NON-NLS-1$
	}

	@Test
	void theStoreListsAndLoadsTheUndatedLetterAfterTheDatedOnesOfItsYear() throws Exception {
		try (ReportRepository store = ReportRepository.open(repository)) {
			assertEquals(ORDER, store.list().stream().map(ReportEntry::id).toList());
			assertEquals(ORDER, store.loadAll().stream().map(Report::getId).toList());
			assertEquals(ORDER, store.list().stream().sorted(ReportEntry.CHRONOLOGICAL).map(ReportEntry::id).toList());
		}
	}

	@Test
	void thePreviousReportIsTheOneBeforeInThatOrder() throws Exception {
		try (ReportRepository store = ReportRepository.open(repository)) {
			assertEquals(Optional.empty(), store.previous("2019-06-19")); //$NON-NLS-1$
			assertEquals("2019-06-19", store.previous("2019-12-12").orElseThrow().id()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("2019-12-12", store.previous("2019").orElseThrow().id()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("2019", store.previous("2021").orElseThrow().id()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void listAndDiffPreviousOnTheCommandLineFollowTheOrder() {
		List<Map<String, Object>> listed = GSON.fromJson(run("list", "--json"), new TypeToken<List<Map<String, Object>>>() { //$NON-NLS-1$ //$NON-NLS-2$
		}.getType());
		assertEquals(ORDER, listed.stream().map(entry -> entry.get("id")).toList()); //$NON-NLS-1$

		Map<String, Object> diff = object(run("diff", "--previous", "2019", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("2019-12-12", diff.get("from")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019", diff.get("to")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, Object> next = object(run("diff", "--previous", "2021", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals("2019", next.get("from")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2021", next.get("to")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void diffPreviousOfTheEarliestReportOrWithTwoIdsIsRefused() throws Exception {
		String head = CommandRun.git(repository, "rev-parse", "HEAD").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		CommandRun earliest = CommandRun.of("diff", "--previous", "2019-06-19", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(1, earliest.exitCode());
		assertTrue(earliest.err().contains("2019-06-19"), earliest.err()); //$NON-NLS-1$
		assertEquals(1, earliest.err().strip().lines().count(), earliest.err());
		CommandRun both = CommandRun.of("diff", "2019", "2021", "--previous", "2021", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(2, both.exitCode());
		assertEquals(2, CommandRun.of("diff", "2019", "--previous", "2021", "--repo", repository.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(2, CommandRun.of("diff", "2019", "--repo", repository.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CommandRun unknown = CommandRun.of("diff", "--previous", "2018", "--repo", repository.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("2018"), unknown.err()); //$NON-NLS-1$
		assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD").strip()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theTimelineTakesTheReportsInThatOrder() {
		Map<String, Object> timeline = object(run("timeline", "noorwegen", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<String> reports = new ArrayList<>();
		for (Map<String, Object> series : list(timeline.get("series"))) { //$NON-NLS-1$
			List<String> points = list(series.get("points")).stream().map(point -> (String) point.get("report")).toList(); //$NON-NLS-1$
			assertEquals(points.stream().sorted((a, b) -> ORDER.indexOf(a) - ORDER.indexOf(b)).toList(), points, series.toString());
			reports.addAll(points);
		}
		assertTrue(reports.containsAll(List.of("2019", "2019-12-12")), reports.toString()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theAuditTakesEvidenceOnlyFromLaterReports() {
		List<Map<String, Object>> commitments = GSON.fromJson(run("commitments", "--as-of", "2021", "--json"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new TypeToken<List<Map<String, Object>>>() {
				}.getType());
		boolean undatedSpeaksToTheDatedLetters = false;
		for (Map<String, Object> commitment : commitments) {
			int made = ORDER.indexOf(commitment.get("report")); //$NON-NLS-1$
			for (Map<String, Object> evidence : list(commitment.get("evidence"))) { //$NON-NLS-1$
				String statementId = (String) evidence.get("statementId"); //$NON-NLS-1$
				String report = ORDER.stream().filter(id -> statementId.startsWith(id + "/")) //$NON-NLS-1$
						.max((a, b) -> a.length() - b.length()).orElseThrow(() -> new AssertionError(statementId));
				assertTrue(ORDER.indexOf(report) > made, commitment.get("report") + " ← " + report); //$NON-NLS-1$ //$NON-NLS-2$
				undatedSpeaksToTheDatedLetters |= made < 2 && report.equals("2019"); //$NON-NLS-1$
			}
		}
		assertTrue(undatedSpeaksToTheDatedLetters, "the undated yearly report is evidence for the letters of its year"); //$NON-NLS-1$
	}

	@Test
	void theDraftStartsFromTheLastYearlyReportInThatOrder() {
		Map<String, Object> draft = object(run("draft", "2020", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("2019", draft.get("basedOn")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(String.valueOf(draft.get("commit")).isEmpty()); //$NON-NLS-1$
	}

	private static String run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--repo"); //$NON-NLS-1$
		all.add(repository.toString());
		CommandRun run = CommandRun.of(all.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		return run.out();
	}

	private static Map<String, Object> object(String json) {
		return GSON.fromJson(json, new TypeToken<Map<String, Object>>() {
		}.getType());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}
}

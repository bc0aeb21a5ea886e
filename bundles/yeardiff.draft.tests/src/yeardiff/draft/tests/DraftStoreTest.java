package yeardiff.draft.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.draft.DraftBuilder;
import yeardiff.draft.DraftEditing;
import yeardiff.draft.DraftOutcome;
import yeardiff.draft.DraftStore;
import yeardiff.draft.StaleFinding;
import yeardiff.model.api.Report;
import yeardiff.model.resource.ReportResource;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.testing.Letters;

/**
 * Drafts in a repository of the sample letters: starting one is one commit, saving an edit is
 * another, and saving nothing new is none — as the real {@code git} sees it.
 */
class DraftStoreTest {

	private static final String AUTHOR = "Eva Editor <eva@example.org>";
	private static final String BUDGET = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).";

	@TempDir
	Path temp;

	private Path dir;
	private ReportRepository repository;
	private GitCommand git;
	private final DraftStore store = new DraftStore();

	@BeforeEach
	void setUp() throws Exception {
		dir = temp.resolve("repository");
		repository = ReportRepository.init(dir);
		git = new GitCommand(temp.resolve("home"));
	}

	@AfterEach
	void tearDown() {
		repository.close();
	}

	@Test
	void startsADraftInOneCommit() throws Exception {
		assumeTrue(GitCommand.isAvailable(), "no git command");
		load(SampleLetter.REPORT_2020, SampleLetter.REPORT_2021);
		String before = repository.head();

		DraftOutcome outcome = store.create(repository, 2022, AUTHOR);

		assertEquals("draft-2022", outcome.id());
		assertEquals(2022, outcome.year());
		assertEquals("2021", outcome.basedOn());
		assertEquals(repository.head(), outcome.commit());
		assertEquals(before, git.run(dir, "rev-parse", "HEAD~1").strip(), "one commit");
		assertEquals("Start draft 2022 from report 2021\nEva Editor <eva@example.org>\n\ndrafts/2022/report.xmi\n",
				git.run(dir, "show", "--name-only", "--format=%s%n%an <%ae>", "HEAD"));
		// the fifth: the 2021 report's "in 2022 stijgt het budget", a commitment since issue 15
		assertEquals(List.of(StaleFinding.DUE_COMMITMENT, StaleFinding.DUE_COMMITMENT, StaleFinding.UNCHANGED_FACT, StaleFinding.PAST_FUTURE,
				StaleFinding.DUE_COMMITMENT), outcome.stale().stream().map(StaleFinding::kind).toList());
		assertArrayEquals(ReportResource.toBytes(new DraftBuilder().start(repository.load("2021"), 2022)),
				ReportResource.toBytes(store.load(repository, 2022)));
	}

	@Test
	void refusesASecondDraftUnlessReplacing() throws Exception {
		load(SampleLetter.REPORT_2021);
		store.create(repository, 2022, AUTHOR);
		String head = repository.head();

		StoreException refused = assertThrows(StoreException.class, () -> store.create(repository, 2022, AUTHOR));
		assertEquals("a draft for 2022 is already in the repository: use --replace to start it again from report 2021", refused.getMessage());
		assertEquals(head, repository.head());

		Report draft = store.load(repository, 2022);
		new BasicCommandStack().execute(DraftEditing.setText(Letters.statement(draft, BUDGET), "Het Duitse defensiebudget steeg in 2022."));
		store.save(repository, draft, null, AUTHOR);
		DraftOutcome again = store.create(repository, 2022, AUTHOR, true);
		assertNotEquals(head, again.commit());
		assertEquals(BUDGET, Letters.statement(store.load(repository, 2022), BUDGET).getText(), "started again from 2021");
	}

	@Test
	void refusesADraftWithoutAnEarlierReport() throws Exception {
		load(SampleLetter.REPORT_2020);
		String head = repository.head();
		StoreException refused = assertThrows(StoreException.class, () -> store.create(repository, 2020, AUTHOR));
		assertEquals("no report before 2020 in the repository to start the 2020 draft from (see 'yeardiff list')", refused.getMessage());
		assertEquals(head, repository.head());
	}

	@Test
	void proposesTheYearAfterTheLatestReportAndIgnoresDrafts() throws Exception {
		assertTrue(store.nextYear(repository).isEmpty(), "an empty repository has no year to propose");
		load(SampleLetter.NOTA_2012, SampleLetter.INTERIM_2019);
		assertEquals(2020, store.nextYear(repository).getAsInt());
		load(SampleLetter.REPORT_2021, SampleLetter.REPORT_2019);
		assertEquals(2022, store.nextYear(repository).getAsInt());
		store.create(repository, 2022, AUTHOR);
		assertEquals(2022, store.nextYear(repository).getAsInt(), "a draft is not a report: the proposal stays 2022");
	}

	@Test
	void startsFromTheLatestYearlyReport() throws Exception {
		load(SampleLetter.NOTA_2012, SampleLetter.INTERIM_2019);
		assertEquals("2019-06-19", store.create(repository, 2020, AUTHOR).basedOn(), "no yearly report: the latest letter");
		load(SampleLetter.REPORT_2019);
		assertEquals("2019", store.create(repository, 2021, AUTHOR).basedOn());
		load(SampleLetter.REPORT_2020);
		assertEquals("2019", store.create(repository, 2020, AUTHOR, true).basedOn(), "yearly before the interim letter of the same year");
	}

	@Test
	void savesAnEditAsACommitAndNothingNewAsNone() throws Exception {
		assumeTrue(GitCommand.isAvailable(), "no git command");
		load(SampleLetter.REPORT_2021);
		store.create(repository, 2022, AUTHOR);
		Report draft = store.load(repository, 2022);
		String edited = "Het Duitse defensiebudget bedroeg in 2022 €50,3 miljard (1,44% BBP).";
		new BasicCommandStack().execute(DraftEditing.setText(Letters.statement(draft, BUDGET), edited));

		String commit = store.save(repository, draft, "Duitsland: budget 2022", AUTHOR);
		assertEquals(commit, git.run(dir, "rev-parse", "HEAD").strip());
		assertEquals("Duitsland: budget 2022\nStart draft 2022 from report 2021\n", git.run(dir, "log", "-2", "--format=%s"));
		assertEquals(edited, Letters.statement(store.load(repository, 2022), edited).getText());
		String count = git.run(dir, "rev-list", "--count", "HEAD");

		assertEquals(commit, store.save(repository, draft, "Nothing new", AUTHOR));
		assertEquals(commit, store.save(repository, store.load(repository, 2022), null, AUTHOR));
		assertEquals(count, git.run(dir, "rev-list", "--count", "HEAD"), "no commit");
	}

	@Test
	void refusesToSaveAReportThatIsNoDraft() throws Exception {
		load(SampleLetter.REPORT_2021);
		StoreException refused = assertThrows(StoreException.class, () -> store.save(repository, repository.load("2021"), null, AUTHOR));
		assertEquals("report 2021 is not a draft: only drafts are saved under drafts/", refused.getMessage());
	}

	@Test
	void tellsThatThereIsNoDraft() throws Exception {
		StoreException missing = assertThrows(StoreException.class, () -> store.load(repository, 2023));
		assertEquals("no draft for 2023 in the repository: start one with 'yeardiff draft 2023'", missing.getMessage());
	}

	private void load(SampleLetter... letters) throws Exception {
		for (SampleLetter letter : letters) {
			repository.importReport(Letters.read(letter), letter.bytes(), "txt", false);
		}
	}
}

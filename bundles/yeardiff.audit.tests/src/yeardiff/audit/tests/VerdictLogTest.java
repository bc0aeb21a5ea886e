package yeardiff.audit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.audit.AuditException;
import yeardiff.audit.CommitmentAudit;
import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.VerdictLog;
import yeardiff.audit.VerdictView;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;

/**
 * Verdicts go into the repository one commit each, with their author, survive reopening, and win
 * over the automatic status without replacing it.
 */
class VerdictLogTest {

	/** The Resolute Support decision the 2021 letter's section on the United States does not mention. */
	private static final String RSM = "2020/verenigde-staten/671bd0d9/c";
	private static final String ANNA = "Anna Auditor <anna@example.org>";
	private static final String BRAM = "Bram Reviewer <bram@example.org>";

	@TempDir
	Path temp;

	private Path dir;

	@BeforeEach
	void importLetters() throws Exception {
		dir = temp.resolve("repository");
		try (ReportRepository repository = ReportRepository.init(dir)) {
			for (SampleLetter letter : SampleLetter.all()) {
				repository.importReport(AuditedLetters.report(letter), letter.bytes(), "txt", false);
			}
		}
	}

	@Test
	void verdictRoundTripThroughGit() throws Exception {
		VerdictView first;
		try (ReportRepository repository = ReportRepository.open(dir)) {
			first = log("2026-11-20T09:00:00Z").record(repository, RSM, CommitmentStatus.FULFILLED,
					"The 2021 report (p. 4) says the NATO mission in Afghanistan was ended in 2021.",
					List.of("2021/suriname/11f6ee1d"), ANNA);
			assertEquals(repository.head(), first.commit());
		}

		VerdictView second;
		try (ReportRepository repository = ReportRepository.open(dir)) {
			List<VerdictView> history = new VerdictLog().history(repository, RSM);
			assertEquals(1, history.size());
			assertEquals(CommitmentStatus.FULFILLED, history.get(0).status());
			assertEquals(ANNA, history.get(0).author());
			assertEquals("2026-11-20T09:00:00Z", history.get(0).date());
			assertEquals(List.of("2021/suriname/11f6ee1d"), history.get(0).evidence());
			assertEquals(first.commit(), history.get(0).commit());

			second = log("2026-11-21T14:30:00Z").record(repository, RSM, CommitmentStatus.CHANGED,
					"The decision reported is to end the mission, not one on its future within the first quarter.",
					List.of(), BRAM);
		}

		try (ReportRepository repository = ReportRepository.open(dir)) {
			List<VerdictView> history = new VerdictLog().history(repository, RSM);
			assertEquals(List.of(CommitmentStatus.FULFILLED, CommitmentStatus.CHANGED),
					history.stream().map(VerdictView::status).toList());
			assertEquals(List.of(first.commit(), second.commit()), history.stream().map(VerdictView::commit).toList());
			assertEquals(List.of(ANNA, BRAM), history.stream().map(VerdictView::author).toList());
			assertEquals(second, new VerdictLog().latest(repository).get(RSM));

			List<CommitmentRecord> records = new CommitmentAudit().audit(repository, AuditedLetters.CURRENT_YEAR);
			CommitmentRecord record = AuditedLetters.record(records, RSM);
			assertEquals(CommitmentStatus.CHANGED, record.status(), "the latest verdict counts");
			assertEquals(CommitmentStatus.SILENT, record.automaticStatus(), "kept beside the verdict");
			assertEquals(second.commit(), record.verdict().commit());
			assertEquals(BRAM, record.verdict().author());

			CommitmentRecord skjold = AuditedLetters.record(records, "2019/noorwegen/bbb89061/c");
			assertNull(skjold.verdict());
			String commit2020 = repository.list().stream().filter(entry -> entry.id().equals("2020")).findFirst()
					.map(ReportEntry::commit).orElseThrow();
			assertEquals(commit2020, skjold.evidence().stream()
					.filter(evidence -> evidence.statementId().equals("2020/noorwegen/fc34d4a1")).findFirst()
					.orElseThrow().commit());
		}

		List<String> log = git("log", "--format=%H%x09%an <%ae>%x09%s", "--", "audit/verdicts.xmi");
		assertEquals(List.of(second.commit() + '\t' + BRAM + "\tVerdict on " + RSM + ": changed",
				first.commit() + '\t' + ANNA + "\tVerdict on " + RSM + ": fulfilled"), log);
	}

	@Test
	void automaticStatusNeverReplacesTheVerdict() throws Exception {
		try (ReportRepository repository = ReportRepository.open(dir)) {
			log("2026-11-20T09:00:00Z").record(repository, "2019/noorwegen/bbb89061/c", CommitmentStatus.OPEN,
					"The opening of Skjold is reported, the move of the training to Heggelia is not.", List.of(), ANNA);
			CommitmentRecord record = AuditedLetters.record(new CommitmentAudit().audit(repository, 2022),
					"2019/noorwegen/bbb89061/c");
			assertEquals(CommitmentStatus.OPEN, record.status());
			assertEquals(CommitmentStatus.FULFILLED, record.automaticStatus());
			assertEquals("The opening of Skjold is reported, the move of the training to Heggelia is not.",
					record.verdict().rationale());
		}
	}

	@Test
	void unknownCommitmentIsRefusedAndNothingCommitted() throws Exception {
		try (ReportRepository repository = ReportRepository.open(dir)) {
			String head = repository.head();
			AuditException unknown = assertThrows(AuditException.class, () -> new VerdictLog().record(repository,
					"2020/noorwegen/00000000/c", CommitmentStatus.FULFILLED, "Done.", List.of(), ANNA));
			assertEquals("No report in the repository holds the commitment '2020/noorwegen/00000000/c'.",
					unknown.getMessage());
			AuditException evidence = assertThrows(AuditException.class, () -> new VerdictLog().record(repository, RSM,
					CommitmentStatus.FULFILLED, "Done.", List.of("2021/nergens/12345678"), ANNA));
			assertEquals("No report in the repository holds the statement '2021/nergens/12345678' given as evidence.",
					evidence.getMessage());
			assertEquals(head, repository.head());
		}
	}

	@Test
	void emptyRationaleIsRefused() throws Exception {
		try (ReportRepository repository = ReportRepository.open(dir)) {
			String head = repository.head();
			AuditException empty = assertThrows(AuditException.class,
					() -> new VerdictLog().record(repository, RSM, CommitmentStatus.SILENT, "  \n", List.of(), ANNA));
			assertEquals("A verdict needs a rationale: say why the commitment is silent.", empty.getMessage());
			assertEquals(head, repository.head());
			assertEquals(List.of(), new VerdictLog().history(repository, RSM));
			assertNotEquals(null, head);
		}
	}

	private static VerdictLog log(String instant) {
		return new VerdictLog(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
	}

	/** The real git, with a home of its own and no system configuration. */
	private List<String> git(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		Path home = Files.createDirectories(temp.resolve("home"));
		Map<String, String> environment = builder.environment();
		environment.put("HOME", home.toString());
		environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
		environment.put("GIT_CONFIG_NOSYSTEM", "1");
		environment.remove("GIT_DIR");
		environment.remove("GIT_WORK_TREE");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git hangs");
		assertEquals(0, process.exitValue(), output);
		return output.lines().toList();
	}
}

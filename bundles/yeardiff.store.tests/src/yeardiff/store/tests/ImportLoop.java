package yeardiff.store.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import yeardiff.samples.SampleLetter;
import yeardiff.store.ImportOutcome;
import yeardiff.store.ReportRepository;
import yeardiff.store.internal.WriteLock;

/**
 * The other process of the crash and concurrency tests, started by {@link ChildJvm} with the test
 * class path. It reports each finished step in one line, which the test reads to know how far it
 * got.
 *
 * <ul>
 * <li>{@code loop DIR PROGRESS}: imports report {@code 2019} again and again, each time with other
 * content, appending {@code imported <commit> <n>} to the file {@code PROGRESS} after each import,
 * until it is killed (a file, unlike standard output, keeps what was written when the process
 * dies);</li>
 * <li>{@code commits DIR PROGRESS}: the same with the generic commit that verdicts and drafts use,
 * writing {@code audit/verdicts.xmi} and {@code drafts/2022/report.xmi} (see {@link #verdicts(int)});</li>
 * <li>{@code import DIR PREFIX COUNT}: imports the reports {@code PREFIX-1} to
 * {@code PREFIX-COUNT}, waiting up to a minute for the lock;</li>
 * <li>{@code hold DIR MILLIS}: takes the repository's write lock, prints {@code locked}, and holds
 * it that long.</li>
 * </ul>
 */
public final class ImportLoop {

	private ImportLoop() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[1]);
		switch (args[0]) {
		case "loop" -> loop(dir, Path.of(args[2]));
		case "commits" -> commits(dir, Path.of(args[2]));
		case "import" -> importAll(dir, args[2], Integer.parseInt(args[3]));
		case "hold" -> hold(dir, Long.parseLong(args[2]));
		default -> throw new IllegalArgumentException(args[0]);
		}
	}

	/** The statement that version {@code n} of the loop's report holds. */
	static String statement(int n) {
		return "Versie " + n + ": Nederland en Duitsland integreren hun landmachten verder."; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void loop(Path dir, Path progress) throws Exception {
		byte[] letter = SampleLetter.REPORT_2019.bytes();
		try (ReportRepository repository = ReportRepository.open(dir, Duration.ofMinutes(1))) {
			for (int n = 1;; n++) {
				ImportOutcome outcome = repository.importReport(
						TestReports.yearly("2019", 2019, "Rapportage 2019", statement(n)), letter, "txt", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Files.writeString(progress, "imported " + outcome.commitId() + ' ' + n + '\n', //$NON-NLS-1$
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		}
	}

	/** The content of the verdict log in version {@code n} of the commit loop. */
	static String verdicts(int n) {
		return "<verdicts version=\"" + n + "\"/>\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void commits(Path dir, Path progress) throws Exception {
		try (ReportRepository repository = ReportRepository.open(dir, Duration.ofMinutes(1))) {
			for (int n = 1;; n++) {
				String commit = repository.commit("Verdict " + n, java.util.Map.of("audit/verdicts.xmi", //$NON-NLS-1$ //$NON-NLS-2$
						verdicts(n).getBytes(java.nio.charset.StandardCharsets.UTF_8), "drafts/2022/report.xmi", //$NON-NLS-1$
						("<draft version=\"" + n + "\"/>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)), //$NON-NLS-1$ //$NON-NLS-2$
						java.util.Set.of(), "Auditor " + n); //$NON-NLS-1$
				Files.writeString(progress, "committed " + commit + ' ' + n + '\n', //$NON-NLS-1$
						StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		}
	}

	private static void importAll(Path dir, String prefix, int count) throws Exception {
		byte[] letter = SampleLetter.REPORT_2020.bytes();
		try (ReportRepository repository = ReportRepository.open(dir, Duration.ofMinutes(1))) {
			for (int i = 1; i <= count; i++) {
				String id = prefix + '-' + i;
				ImportOutcome outcome = repository.importReport(
						TestReports.yearly(id, 2020, "Rapportage " + id, "Rapport " + id + "."), letter, "txt", false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				System.out.println("imported " + outcome.commitId() + ' ' + id); //$NON-NLS-1$
			}
		}
	}

	private static void hold(Path dir, long millis) throws Exception {
		try (WriteLock lock = WriteLock.acquire(dir.resolve(".git"), Duration.ofMinutes(1))) { //$NON-NLS-1$
			System.out.println("locked"); //$NON-NLS-1$
			System.out.flush();
			Thread.sleep(millis);
		}
	}
}

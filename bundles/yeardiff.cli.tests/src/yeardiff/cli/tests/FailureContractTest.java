package yeardiff.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/**
 * The command line's promise for failures and for success: only the command writes to stderr, a
 * failure is one line and leaves the repository as it was, and one report that cannot be read does
 * not stop the commands that read all reports.
 */
class FailureContractTest {

	@TempDir
	Path temp;

	@Test
	void aSuccessfulPdfImportWritesNothingOnStandardError() throws Exception {
		Path repository = temp.resolve("reports");
		Path pdf = temp.resolve("rapportage-2020.pdf");
		Files.write(pdf, SamplePdf.render(new ReportImporter().read(SampleLetter.REPORT_2020.bytes(), "2020.txt", ImportOptions.defaults())));
		assertEquals(0, CommandRun.of("init", "--repo", repository.toString()).exitCode());

		PrintStream stderr = System.err;
		ByteArrayOutputStream libraries = new ByteArrayOutputStream();
		CommandRun run;
		System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
		try {
			run = CommandRun.of("import", pdf.toString(), "--repo", repository.toString());
		} finally {
			System.setErr(stderr);
		}

		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("rapportage-2020.pdf: imported as 2020 "), run.out());
		assertEquals("", run.err());
		assertEquals("", libraries.toString(StandardCharsets.UTF_8), "what libraries wrote to the process's stderr");
	}

	/**
	 * Every house style of the PDF tests' letters (the ministry's, the numbered one, the
	 * Kamerstuk's), each in a repository of its own: PDFBox's warnings about fonts and the like go to
	 * the product log, never to stderr.
	 */
	@Test
	void everyHouseStylesPdfImportsWithoutAWordOnStandardError() throws Exception {
		Path styles = pdfFolder();
		List<Path> folders;
		try (java.util.stream.Stream<Path> list = Files.list(styles)) {
			folders = list.filter(Files::isDirectory).sorted().toList();
		}
		assertTrue(folders.size() >= 3, "house styles in " + styles + ": " + folders);
		for (Path style : folders) {
			Path repository = temp.resolve("reports-" + style.getFileName());
			assertEquals(0, CommandRun.of("init", "--repo", repository.toString()).exitCode());
			List<Path> letters;
			try (java.util.stream.Stream<Path> list = Files.list(style)) {
				letters = list.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
			}
			assertFalse(letters.isEmpty(), style.toString());
			for (Path pdf : letters) {
				String[] args = pdf.getFileName().toString().startsWith("2012")
						? new String[] { "import", pdf.toString(), "--year", "2012", "--repo", repository.toString() }
						: new String[] { "import", pdf.toString(), "--repo", repository.toString() };
				PrintStream stderr = System.err;
				ByteArrayOutputStream libraries = new ByteArrayOutputStream();
				CommandRun run;
				System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
				try {
					run = CommandRun.of(args);
				} finally {
					System.setErr(stderr);
				}
				String what = style.getFileName() + "/" + pdf.getFileName();
				assertEquals(0, run.exitCode(), what + ": " + run.err());
				assertTrue(run.out().startsWith(pdf.getFileName() + ": imported as "), what + ": " + run.out());
				assertEquals("", run.err(), what);
				assertEquals("", libraries.toString(StandardCharsets.UTF_8), what + ": what libraries wrote to the process's stderr");
			}
		}
	}

	/** The house-style PDFs of the importer's tests, found above the folder the tests run in. */
	private static Path pdfFolder() {
		for (Path folder = Path.of(System.getProperty("user.dir")).toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve("bundles/yeardiff.ingest.tests/pdf");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			candidate = folder.resolve("yeardiff.ingest.tests/pdf");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("no yeardiff.ingest.tests/pdf above " + System.getProperty("user.dir"));
	}

	@Test
	void aMissingFileIsNamedAsMissing() throws Exception {
		Path repository = temp.resolve("reports");
		assertEquals(0, CommandRun.of("init", "--repo", repository.toString()).exitCode());
		String head = CommandRun.git(repository, "rev-parse", "HEAD");
		Path missing = temp.resolve("brief-2022.pdf");

		CommandRun run = CommandRun.of("import", missing.toString(), "--repo", repository.toString());

		assertEquals(1, run.exitCode());
		assertEquals("yeardiff: " + missing + ": no such file: give the path of a letter (PDF or text)\n", run.err());
		assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD"));
	}

	@Test
	void aTooSlowImportNamesItsTimeLimitAndLeavesTheRepositoryAsItWas() throws Exception {
		Path repository = temp.resolve("reports");
		assertEquals(0, CommandRun.of("init", "--repo", repository.toString()).exitCode());
		String head = CommandRun.git(repository, "rev-parse", "HEAD");
		Path letter = temp.resolve("2020.txt");
		Files.write(letter, SampleLetter.REPORT_2020.bytes());

		CommandRun run = CommandRun.of("import", letter.toString(), "--time-limit", "0", "--repo", repository.toString());
		assertEquals(2, run.exitCode(), run.err());
		assertEquals(1, run.err().lines().count(), run.err());

		run = CommandRun.of("import", letter.toString(), "--repo", repository.toString(), "--time-limit", "1", "--max-pages", "500");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(CommandRun.git(repository, "log", "--format=%s").contains("2020"));
		assertEquals(head, CommandRun.git(repository, "rev-parse", "HEAD~1"));
	}

	@Test
	void oneDamagedReportIsReportedInOneLineAndTheOthersAreListed() throws Exception {
		Path repository = temp.resolve("reports");
		assertEquals(0, CommandRun.of("sample", "--repo", repository.toString()).exitCode());
		// a report damaged in a commit made with Git: cut off, and its summary no longer matching it
		Files.writeString(repository.resolve("reports/2020/report.xmi"), "<?xml version=\"1.0\"?>\n<report:Report id=\"2020\">\n<sections");
		Files.writeString(repository.resolve("reports/2020/summary.properties"), "id = 2020\n");
		CommandRun.git(repository, "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "commit", "-qam", "Edited by hand");
		String expected = "yeardiff: report 2020 cannot be read and is left out: reports/2020/report.xmi is damaged or cut off (line 3, column 10): import the letter again with --replace\n";

		CommandRun list = CommandRun.of("list", "--repo", repository.toString());
		assertEquals(0, list.exitCode(), list.err());
		assertEquals(expected, list.err());
		assertEquals(List.of("2012", "2019-06-19", "2019", "2021"), list.out().lines().map(line -> line.split(" ")[0]).toList());

		CommandRun commitments = CommandRun.of("commitments", "--repo", repository.toString());
		assertEquals(0, commitments.exitCode(), commitments.err());
		assertEquals(expected, commitments.err());
		// commitment ids start with their report's id
		assertTrue(commitments.out().contains(" 2012/noorwegen/"), commitments.out());
		assertFalse(commitments.out().contains(" 2020/"), commitments.out());
	}
}

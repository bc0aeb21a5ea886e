package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.BadLetterFiles;
import yeardiff.testing.SamplePdf;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Git;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.testing.Widgets;
import yeardiff.ui.wizards.ImportLettersWizard;

/**
 * The import wizard fed files that cannot become a report, one at a time, into the sample
 * repository: the user gets one line that names the file and says what to do, in the error dialog
 * of the wizard's job, and the repository stays as it was (HEAD, {@code git fsck}, the work tree).
 */
@ExtendWith(BackgroundJobsFinish.class)
class ImportWizardBadInputTest {

	private static final String NOT_IMPORTED = "The letters were not imported: "; //$NON-NLS-1$
	private static final long NOISE_SEED = 33279;

	@TempDir
	static Path temp;
	private static Path repository;

	@BeforeAll
	static void openSampleRepository() throws Exception {
		repository = temp.resolve("reports"); //$NON-NLS-1$
		SampleRepository.open(repository);
	}

	static Stream<Arguments> badLetters() throws Exception {
		byte[] letter2019 = SamplePdf.render(new ReportImporter().read(SampleLetter.REPORT_2019.bytes(),
				SampleLetter.REPORT_2019.fileName(), ImportOptions.defaults()));
		String letter2021 = new String(SampleLetter.REPORT_2021.bytes(), StandardCharsets.UTF_8);
		return Stream.of(
				Arguments.of("leeg.txt", new byte[0], //$NON-NLS-1$
						"leeg.txt is empty: import the letter's PDF or its text extraction instead"), //$NON-NLS-1$
				Arguments.of("brief.pdf", BadLetterFiles.noise(NOISE_SEED), //$NON-NLS-1$
						"brief.pdf is a damaged PDF (no PDF header): download or export the letter again and import the new file"), //$NON-NLS-1$
				Arguments.of("brief.txt", BadLetterFiles.noise(NOISE_SEED), //$NON-NLS-1$
						"brief.txt is neither a PDF nor a text file in UTF-8 or Windows-1252: import the letter's PDF or its text extraction instead"), //$NON-NLS-1$
				Arguments.of("afgebroken.pdf", BadLetterFiles.truncated(letter2019), //$NON-NLS-1$
						"afgebroken.pdf is an incomplete PDF (it has no end marker, as after a broken download): download the letter again and import the new file"), //$NON-NLS-1$
				Arguments.of("geheim.pdf", BadLetterFiles.passwordProtected(letter2019, "geheim"), //$NON-NLS-1$ //$NON-NLS-2$
						"geheim.pdf is password-protected: remove the protection and import again"), //$NON-NLS-1$
				Arguments.of("scan.pdf", BadLetterFiles.scannedPdf(), //$NON-NLS-1$
						"scan.pdf has no text layer (a scanned image?): run OCR on it first, then import the result"), //$NON-NLS-1$
				Arguments.of("notulen.txt", //$NON-NLS-1$
						"Notulen\n\nDe vergadering wordt om 10.00 uur geopend. Er zijn geen mededelingen.\n\nRondvraag\n\nNiemand heeft een vraag.\n" //$NON-NLS-1$
								.getBytes(StandardCharsets.UTF_8),
						"notulen.txt is not a letter on international military cooperation: no partner sections found"), //$NON-NLS-1$
				Arguments.of("Brief aan de Kamer – versie één (concept).txt", BadLetterFiles.noise(NOISE_SEED), //$NON-NLS-1$
						"Brief aan de Kamer – versie één (concept).txt is neither a PDF nor a text file in UTF-8 or Windows-1252: import the letter's PDF or its text extraction instead"), //$NON-NLS-1$
				Arguments.of("rapportage 2021 herzien.txt", //$NON-NLS-1$
						letter2021.replace("in 2021 732 miljard US", "in 2021 733 miljard US").getBytes(StandardCharsets.UTF_8), //$NON-NLS-1$ //$NON-NLS-2$
						"report 2021 is already in the repository with other content: choose 'Replace a report of the same id' to replace it")); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badLetters")
	void badLetterGetsOneLineAndLeavesTheRepositoryAsItWas(String fileName, byte[] content, String message) throws Exception {
		Path file = Files.createDirectories(temp.resolve("letters")).resolve(fileName); //$NON-NLS-1$
		Files.write(file, content);
		String head = Git.head(repository);

		ImportLettersWizard wizard = ImportWizards.open(file);
		Button finish = Widgets.button(wizard.getShell(), "Finish"); //$NON-NLS-1$

		try (DialogWatch dialogs = DialogWatch.closingDialogs()) {
			Widgets.click(finish);
			Job job = wizard.job();
			assertNotNull(job, "Finish started no import"); //$NON-NLS-1$
			UiThread.waitUntil("the import of " + fileName, () -> job.getResult() != null); //$NON-NLS-1$
			assertEquals(IStatus.ERROR, job.getResult().getSeverity(), job.getResult().toString());
			assertEquals(NOT_IMPORTED + message, job.getResult().getMessage());
			UiThread.waitUntil("the error dialog that says: " + NOT_IMPORTED + message, //$NON-NLS-1$
					() -> dialogs.seen().stream().anyMatch(seen -> seen.says(NOT_IMPORTED + message)));
		}

		assertEquals(head, Git.head(repository), "the import of " + fileName + " moved HEAD"); //$NON-NLS-1$ //$NON-NLS-2$
		Git.assertIntactAndClean(repository);
	}
}

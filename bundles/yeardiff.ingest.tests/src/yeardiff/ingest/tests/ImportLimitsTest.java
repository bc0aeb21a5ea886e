package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportException.Reason;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Amount;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.Share;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/**
 * Files built to exhaust the importer end quickly with one line that says what is wrong: a
 * compressed stream that would inflate past any letter's size, a line of megabytes, a letter that
 * takes longer than the time limit or that the user cancels.
 */
class ImportLimitsTest {

	private static final String KNOWN_STATEMENT = "De Duitse defensie-uitgaven zijn de afgelopen jaren aanzienlijk verhoogd.";

	@Test
	void aCompressedStreamBombHidingTheTextIsRefusedAsSuch() throws IOException {
		byte[] bomb = bomb(SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2020)), 100L << 20);
		assertTrue(bomb.length < 2 << 20, "the bomb is small on disk: " + bomb.length);

		ImportException refused = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> assertThrows(ImportException.class, () -> new ReportImporter().read(bomb, "bomb.pdf", ImportOptions.defaults())));

		assertEquals(Reason.STREAM_TOO_LARGE, refused.reason());
		assertTrue(refused.getMessage().startsWith("bomb.pdf holds a compressed stream"), refused.getMessage());
		assertTrue(refused.getMessage().contains("64 MiB"), refused.getMessage());
		assertFalse(refused.getMessage().contains("text layer"), refused.getMessage());
		assertFalse(refused.getMessage().contains("\n"));
	}

	@Test
	void aFiveMegabyteLineOfDigitsEndsInSecondsAndGivesNoAbsurdNumber() {
		StringBuilder digits = new StringBuilder();
		Random random = new Random(17);
		while (digits.length() < 5 << 20) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		// an amount and a share that the long line must not swallow
		Report report = readWithLongLine("Het budget stijgt naar € " + digits + " miljard euro, ofwel " + digits + "% van het BBP.");

		assertTrue(texts(report).stream().anyMatch(text -> text.equals(KNOWN_STATEMENT)));
		for (Statement statement : ImportedLetters.statements(report)) {
			for (Fact fact : statement.getFacts()) {
				if (fact instanceof Amount amount) {
					assertTrue(amount.getValue() < 1e16, () -> "an amount of " + amount.getValue() + " in " + fact.getText());
				}
				if (fact instanceof Share share) {
					assertTrue(share.getValue() <= 100, () -> "a share of " + share.getValue());
				}
			}
		}
	}

	@Test
	void aFiveMegabyteLineOfWordsEndsInSeconds() {
		String letter = new String(SampleLetter.REPORT_2020.bytes(), StandardCharsets.UTF_8);
		List<String> words = List.of(letter.split("\\s+"));
		StringBuilder line = new StringBuilder();
		Random random = new Random(23);
		while (line.length() < 5 << 20) {
			line.append(words.get(random.nextInt(words.size()))).append(' ');
		}
		Report report = readWithLongLine(line.toString());

		assertTrue(texts(report).stream().anyMatch(text -> text.equals(KNOWN_STATEMENT)));
		assertTrue(texts(report).stream().mapToInt(String::length).sum() > 5 << 20, "the long line is read, not dropped");
	}

	@Test
	void aLetterOverTheTimeLimitStopsWithTheLimitInTheMessage() {
		ImportOptions options = ImportOptions.defaults().withTimeLimit(Duration.ofMillis(1));
		byte[] letter = SampleLetter.REPORT_2020.bytes();

		ImportException stopped = assertThrows(ImportException.class, () -> new ReportImporter().read(letter, "slow.txt", options));

		assertEquals(Reason.TIME_LIMIT, stopped.reason());
		assertEquals("slow.txt took longer than the import's time limit of 0.001 s: import the letter without its annexes, or raise the limit (--time-limit)",
				stopped.getMessage());
	}

	@Test
	void cancellingFromTheProgressMonitorStopsThePdfParser() {
		byte[] pdf = SamplePdf.render(ImportedLetters.report(SampleLetter.REPORT_2020));
		AtomicBoolean cancelled = new AtomicBoolean();
		AtomicInteger checks = new AtomicInteger();

		ImportException stopped = assertThrows(ImportException.class, () -> new ReportImporter().read(pdf, "letter.pdf", ImportOptions.defaults(), () -> {
			// the user presses Cancel while the pages are read
			if (checks.incrementAndGet() == 3) {
				cancelled.set(true);
			}
			return cancelled.get();
		}));

		assertEquals(Reason.CANCELLED, stopped.reason());
		assertEquals("the import of letter.pdf was cancelled", stopped.getMessage());
	}

	/** The 2020 letter with {@code line} between two of its paragraphs, read with the default limits. */
	private static Report readWithLongLine(String line) {
		String letter = new String(SampleLetter.REPORT_2020.bytes(), StandardCharsets.UTF_8);
		int middle = letter.indexOf("\n\n", letter.length() / 2);
		byte[] content = (letter.substring(0, middle) + "\n\n" + line + letter.substring(middle)).getBytes(StandardCharsets.UTF_8);
		return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ReportImporter().read(content, "long-line.txt", ImportOptions.defaults()));
	}

	private static List<String> texts(Report report) {
		return ImportedLetters.texts(report);
	}

	/**
	 * The PDF with its first page's text hidden in a content stream padded with {@code padding}
	 * spaces: a stream of a few hundred kilobytes that inflates past any letter's size.
	 */
	private static byte[] bomb(byte[] pdf, long padding) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = document.getPage(0);
			ByteArrayOutputStream content = new ByteArrayOutputStream();
			try (InputStream in = page.getContents()) {
				in.transferTo(content);
			}
			byte[] deflated = deflate(content.toByteArray(), padding);
			COSStream stream = document.getDocument().createCOSStream();
			try (var raw = stream.createRawOutputStream()) {
				raw.write(deflated);
			}
			stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			page.getCOSObject().setItem(COSName.CONTENTS, stream);
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] deflate(byte[] content, long padding) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1 << 16];
		deflater.setInput(content);
		drain(deflater, out, buffer);
		byte[] spaces = new byte[1 << 20];
		java.util.Arrays.fill(spaces, (byte) ' ');
		for (long written = 0; written < padding; written += spaces.length) {
			deflater.setInput(spaces);
			drain(deflater, out, buffer);
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
		while (!deflater.needsInput()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
	}
}

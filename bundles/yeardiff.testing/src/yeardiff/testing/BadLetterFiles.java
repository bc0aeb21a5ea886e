package yeardiff.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Files users hand the importer that cannot become a report: noise, a PDF cut off by a broken
 * download, a password-protected PDF, a scan without a text layer, a PDF of something else. The
 * bad-input tests of the importer, the command line and the workbench build their files here, so
 * that all three are fed the same bytes.
 */
public final class BadLetterFiles {

	private static final int NOISE_BYTES = 4096;

	private BadLetterFiles() {
	}

	/** Random bytes, the same for the same seed: neither a PDF nor text. */
	public static byte[] noise(long seed) {
		byte[] noise = new byte[NOISE_BYTES];
		new Random(seed).nextBytes(noise);
		return noise;
	}

	/** The first half of a PDF, as a broken download leaves it. */
	public static byte[] truncated(byte[] pdf) {
		return Arrays.copyOf(pdf, pdf.length / 2);
	}

	/**
	 * The PDF protected with an owner password and {@code userPassword}: with an empty user
	 * password anyone may open it (only extracting its text is forbidden), with another one only
	 * who knows it.
	 */
	public static byte[] passwordProtected(byte[] pdf, String userPassword) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			AccessPermission permissions = new AccessPermission();
			permissions.setCanExtractContent(false);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", userPassword, permissions); //$NON-NLS-1$
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One A4 page that holds an image and no text, as a scanner without OCR makes it. */
	public static byte[] scannedPdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.drawImage(LosslessFactory.createFromImage(document, scan), 50, 50, 495, 740);
			}
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One A4 page with one line of text: a real PDF, but no letter. */
	public static byte[] pdfOfOneLine(String line) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				stream.newLineAtOffset(70, 700);
				stream.showText(line);
				stream.endText();
			}
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

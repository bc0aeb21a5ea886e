import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Writes the text PDFBox's own text stripper gives for a PDF, as a tool built on PDFBox would
 * export it: its defaults, so glyphs in the order the content stream draws them (no sorting by
 * position), a running header or footer wherever the producer drew it, the letterhead column
 * wherever it stands in the stream. Run by releng/textvariants/generate; not part of the product.
 *
 * <p>Usage: PdfBoxText PDF TXT</p>
 */
public final class PdfBoxText {

	public static void main(String[] args) throws Exception {
		try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
			Files.writeString(Path.of(args[1]), new PDFTextStripper().getText(document), StandardCharsets.UTF_8);
		}
	}
}

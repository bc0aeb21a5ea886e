package yeardiff.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;

/**
 * Bad inputs the importer was not built against, each made here from the bytes up (none is
 * committed): decompression bombs hidden in the places a PDF decodes streams (page contents next to
 * real text, a font program, a form, an image, an object stream, behind two filters), structures no
 * writer makes (a page tree that contains itself, a Type 3 font drawn with paths), and text files of
 * absurd shapes (megabyte lines, NUL bytes, UTF-16, millions of tiny lines).
 */
final class HeldOutLetters {

	/** What a bomb inflates to: past the importer's 64 MiB limit per stream, small on disk. */
	static final long BOMB = 96L << 20;

	private static byte[] letterPdf;

	private HeldOutLetters() {
	}

	/** The 2020 letter set as the ministry prints it (a real, importable PDF). */
	static synchronized byte[] letterPdf() {
		if (letterPdf == null) {
			try {
				letterPdf = SamplePdf.render(new ReportImporter().read(SampleLetter.REPORT_2020.bytes(), "2020.txt", ImportOptions.defaults())); //$NON-NLS-1$
			} catch (yeardiff.ingest.ImportException e) {
				throw new IllegalStateException(e);
			}
		}
		return letterPdf.clone();
	}

	/** The 2020 letter's text extraction. */
	static String letterText() {
		return new String(SampleLetter.REPORT_2020.bytes(), StandardCharsets.UTF_8);
	}

	/** {@code head}, then {@code padding} spaces, deflated: a few hundred kilobytes. */
	static byte[] deflated(byte[] head, long padding) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
			deflate.write(head);
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (long written = 0; written < padding; written += spaces.length) {
				deflate.write(spaces);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] deflated(byte[] data) {
		return deflated(data, 0);
	}

	/** The letter's first page gets a second content stream, a bomb, after its real text. */
	static byte[] bombBesideRealText() {
		return edit((document, page) -> addContents(page,
				stream(document, deflated("BT ET\n".getBytes(StandardCharsets.ISO_8859_1), BOMB), COSName.FLATE_DECODE))); //$NON-NLS-1$
	}

	/** A TrueType font whose embedded program is a bomb, used by a line on the first page. */
	static byte[] bombInFontProgram() {
		return edit((document, page) -> addFont(document, page, stream(document, deflated(new byte[] { 0, 1, 0, 0 }, BOMB), COSName.FLATE_DECODE)));
	}

	/** A TrueType font with {@code program} as its embedded program, used by a line on the first page. */
	private static void addFont(PDDocument document, PDPage page, COSStream program) throws IOException {
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "Bomb"); //$NON-NLS-1$
		descriptor.setInt(COSName.FLAGS, 32);
		descriptor.setItem(COSName.FONT_BBOX, box(0, -200, 1000, 900));
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 900);
		descriptor.setInt(COSName.DESCENT, -200);
		descriptor.setInt(COSName.CAP_HEIGHT, 700);
		descriptor.setInt(COSName.STEM_V, 80);
		descriptor.setItem(COSName.FONT_FILE2, program);
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
		font.setName(COSName.BASE_FONT, "Bomb"); //$NON-NLS-1$
		font.setInt(COSName.FIRST_CHAR, 32);
		font.setInt(COSName.LAST_CHAR, 32);
		COSArray widths = new COSArray();
		widths.add(COSInteger.get(250));
		font.setItem(COSName.WIDTHS, widths);
		font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
		font.setItem(COSName.FONT_DESC, descriptor);
		resources(page).getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("FBomb"), font); //$NON-NLS-1$
		append(document, page, "BT /FBomb 11 Tf 70 40 Td ( ) Tj ET\n"); //$NON-NLS-1$
	}

	/** A form XObject whose content is a bomb, drawn on the first page. */
	static byte[] bombInForm() {
		return edit((document, page) -> {
			COSStream form = stream(document, deflated("BT ET\n".getBytes(StandardCharsets.ISO_8859_1), BOMB), COSName.FLATE_DECODE); //$NON-NLS-1$
			form.setItem(COSName.TYPE, COSName.XOBJECT);
			form.setItem(COSName.SUBTYPE, COSName.FORM);
			form.setItem(COSName.BBOX, box(0, 0, 100, 100));
			xObjects(page).setItem(COSName.getPDFName("FxBomb"), form); //$NON-NLS-1$
			append(document, page, "q /FxBomb Do Q\n"); //$NON-NLS-1$
		});
	}

	/** A 10 by 10 grey image whose data inflates to far more than 100 bytes, drawn on the first page. */
	static byte[] bombInImage() {
		return edit((document, page) -> {
			COSStream image = stream(document, deflated(new byte[0], BOMB), COSName.FLATE_DECODE);
			image.setItem(COSName.TYPE, COSName.XOBJECT);
			image.setItem(COSName.SUBTYPE, COSName.IMAGE);
			image.setInt(COSName.WIDTH, 10);
			image.setInt(COSName.HEIGHT, 10);
			image.setInt(COSName.BITS_PER_COMPONENT, 8);
			image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
			xObjects(page).setItem(COSName.getPDFName("ImBomb"), image); //$NON-NLS-1$
			append(document, page, "q 10 0 0 10 70 40 cm /ImBomb Do Q\n"); //$NON-NLS-1$
		});
	}

	/** The first page's content stream, a bomb, calls itself an image: a checker that skips images must not skip it. */
	static byte[] bombContentsDressedAsImage() {
		return edit((document, page) -> {
			COSStream contents = stream(document, deflated("BT ET\n".getBytes(StandardCharsets.ISO_8859_1), BOMB), COSName.FLATE_DECODE); //$NON-NLS-1$
			contents.setItem(COSName.SUBTYPE, COSName.IMAGE);
			contents.setInt(COSName.WIDTH, 1);
			contents.setInt(COSName.HEIGHT, 1);
			COSArray both = new COSArray();
			both.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
			both.add(contents);
			page.getCOSObject().setItem(COSName.CONTENTS, both);
		});
	}

	/** The bomb font program of {@link #bombInFontProgram()}, calling itself an image of one pixel. */
	static byte[] bombFontProgramDressedAsImage() {
		return edit((document, page) -> {
			COSStream program = stream(document, deflated(new byte[] { 0, 1, 0, 0 }, BOMB), COSName.FLATE_DECODE);
			dressAsImage(program, 1, 1);
			addFont(document, page, program);
		});
	}

	/** A Type 3 font whose one glyph procedure is a bomb calling itself an image, used on the first page. */
	static byte[] bombGlyphDressedAsImage() {
		return edit((document, page) -> {
			COSStream glyph = stream(document, deflated("500 0 d0\n".getBytes(StandardCharsets.ISO_8859_1), BOMB), COSName.FLATE_DECODE); //$NON-NLS-1$
			dressAsImage(glyph, 1, 1);
			COSDictionary procedures = new COSDictionary();
			procedures.setItem(COSName.getPDFName("a"), glyph); //$NON-NLS-1$
			COSArray differences = new COSArray();
			differences.add(COSInteger.get(97));
			differences.add(COSName.getPDFName("a")); //$NON-NLS-1$
			COSDictionary encoding = new COSDictionary();
			encoding.setItem(COSName.TYPE, COSName.ENCODING);
			encoding.setItem(COSName.DIFFERENCES, differences);
			COSDictionary font = new COSDictionary();
			font.setItem(COSName.TYPE, COSName.FONT);
			font.setItem(COSName.SUBTYPE, COSName.TYPE3);
			font.setItem(COSName.FONT_BBOX, box(0, 0, 500, 700));
			COSArray matrix = new COSArray();
			for (float value : new float[] { 0.001f, 0, 0, 0.001f, 0, 0 }) {
				matrix.add(new org.apache.pdfbox.cos.COSFloat(value));
			}
			font.setItem(COSName.FONT_MATRIX, matrix);
			font.setItem(COSName.CHAR_PROCS, procedures);
			font.setItem(COSName.ENCODING, encoding);
			font.setInt(COSName.FIRST_CHAR, 97);
			font.setInt(COSName.LAST_CHAR, 97);
			COSArray widths = new COSArray();
			widths.add(COSInteger.get(500));
			font.setItem(COSName.WIDTHS, widths);
			font.setItem(COSName.RESOURCES, new COSDictionary());
			resources(page).getCOSObject().getCOSDictionary(COSName.FONT).setItem(COSName.getPDFName("FGlyph"), font); //$NON-NLS-1$
			append(document, page, "BT /FGlyph 11 Tf 70 40 Td (a) Tj ET\n"); //$NON-NLS-1$
		});
	}

	/** Page contents that are a bomb, calling themselves an image of 100 000 by 100 000 pixels. */
	static byte[] bombContentsDeclaredAsHugeImage() {
		return edit((document, page) -> {
			COSStream contents = stream(document, deflated("BT ET\n".getBytes(StandardCharsets.ISO_8859_1), BOMB), COSName.FLATE_DECODE); //$NON-NLS-1$
			dressAsImage(contents, 100_000, 100_000);
			COSArray both = new COSArray();
			both.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
			both.add(contents);
			page.getCOSObject().setItem(COSName.CONTENTS, both);
		});
	}

	private static void dressAsImage(COSStream stream, int width, int height) {
		stream.setItem(COSName.TYPE, COSName.XOBJECT);
		stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
		stream.setInt(COSName.WIDTH, width);
		stream.setInt(COSName.HEIGHT, height);
		stream.setInt(COSName.BITS_PER_COMPONENT, 8);
		stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
	}

	/** The page's contents followed by the stream: the bomb comes after the page's real text. */
	private static void addContents(PDPage page, COSStream stream) {
		COSArray contents = new COSArray();
		contents.add(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
		contents.add(stream);
		page.getCOSObject().setItem(COSName.CONTENTS, contents);
	}

	/** A filter chain, applied in this order when the stream is read. */
	private static COSArray filters(COSName... names) {
		COSArray filters = new COSArray();
		for (COSName name : names) {
			filters.add(name);
		}
		return filters;
	}

	/** A bomb behind two filters: deflated twice, each stage small, the last one huge. */
	static byte[] bombBehindTwoFilters() {
		return edit((document, page) -> {
			byte[] inner = deflated("BT ET\n".getBytes(StandardCharsets.ISO_8859_1), 4 * BOMB); //$NON-NLS-1$
			COSStream twice = stream(document, deflated(inner), COSName.FLATE_DECODE);
			twice.setItem(COSName.FILTER, filters(COSName.FLATE_DECODE, COSName.FLATE_DECODE));
			addContents(page, twice);
		});
	}

	/** A bomb as hexadecimal text, then deflated: a filter with a fixed ratio before one without. */
	static byte[] bombBehindHexAndFlate() {
		return edit((document, page) -> {
			byte[] hex = java.util.HexFormat.of().formatHex(deflated("BT ET\n".getBytes(StandardCharsets.ISO_8859_1), BOMB)) //$NON-NLS-1$
					.getBytes(StandardCharsets.ISO_8859_1);
			COSStream stream = stream(document, hex, COSName.ASCII_HEX_DECODE);
			stream.setItem(COSName.FILTER, filters(COSName.ASCII_HEX_DECODE, COSName.FLATE_DECODE));
			addContents(page, stream);
		});
	}

	/**
	 * A one-page PDF whose font dictionary lives in a compressed object stream that is a bomb: the
	 * objects come first, then the padding, so a reader that decodes the whole stream drowns.
	 */
	static byte[] bombInObjectStream() {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int pages = pdf.reserve();
		int page = pdf.reserve();
		int content = pdf.reserve();
		int font = pdf.reserve();
		int objects = pdf.reserve();
		pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.set(page, "<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " + font //$NON-NLS-1$ //$NON-NLS-2$
				+ " 0 R >> >> /Contents " + content + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.setStream(content, "", "BT /F1 11 Tf 70 700 Td (Den Haag, 12 december 2020) Tj ET".getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$ //$NON-NLS-2$
		String header = font + " 0 "; //$NON-NLS-1$
		String fontObject = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> "; //$NON-NLS-1$
		pdf.setStream(objects, "/Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode", //$NON-NLS-1$ //$NON-NLS-2$
				deflated((header + fontObject).getBytes(StandardCharsets.ISO_8859_1), BOMB));
		pdf.compress(font, objects, 0);
		return pdf.buildWithXrefStream(catalog);
	}

	/** A page tree whose inner node lists itself among its kids, next to a real page of text. */
	static byte[] loopingPageTree() {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int pages = pdf.reserve();
		int inner = pdf.reserve();
		int page = pdf.reserve();
		int content = pdf.reserve();
		pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R " + inner + " 0 R] /Count 3 >>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		pdf.set(inner, "<< /Type /Pages /Parent " + pages + " 0 R /Kids [" + inner + " 0 R " + pages + " 0 R] /Count 2 >>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		pdf.set(page, "<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 << /Type /Font" //$NON-NLS-1$ //$NON-NLS-2$
				+ " /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >> >> /Contents " + content + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.setStream(content, "", "BT /F1 11 Tf 70 700 Td (Rapportage internationale militaire samenwerking 2020) Tj ET" //$NON-NLS-1$ //$NON-NLS-2$
				.getBytes(StandardCharsets.ISO_8859_1));
		return pdf.build(catalog);
	}

	/**
	 * The first lines of the 2020 letter set in a Type 3 font: every glyph is a little drawing
	 * (a box) named after its letter, with no font program and no ToUnicode map.
	 */
	static byte[] type3Letter() {
		List<String> lines = letterText().lines().filter(line -> !line.isBlank()).limit(40).toList();
		StringBuilder procedures = new StringBuilder();
		StringBuilder differences = new StringBuilder("[32 /space"); //$NON-NLS-1$
		StringBuilder widths = new StringBuilder("["); //$NON-NLS-1$
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int pages = pdf.reserve();
		int page = pdf.reserve();
		int content = pdf.reserve();
		int font = pdf.reserve();
		for (int code = 32; code <= 126; code++) {
			String name = code == 32 ? "space" : glyphName((char) code); //$NON-NLS-1$
			if (code > 32) {
				differences.append(' ').append(code).append(" /").append(name); //$NON-NLS-1$
			}
			int glyph = pdf.addStream("", (code == 32 ? "500 0 d0" : "500 0 0 0 450 700 d1 50 0 400 700 re f") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.getBytes(StandardCharsets.ISO_8859_1));
			procedures.append(" /").append(name).append(' ').append(glyph).append(" 0 R"); //$NON-NLS-1$
			widths.append(" 500"); //$NON-NLS-1$
		}
		differences.append(']');
		widths.append(']');
		pdf.set(font, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs <<" //$NON-NLS-1$
				+ procedures + " >> /Encoding << /Type /Encoding /Differences " + differences + " >> /FirstChar 32 /LastChar 126 /Widths " //$NON-NLS-1$ //$NON-NLS-2$
				+ widths + " /Resources << >> >>"); //$NON-NLS-1$
		StringBuilder text = new StringBuilder("BT /T3 10 Tf 12 TL 60 800 Td\n"); //$NON-NLS-1$
		for (String line : lines) {
			StringBuilder ascii = new StringBuilder();
			for (char c : line.toCharArray()) {
				if (c >= 32 && c <= 126 && c != '(' && c != ')' && c != '\\') {
					ascii.append(c);
				}
			}
			text.append('(').append(ascii).append(") '\n"); //$NON-NLS-1$
		}
		text.append("ET"); //$NON-NLS-1$
		pdf.setStream(content, "", text.toString().getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>"); //$NON-NLS-1$ //$NON-NLS-2$
		pdf.set(page, "<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 " + font //$NON-NLS-1$ //$NON-NLS-2$
				+ " 0 R >> >> /Contents " + content + " 0 R >>"); //$NON-NLS-1$ //$NON-NLS-2$
		return pdf.build(catalog);
	}

	/** The glyph name Adobe's standard encoding gives a printable ASCII character. */
	private static String glyphName(char c) {
		if (Character.isLetter(c)) {
			return String.valueOf(c);
		}
		return switch (c) {
			case '0' -> "zero"; case '1' -> "one"; case '2' -> "two"; case '3' -> "three"; case '4' -> "four"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			case '5' -> "five"; case '6' -> "six"; case '7' -> "seven"; case '8' -> "eight"; case '9' -> "nine"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			case '.' -> "period"; case ',' -> "comma"; case ':' -> "colon"; case ';' -> "semicolon"; case '-' -> "hyphen"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			case '/' -> "slash"; case '\'' -> "quotesingle"; case '"' -> "quotedbl"; case '%' -> "percent"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			default -> "g" + (int) c; //$NON-NLS-1$
		};
	}

	/** The letter's text with {@code line} between two of its paragraphs. */
	static byte[] letterWithLine(String line) {
		String letter = letterText();
		int middle = letter.indexOf("\n\n", letter.length() / 2); //$NON-NLS-1$
		return (letter.substring(0, middle) + "\n\n" + line + letter.substring(middle)).getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	/** Five megabytes of random digits. */
	static String digits(long seed) {
		Random random = new Random(seed);
		StringBuilder digits = new StringBuilder(5 << 20);
		while (digits.length() < 5 << 20) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	/** Five megabytes of the letter's own words, in random order. */
	static String words(long seed) {
		String[] words = letterText().split("\\s+"); //$NON-NLS-1$
		Random random = new Random(seed);
		StringBuilder line = new StringBuilder(5 << 20);
		while (line.length() < 5 << 20) {
			line.append(words[random.nextInt(words.length)]).append(' ');
		}
		return line.toString();
	}

	/** Five megabytes of letters, digits and punctuation without a space. */
	static String noSpaces(long seed) {
		String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-€%()éë"; //$NON-NLS-1$
		Random random = new Random(seed);
		StringBuilder line = new StringBuilder(5 << 20);
		while (line.length() < 5 << 20) {
			line.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return line.toString();
	}

	/** The letter followed by {@code count} lines of one or two characters. */
	static byte[] tinyLines(int count, long seed) {
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder(letterText()).append('\n');
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + random.nextInt(26)));
			if (random.nextBoolean()) {
				text.append('.');
			}
			text.append('\n');
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The letter's text as UTF-16 with a byte order mark, as Windows saves "Unicode" text. */
	static byte[] utf16(boolean bigEndian) {
		byte[] text = letterText().getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
		byte[] file = new byte[text.length + 2];
		file[0] = (byte) (bigEndian ? 0xFE : 0xFF);
		file[1] = (byte) (bigEndian ? 0xFF : 0xFE);
		System.arraycopy(text, 0, file, 2, text.length);
		return file;
	}

	/** The letter's text as UTF-16 without a byte order mark: every other byte is NUL. */
	static byte[] utf16WithoutMark() {
		return letterText().getBytes(StandardCharsets.UTF_16LE);
	}

	private interface PageEdit {
		void edit(PDDocument document, PDPage page) throws IOException;
	}

	/** The letter PDF with its first page changed by {@code edit}. */
	private static byte[] edit(PageEdit edit) {
		try (PDDocument document = Loader.loadPDF(letterPdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.edit(document, document.getPage(0));
			document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static COSStream stream(PDDocument document, byte[] encoded, COSName filter) throws IOException {
		COSStream stream = document.getDocument().createCOSStream();
		try (OutputStream raw = stream.createRawOutputStream()) {
			raw.write(encoded);
		}
		stream.setItem(COSName.FILTER, filter);
		return stream;
	}

	private static void append(PDDocument document, PDPage page, String operators) throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		try (InputStream in = page.getContents()) {
			in.transferTo(content);
		}
		content.writeBytes(("\n" + operators).getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		page.getCOSObject().setItem(COSName.CONTENTS, stream(document, deflated(content.toByteArray()), COSName.FLATE_DECODE));
	}

	private static PDResources resources(PDPage page) {
		PDResources resources = page.getResources();
		if (resources.getCOSObject().getCOSDictionary(COSName.FONT) == null) {
			resources.getCOSObject().setItem(COSName.FONT, new COSDictionary());
		}
		page.setResources(resources);
		return resources;
	}

	private static COSDictionary xObjects(PDPage page) {
		PDResources resources = page.getResources();
		COSDictionary xObjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
		if (xObjects == null) {
			xObjects = new COSDictionary();
			resources.getCOSObject().setItem(COSName.XOBJECT, xObjects);
		}
		page.setResources(resources);
		return xObjects;
	}

	private static COSArray box(int... values) {
		COSArray box = new COSArray();
		for (int value : values) {
			box.add(COSInteger.get(value));
		}
		return box;
	}
}

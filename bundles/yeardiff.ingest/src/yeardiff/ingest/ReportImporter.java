package yeardiff.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.ingest.ImportException.Reason;
import yeardiff.ingest.internal.Block;
import yeardiff.ingest.internal.BlockBuilder;
import yeardiff.ingest.internal.CleanLetter;
import yeardiff.ingest.internal.ImportGuard;
import yeardiff.ingest.internal.LayoutCleaner;
import yeardiff.ingest.internal.LetterLayout;
import yeardiff.ingest.internal.LetterMetadata;
import yeardiff.ingest.internal.Messages;
import yeardiff.ingest.internal.PdfLetterReader;
import yeardiff.ingest.internal.ReportAssembler;
import yeardiff.ingest.internal.TextDecoder;
import yeardiff.ingest.internal.TextLetterReader;
import yeardiff.model.api.Report;
import yeardiff.model.api.Source;
import yeardiff.model.api.SourceKind;
import yeardiff.model.api.SubjectKind;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.util.StableIds;

/**
 * Reads a letter on international military cooperation (Kamerstuk 33 279) into a {@link Report}:
 * its PDF, or a text extraction of it. Both go through the same cleaning (letterhead, running
 * headers, page footers, footnotes and hyphenation taken off), structure recognition (headings
 * become sections about the partner or organisation they name, paragraphs, one statement per
 * sentence) and fact extraction, so a letter gives the same statements whichever form it comes in.
 *
 * <p>The result depends only on the bytes and the options: importing the same file twice gives
 * identical XMI. The importer holds no state between calls, but is not meant to be shared between
 * threads.</p>
 */
public final class ReportImporter {

	/**
	 * The version of the importer's output, recorded in every report's source: it changes whenever
	 * the same letter would give a different model, so that stored reports can be told to be stale.
	 */
	public static final String VERSION = "1.5.0"; //$NON-NLS-1$

	private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	/** Readers accept a PDF header anywhere in the first kilobyte, after junk some mailers prepend. */
	private static final int PDF_HEADER_WINDOW = 1024;
	private static final double KIBIBYTE = 1024.0;
	private static final double MEBIBYTE = KIBIBYTE * KIBIBYTE;
	/** How often the caller looks whether the user cancelled while the letter is read. */
	private static final long POLL_MILLIS = 50;

	private final SubjectRegistry registry;

	/** An importer that knows the partners of the yearly reports. */
	public ReportImporter() {
		this(SubjectRegistry.standard());
	}

	/** An importer that recognises sections by the subjects of this registry. */
	public ReportImporter(SubjectRegistry registry) {
		this.registry = Objects.requireNonNull(registry);
	}

	/**
	 * Reads one letter.
	 *
	 * @param content the file's bytes: a PDF, or a text extraction in UTF-8, UTF-16 (with byte order
	 *            mark) or Windows-1252
	 * @param fileName the file's name, recorded in the report's source and named in error messages
	 * @param options the year and id when the caller knows them, and the limits
	 * @return the report, with its source, sections, statements, facts and footnotes
	 * @throws ImportException when the file cannot become a report; its message says why and what to do
	 */
	public Report read(byte[] content, String fileName, ImportOptions options) throws ImportException {
		return read(content, fileName, options, () -> false);
	}

	/**
	 * {@link #read(byte[], String, ImportOptions)} that stops when {@code cancelled} answers true (a
	 * progress monitor's {@code isCanceled}) or when the options' time limit has passed. The letter
	 * is read on a thread of its own, so that the limit holds even where the reader does not look
	 * at the clock: the caller gets its answer in time and the reader stops at its next check. A
	 * letter that exhausts the heap is refused like any other bad file.
	 *
	 * @throws ImportException also when the time limit passed ({@link Reason#TIME_LIMIT}), the user
	 *             cancelled ({@link Reason#CANCELLED}) or the heap ran out ({@link Reason#TOO_LARGE})
	 */
	public Report read(byte[] content, String fileName, ImportOptions options, BooleanSupplier cancelled)
			throws ImportException {
		return readLetter(content, fileName, options, cancelled).report();
	}

	/**
	 * Reads one letter, and says what the reader should know about the reading: the subjects its
	 * headings named that the registry does not list, and warnings (a letter without partner
	 * sections, filed under its own subject). The time limit holds as for
	 * {@link #read(byte[], String, ImportOptions)}.
	 *
	 * @see #read(byte[], String, ImportOptions)
	 */
	public ImportedLetter readLetter(byte[] content, String fileName, ImportOptions options) throws ImportException {
		return readLetter(content, fileName, options, () -> false);
	}

	/**
	 * {@link #readLetter(byte[], String, ImportOptions)} that stops when {@code cancelled} answers
	 * true, as {@link #read(byte[], String, ImportOptions, BooleanSupplier)} does.
	 */
	public ImportedLetter readLetter(byte[] content, String fileName, ImportOptions options, BooleanSupplier cancelled)
			throws ImportException {
		Objects.requireNonNull(options);
		Objects.requireNonNull(cancelled);
		long deadline = System.nanoTime() + options.timeLimit().toNanos();
		ImportGuard guard = new ImportGuard(deadline, cancelled);
		FutureTask<ImportedLetter> task = new FutureTask<>(() -> {
			guard.install();
			try {
				return readGuarded(content, fileName, options);
			} finally {
				guard.release();
			}
		});
		Thread reader = new Thread(task, "Yeardiff import of " + fileName); //$NON-NLS-1$
		reader.setDaemon(true);
		reader.start();
		try {
			while (true) {
				try {
					return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				} catch (TimeoutException e) {
					if (guard.cancelled() || guard.expired()) {
						guard.abandon();
						throw stopped(guard, fileName, options);
					}
				}
			}
		} catch (InterruptedException e) {
			guard.abandon();
			Thread.currentThread().interrupt();
			throw new ImportException(Reason.CANCELLED, Messages.bind(Messages.cancelled, fileName), e);
		} catch (ExecutionException e) {
			throw rethrow(e.getCause(), guard, fileName, options);
		}
	}

	private static ImportException rethrow(Throwable cause, ImportGuard guard, String fileName, ImportOptions options) {
		if (cause instanceof ImportException importException) {
			return importException;
		}
		if (cause instanceof ImportGuard.Stopped) {
			return stopped(guard, fileName, options);
		}
		if (cause instanceof OutOfMemoryError) {
			// the reader's thread has ended: what it held is garbage now, and the message can be made
			return new ImportException(Reason.TOO_LARGE, Messages.bind(Messages.outOfMemory, fileName,
					Long.valueOf(Runtime.getRuntime().maxMemory() >> 20)), cause);
		}
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(cause);
	}

	private static ImportException stopped(ImportGuard guard, String fileName, ImportOptions options) {
		if (guard.cancelled()) {
			return new ImportException(Reason.CANCELLED, Messages.bind(Messages.cancelled, fileName));
		}
		String seconds = BigDecimal.valueOf(options.timeLimit().toMillis(), 3).stripTrailingZeros().toPlainString();
		return new ImportException(Reason.TIME_LIMIT, Messages.bind(Messages.timeLimit, fileName, seconds));
	}

	private ImportedLetter readGuarded(byte[] content, String fileName, ImportOptions options) throws ImportException {
		Objects.requireNonNull(content);
		Objects.requireNonNull(fileName);
		Objects.requireNonNull(options);
		if (content.length == 0) {
			throw new ImportException(Reason.EMPTY, Messages.bind(Messages.empty, fileName));
		}
		if (content.length > options.maxBytes()) {
			throw new ImportException(Reason.TOO_LARGE, Messages.bind(Messages.tooLarge, fileName, size(content.length), size(options.maxBytes())));
		}
		boolean pdf = isPdf(content);
		LetterLayout layout = pdf ? new PdfLetterReader().read(content, fileName, options.maxPages()) : readText(content, fileName, options);
		ImportGuard.current().check();
		CleanLetter letter = new LayoutCleaner().clean(layout);
		ImportGuard.current().check();
		List<Block> blocks = new BlockBuilder(letter.joiner(), layout.typeset(), heading -> registry.match(heading).isPresent()).build(letter.lines());
		// a letter without partner sections is still a letter when it says what it is about
		boolean partners = ReportAssembler.namesPartner(blocks, registry);
		if (!partners && letter.letterhead().title() == null) {
			throw new ImportException(Reason.NOT_A_LETTER, Messages.bind(Messages.notALetter, fileName));
		}
		ImportGuard.current().check();
		if (blocks.stream().noneMatch(Block.Paragraph.class::isInstance)) {
			throw new ImportException(Reason.EMPTY, Messages.bind(Messages.noStatements, fileName));
		}
		LetterMetadata metadata = LetterMetadata.infer(letter.letterhead(), blocks, options, fileName);
		List<String> warnings = new ArrayList<>();
		SubjectDefinition ownSubject = null;
		if (!partners) {
			ownSubject = new SubjectDefinition(StableIds.slug(metadata.title()), metadata.title(), SubjectKind.THEME, List.of(), List.of());
			warnings.add(Messages.bind(Messages.noPartnerSections, fileName, metadata.title()));
		}
		ReportAssembler assembler = new ReportAssembler(registry);
		Report report = assembler.assemble(metadata, letter.letterhead(), blocks, letter.notes(), ownSubject);
		ImportGuard.current().check();
		Source source = ReportFactory.eINSTANCE.createSource();
		source.setFileName(fileName);
		source.setSha256(StableIds.sha256(content));
		source.setKind(pdf ? SourceKind.PDF : SourceKind.TEXT);
		source.setPageCount(letter.pages().size());
		source.setDeclaredPageCount(letter.declaredPageCount());
		source.getPages().addAll(letter.pages());
		source.setImporterVersion(VERSION);
		report.setSource(source);
		return new ImportedLetter(report, assembler.newSubjects(), warnings);
	}

	private static LetterLayout readText(byte[] content, String fileName, ImportOptions options) throws ImportException {
		String text = TextDecoder.decode(content).orElse(null);
		if (text == null) {
			if (fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")) { //$NON-NLS-1$
				throw new ImportException(Reason.DAMAGED_PDF, Messages.bind(Messages.damagedPdf, fileName, "no PDF header")); //$NON-NLS-1$
			}
			throw new ImportException(Reason.NOT_TEXT, Messages.bind(Messages.notText, fileName));
		}
		if (text.isBlank()) {
			throw new ImportException(Reason.EMPTY, Messages.bind(Messages.empty, fileName));
		}
		LetterLayout layout = new TextLetterReader().read(text);
		if (layout.pages().size() > options.maxPages()) {
			throw new ImportException(Reason.TOO_MANY_PAGES,
					Messages.bind(Messages.tooManyPages, fileName, Integer.valueOf(layout.pages().size()), Integer.valueOf(options.maxPages())));
		}
		return layout;
	}

	private static boolean isPdf(byte[] content) {
		int window = Math.min(content.length - PDF_HEADER.length, PDF_HEADER_WINDOW);
		for (int at = 0; at <= window; at++) {
			if (content[at] == PDF_HEADER[0] && Arrays.equals(content, at, at + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
				return true;
			}
		}
		return false;
	}

	private static String size(long bytes) {
		if (bytes < MEBIBYTE) {
			return String.format(Locale.ROOT, "%.1f KiB", Double.valueOf(bytes / KIBIBYTE)); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.1f MiB", Double.valueOf(bytes / MEBIBYTE)); //$NON-NLS-1$
	}
}

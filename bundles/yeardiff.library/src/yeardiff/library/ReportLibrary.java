package yeardiff.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import yeardiff.compare.ReportComparator;
import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportException.Reason;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ImportedLetter;
import yeardiff.ingest.ReportImporter;
import yeardiff.library.LetterImport.Outcome;
import yeardiff.library.internal.Messages;
import yeardiff.library.internal.ProvenanceIndex;
import yeardiff.model.api.Report;
import yeardiff.model.api.SourceKind;
import yeardiff.store.ImportOutcome;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * A repository of reports as its users work with it: letters imported (read, then committed, one
 * commit per letter), the sample letters, and statement histories. The command line and the
 * workbench both go through here, so they always do the same thing.
 */
public final class ReportLibrary implements AutoCloseable {

	private final ReportRepository repository;
	private final ReportComparator comparator;

	private ReportLibrary(ReportRepository repository, ReportComparator comparator) {
		this.repository = repository;
		this.comparator = comparator;
	}

	public static ReportLibrary open(Path directory) throws StoreException {
		return new ReportLibrary(ReportRepository.open(directory), new ReportComparator());
	}

	public static ReportLibrary init(Path directory) throws StoreException {
		return new ReportLibrary(ReportRepository.init(directory), new ReportComparator());
	}

	/** Opens the repository at {@code directory}, or creates an empty one when there is none. */
	public static ReportLibrary openOrInit(Path directory) throws StoreException {
		return isRepository(directory) ? open(directory) : init(directory);
	}

	/** Whether {@code directory} holds a Yeardiff repository (without opening it). */
	public static boolean isRepository(Path directory) {
		return Files.isDirectory(directory.resolve(".git")); //$NON-NLS-1$
	}

	public ReportRepository repository() {
		return repository;
	}

	/**
	 * Imports the letters the repository does not hold yet, in the order given, one commit each: how
	 * the command line and the workbench build the sample repository from the sample letters they
	 * pass in.
	 */
	public List<LetterImport> importSamples(List<LetterFile> letters) throws StoreException, ImportException {
		List<LetterImport> imports = new ArrayList<>();
		for (LetterFile letter : letters) {
			ImportOptions options = letter.year() == 0 ? ImportOptions.defaults() : ImportOptions.defaults().withYear(letter.year());
			imports.add(importLetter(letter.content(), letter.fileName(), options, false));
		}
		return imports;
	}

	/**
	 * Imports letters from files. All of them are read first and only then committed, so that a
	 * bad file among them leaves the repository as it was.
	 *
	 * @throws LibraryException when an id is given for more than one file
	 */
	public List<LetterImport> importFiles(List<Path> files, ImportOptions options, boolean replace)
			throws ImportException, StoreException, LibraryException, IOException {
		return importFiles(files, options, replace, () -> false);
	}

	/**
	 * {@link #importFiles(List, ImportOptions, boolean)} that stops reading when {@code cancelled}
	 * answers true (the workbench's progress monitor); letters are only committed once all were read.
	 */
	public List<LetterImport> importFiles(List<Path> files, ImportOptions options, boolean replace, BooleanSupplier cancelled)
			throws ImportException, StoreException, LibraryException, IOException {
		if (files.size() > 1 && (options.id() != null || options.year() != 0)) {
			throw new LibraryException(Messages.ReportLibrary_oneLetterOptions);
		}
		List<Read> reads = new ArrayList<>();
		for (Path file : files) {
			reads.add(read(file, options, cancelled));
		}
		List<LetterImport> imports = new ArrayList<>();
		for (Read read : reads) {
			imports.add(commit(read, replace));
		}
		return imports;
	}

	/** Imports one letter given as bytes (the workbench's wizard, the samples). */
	public LetterImport importLetter(byte[] content, String fileName, ImportOptions options, boolean replace)
			throws ImportException, StoreException {
		return commit(new Read(fileName, content, importer().readLetter(content, fileName, options)), replace);
	}

	/**
	 * Reads every stored report again from the letter it was imported from, with what the
	 * repository knows now (subjects users taught since, a newer importer), and commits each report
	 * that comes out differently, one commit per report as an import.
	 *
	 * @return per report, what reading it again did
	 * @throws ImportException when a stored letter no longer reads (nothing after it is committed)
	 */
	public List<LetterImport> reread() throws StoreException, ImportException {
		List<LetterImport> rereads = new ArrayList<>();
		ReportImporter importer = importer();
		for (ReportEntry entry : repository.list()) {
			Report stored = repository.load(entry.id());
			if (stored.getSource() == null) {
				continue;
			}
			String extension = stored.getSource().getKind() == SourceKind.PDF ? "pdf" : "txt"; //$NON-NLS-1$ //$NON-NLS-2$
			byte[] content = repository.readFile(RepositoryLayout.sourcePath(entry.id(), extension));
			if (content == null) {
				continue;
			}
			ImportOptions options = ImportOptions.defaults().withYear(stored.getYear()).withId(entry.id());
			String fileName = stored.getSource().getFileName() == null ? entry.id() + '.' + extension : stored.getSource().getFileName();
			rereads.add(commit(new Read(fileName, content, importer.readLetter(content, fileName, options)), false));
		}
		return rereads;
	}

	/** An importer that knows the subjects of this repository. */
	private ReportImporter importer() throws StoreException, ImportException {
		try {
			return new ReportImporter(RepositorySubjects.registry(repository));
		} catch (LibraryException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private Read read(Path file, ImportOptions options, BooleanSupplier cancelled) throws ImportException, IOException, StoreException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		if (!Files.exists(file)) {
			throw new ImportException(Reason.EMPTY, Messages.bind(Messages.ReportLibrary_noSuchFile, file));
		}
		if (!Files.isRegularFile(file)) {
			throw new ImportException(Reason.EMPTY, Messages.bind(Messages.ReportLibrary_notAFile, file));
		}
		long size = Files.size(file);
		if (size > options.maxBytes()) {
			// Checked before reading, so that a huge file never reaches the heap.
			throw new ImportException(Reason.TOO_LARGE, Messages.bind(Messages.ReportLibrary_tooLarge, name,
					String.format(Locale.ROOT, "%,d", Long.valueOf(size)), String.format(Locale.ROOT, "%,d", Long.valueOf(options.maxBytes())))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		byte[] content = Files.readAllBytes(file);
		return new Read(name, content, importer().readLetter(content, name, options, cancelled));
	}

	private LetterImport commit(Read read, boolean replace) throws StoreException {
		Report report = read.report();
		Report stored = storedLetter(report);
		if (stored != null) {
			// the same letter under another file name is the same letter: the repository keeps the name it was first imported under
			report.getSource().setFileName(stored.getSource().getFileName());
		}
		String extension = report.getSource() != null && report.getSource().getKind() == SourceKind.PDF ? "pdf" : "txt"; //$NON-NLS-1$ //$NON-NLS-2$
		// the same letter read again replaces its report when the reading changed (subjects taught since, a newer importer)
		ImportOutcome outcome = repository.importReport(report, read.content(), extension, replace || stored != null);
		Outcome kind = !outcome.changed() ? Outcome.UNCHANGED : outcome.replaced() ? Outcome.REPLACED : Outcome.ADDED;
		String title = kind == Outcome.UNCHANGED && stored != null ? stored.getTitle() : report.getTitle();
		return new LetterImport(read.fileName(), outcome.reportId(), title, outcome.commitId(), kind, read.letter().newSubjects(),
				read.letter().warnings());
	}

	/** The stored report of the same letter (the same bytes) under the same id, or null. */
	private Report storedLetter(Report report) throws StoreException {
		if (report.getSource() == null) {
			return null;
		}
		for (ReportEntry entry : repository.list()) {
			if (entry.id().equals(report.getId())) {
				Report stored = repository.load(entry.id());
				boolean same = stored.getSource() != null && report.getSource().getSha256().equals(stored.getSource().getSha256());
				return same ? stored : null;
			}
		}
		return null;
	}

	/**
	 * Where a statement first appeared and how it changed, from an index of each report's links to
	 * the report before it (built once per report version, see {@link ProvenanceIndex}).
	 */
	public StatementHistory history(String statementId) throws StoreException, LibraryException {
		ProvenanceIndex probe = new ProvenanceIndex(repository, () -> comparator, ""); //$NON-NLS-1$
		List<ReportEntry> chain = probe.chain();
		ProvenanceIndex index = new ProvenanceIndex(repository, this::repositoryComparator,
				PairingReview.pairingKey(repository, chain));
		int position = position(chain, statementId);
		List<StatementVersion> versions = new ArrayList<>();

		String current = statementId;
		for (int i = position; i >= 0 && current != null; i--) {
			ProvenanceIndex.Entry entry = index.links(chain.get(i), i == 0 ? null : chain.get(i - 1)).get(current);
			if (entry == null) {
				break;
			}
			versions.add(0, version(chain.get(i), entry));
			current = ProvenanceIndex.isFirst(entry.predecessor()) ? null : entry.predecessor();
		}
		if (versions.isEmpty()) {
			throw unknown(statementId);
		}
		current = statementId;
		for (int i = position + 1; i < chain.size(); i++) {
			ProvenanceIndex.Entry next = index.links(chain.get(i), chain.get(i - 1)).successor(current);
			if (next == null) {
				break;
			}
			versions.add(version(chain.get(i), next));
			current = next.statementId();
		}
		return new StatementHistory(statementId, versions);
	}

	/** The comparison of this repository: rarities over all its reports, reviewers' corrections honoured. */
	private ReportComparator repositoryComparator() {
		try {
			return PairingReview.comparator(repository, comparator);
		} catch (StoreException e) {
			throw new java.io.UncheckedIOException(new java.io.IOException(e.getMessage(), e));
		}
	}

	private static StatementVersion version(ReportEntry report, ProvenanceIndex.Entry entry) {
		return new StatementVersion(report.id(), report.year(), entry.statementId(), entry.text(), entry.page(), entry.status(),
				report.commit());
	}

	private static int position(List<ReportEntry> chain, String statementId) throws LibraryException {
		int slash = statementId.indexOf('/');
		String reportId = slash < 0 ? statementId : statementId.substring(0, slash);
		for (int i = 0; i < chain.size(); i++) {
			if (chain.get(i).id().equals(reportId)) {
				return i;
			}
		}
		throw unknown(statementId);
	}

	private static LibraryException unknown(String statementId) {
		return new LibraryException(Messages.bind(Messages.ReportLibrary_noStatement, statementId));
	}

	@Override
	public void close() {
		repository.close();
	}

	private record Read(String fileName, byte[] content, ImportedLetter letter) {

		Report report() {
			return letter.report();
		}
	}
}

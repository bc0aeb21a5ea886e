package yeardiff.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;

/**
 * What the benchmarks work on, made once per run and outside any timing: the sample letters
 * imported from their text, the synthetic 30-report repository, and a scratch folder for
 * repositories, deleted with everything in it when the run ends.
 */
public final class Fixtures implements AutoCloseable {

	/** The reports of the corpus most figures use. */
	public static final int CORPUS = 30;
	/** The reports of the corpus the scale figures compare it with. */
	public static final int LARGE_CORPUS = 100;

	private final Path scratch;
	private final Map<SampleLetter, Report> reports = new HashMap<>();
	private Map<Integer, Path> corpora;
	private int folders;

	private Fixtures(Path scratch) {
		this.scratch = scratch;
	}

	public static Fixtures create() throws IOException {
		return new Fixtures(Files.createTempDirectory("yeardiff-bench")); //$NON-NLS-1$
	}

	/** The report of a sample letter, imported from its text once. */
	public Report report(SampleLetter letter) throws ImportException {
		Report report = reports.get(letter);
		if (report == null) {
			report = new ReportImporter().read(letter.bytes(), letter.fileName(), options(letter));
			reports.put(letter, report);
		}
		return report;
	}

	/** The options a sample letter is imported with: the year it needs when it does not say. */
	public static ImportOptions options(SampleLetter letter) {
		return ImportOptions.defaults().withYear(letter.year());
	}

	/** A new empty folder in the scratch folder. */
	public Path newFolder(String name) throws IOException {
		folders++;
		return Files.createDirectory(scratch.resolve(name + '-' + folders));
	}

	/** The repository of the synthetic 30-report corpus, built on first use. */
	public Path corpus() throws Exception {
		return corpus(CORPUS);
	}

	/**
	 * The repository of the first {@code size} reports of the synthetic corpus ({@link #CORPUS} or
	 * {@link #LARGE_CORPUS}), both built on first use from one generated history. What the
	 * generator measured (the real letters' rates of change and the corpus's) goes to stderr.
	 */
	public Path corpus(int size) throws Exception {
		if (corpora == null) {
			Map<Integer, Path> folders = new java.util.LinkedHashMap<>();
			folders.put(Integer.valueOf(CORPUS), newFolder("corpus" + CORPUS)); //$NON-NLS-1$
			folders.put(Integer.valueOf(LARGE_CORPUS), newFolder("corpus" + LARGE_CORPUS)); //$NON-NLS-1$
			new SyntheticCorpus(this, System.err).build(folders);
			corpora = folders;
		}
		Path folder = corpora.get(Integer.valueOf(size));
		if (folder == null) {
			throw new IllegalArgumentException("no corpus of " + size + " reports"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return folder;
	}

	@Override
	public void close() {
		try (Stream<Path> paths = Files.walk(scratch)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

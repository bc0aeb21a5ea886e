package yeardiff.search.tests;

import java.nio.file.Path;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * A repository holding sample letters read by the real importer, as the product's
 * {@code yeardiff sample} builds it: search is tested on what users search.
 */
final class SampleRepository {

	private static final String TEXT = "txt"; //$NON-NLS-1$

	private SampleRepository() {
	}

	static ReportRepository create(Path folder, SampleLetter... letters) throws StoreException, ImportException {
		ReportRepository repository = ReportRepository.init(folder);
		for (SampleLetter letter : letters) {
			add(repository, letter);
		}
		return repository;
	}

	static void add(ReportRepository repository, SampleLetter letter) throws StoreException, ImportException {
		ImportOptions options = letter.year() == 0 ? ImportOptions.defaults()
				: ImportOptions.defaults().withYear(letter.year());
		byte[] bytes = letter.bytes();
		repository.importReport(new ReportImporter().read(bytes, letter.fileName(), options), bytes, TEXT, false);
	}
}

package yeardiff.draft.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * The years a repository holds a draft for. The store has no listing of drafts, so the candidates
 * are the folders under {@code drafts/} in the work tree and the year after each report; only those
 * that HEAD holds count, so a stale work tree never offers a draft that is not there.
 */
final class DraftYears {

	private DraftYears() {
	}

	static List<Integer> of(ReportRepository repository) throws StoreException {
		TreeSet<Integer> candidates = new TreeSet<>();
		for (ReportEntry entry : repository.list()) {
			candidates.add(Integer.valueOf(entry.year() + 1));
		}
		Path drafts = repository.directory().resolve(RepositoryLayout.DRAFTS);
		if (Files.isDirectory(drafts)) {
			try (Stream<Path> folders = Files.list(drafts)) {
				folders.map(folder -> folder.getFileName().toString()).filter(name -> name.matches("\\d{4}")) //$NON-NLS-1$
						.forEach(name -> candidates.add(Integer.valueOf(name)));
			} catch (IOException e) {
				// the work tree only suggests years; the report years still do
			}
		}
		return candidates.descendingSet().stream()
				.filter(year -> readable(repository, year.intValue())).toList();
	}

	private static boolean readable(ReportRepository repository, int year) {
		try {
			return repository.readFile(RepositoryLayout.draftPath(year)) != null;
		} catch (StoreException e) {
			return false;
		}
	}
}

package yeardiff.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.samples.SampleLetter;
import yeardiff.search.ReportSearch;
import yeardiff.search.SearchHit;
import yeardiff.store.ReportRepository;

/**
 * The index on disk: in {@code .git/yeardiff/search/<HEAD>}, written once per commit and reused by
 * every later search, in this instance or a new one as another process would make it; replaced
 * when HEAD moves; rebuilt when damaged.
 */
class SearchIndexTest {

	private static final String SKJOLD_JUNE_2019 = "De Nederlandse wintertraining zal vanaf 2020 plaatsvinden op de tijdelijke oefenlocatie Skjold."; //$NON-NLS-1$
	private static final String SKJOLD_2020 = "De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt al sinds de jaren zeventig jaarlijks in Noord-Noorwegen plaats, waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind."; //$NON-NLS-1$
	private static final String SKJOLD_2020_BARRACKS = "Zowel de Joint Mountain Training als de Joint Arctic Training zullen in de toekomst jaarlijks vanaf de kazerne te Skjold worden uitgevoerd."; //$NON-NLS-1$

	@TempDir
	Path folder;

	@Test
	void theIndexOfACommitIsWrittenOnceAndReused() throws Exception {
		try (ReportRepository repository = SampleRepository.create(folder, SampleLetter.INTERIM_2019)) {
			Path index = indexOf(repository);
			try (ReportSearch search = ReportSearch.of(repository)) {
				assertEquals(List.of(SKJOLD_JUNE_2019), texts(search.search("Skjold", 10))); //$NON-NLS-1$
			}
			assertTrue(Files.isDirectory(index), index::toString);
			assertEquals(List.of(index), children(index.getParent()));
			Object identity = Files.readAttributes(index, "fileKey"); //$NON-NLS-1$
			List<String> files = children(index).stream().map(path -> path.getFileName().toString()).toList();
			FileTime written = Files.getLastModifiedTime(index);

			try (ReportSearch again = ReportSearch.of(repository)) {
				assertEquals(List.of(SKJOLD_JUNE_2019), texts(again.search("Skjold", 10))); //$NON-NLS-1$
				assertEquals(List.of(SKJOLD_JUNE_2019), texts(again.search("Skjold", 10))); //$NON-NLS-1$
			}
			assertEquals(identity, Files.readAttributes(index, "fileKey")); //$NON-NLS-1$
			assertEquals(written, Files.getLastModifiedTime(index));
			assertEquals(files, children(index).stream().map(path -> path.getFileName().toString()).toList());
		}
	}

	@Test
	void aNewCommitGetsANewIndexAndTheOldOneGoes() throws Exception {
		try (ReportRepository repository = SampleRepository.create(folder, SampleLetter.INTERIM_2019);
				ReportSearch search = ReportSearch.of(repository)) {
			assertEquals(List.of(SKJOLD_JUNE_2019), texts(search.search("Skjold", 10))); //$NON-NLS-1$
			Path before = indexOf(repository);

			SampleRepository.add(repository, SampleLetter.REPORT_2020);
			Path after = indexOf(repository);
			assertNotEquals(before, after);

			assertEquals(List.of(SKJOLD_2020, SKJOLD_JUNE_2019, SKJOLD_2020_BARRACKS),
					sorted(texts(search.search("Skjold", 10)))); //$NON-NLS-1$
			assertEquals(List.of(after), children(after.getParent()));
		}
	}

	@Test
	void aDamagedIndexIsBuiltAgain() throws Exception {
		try (ReportRepository repository = SampleRepository.create(folder, SampleLetter.INTERIM_2019)) {
			Path index = indexOf(repository);
			try (ReportSearch search = ReportSearch.of(repository)) {
				search.search("Skjold", 10); //$NON-NLS-1$
			}
			for (Path file : children(index)) {
				Files.write(file, new byte[] { 1, 2, 3 });
			}
			try (ReportSearch search = ReportSearch.of(repository)) {
				assertEquals(List.of(SKJOLD_JUNE_2019), texts(search.search("Skjold", 10))); //$NON-NLS-1$
			}
			assertTrue(children(index).stream().anyMatch(file -> file.getFileName().toString().startsWith("segments_"))); //$NON-NLS-1$
		}
	}

	@Test
	void anIndexWithoutItsCommitPointIsBuiltAgain() throws Exception {
		try (ReportRepository repository = SampleRepository.create(folder, SampleLetter.INTERIM_2019)) {
			Path index = indexOf(repository);
			try (ReportSearch search = ReportSearch.of(repository)) {
				search.search("Skjold", 10); //$NON-NLS-1$
			}
			for (Path file : children(index)) {
				if (file.getFileName().toString().startsWith("segments_")) { //$NON-NLS-1$
					Files.delete(file);
				}
			}
			try (ReportSearch search = ReportSearch.of(repository)) {
				assertEquals(List.of(SKJOLD_JUNE_2019), texts(search.search("Skjold", 10))); //$NON-NLS-1$
			}
		}
	}

	@Test
	void anAbandonedBuildIsRemovedAndARunningOneKept() throws Exception {
		try (ReportRepository repository = SampleRepository.create(folder, SampleLetter.INTERIM_2019)) {
			Path root = indexOf(repository).getParent();
			Path abandoned = Files.createDirectories(root.resolve(".build-1")); //$NON-NLS-1$
			Files.write(abandoned.resolve("_0.cfs"), new byte[] { 1 }); //$NON-NLS-1$
			Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
			Path running = Files.createDirectories(root.resolve(".build-2")); //$NON-NLS-1$
			Path otherCommit = Files.createDirectories(root.resolve("0123456789abcdef0123456789abcdef01234567")); //$NON-NLS-1$

			try (ReportSearch search = ReportSearch.of(repository)) {
				assertEquals(List.of(SKJOLD_JUNE_2019), texts(search.search("Skjold", 10))); //$NON-NLS-1$
			}
			assertFalse(Files.exists(abandoned));
			assertFalse(Files.exists(otherCommit));
			assertTrue(Files.isDirectory(running));
		}
	}

	@Test
	void theIndexStaysOutOfTheWorkTreeAndTheCommits() throws Exception {
		try (ReportRepository repository = SampleRepository.create(folder, SampleLetter.INTERIM_2019);
				ReportSearch search = ReportSearch.of(repository)) {
			String head = repository.head();
			search.search("Skjold", 10); //$NON-NLS-1$
			assertEquals(head, repository.head());
			assertTrue(indexOf(repository).startsWith(folder.resolve(".git")), indexOf(repository)::toString); //$NON-NLS-1$
			Path git = folder.resolve(".git"); //$NON-NLS-1$
			try (Stream<Path> workTree = Files.walk(folder)) {
				assertEquals(List.of(), workTree.filter(path -> !path.startsWith(git))
						.filter(path -> path.getFileName().toString().startsWith("segments_")).toList()); //$NON-NLS-1$
			}
		}
	}

	private static Path indexOf(ReportRepository repository) throws Exception {
		return repository.directory().resolve(".git/yeardiff/search").resolve(repository.head()); //$NON-NLS-1$
	}

	private static List<Path> children(Path directory) throws IOException {
		try (Stream<Path> list = Files.list(directory)) {
			return list.sorted().toList();
		}
	}

	private static List<String> texts(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::text).toList();
	}

	private static List<String> sorted(List<String> texts) {
		return texts.stream().sorted().toList();
	}
}

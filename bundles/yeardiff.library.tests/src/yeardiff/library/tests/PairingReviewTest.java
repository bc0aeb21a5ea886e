package yeardiff.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.compare.ComparisonOptions;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.library.LetterFile;
import yeardiff.library.PairingReview;
import yeardiff.library.ReportLibrary;
import yeardiff.model.api.Report;
import yeardiff.samples.SampleLetter;
import yeardiff.store.ReportRepository;

/**
 * The repository's comparator is made once per HEAD: the workbench asks for it at every comparison,
 * and a reviewer's correction (a commit) must be honoured by the very next one.
 */
class PairingReviewTest {

	@TempDir
	Path temp;

	@Test
	void theComparatorIsKeptUntilTheNextCommitAndThenHonoursIt() throws Exception {
		Path directory = temp.resolve("sample"); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.openOrInit(directory)) {
			library.importSamples(SampleLetter.all().stream()
					.map(letter -> new LetterFile(letter.fileName(), letter.bytes(), letter.year())).toList());
		}
		try (ReportRepository repository = ReportRepository.open(directory)) {
			ReportComparator first = PairingReview.comparator(repository);
			assertSame(first, PairingReview.comparator(repository), "a second comparison at the same HEAD made the comparator again"); //$NON-NLS-1$
			assertNotSame(first, PairingReview.comparator(repository, new ComparisonOptions(0.45, 0.6)),
					"other options got the comparator of the defaults"); //$NON-NLS-1$

			Report from = repository.load("2019"); //$NON-NLS-1$
			Report to = repository.load("2020"); //$NON-NLS-1$
			List<StatementPair> pairs = first.compare(from, to).pairs();
			// A dropped statement and a new one of the same partner, which the comparison did not pair.
			StatementPair dropped = pairs.stream().filter(pair -> pair.to() == null && pair.from() != null).findFirst().orElseThrow();
			String partner = dropped.from().getId().split("/")[1]; //$NON-NLS-1$
			StatementPair added = pairs.stream()
					.filter(pair -> pair.from() == null && pair.to() != null && pair.to().getId().split("/")[1].equals(partner)) //$NON-NLS-1$
					.findFirst().orElseGet(() -> pairs.stream().filter(pair -> pair.from() == null && pair.to() != null).findFirst().orElseThrow());
			String a = dropped.from().getId();
			String b = added.to().getId();

			String head = repository.head();
			assertTrue(PairingReview.link(repository, a, b, "Reviewer <reviewer@example.org>").changed()); //$NON-NLS-1$
			assertNotEquals(head, repository.head());

			ReportComparator afterLink = PairingReview.comparator(repository);
			assertNotSame(first, afterLink, "the comparator of the old HEAD was given after a commit"); //$NON-NLS-1$
			StatementPair linked = afterLink.compare(from, to).pairs().stream()
					.filter(pair -> pair.from() != null && pair.from().getId().equals(a)).findFirst().orElseThrow();
			assertEquals(b, linked.to() == null ? null : linked.to().getId(), "the link was not honoured"); //$NON-NLS-1$
			assertTrue(first.compare(from, to).pairs().stream()
					.noneMatch(pair -> pair.from() != null && pair.from().getId().equals(a) && pair.to() != null),
					"the old comparator changed"); //$NON-NLS-1$
		}
		try (ReportRepository lenient = ReportRepository.open(directory)) {
			lenient.skipUnreadableReports(problem -> {
				// none here: the repository's reports are all readable
			});
			assertNotSame(PairingReview.comparator(lenient), PairingReview.comparator(lenient),
					"a repository read leniently shared a comparator"); //$NON-NLS-1$
		}
	}
}

package yeardiff.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.compare.ComparisonOptions;
import yeardiff.compare.PairingCorrections;
import yeardiff.compare.PairingCorrections.Correction;
import yeardiff.compare.ReportComparator;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * A reviewer's corrections of how statements are paired across reports: {@code link} two
 * statements the comparison did not pair, {@code unlink} two it should not have. Each correction is
 * one commit of {@link RepositoryLayout#PAIRING_CORRECTIONS} (like an auditor's verdict), and every
 * comparison made through {@link #comparator(ReportRepository)} honours them — the command line's
 * diff, timeline and history, the audit, and the workbench's Compare editor, whose "Link" and
 * "Unlink" actions call {@link #link} and {@link #unlink} here.
 */
public final class PairingReview {

	/** What a correction did: the commit, or the HEAD it left as it was when nothing changed. */
	public record Outcome(boolean changed, String commit, Correction correction) {
	}

	/** How many comparators are kept: a few repositories or options at once are plenty. */
	private static final int KEPT = 4;
	/** The comparators made lately, by repository, HEAD and options, the least lately used dropped. */
	private static final Map<ComparatorKey, ReportComparator> MADE = new LinkedHashMap<>(KEPT + 1, 1f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<ComparatorKey, ReportComparator> eldest) {
			return size() > KEPT;
		}
	};

	private record ComparatorKey(Path directory, String head, ComparisonOptions options) {
	}

	private PairingReview() {
	}

	/** The repository's corrections (none when it has no file yet). */
	public static PairingCorrections corrections(ReportRepository repository) throws StoreException {
		return PairingCorrections.parse(repository.readFile(RepositoryLayout.PAIRING_CORRECTIONS));
	}

	/**
	 * The comparison every command and view of a repository uses: its subjects (the taught ones
	 * too), words weighed by their rarity across all its reports, and the reviewers' corrections
	 * honoured.
	 */
	public static ReportComparator comparator(ReportRepository repository) throws StoreException, LibraryException {
		return comparator(repository, ComparisonOptions.defaults());
	}

	/**
	 * {@link #comparator(ReportRepository)} with other options (the workbench's preferences). The
	 * comparator of a repository's HEAD is kept: everything it is made of (the reports, the taught
	 * subjects, the corrections) is read at HEAD, so it stays right until the next commit, and the
	 * workbench's editors and views, which ask again for every comparison, need not read every
	 * report again each time.
	 */
	public static ReportComparator comparator(ReportRepository repository, ComparisonOptions options)
			throws StoreException, LibraryException {
		String head = repository.head();
		// A repository read leniently (unreadable reports left out) gets a comparator of its own.
		ComparatorKey key = head == null || repository.skipsUnreadableReports() ? null
				: new ComparatorKey(repository.directory(), head, options);
		if (key != null) {
			synchronized (MADE) {
				ReportComparator made = MADE.get(key);
				if (made != null) {
					return made;
				}
			}
		}
		ReportComparator made = comparator(repository, new ReportComparator(RepositorySubjects.registry(repository), options));
		// Kept only when no commit came in while it was made from what HEAD held.
		if (key != null && head.equals(repository.head())) {
			synchronized (MADE) {
				MADE.put(key, made);
			}
		}
		return made;
	}

	/** The rarities and corrections of the repository added to {@code base}, which keeps its subjects and options. */
	public static ReportComparator comparator(ReportRepository repository, ReportComparator base) throws StoreException {
		return comparator(repository, repository.loadAll(), base);
	}

	/**
	 * {@link #comparator(ReportRepository)} for a caller that has read all the repository's reports
	 * already ({@code all}, as {@link ReportRepository#loadAll()} gave them), so that they are not
	 * read a second time.
	 */
	public static ReportComparator comparator(ReportRepository repository, List<Report> all) throws StoreException, LibraryException {
		return comparator(repository, all, new ReportComparator(RepositorySubjects.registry(repository), ComparisonOptions.defaults()));
	}

	private static ReportComparator comparator(ReportRepository repository, List<Report> all, ReportComparator base) throws StoreException {
		return base.withRepository(all).withCorrections(corrections(repository));
	}

	/** Links statements {@code a} and {@code b} of two reports: every comparison pairs them from now on. */
	public static Outcome link(ReportRepository repository, String a, String b, String author)
			throws StoreException, LibraryException {
		return record(repository, true, a, b, author);
	}

	/** Unlinks statements {@code a} and {@code b}: no comparison pairs them from now on. */
	public static Outcome unlink(ReportRepository repository, String a, String b, String author)
			throws StoreException, LibraryException {
		return record(repository, false, a, b, author);
	}

	private static Outcome record(ReportRepository repository, boolean link, String a, String b, String author)
			throws StoreException, LibraryException {
		if (a.equals(b)) {
			throw new LibraryException("a statement cannot be " + (link ? "linked" : "unlinked") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " with itself: give two statements of different reports"); //$NON-NLS-1$
		}
		Statement first = statement(repository, a);
		Statement second = statement(repository, b);
		if (reportOf(a).equals(reportOf(b))) {
			throw new LibraryException(a + " and " + b + " are in the same report: a link pairs statements of two reports"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		PairingCorrections corrections = corrections(repository);
		Correction latest = corrections.latest(a, b);
		Correction correction = new Correction(link, a, b, first.getText(), second.getText());
		if (latest != null && latest.link() == link) {
			return new Outcome(false, repository.head(), latest);
		}
		String message = (link ? "Link " : "Unlink ") + a + (link ? " with " : " from ") + b //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ "\n\nA reviewer's correction of the pairing: " //$NON-NLS-1$
				+ (link ? "the two statements speak of the same subject." : "the two statements are not one statement.") //$NON-NLS-1$ //$NON-NLS-2$
				+ "\n\nStatement-A: " + a + "\nStatement-B: " + b; //$NON-NLS-1$ //$NON-NLS-2$
		String commit = repository.commit(message,
				Map.of(RepositoryLayout.PAIRING_CORRECTIONS, corrections.plus(correction).toBytes()), Set.of(), author);
		return new Outcome(true, commit, correction);
	}

	/**
	 * A key of what pairings depend on besides the two reports compared: the corrections and the
	 * repository's reports (whose words set the rarities). Caches of pairings carry it.
	 */
	static String pairingKey(ReportRepository repository, List<ReportEntry> reports) throws StoreException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-1"); //$NON-NLS-1$
			for (ReportEntry entry : reports) {
				digest.update((entry.id() + '@' + entry.commit() + '\n').getBytes(StandardCharsets.UTF_8));
			}
			byte[] corrections = repository.readFile(RepositoryLayout.PAIRING_CORRECTIONS);
			if (corrections != null) {
				digest.update(corrections);
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Statement statement(ReportRepository repository, String id) throws StoreException, LibraryException {
		String report = reportOf(id);
		boolean known = false;
		for (ReportEntry entry : repository.list()) {
			known |= entry.id().equals(report);
		}
		if (known) {
			Report loaded = repository.load(report);
			for (TreeIterator<EObject> contents = loaded.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Statement statement && id.equals(statement.getId())) {
					return statement;
				}
			}
		}
		throw new LibraryException("no statement " + id //$NON-NLS-1$
				+ " in the repository: statement ids look like 2019/duitsland/1a2b3c4d (see 'yeardiff show REPORT')"); //$NON-NLS-1$
	}

	private static String reportOf(String statementId) {
		int slash = statementId.indexOf('/');
		return slash < 0 ? statementId : statementId.substring(0, slash);
	}
}

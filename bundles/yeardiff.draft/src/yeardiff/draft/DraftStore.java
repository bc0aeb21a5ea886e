package yeardiff.draft;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import yeardiff.draft.internal.Messages;
import yeardiff.draft.internal.ReportBytes;
import yeardiff.model.api.AuditLog;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.resource.ReportResource;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * The drafts in a team's repository, one per year at {@code drafts/<year>/report.xmi}. Every start
 * and every save is one commit, so the history of a draft is in {@code git log} beside the reports
 * it grew from, and drafts travel with push and pull like everything else.
 *
 * <p>Errors are {@link StoreException}s with a one-line message; the repository is then left as it
 * was.</p>
 */
public final class DraftStore {

	/*
	 * Commit messages are repository data that teams read and script against in git log, not user
	 * interface text: they are not translated.
	 */
	private static final String START_MESSAGE = "Start draft "; //$NON-NLS-1$
	private static final String START_MESSAGE_BASE = " from report "; //$NON-NLS-1$
	private static final String SAVE_MESSAGE = "Save draft "; //$NON-NLS-1$

	private static final int FIRST_YEAR = 1000;
	private static final int LAST_YEAR = 9999;
	private static final String YEARLY = ReportKind.YEARLY.getLiteral();
	private static final String DRAFT = ReportKind.DRAFT.getLiteral();

	private final DraftBuilder builder = new DraftBuilder();
	private final StaleChecks checks;

	public DraftStore() {
		this(new StaleChecks());
	}

	/** A store that reports what these checks find in a new draft. */
	public DraftStore(StaleChecks checks) {
		this.checks = checks;
	}

	/** {@link #create(ReportRepository, int, String, boolean)} refusing to replace a draft. */
	public DraftOutcome create(ReportRepository repository, int year, String author) throws StoreException {
		return create(repository, year, author, false);
	}

	/**
	 * Starts the draft for {@code year} from the latest report before that year — a yearly report
	 * when there is one, since interim letters and notas cover only part of what the yearly report
	 * says — and commits it as "Start draft &lt;year&gt; from report &lt;id&gt;".
	 *
	 * @param author {@code "Name <email>"}, a name, or null for Git's configured user
	 * @param replace whether to start again over a draft that exists for that year
	 * @return the new draft's id and commit, and what the stale checks find in it
	 * @throws StoreException when a draft for the year exists and {@code replace} is false, or no
	 *             report precedes the year
	 */
	public DraftOutcome create(ReportRepository repository, int year, String author, boolean replace) throws StoreException {
		checkYear(year);
		ReportEntry base = base(repository.list(), year)
				.orElseThrow(() -> new StoreException(Messages.bind(Messages.noEarlierReport, Integer.valueOf(year))));
		String path = RepositoryLayout.draftPath(year);
		if (!replace && repository.readFile(path) != null) {
			throw new StoreException(Messages.bind(Messages.draftExists, Integer.valueOf(year), base.id()));
		}
		AuditLog audit = audit(repository);
		List<Report> history = repository.loadAll();
		Report previous = history.stream().filter(report -> report.getId().equals(base.id())).findFirst()
				.orElseThrow(() -> new StoreException(Messages.bind(Messages.noEarlierReport, Integer.valueOf(year))));
		Report draft = builder.start(previous, year);
		String commit = repository.commit(START_MESSAGE + year + START_MESSAGE_BASE + previous.getId(),
				Map.of(path, bytes(draft)), Set.of(), author);
		return new DraftOutcome(draft.getId(), year, previous.getId(), commit, checks.check(draft, history, audit));
	}

	/**
	 * The year a new draft is for: the one after the latest report the repository holds (drafts
	 * aside), so that after the report on 2021 an editor starts 2022; empty when it holds no report.
	 */
	public OptionalInt nextYear(ReportRepository repository) throws StoreException {
		return repository.list().stream().filter(entry -> !DRAFT.equals(entry.kind())).mapToInt(ReportEntry::year)
				.filter(year -> year < LAST_YEAR).map(year -> year + 1).max();
	}

	private static Optional<ReportEntry> base(List<ReportEntry> entries, int year) {
		List<ReportEntry> earlier = entries.stream().filter(entry -> entry.year() < year && !DRAFT.equals(entry.kind())).toList();
		Optional<ReportEntry> yearly = earlier.stream().filter(entry -> YEARLY.equals(entry.kind())).max(ReportEntry.CHRONOLOGICAL);
		return yearly.isPresent() ? yearly : earlier.stream().max(ReportEntry.CHRONOLOGICAL);
	}

	/**
	 * The years the repository holds a draft for, latest first. The store lists no folders, so the
	 * candidates are the year after each report and the folders under {@code drafts/} in the work
	 * tree; only those HEAD holds count, so a stale work tree never offers a draft that is not there.
	 */
	public List<Integer> years(ReportRepository repository) throws StoreException {
		java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
		for (ReportEntry entry : repository.list()) {
			candidates.add(Integer.valueOf(entry.year() + 1));
		}
		java.nio.file.Path drafts = repository.directory().resolve(RepositoryLayout.DRAFTS);
		if (java.nio.file.Files.isDirectory(drafts)) {
			try (java.util.stream.Stream<java.nio.file.Path> folders = java.nio.file.Files.list(drafts)) {
				folders.map(folder -> folder.getFileName().toString()).filter(name -> name.matches("\\d{4}")) //$NON-NLS-1$
						.forEach(name -> candidates.add(Integer.valueOf(name)));
			} catch (IOException unreadable) {
				// The work tree only suggests years; the report years still do, and HEAD decides.
			}
		}
		List<Integer> years = new java.util.ArrayList<>();
		for (Integer year : candidates.descendingSet()) {
			if (repository.readFile(RepositoryLayout.draftPath(year.intValue())) != null) {
				years.add(year);
			}
		}
		return years;
	}

	/**
	 * The draft for {@code year} as HEAD holds it.
	 *
	 * @throws StoreException when there is none or it cannot be read
	 */
	public Report load(ReportRepository repository, int year) throws StoreException {
		checkYear(year);
		byte[] bytes = repository.readFile(RepositoryLayout.draftPath(year));
		if (bytes == null) {
			throw new StoreException(Messages.bind(Messages.noDraft, Integer.valueOf(year)));
		}
		try {
			return ReportResource.fromBytes(bytes, Report.class);
		} catch (IOException e) {
			throw new StoreException(Messages.bind(Messages.unreadableDraft, Integer.valueOf(year), e.getMessage()), e);
		}
	}

	/**
	 * Commits the draft at {@code drafts/<year>/report.xmi}. Saving what HEAD already holds makes no
	 * commit.
	 *
	 * @param message the commit message, or null for "Save draft &lt;year&gt;"
	 * @param author {@code "Name <email>"}, a name, or null for Git's configured user
	 * @return the id of the new commit, or of HEAD when nothing changed
	 * @throws StoreException when {@code draft} is not a draft
	 */
	public String save(ReportRepository repository, Report draft, String message, String author) throws StoreException {
		if (draft.getKind() != ReportKind.DRAFT) {
			throw new StoreException(Messages.bind(Messages.notADraft, draft.getId()));
		}
		checkYear(draft.getYear());
		String text = message == null || message.isBlank() ? SAVE_MESSAGE + draft.getYear() : message;
		return repository.commit(text, Map.of(RepositoryLayout.draftPath(draft.getYear()), bytes(draft)), Set.of(), author);
	}

	/**
	 * What the stale checks find in a draft now, against the repository's reports and verdicts: for
	 * the editor to run again after changes.
	 */
	public List<StaleFinding> check(ReportRepository repository, Report draft) throws StoreException {
		return checks.check(draft, repository.loadAll(), audit(repository));
	}

	private static AuditLog audit(ReportRepository repository) throws StoreException {
		byte[] bytes = repository.readFile(RepositoryLayout.AUDIT_VERDICTS);
		if (bytes == null) {
			return null;
		}
		try {
			return ReportResource.fromBytes(bytes, AuditLog.class);
		} catch (IOException e) {
			throw new StoreException(Messages.bind(Messages.unreadableAudit, RepositoryLayout.AUDIT_VERDICTS, e.getMessage()), e);
		}
	}

	private static byte[] bytes(Report draft) throws StoreException {
		try {
			return ReportBytes.of(draft);
		} catch (IOException e) {
			throw new StoreException(Messages.bind(Messages.unsavableDraft, draft.getId(), e.getMessage()), e);
		}
	}

	private static void checkYear(int year) throws StoreException {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new StoreException(Messages.bind(Messages.invalidYear, Integer.valueOf(year)));
		}
	}
}

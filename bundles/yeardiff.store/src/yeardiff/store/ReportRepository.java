package yeardiff.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import yeardiff.model.api.Report;
import yeardiff.model.resource.ReportResource;
import yeardiff.model.util.ReportOrder;
import yeardiff.model.util.StableIds;
import yeardiff.store.internal.BlobIds;
import yeardiff.store.internal.CommitWriter;
import yeardiff.store.internal.CredentialScrubber;
import yeardiff.store.internal.ImportMessage;
import yeardiff.store.internal.LogReader;
import yeardiff.store.internal.Messages;
import yeardiff.store.internal.RemoteSync;
import yeardiff.store.internal.RepositoryFiles;
import yeardiff.store.internal.ReportHistory;
import yeardiff.store.internal.ReportSummary;
import yeardiff.store.internal.ReportTags;
import yeardiff.store.internal.Snapshot;
import yeardiff.store.internal.WorkTree;
import yeardiff.store.internal.WriteLock;
import yeardiff.store.internal.XmlProblem;

/**
 * The Git repository that holds a team's reports: one commit per imported letter, a tag per
 * report, the auditors' verdicts and the drafts. It is an ordinary non-bare Git repository, so
 * {@code git log} and EGit read it, and it is shared with the ordinary Git transports.
 *
 * <p>Everything is read from commits, never from the work tree. Writes take a lock that excludes
 * other threads and processes, build the new commit in the object database, move HEAD only if it
 * is still the commit they were built on, and then bring the work tree along. A process killed at
 * any moment therefore leaves HEAD at the old or the new commit, never at a partial one; the next
 * open finishes or repairs the work tree.</p>
 *
 * <p>Instances are safe for use by several threads.</p>
 */
public final class ReportRepository implements AutoCloseable {

	/** The branch a new repository commits to. */
	public static final String BRANCH = "main"; //$NON-NLS-1$

	private static final String INITIAL_MESSAGE = "Create Yeardiff repository"; //$NON-NLS-1$
	private static final String ORIGIN = "origin"; //$NON-NLS-1$
	private static final Pattern PERSON = Pattern.compile("\\s*(.*?)\\s*<([^<>]*)>\\s*"); //$NON-NLS-1$

	private final Path directory;
	private final Repository git;
	private final Duration lockTimeout;
	private Consumer<StoreException> unreadableReporter;
	private final Set<String> reportedUnreadable = new HashSet<>();
	private final WorkTree workTree;
	private final CommitWriter writer;
	private final ReportHistory history;
	private final ReportTags tags;

	private ReportRepository(Path directory, Repository git, Duration lockTimeout) {
		this.directory = directory;
		this.git = git;
		this.lockTimeout = lockTimeout;
		this.workTree = new WorkTree(git);
		this.writer = new CommitWriter(git, workTree);
		this.history = new ReportHistory(git);
		this.tags = new ReportTags(git, writer, history);
	}

	/**
	 * Creates a repository in {@code dir} (created when missing) with a first commit holding its
	 * README and attributes; opens it when {@code dir} already is one.
	 *
	 * @throws StoreException when {@code dir} holds anything else
	 */
	public static ReportRepository init(Path dir) throws StoreException {
		return init(dir, WriteLock.DEFAULT_TIMEOUT);
	}

	/** {@link #init(Path)} with a writer waiting up to {@code lockTimeout} for another. */
	public static ReportRepository init(Path dir, Duration lockTimeout) throws StoreException {
		Path directory = dir.toAbsolutePath().normalize();
		try {
			if (Files.exists(directory) && !isEmptyFolder(directory)) {
				ReportRepository existing = openIfYeardiff(directory, lockTimeout);
				if (existing == null) {
					throw new StoreException(Messages.bind(Messages.notEmpty, directory));
				}
				return existing;
			}
			Files.createDirectories(directory);
			Repository git = Git.init().setDirectory(directory.toFile()).setInitialBranch(BRANCH).call().getRepository();
			ReportRepository repository = new ReportRepository(directory, git, lockTimeout);
			try {
				repository.write(() -> repository.writer.commit(Snapshot.head(git), RepositoryFiles.initial(), Set.of(),
						INITIAL_MESSAGE + '\n', new PersonIdent(git)));
			} catch (StoreException | RuntimeException e) {
				repository.close();
				throw e;
			}
			return repository;
		} catch (IOException | GitAPIException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * Opens the Yeardiff repository in {@code dir}, repairing a work tree that a killed process left
	 * half-written.
	 */
	public static ReportRepository open(Path dir) throws StoreException {
		return open(dir, WriteLock.DEFAULT_TIMEOUT);
	}

	/** {@link #open(Path)} with a writer waiting up to {@code lockTimeout} for another. */
	public static ReportRepository open(Path dir, Duration lockTimeout) throws StoreException {
		Path directory = dir.toAbsolutePath().normalize();
		try {
			ReportRepository repository = openIfYeardiff(directory, lockTimeout);
			if (repository == null) {
				throw new StoreException(Messages.bind(Messages.notRepository, directory));
			}
			return repository;
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * Makes {@code dir} (new or empty) a copy of the Yeardiff repository at {@code uri}, with the
	 * remote {@code origin} pointing there.
	 */
	public static ReportRepository cloneFrom(String uri, Path dir) throws StoreException {
		Path directory = dir.toAbsolutePath().normalize();
		try {
			if (!canCloneInto(directory)) {
				throw new StoreException(Messages.bind(Messages.notEmpty, directory));
			}
			boolean created = !Files.exists(directory);
			Files.createDirectories(directory);
			Repository git = Git.init().setDirectory(directory.toFile()).setInitialBranch(BRANCH).call().getRepository();
			ReportRepository repository = new ReportRepository(directory, git, WriteLock.DEFAULT_TIMEOUT);
			try {
				repository.addRemote(ORIGIN, uri);
				repository.pull(ORIGIN);
				if (!RepositoryFiles.isYeardiff(Snapshot.head(git))) {
					throw new StoreException(Messages.bind(Messages.notYeardiffRemote, CredentialScrubber.uri(uri)));
				}
				StoredConfig config = git.getConfig();
				config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_REMOTE, ORIGIN);
				config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_MERGE,
						Constants.R_HEADS + BRANCH);
				config.save();
				return repository;
			} catch (StoreException | IOException | RuntimeException e) {
				repository.close();
				deleteFolder(directory);
				if (!created) {
					Files.createDirectories(directory);
				}
				throw e;
			}
		} catch (IOException | GitAPIException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * Whether {@link #cloneFrom} may clone into {@code dir}: a folder not there yet or an empty one.
	 */
	public static boolean canCloneInto(Path dir) throws IOException {
		return !Files.exists(dir) || isEmptyFolder(dir);
	}

	private static ReportRepository openIfYeardiff(Path directory, Duration lockTimeout)
			throws IOException, StoreException {
		Repository git;
		try {
			git = new FileRepositoryBuilder().setWorkTree(directory.toFile()).setMustExist(true).build();
		} catch (RepositoryNotFoundException | IllegalArgumentException e) {
			return null;
		}
		if (git.isBare() || !RepositoryFiles.isYeardiff(Snapshot.head(git))) {
			git.close();
			return null;
		}
		ReportRepository repository = new ReportRepository(directory, git, lockTimeout);
		try {
			repository.repairIfIdle();
		} catch (IOException | StoreException | RuntimeException e) {
			repository.close();
			throw e;
		}
		return repository;
	}

	/*
	 * A writer that holds the lock finishes its own work; the repair is only for what a dead one
	 * left, so a busy repository is simply opened.
	 */
	private void repairIfIdle() throws IOException, StoreException {
		WriteLock lock;
		try {
			lock = WriteLock.acquire(git.getDirectory().toPath(), Duration.ZERO);
		} catch (StoreException busy) {
			// another process is writing and will leave the work tree complete
			return;
		} catch (FileSystemException readOnly) {
			// a repository this user may only read: it can be read, and a writer repairs it
			return;
		}
		try (lock) {
			repair(false);
		}
	}

	/**
	 * @param strict whether a lock file a live Git command holds is an error (before a write) or
	 *            leaves the repair for later (when the repository is opened to be read)
	 */
	private void repair(boolean strict) throws IOException, StoreException {
		workTree.repair(RepositoryLayout.REPORTS, strict);
		tags.repair(git.resolve(Constants.HEAD));
	}

	/** The repository's folder, which is also its work tree. */
	public Path directory() {
		return directory;
	}

	/**
	 * Stores a report and the letter it was read from in one commit, tagged {@code report/<id>}.
	 * Importing what the repository already holds, byte for byte, makes no commit.
	 *
	 * @param source the letter's bytes, stored unchanged as {@code source.<sourceExtension>}
	 * @param replace whether to replace a report of the same id that has other content
	 * @throws ReportExistsException when a report of that id with other content is there and
	 *             {@code replace} is false
	 * @throws StoreException when the report cannot be stored
	 */
	public ImportOutcome importReport(Report report, byte[] source, String sourceExtension, boolean replace)
			throws StoreException {
		String id = report.getId();
		if (id == null || id.isBlank()) {
			throw new StoreException(Messages.missingReportId);
		}
		if (!RepositoryLayout.isValidReportId(id)) {
			throw new StoreException(Messages.bind(Messages.invalidReportId, id));
		}
		if (!RepositoryLayout.isValidSourceExtension(sourceExtension)) {
			throw new StoreException(Messages.bind(Messages.invalidExtension, sourceExtension));
		}
		String sha256 = StableIds.sha256(source);
		String declared = report.getSource() == null ? null : report.getSource().getSha256();
		if (declared != null && !declared.isEmpty() && !declared.equalsIgnoreCase(sha256)) {
			throw new StoreException(Messages.bind(Messages.checksumMismatch, declared, sha256));
		}
		byte[] model = xmi(report);
		ObjectId modelId = BlobIds.of(model);
		ObjectId sourceId = BlobIds.of(source);
		String sourceName = RepositoryLayout.sourcePath(id, sourceExtension);
		byte[] summary = ReportSummary.of(report, modelId).toBytes();
		return write(() -> {
			Snapshot head = Snapshot.head(git);
			ObjectId oldModel = head.id(RepositoryLayout.reportPath(id));
			Set<String> oldSources = new HashSet<>();
			for (String name : head.children(RepositoryLayout.reportFolder(id)).keySet()) {
				String path = RepositoryLayout.reportFolder(id) + '/' + name;
				if (RepositoryLayout.isSourcePath(id, path)) {
					oldSources.add(path);
				}
			}
			boolean exists = oldModel != null;
			if (exists && oldModel.equals(modelId) && oldSources.equals(Set.of(sourceName))
					&& sourceId.equals(head.id(sourceName))) {
				return ImportOutcome.unchanged(id, lastTouching(head.commitId(), id));
			}
			if (exists && !replace) {
				throw new ReportExistsException(id, Messages.bind(Messages.alreadyPresent, id));
			}
			oldSources.remove(sourceName);
			Map<String, byte[]> writes = Map.of(RepositoryLayout.reportPath(id), model, sourceName, source,
					RepositoryLayout.summaryPath(id), summary);
			// the tag moves with HEAD, in the commit's all-or-nothing step
			ObjectId commit = writer.commit(head, writes, oldSources, ImportMessage.of(report, sha256, exists),
					new PersonIdent(git), List.of(RepositoryLayout.reportTag(id)));
			if (commit == null) {
				return ImportOutcome.unchanged(id, lastTouching(head.commitId(), id));
			}
			return new ImportOutcome(id, commit.name(), true, exists);
		});
	}

	private String lastTouching(ObjectId head, String id) throws IOException {
		ObjectId commit = history.lastTouching(head, Set.of(id)).get(id);
		return (commit == null ? head : commit).name();
	}

	/**
	 * The reports at HEAD in the order they were written ({@link ReportEntry#CHRONOLOGICAL}), read
	 * from their summaries where those are current.
	 */
	public List<ReportEntry> list() throws StoreException {
		try {
			Snapshot head = Snapshot.head(git);
			Map<String, ReportSummary> summaries = new HashMap<>();
			for (String id : head.children(RepositoryLayout.REPORTS).keySet()) {
				ObjectId model = head.id(RepositoryLayout.reportPath(id));
				if (model == null) {
					continue;
				}
				byte[] bytes = head.read(RepositoryLayout.summaryPath(id));
				ReportSummary summary = bytes == null ? null : ReportSummary.parse(bytes);
				if (summary == null || !model.equals(summary.model()) || !id.equals(summary.id())) {
					Report report = parseOrSkip(id, head);
					if (report == null) {
						continue;
					}
					summary = ReportSummary.of(report, model);
				}
				summaries.put(id, summary);
			}
			Map<String, ObjectId> commits = history.lastTouching(head.commitId(), summaries.keySet());
			List<ReportEntry> entries = new ArrayList<>();
			for (Map.Entry<String, ReportSummary> entry : summaries.entrySet()) {
				ReportSummary summary = entry.getValue();
				ObjectId commit = commits.getOrDefault(entry.getKey(), head.commitId());
				entries.add(new ReportEntry(entry.getKey(), summary.year(), summary.kind(), summary.title(),
						summary.date(), summary.reference(), summary.statements(), commit.name()));
			}
			entries.sort(ReportEntry.CHRONOLOGICAL);
			return entries;
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * The report written just before report {@code id}, in the order of {@link #list()}: what
	 * {@code yeardiff diff --previous}, Compare with Previous Report and the audit mean by "the
	 * previous report".
	 *
	 * @return the previous report's entry, or empty when {@code id} is the earliest report
	 * @throws StoreException when there is no report {@code id}
	 */
	public Optional<ReportEntry> previous(String id) throws StoreException {
		List<ReportEntry> entries = list();
		try {
			return ReportOrder.previous(entries, ReportEntry.CHRONOLOGICAL, ReportEntry::id, id);
		} catch (IllegalArgumentException absent) {
			throw new StoreException(Messages.bind(Messages.noReport, id));
		}
	}

	/**
	 * The report {@code id} as HEAD holds it.
	 *
	 * @throws StoreException when there is no such report
	 */
	public Report load(String id) throws StoreException {
		try {
			return parse(id, Snapshot.head(git));
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * The report {@code id} as commit {@code commitId} held it; the commit may be given by any
	 * revision Git understands (an abbreviated id, {@code report/2019}, {@code HEAD~2}).
	 */
	public Report loadAt(String id, String commitId) throws StoreException {
		try {
			return parse(id, Snapshot.of(git, resolve(commitId)));
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/** All reports at HEAD, in the order of {@link #list()}. */
	public List<Report> loadAll() throws StoreException {
		try {
			Snapshot head = Snapshot.head(git);
			List<Report> reports = new ArrayList<>();
			for (String id : head.children(RepositoryLayout.REPORTS).keySet()) {
				if (head.id(RepositoryLayout.reportPath(id)) != null) {
					Report report = parseOrSkip(id, head);
					if (report != null) {
						reports.add(report);
					}
				}
			}
			reports.sort(ReportOrder.REPORTS);
			return reports;
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * Reads reports that cannot be read as gaps instead of failures: {@link #list()} and
	 * {@link #loadAll()} leave such a report out and tell {@code reporter}, once per report, instead
	 * of failing for the whole repository. Without it (the default) they fail.
	 */
	public void skipUnreadableReports(Consumer<StoreException> reporter) {
		this.unreadableReporter = reporter;
	}

	/** Whether {@link #skipUnreadableReports} was asked for: this repository's reads may leave reports out. */
	public boolean skipsUnreadableReports() {
		return unreadableReporter != null;
	}

	private Report parseOrSkip(String id, Snapshot snapshot) throws StoreException, IOException {
		try {
			return parse(id, snapshot);
		} catch (StoreException e) {
			if (unreadableReporter == null) {
				throw e;
			}
			if (reportedUnreadable.add(id + ' ' + snapshot.commitId().name())) {
				unreadableReporter.accept(new StoreException(Messages.bind(Messages.skippedReport, id,
						e.getCause() instanceof IOException cause ? XmlProblem.describe(RepositoryLayout.reportPath(id), cause) : e.getMessage()), e));
			}
			return null;
		}
	}

	private Report parse(String id, Snapshot snapshot) throws StoreException, IOException {
		byte[] bytes = RepositoryLayout.isValidReportId(id) ? snapshot.read(RepositoryLayout.reportPath(id)) : null;
		if (bytes == null) {
			throw new StoreException(Messages.bind(Messages.noReport, id));
		}
		try {
			return ReportResource.fromBytes(bytes, Report.class);
		} catch (IOException e) {
			throw new StoreException(Messages.bind(Messages.unreadableReport, id, snapshot.commitId().name(),
					XmlProblem.describe(RepositoryLayout.reportPath(id), e)), e);
		}
	}

	private ObjectId resolve(String revision) throws StoreException, IOException {
		ObjectId commit;
		try {
			commit = revision == null ? null : git.resolve(revision + "^{commit}"); //$NON-NLS-1$
		} catch (RevisionSyntaxException | AmbiguousObjectException | IncorrectObjectTypeException e) {
			commit = null;
		}
		if (commit == null) {
			throw new StoreException(Messages.bind(Messages.noCommit, revision));
		}
		return commit;
	}

	/** The full id of HEAD's commit. */
	public String head() throws StoreException {
		try {
			ObjectId head = git.resolve(Constants.HEAD);
			return head == null ? null : head.name();
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/** The newest {@code max} commits, newest first, in the product's terms. */
	public List<LogEntry> log(int max) throws StoreException {
		try {
			return new LogReader(git).read(git.resolve(Constants.HEAD), max);
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * Commits files in one step, for the audit and drafting bundles: either all of {@code writes}
	 * and {@code deletes} land in one new commit, or none does.
	 *
	 * @param writes file contents by path relative to the repository ({@code audit/verdicts.xmi})
	 * @param deletes paths of files to remove
	 * @param author {@code "Name <email>"}, a name, or {@code null} for Git's configured user
	 * @return the new commit's id, or HEAD's when the files are already as asked
	 */
	public String commit(String message, Map<String, byte[]> writes, Set<String> deletes, String author)
			throws StoreException {
		Objects.requireNonNull(message);
		for (String path : Stream.concat(writes.keySet().stream(), deletes.stream()).toList()) {
			if (!isRepositoryPath(path)) {
				throw new StoreException(Messages.bind(Messages.invalidPath, path));
			}
		}
		PersonIdent person = person(author);
		String text = message.endsWith("\n") ? message : message + '\n'; //$NON-NLS-1$
		return write(() -> {
			Snapshot head = Snapshot.head(git);
			ObjectId commit = writer.commit(head, writes, deletes, text, person);
			return (commit == null ? head.commitId() : commit).name();
		});
	}

	private PersonIdent person(String author) {
		PersonIdent configured = new PersonIdent(git);
		if (author == null || author.isBlank()) {
			return configured;
		}
		Matcher matcher = PERSON.matcher(author);
		if (matcher.matches()) {
			return new PersonIdent(matcher.group(1), matcher.group(2));
		}
		return new PersonIdent(author.trim(), git.getConfig().get(UserConfig.KEY).getAuthorEmail());
	}

	/*
	 * A path inside the work tree that Git can store: relative, '/'-separated, no empty, '.' or '..'
	 * segment, never into .git.
	 */
	private static boolean isRepositoryPath(String path) {
		if (path == null || path.isEmpty() || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
			return false;
		}
		for (String segment : path.split("/", -1)) { //$NON-NLS-1$
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..") //$NON-NLS-1$ //$NON-NLS-2$
					|| segment.equalsIgnoreCase(Constants.DOT_GIT)) {
				return false;
			}
		}
		return true;
	}

	/** The bytes of the file at {@code path} in HEAD, or {@code null} when there is none. */
	public byte[] readFile(String path) throws StoreException {
		if (!isRepositoryPath(path)) {
			throw new StoreException(Messages.bind(Messages.invalidPath, path));
		}
		try {
			return Snapshot.head(git).read(path);
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	/**
	 * Adds a remote to share reports with, or points an existing one at {@code uri}. The URI must
	 * not carry a password, which {@code .git/config} would keep in plain text.
	 */
	public void addRemote(String name, String uri) throws StoreException {
		write(() -> {
			new RemoteSync(git, writer, tags).setRemote(name, uri);
			return null;
		});
	}

	/** Where remote {@code name} is, without user information; {@code null} when there is no such remote. */
	public String remoteUri(String name) {
		return new RemoteSync(git, writer, tags).remoteUri(name);
	}

	/**
	 * Fetches the remote's reports and joins them with the local ones: fast-forward when only the
	 * remote moved, a merge commit when both did and no report was changed on both sides.
	 *
	 * @param remote a remote's name or a URI
	 * @throws StoreException naming the reports changed on both sides; HEAD and the work tree are
	 *             then unchanged
	 */
	public PullOutcome pull(String remote) throws StoreException {
		return write(() -> new RemoteSync(git, writer, tags).pull(remote, new PersonIdent(git)));
	}

	/**
	 * Sends the local reports and their tags to the remote.
	 *
	 * @throws StoreException when the remote has commits this repository lacks (pull first)
	 */
	public PushOutcome push(String remote) throws StoreException {
		return write(() -> new RemoteSync(git, writer, tags).push(remote));
	}

	@Override
	public void close() {
		git.close();
	}

	/** One write: under the lock, after repairing what an earlier, killed writer left. */
	private <T> T write(Operation<T> operation) throws StoreException {
		try (WriteLock lock = WriteLock.acquire(git.getDirectory().toPath(), lockTimeout)) {
			repair(true);
			return operation.run();
		} catch (IOException e) {
			throw failure(directory, e);
		}
	}

	@FunctionalInterface
	private interface Operation<T> {
		T run() throws IOException, StoreException;
	}

	private static StoreException failure(Path directory, Exception e) {
		String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new StoreException(Messages.bind(Messages.repositoryFailure, directory,
				CredentialScrubber.text(reason.lines().findFirst().orElse(reason))), e);
	}

	private static byte[] xmi(Report report) throws StoreException {
		// saving moves a report into a resource of its own: leave the caller's resource intact
		Report detached = report.eResource() == null ? report : EcoreUtil.copy(report);
		try {
			return ReportResource.toBytes(detached);
		} catch (IOException e) {
			throw new StoreException(Messages.bind(Messages.unsavableReport, report.getId(), e.getMessage()), e);
		}
	}

	private static boolean isEmptyFolder(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			Files.delete(path);
		}
	}

	@Override
	public String toString() {
		return "ReportRepository[" + directory + ']'; //$NON-NLS-1$
	}
}

package yeardiff.store.internal;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ThreeWayMerger;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import yeardiff.store.PullOutcome;
import yeardiff.store.PushOutcome;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * Exchanges reports with other repositories over JGit's transports (file, git, http(s), ssh).
 * Credentials come from {@link CredentialsProvider#getDefault()}, so the command line and the
 * workbench each supply their own way of asking for them; SSH keys and known hosts from the
 * user's {@code ~/.ssh} ({@link SshTransports}).
 *
 * <p>A pull joins histories at the level of whole files: reports changed on one side only are
 * taken from that side, and a report changed on both sides stops the pull before anything moves.
 * Models are never merged line by line. Call pulls and pushes only while holding the
 * {@link WriteLock}.</p>
 */
public final class RemoteSync {

	private static final String MERGE_MESSAGE = "Merge reports from %s"; //$NON-NLS-1$

	private final Repository repository;
	private final CommitWriter writer;
	private final ReportTags tags;

	public RemoteSync(Repository repository, CommitWriter writer, ReportTags tags) {
		this.repository = repository;
		this.writer = writer;
		this.tags = tags;
	}

	/**
	 * Adds a remote that fetches all branches, as {@code git remote add} does, or points an existing
	 * one elsewhere, as {@code git remote set-url} does.
	 */
	public void setRemote(String name, String uri) throws StoreException, IOException {
		if (name == null || name.isEmpty() || name.contains("/") //$NON-NLS-1$
				|| !Repository.isValidRefName(Constants.R_REMOTES + name + "/main")) { //$NON-NLS-1$
			throw new StoreException(Messages.bind(Messages.invalidRemoteName, name));
		}
		URIish parsed;
		try {
			parsed = new URIish(uri);
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new StoreException(Messages.bind(Messages.invalidRemoteUri, CredentialScrubber.text(uri)), e);
		}
		if (parsed.getPass() != null) {
			throw new StoreException(Messages.bind(Messages.passwordInUri, name));
		}
		try {
			if (repository.getRemoteNames().contains(name)) {
				Git.wrap(repository).remoteSetUrl().setRemoteName(name).setRemoteUri(parsed).call();
			} else {
				Git.wrap(repository).remoteAdd().setName(name).setUri(parsed).call();
			}
		} catch (GitAPIException e) {
			throw new StoreException(Messages.bind(Messages.remoteFailed, CredentialScrubber.uri(uri),
					reason(e.getMessage())), e);
		}
	}

	/** The URI of remote {@code name} without user information, or {@code null} when there is none. */
	public String remoteUri(String name) {
		if (!repository.getRemoteNames().contains(name)) {
			return null;
		}
		String uri = repository.getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, name, ConfigConstants.CONFIG_KEY_URL);
		return uri == null ? null : CredentialScrubber.uri(uri);
	}

	/**
	 * Fetches the remote's branch of the same name as the current one and joins it with HEAD.
	 *
	 * @param remote a configured remote's name or a URI
	 * @param author who the merge commit, if any, is by
	 */
	public PullOutcome pull(String remote, PersonIdent author) throws StoreException, IOException {
		String shown = CredentialScrubber.uri(remote);
		String branch = Constants.R_HEADS + repository.getBranch();
		ObjectId theirs = fetch(remote, shown, branch);
		ObjectId head = repository.resolve(Constants.HEAD);
		if (theirs == null || theirs.equals(head)) {
			return new PullOutcome(shown, name(head), name(head), PullOutcome.Result.UP_TO_DATE, List.of());
		}
		ObjectId result;
		PullOutcome.Result kind;
		try (RevWalk walk = new RevWalk(repository)) {
			RevCommit their = walk.parseCommit(theirs);
			if (head != null && walk.isMergedInto(their, walk.parseCommit(head))) {
				return new PullOutcome(shown, name(head), name(head), PullOutcome.Result.UP_TO_DATE, List.of());
			}
			if (head == null || walk.isMergedInto(walk.parseCommit(head), their)) {
				result = theirs;
				kind = PullOutcome.Result.FAST_FORWARD;
			} else {
				result = merge(head, theirs, shown, author);
				kind = PullOutcome.Result.MERGED;
			}
		}
		writer.advance(head, result, String.format(MERGE_MESSAGE, shown));
		List<String> changed = changedReports(head, result);
		tags.update(result, Snapshot.of(repository, result).children(RepositoryLayout.REPORTS).keySet());
		return new PullOutcome(shown, name(head), result.name(), kind, changed);
	}

	private ObjectId fetch(String remote, String shown, String branch) throws StoreException {
		boolean named = repository.getRemoteNames().contains(remote);
		if (!named && !isUri(remote)) {
			throw new StoreException(Messages.bind(Messages.noRemote, shown));
		}
		RefSpec spec = new RefSpec(named ? branch + ':' + Constants.R_REMOTES + remote + '/'
				+ branch.substring(Constants.R_HEADS.length()) : branch);
		FetchResult result;
		WatchedCredentials credentials = WatchedCredentials.ofDefault();
		try {
			result = Git.wrap(repository).fetch().setRemote(remote).setRefSpecs(spec).setTagOpt(TagOpt.NO_TAGS)
					.setCredentialsProvider(credentials).setTransportConfigCallback(new SshTransports()).call();
		} catch (GitAPIException | RuntimeException e) {
			throw remoteFailure(shown, e, credentials);
		}
		Ref advertised = result.getAdvertisedRef(branch);
		return advertised == null ? null : advertised.getObjectId();
	}

	/* what JGit would take for a URI rather than a remote's name: a scheme, a host or a path */
	private static boolean isUri(String remote) {
		try {
			URIish uri = new URIish(remote);
			return uri.getScheme() != null || uri.getHost() != null || remote.contains("/") //$NON-NLS-1$
					|| remote.contains(File.separator);
		} catch (URISyntaxException e) {
			return false;
		}
	}

	private ObjectId merge(ObjectId head, ObjectId theirs, String shown, PersonIdent author)
			throws IOException, StoreException {
		ThreeWayMerger merger = MergeStrategy.SIMPLE_TWO_WAY_IN_CORE.newMerger(repository, true);
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			merger.setObjectInserter(inserter);
			if (!merger.merge(head, theirs)) {
				throw new StoreException(Messages.bind(Messages.pullConflict, shown,
						String.join(", ", conflicts(merger.getBaseCommitId(), head, theirs)))); //$NON-NLS-1$
			}
			return writer.insertCommit(inserter, merger.getResultTreeId(), List.of(head, theirs),
					String.format(MERGE_MESSAGE, shown) + '\n', author);
		}
	}

	/**
	 * What both sides changed differently since their common base: {@code report <id>} for report
	 * files, the path for any other file.
	 */
	private List<String> conflicts(ObjectId base, ObjectId ours, ObjectId theirs) throws IOException {
		Set<String> conflicts = new TreeSet<>();
		try (ObjectReader reader = repository.newObjectReader();
				RevWalk revWalk = new RevWalk(reader);
				TreeWalk walk = new TreeWalk(reader)) {
			if (base == null) {
				walk.addTree(new EmptyTreeIterator());
			} else {
				walk.addTree(new CanonicalTreeParser(null, reader, revWalk.parseCommit(base).getTree()));
			}
			walk.addTree(revWalk.parseCommit(ours).getTree());
			walk.addTree(revWalk.parseCommit(theirs).getTree());
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				if (!walk.idEqual(0, 1) && !walk.idEqual(0, 2) && !walk.idEqual(1, 2)) {
					conflicts.add(describe(walk.getPathString()));
				}
			}
		}
		return new ArrayList<>(conflicts);
	}

	private static String describe(String path) {
		String prefix = RepositoryLayout.REPORTS + '/';
		int end = path.indexOf('/', prefix.length());
		if (path.startsWith(prefix) && end > 0) {
			return "report " + path.substring(prefix.length(), end); //$NON-NLS-1$
		}
		return path;
	}

	private List<String> changedReports(ObjectId before, ObjectId after) throws IOException {
		Map<String, ObjectId> old = Snapshot.of(repository, before).children(RepositoryLayout.REPORTS);
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, ObjectId> folder : Snapshot.of(repository, after).children(RepositoryLayout.REPORTS)
				.entrySet()) {
			if (!Objects.equals(folder.getValue(), old.get(folder.getKey()))) {
				changed.add(folder.getKey());
			}
		}
		return changed;
	}

	/**
	 * Pushes the current branch, then, once the remote took it, the report tags. Tags are pushed
	 * forced because a replaced report's tag moves; pushing them only after the branch keeps a
	 * rejected push from moving the remote's tags to commits its branch does not have.
	 */
	public PushOutcome push(String remote) throws StoreException, IOException {
		String shown = CredentialScrubber.uri(remote);
		String branch = Constants.R_HEADS + repository.getBranch();
		ObjectId head = repository.resolve(Constants.HEAD);
		if (!repository.getRemoteNames().contains(remote) && !isUri(remote)) {
			throw new StoreException(Messages.bind(Messages.noRemote, shown));
		}
		RemoteRefUpdate update = push(remote, shown, List.of(new RefSpec(branch + ':' + branch))).stream()
				.filter(candidate -> branch.equals(candidate.getRemoteName())).findFirst().orElse(null);
		if (update == null) {
			throw new StoreException(Messages.bind(Messages.pushFailed, shown, branch));
		}
		boolean changed = switch (update.getStatus()) {
		case OK -> true;
		case UP_TO_DATE -> false;
		case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new StoreException(
				Messages.bind(Messages.pushRejected, shown));
		default -> throw new StoreException(Messages.bind(Messages.pushFailed, shown,
				update.getMessage() == null ? update.getStatus().name() : reason(update.getMessage())));
		};
		List<RefSpec> tagSpecs = new ArrayList<>();
		for (Ref tag : repository.getRefDatabase()
				.getRefsByPrefix(Constants.R_TAGS + RepositoryLayout.REPORT_TAG_PREFIX)) {
			tagSpecs.add(new RefSpec(tag.getName() + ':' + tag.getName()).setForceUpdate(true));
		}
		List<String> moved = new ArrayList<>();
		if (!tagSpecs.isEmpty()) {
			for (RemoteRefUpdate tag : push(remote, shown, tagSpecs)) {
				switch (tag.getStatus()) {
				case OK -> moved.add(tag.getRemoteName().substring(Constants.R_TAGS.length()));
				case UP_TO_DATE -> {
					// the remote's tag already points there
				}
				default -> throw new StoreException(Messages.bind(Messages.pushFailed, shown,
						tag.getRemoteName() + ' ' + tag.getStatus()));
				}
			}
		}
		moved.sort(null);
		return new PushOutcome(shown, head.name(), changed, moved);
	}

	private Collection<RemoteRefUpdate> push(String remote, String shown, List<RefSpec> specs)
			throws StoreException {
		List<RemoteRefUpdate> updates = new ArrayList<>();
		WatchedCredentials credentials = WatchedCredentials.ofDefault();
		try {
			for (PushResult result : Git.wrap(repository).push().setRemote(remote).setRefSpecs(specs)
					.setCredentialsProvider(credentials).setTransportConfigCallback(new SshTransports()).call()) {
				updates.addAll(result.getRemoteUpdates());
			}
		} catch (GitAPIException | RuntimeException e) {
			throw remoteFailure(shown, e, credentials);
		}
		return updates;
	}

	/*
	 * What went wrong, for a one-line message: JGit's transport errors may span lines ("Cannot log
	 * in at host" and then each authentication method tried) and may quote credentials.
	 */
	private static String reason(String message) {
		return message == null ? "" : String.join("; ", CredentialScrubber.text(message).strip().split("\\s*\\R\\s*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Why a fetch or push failed, in the user's terms: JGit says "not authorized" both when the
	 * server refused the credentials and when there were none to give.
	 */
	private static StoreException remoteFailure(String shown, Exception e, WatchedCredentials credentials) {
		if (credentials != null && credentials.refused) {
			return new StoreException(Messages.bind(Messages.credentialsRefused, shown), e);
		}
		if (credentials != null && credentials.missing) {
			return new StoreException(Messages.bind(Messages.credentialsMissing, shown), e);
		}
		return new StoreException(Messages.bind(Messages.remoteFailed, shown, reason(e.getMessage())), e);
	}

	/**
	 * JGit's default credentials provider (the command line's ~/.netrc, the workbench's secure
	 * storage), watched for whether the server refused what it gave or it had nothing to give.
	 */
	private static final class WatchedCredentials extends CredentialsProvider {

		private final CredentialsProvider delegate;
		private volatile boolean refused;
		private volatile boolean missing;

		private WatchedCredentials(CredentialsProvider delegate) {
			this.delegate = delegate;
		}

		/** The default provider, watched; null when there is none, as JGit expects then. */
		static WatchedCredentials ofDefault() {
			CredentialsProvider provider = CredentialsProvider.getDefault();
			return provider == null ? null : new WatchedCredentials(provider);
		}

		@Override
		public boolean isInteractive() {
			return delegate.isInteractive();
		}

		@Override
		public boolean supports(CredentialItem... items) {
			return delegate.supports(items);
		}

		@Override
		public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
			boolean given = delegate.get(uri, items);
			if (!given && Arrays.stream(items).anyMatch(item -> item instanceof CredentialItem.Username
					|| item instanceof CredentialItem.Password)) {
				missing = true;
			}
			return given;
		}

		/* JGit resets the credentials of a URI when the server refused them */
		@Override
		public void reset(URIish uri) {
			refused = true;
			delegate.reset(uri);
		}
	}

	private static String name(ObjectId id) {
		return id == null ? null : id.name();
	}
}

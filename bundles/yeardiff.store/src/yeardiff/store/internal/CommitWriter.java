package yeardiff.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

import yeardiff.store.StoreException;

/**
 * Makes commits so that each lands whole (objects, HEAD, work tree, index and tags) or leaves the
 * repository as it was, whatever fails and whenever the process dies. The blobs, the tree (built
 * from HEAD's tree in an in-memory index) and the commit go into the object database first and are
 * read back; then every changed work-tree file and the new index are written beside their places
 * ({@link WorkTree#prepare}), where a full disk fails them while HEAD has not moved. Only then does
 * HEAD move, expecting the commit it was built on, followed by the tags and by renames that put the
 * files and the index in place. When any of that fails, the files are put back, HEAD and the tags
 * are moved back and their logs cut back to what they were. A process killed before HEAD moves
 * leaves unreachable objects and temporary files behind and HEAD where it was; killed after, it
 * leaves HEAD at a complete commit and a journal that the next writer finishes.
 *
 * <p>Call it only while holding the {@link WriteLock}.</p>
 */
public final class CommitWriter {

	/** How long an update waits for a Git command that holds the index. */
	private static final Duration INDEX_WAIT = Duration.ofSeconds(5);

	private final Repository repository;
	private final WorkTree workTree;

	public CommitWriter(Repository repository, WorkTree workTree) {
		this.repository = repository;
		this.workTree = workTree;
	}

	/**
	 * Commits {@code base}'s files with {@code writes} written and {@code deletes} removed (paths
	 * relative to the repository, with {@code /}) on top of {@code base} and moves HEAD to it.
	 *
	 * @return the new commit, or {@code null} when the files would be the same as {@code base}'s
	 */
	public ObjectId commit(Snapshot base, Map<String, byte[]> writes, Set<String> deletes, String message,
			PersonIdent author) throws IOException, StoreException {
		return commit(base, writes, deletes, message, author, List.of());
	}

	/**
	 * {@link #commit(Snapshot, Map, Set, String, PersonIdent)} that also points the lightweight tags
	 * {@code tags} (without {@code refs/tags/}) at the new commit, in the same all-or-nothing step.
	 */
	public ObjectId commit(Snapshot base, Map<String, byte[]> writes, Set<String> deletes, String message,
			PersonIdent author, List<String> tags) throws IOException, StoreException {
		ObjectId commit;
		Map<ObjectId, byte[]> contents = new HashMap<>();
		try (ObjectInserter inserter = new FaultCountingInserter(repository.newObjectInserter())) {
			ObjectId tree = tree(inserter, base, writes, deletes, contents);
			if (base.commit() != null && tree.equals(base.commit().getTree())) {
				return null;
			}
			commit = insertCommit(inserter, tree, base.commitId() == null ? List.of() : List.of(base.commitId()),
					message, author);
		}
		advance(base.commitId(), commit, message, contents, tags);
		return commit;
	}

	/** Builds the tree; {@code contents} receives the bytes of every blob inserted, by id. */
	private ObjectId tree(ObjectInserter inserter, Snapshot base, Map<String, byte[]> writes, Set<String> deletes,
			Map<ObjectId, byte[]> contents) throws IOException {
		DirCache index;
		if (base.commit() == null) {
			index = DirCache.newInCore();
		} else {
			try (ObjectReader reader = repository.newObjectReader()) {
				index = DirCache.read(reader, base.commit().getTree());
			}
		}
		DirCacheEditor editor = index.editor();
		for (String path : deletes) {
			editor.add(new DeletePath(path));
		}
		for (Map.Entry<String, byte[]> write : writes.entrySet()) {
			ObjectId blob = inserter.insert(Constants.OBJ_BLOB, write.getValue());
			contents.put(blob, write.getValue());
			editor.add(new PathEdit(write.getKey()) {
				@Override
				public void apply(DirCacheEntry entry) {
					entry.setFileMode(FileMode.REGULAR_FILE);
					entry.setObjectId(blob);
				}
			});
		}
		editor.finish();
		return index.writeTree(inserter);
	}

	/** Writes a commit object (and flushes the inserter) without moving any ref. */
	public ObjectId insertCommit(ObjectInserter inserter, ObjectId tree, List<ObjectId> parents, String message,
			PersonIdent author) throws IOException {
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(tree);
		commit.setParentIds(parents);
		commit.setAuthor(author);
		commit.setCommitter(new PersonIdent(new PersonIdent(repository), author.getWhenAsInstant(), author.getZoneId()));
		commit.setMessage(message);
		ObjectId id = inserter.insert(commit);
		inserter.flush();
		return id;
	}

	/**
	 * Moves HEAD's branch from {@code expected} to {@code commit} and brings the work tree along.
	 *
	 * @throws StoreException when HEAD is no longer {@code expected}
	 */
	public void advance(ObjectId expected, ObjectId commit, String message) throws IOException, StoreException {
		advance(expected, commit, message, Map.of(), List.of());
	}

	/**
	 * {@link #advance(ObjectId, ObjectId, String)} for a commit whose new blobs the caller still holds
	 * in {@code contents}, by id (the work tree gets them without reading them back from Git), moving
	 * {@code tags} to the commit as well.
	 */
	private void advance(ObjectId expected, ObjectId commit, String message, Map<ObjectId, byte[]> contents,
			List<String> tags) throws IOException, StoreException {
		checkComplete(commit, contents.keySet());
		WorkTree.Prepared prepared = workTree.prepare(expected, commit, contents, INDEX_WAIT);
		RefState before = null;
		boolean moved = false;
		try {
			before = RefState.of(repository, tags);
			workTree.beginUpdate(expected);
			WriteFaults.check("HEAD"); //$NON-NLS-1$
			RefUpdate update = repository.updateRef(Constants.HEAD);
			update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
			update.setNewObjectId(commit);
			update.setRefLogMessage(reflogMessage(message), false);
			RefUpdate.Result result = update.update();
			moved = result == RefUpdate.Result.NEW || result == RefUpdate.Result.FAST_FORWARD || result == RefUpdate.Result.FORCED;
			if (!moved) {
				if (!head(expected)) {
					throw new StoreException(Messages.concurrentChange);
				}
				throw new IOException("HEAD could not be moved: " + result); //$NON-NLS-1$
			}
			for (String tag : tags) {
				tag(tag, commit);
			}
			prepared.install();
			prepared.commitIndex();
		} catch (IOException | StoreException | RuntimeException | Error e) {
			// an exception out of the ref update itself may come after the ref moved
			moved = before != null && (moved || head(commit));
			if (!moved) {
				prepared.abandon();
				if (head(expected)) {
					workTree.abandonUpdate();
				}
				throw e;
			}
			prepared.rollback();
			try {
				before.restore(commit);
				workTree.abandonUpdate();
			} catch (IOException | RuntimeException restoreFailure) {
				e.addSuppressed(restoreFailure);
				throw new StoreException(Messages.bind(Messages.unfinishedRollback, describe(e), describe(restoreFailure)), e);
			}
			throw e;
		}
		prepared.finish();
		workTree.abandonUpdate();
	}

	private static String describe(Throwable e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	/** Whether HEAD is at {@code commit} ({@code null}: on an unborn branch). */
	private boolean head(ObjectId commit) {
		try {
			ObjectId head = repository.resolve(Constants.HEAD);
			return commit == null ? head == null : commit.equals(head);
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Reads the commit, its tree and the blobs written for it back before any ref points at them: a
	 * commit whose objects did not all reach the disk must not become HEAD. The rest of the tree is
	 * the base commit's, which was checked when it was made.
	 */
	private void checkComplete(ObjectId commit, Set<ObjectId> written) throws IOException {
		try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
			ObjectId tree = walk.parseCommit(commit).getTree();
			if (!reader.has(tree)) {
				throw new MissingObjectException(tree, Constants.OBJ_TREE);
			}
			for (ObjectId blob : written) {
				if (!reader.has(blob)) {
					throw new MissingObjectException(blob, Constants.OBJ_BLOB);
				}
			}
		}
	}

	/** Points the lightweight tag {@code name} (without {@code refs/tags/}) at {@code commit}. */
	public void tag(String name, ObjectId commit) throws IOException, StoreException {
		WriteFaults.check("tag " + name); //$NON-NLS-1$
		RefUpdate update = repository.updateRef(Constants.R_TAGS + name);
		update.setNewObjectId(commit);
		update.setForceUpdate(true);
		update.disableRefLog();
		switch (update.update()) {
		case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
			// the tag points where it should
		}
		default -> throw new StoreException(Messages.concurrentChange);
		}
	}

	private static String reflogMessage(String message) {
		int end = message.indexOf('\n');
		return "yeardiff: " + (end < 0 ? message : message.substring(0, end)); //$NON-NLS-1$
	}

	/** Counts each object written for {@link WriteFaults}. */
	private static final class FaultCountingInserter extends ObjectInserter.Filter {

		private final ObjectInserter delegate;

		FaultCountingInserter(ObjectInserter delegate) {
			this.delegate = delegate;
		}

		@Override
		protected ObjectInserter delegate() {
			return delegate;
		}

		@Override
		public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
			WriteFaults.check("a Git object"); //$NON-NLS-1$
			return super.insert(type, data, off, len);
		}

		@Override
		public ObjectId insert(int type, long length, InputStream in) throws IOException {
			WriteFaults.check("a Git object"); //$NON-NLS-1$
			return super.insert(type, length, in);
		}

		@Override
		public void flush() throws IOException {
			WriteFaults.check("the Git objects"); //$NON-NLS-1$
			super.flush();
		}
	}
}

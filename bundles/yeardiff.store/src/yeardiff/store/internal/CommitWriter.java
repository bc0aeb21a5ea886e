package yeardiff.store.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

import yeardiff.store.StoreException;

/**
 * Makes commits without a work tree in between, in the order that keeps a repository whole
 * whatever moment a process dies at: the blobs, the tree (built from HEAD's tree in an in-memory
 * index) and the commit go into the object database first; then HEAD moves, expecting the commit
 * it was built on; only then does the {@link WorkTree} follow. A process killed before HEAD moves
 * leaves unreachable objects behind and HEAD where it was; killed after, it leaves HEAD at a
 * complete commit and a journal that the next writer finishes.
 *
 * <p>Call it only while holding the {@link WriteLock}.</p>
 */
public final class CommitWriter {

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
		ObjectId commit;
		Map<ObjectId, byte[]> contents = new HashMap<>();
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			ObjectId tree = tree(inserter, base, writes, deletes, contents);
			if (base.commit() != null && tree.equals(base.commit().getTree())) {
				return null;
			}
			commit = insertCommit(inserter, tree, base.commitId() == null ? List.of() : List.of(base.commitId()),
					message, author);
		}
		advance(base.commitId(), commit, message, contents);
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
		advance(expected, commit, message, Map.of());
	}

	/**
	 * {@link #advance(ObjectId, ObjectId, String)} for a commit whose new blobs the caller still holds
	 * in {@code contents}, by id: the work tree gets them without reading them back from Git.
	 */
	private void advance(ObjectId expected, ObjectId commit, String message, Map<ObjectId, byte[]> contents)
			throws IOException, StoreException {
		workTree.beginUpdate(expected);
		RefUpdate update = repository.updateRef(Constants.HEAD);
		update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
		update.setNewObjectId(commit);
		update.setRefLogMessage(reflogMessage(message), false);
		RefUpdate.Result result = update.update();
		switch (result) {
		case NEW, FAST_FORWARD, FORCED -> workTree.update(expected, commit, contents);
		default -> {
			workTree.abandonUpdate();
			throw new StoreException(Messages.concurrentChange);
		}
		}
	}

	/** Points the lightweight tag {@code name} (without {@code refs/tags/}) at {@code commit}. */
	public void tag(String name, ObjectId commit) throws IOException, StoreException {
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
}

package yeardiff.store.internal;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of one commit, read from the object database. Everything the store answers comes
 * from a snapshot, never from the work tree, so a work tree a user edits or a killed process left
 * half-written never changes what Yeardiff reads.
 */
public final class Snapshot {

	private final Repository repository;
	private final RevCommit commit;

	private Snapshot(Repository repository, RevCommit commit) {
		this.repository = repository;
		this.commit = commit;
	}

	/** The files of HEAD; empty when the repository has no commit yet. */
	public static Snapshot head(Repository repository) throws IOException {
		return of(repository, repository.resolve(Constants.HEAD));
	}

	/** The files of a commit; empty when {@code commitId} is {@code null}. */
	public static Snapshot of(Repository repository, ObjectId commitId) throws IOException {
		if (commitId == null) {
			return new Snapshot(repository, null);
		}
		try (RevWalk walk = new RevWalk(repository)) {
			return new Snapshot(repository, walk.parseCommit(commitId));
		}
	}

	/** The commit, or {@code null} for the empty snapshot of an unborn branch. */
	public RevCommit commit() {
		return commit;
	}

	/** The commit's id, or {@code null} for the empty snapshot. */
	public ObjectId commitId() {
		return commit == null ? null : commit.getId();
	}

	/** The id of the file or folder at {@code path}, or {@code null} when there is none. */
	public ObjectId id(String path) throws IOException {
		if (commit == null) {
			return null;
		}
		try (ObjectReader reader = repository.newObjectReader();
				TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
			return walk == null ? null : walk.getObjectId(0);
		}
	}

	/** The bytes of the file at {@code path}, or {@code null} when there is no such file. */
	public byte[] read(String path) throws IOException {
		if (commit == null) {
			return null;
		}
		try (ObjectReader reader = repository.newObjectReader();
				TreeWalk walk = TreeWalk.forPath(reader, path, commit.getTree())) {
			if (walk == null || (walk.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
				return null;
			}
			return reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
		}
	}

	/**
	 * The entries of the folder at {@code path} by name, files and folders alike, sorted; empty when
	 * there is no such folder.
	 */
	public Map<String, ObjectId> children(String path) throws IOException {
		Map<String, ObjectId> children = new TreeMap<>();
		if (commit == null) {
			return children;
		}
		try (ObjectReader reader = repository.newObjectReader();
				TreeWalk folder = TreeWalk.forPath(reader, path, commit.getTree())) {
			if (folder == null || !folder.isSubtree()) {
				return children;
			}
			try (TreeWalk walk = new TreeWalk(reader)) {
				walk.addTree(folder.getObjectId(0));
				while (walk.next()) {
					children.put(walk.getNameString(), walk.getObjectId(0));
				}
			}
		}
		return children;
	}
}

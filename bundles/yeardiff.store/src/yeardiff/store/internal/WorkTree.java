package yeardiff.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Keeps the work tree and the Git index in step with HEAD, so that {@code git status} is clean
 * after every Yeardiff operation and users can browse the files.
 *
 * <p>The work tree follows HEAD, never the other way round: HEAD moves first, then the changed
 * files are written, each to a temporary file that then takes the old one's place, so a file is
 * never half-written. Before HEAD moves, a journal ({@code .git/yeardiff-checkout})
 * records the commit the work tree still shows; a process killed while writing files leaves the
 * journal behind and {@link #repair} finishes the job.</p>
 */
public final class WorkTree {

	private static final String JOURNAL = "yeardiff-checkout"; //$NON-NLS-1$
	private static final String TEMP_FOLDER = "yeardiff-tmp"; //$NON-NLS-1$

	/*
	 * Lock files JGit (and Git) create while updating the refs and the index Yeardiff writes. A
	 * killed process leaves them behind, and every later update of that ref would fail. They are
	 * removed only while this process holds the repository's write lock.
	 */
	private static final List<String> REF_LOCKS = List.of("HEAD.lock", "index.lock", "packed-refs.lock"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String LOCK_SUFFIX = ".lock"; //$NON-NLS-1$

	private final Repository repository;
	private final Path root;
	private final Path gitDir;

	public WorkTree(Repository repository) {
		this.repository = repository;
		this.root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
		this.gitDir = repository.getDirectory().toPath();
	}

	/**
	 * Records, before HEAD moves from {@code from}, that the work tree shows {@code from}.
	 */
	public void beginUpdate(ObjectId from) throws IOException {
		String text = (from == null ? ObjectId.zeroId() : from).name() + '\n';
		writeAtomically(gitDir.resolve(JOURNAL), text.getBytes(StandardCharsets.US_ASCII));
	}

	/** Drops the journal of an update that did not happen because HEAD did not move. */
	public void abandonUpdate() throws IOException {
		Files.deleteIfExists(gitDir.resolve(JOURNAL));
	}

	/**
	 * Brings the work tree and the index from commit {@code from} (or nothing) to commit
	 * {@code to}, touching only the files that differ between them, and drops the journal.
	 */
	public void update(ObjectId from, ObjectId to) throws IOException {
		update(from, to, Map.of());
	}

	/**
	 * {@link #update(ObjectId, ObjectId)} taking the bytes of blobs the caller holds from
	 * {@code contents}, by id, instead of reading them back from the object database.
	 */
	public void update(ObjectId from, ObjectId to, Map<ObjectId, byte[]> contents) throws IOException {
		List<Change> changes = changes(from, to);
		for (Change change : changes) {
			if (change.id() == null) {
				delete(change.path());
			}
		}
		for (Change change : changes) {
			if (change.id() != null) {
				write(change.path(), change.id(), contents.get(change.id()));
			}
		}
		if (updateIndex(changes)) {
			Files.deleteIfExists(gitDir.resolve(JOURNAL));
		}
	}

	/**
	 * Undoes what a killed process or a stray edit left: finishes an interrupted
	 * {@link #update}, restores files under {@code protectedFolder} that differ from HEAD, removes
	 * stale lock and temporary files. Call it only while holding the {@link WriteLock}.
	 */
	public void repair(String protectedFolder) throws IOException {
		for (String name : REF_LOCKS) {
			Files.deleteIfExists(gitDir.resolve(name));
		}
		removeRefLocks(gitDir.resolve(Constants.R_REFS));
		clearTemporaryFiles();
		ObjectId head = repository.resolve(Constants.HEAD);
		Path journal = gitDir.resolve(JOURNAL);
		if (Files.exists(journal)) {
			ObjectId from = ObjectId.fromString(Files.readString(journal, StandardCharsets.US_ASCII).trim());
			update(from.equals(ObjectId.zeroId()) ? null : from, head);
		}
		if (head != null) {
			restore(head, protectedFolder);
		}
	}

	private void removeRefLocks(Path refs) throws IOException {
		if (!Files.isDirectory(refs)) {
			return;
		}
		List<Path> locks;
		try (Stream<Path> files = Files.walk(refs)) {
			locks = files.filter(file -> file.getFileName().toString().endsWith(LOCK_SUFFIX)).toList();
		}
		for (Path lock : locks) {
			Files.deleteIfExists(lock);
		}
	}

	private void clearTemporaryFiles() throws IOException {
		Path folder = gitDir.resolve(TEMP_FOLDER);
		if (!Files.isDirectory(folder)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.toList();
		}
		for (Path file : files) {
			Files.deleteIfExists(file);
		}
	}

	/** Rewrites the files under {@code folder} whose content differs from HEAD's. */
	private void restore(ObjectId head, String folder) throws IOException {
		List<Change> damaged = new ArrayList<>();
		DirCache index = repository.readDirCache();
		try (ObjectReader reader = repository.newObjectReader();
				RevWalk revWalk = new RevWalk(reader);
				TreeWalk walk = new TreeWalk(reader)) {
			walk.addTree(revWalk.parseCommit(head).getTree());
			walk.setRecursive(true);
			walk.setFilter(PathFilter.create(folder));
			while (walk.next()) {
				if (!isFile(walk.getRawMode(0))) {
					continue;
				}
				String path = walk.getPathString();
				ObjectId id = walk.getObjectId(0);
				if (!matches(path, id, index.getEntry(path))) {
					damaged.add(new Change(path, id, walk.getRawMode(0)));
				}
			}
		}
		for (Change change : damaged) {
			write(change.path(), change.id(), null);
		}
		updateIndex(damaged);
	}

	/*
	 * Like Git, trust an index entry whose size and time match the file and hash the file only when
	 * they do not: opening a repository stays cheap however many reports it holds.
	 */
	private boolean matches(String path, ObjectId id, DirCacheEntry entry) throws IOException {
		Path file = root.resolve(path);
		if (!Files.isRegularFile(file)) {
			return false;
		}
		if (entry != null && id.equals(entry.getObjectId()) && !entry.isSmudged()
				&& entry.getLength() == (int) Files.size(file)
				&& entry.getLastModifiedInstant().equals(Files.getLastModifiedTime(file).toInstant())) {
			return true;
		}
		return id.equals(BlobIds.of(Files.readAllBytes(file)));
	}

	private List<Change> changes(ObjectId from, ObjectId to) throws IOException {
		List<Change> changes = new ArrayList<>();
		try (ObjectReader reader = repository.newObjectReader();
				RevWalk revWalk = new RevWalk(reader);
				TreeWalk walk = new TreeWalk(reader)) {
			walk.addTree(tree(revWalk, reader, from));
			walk.addTree(tree(revWalk, reader, to));
			walk.setRecursive(true);
			walk.setFilter(TreeFilter.ANY_DIFF);
			while (walk.next()) {
				int mode = walk.getRawMode(1);
				if (isFile(mode)) {
					changes.add(new Change(walk.getPathString(), walk.getObjectId(1), mode));
				} else if (isFile(walk.getRawMode(0))) {
					changes.add(new Change(walk.getPathString(), null, FileMode.TYPE_MISSING));
				}
			}
		}
		return changes;
	}

	private static AbstractTreeIterator tree(RevWalk revWalk, ObjectReader reader, ObjectId commit)
			throws IOException {
		if (commit == null) {
			return new EmptyTreeIterator();
		}
		return new CanonicalTreeParser(null, reader, revWalk.parseCommit(commit).getTree());
	}

	/*
	 * Yeardiff only ever commits regular files; symbolic links or submodules someone committed with
	 * Git are left to Git.
	 */
	private static boolean isFile(int mode) {
		return (mode & FileMode.TYPE_MASK) == FileMode.TYPE_FILE;
	}

	/** Writes blob {@code id} to {@code path}; {@code known} is its content when the caller has it. */
	private void write(String path, ObjectId id, byte[] known) throws IOException {
		byte[] content = known;
		if (content == null) {
			try (ObjectReader reader = repository.newObjectReader()) {
				content = reader.open(id, Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
			}
		}
		Path file = root.resolve(path);
		if (Files.isDirectory(file)) {
			deleteFolder(file);
		}
		Files.createDirectories(file.getParent());
		writeAtomically(file, content);
	}

	private void writeAtomically(Path file, byte[] content) throws IOException {
		Path folder = Files.createDirectories(gitDir.resolve(TEMP_FOLDER));
		/*
		 * Not Files.createTempFile: its files are readable by their owner only, and the work tree's
		 * files should get the permissions Git gives them (the user's umask).
		 */
		Path temporary = folder.resolve("write-" + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			/*
			 * Removed first, as Git's checkout does: ext4 flushes a file renamed over another to disk
			 * before the rename returns (auto_da_alloc), which took more time than the whole rest of
			 * an import. If the process dies in between, the journal has the file written again.
			 */
			Files.deleteIfExists(file);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				// a Git folder on another file system than the work tree (git worktree, GIT_DIR)
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void delete(String path) throws IOException {
		Path file = root.resolve(path);
		Files.deleteIfExists(file);
		for (Path folder = file.getParent(); !folder.equals(root); folder = folder.getParent()) {
			try {
				Files.deleteIfExists(folder);
			} catch (DirectoryNotEmptyException e) {
				return;
			}
		}
	}

	private static void deleteFolder(Path folder) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(folder)) {
			paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
		}
		for (Path path : paths) {
			Files.delete(path);
		}
	}

	/**
	 * Records the changed files in the index with their size and time, as Git would after a
	 * checkout. Answers {@code false} when a Git command holds the index: the journal then stays and
	 * the next {@link #repair} writes the index.
	 */
	private boolean updateIndex(List<Change> changes) throws IOException {
		if (changes.isEmpty()) {
			return true;
		}
		DirCache index;
		try {
			index = repository.lockDirCache();
		} catch (LockFailedException e) {
			return false;
		}
		try {
			DirCacheEditor editor = index.editor();
			for (Change change : changes) {
				if (change.id() == null) {
					editor.add(new DeletePath(change.path()));
					continue;
				}
				Path file = root.resolve(change.path());
				long length = Files.size(file);
				Instant modified = Files.getLastModifiedTime(file).toInstant();
				editor.add(new PathEdit(change.path()) {
					@Override
					public void apply(DirCacheEntry entry) {
						entry.setFileMode(FileMode.fromBits(change.mode()));
						entry.setObjectId(change.id());
						entry.setLength(length);
						entry.setLastModified(modified);
					}
				});
			}
			editor.finish();
			index.write();
			return index.commit();
		} finally {
			index.unlock();
		}
	}

	private record Change(String path, ObjectId id, int mode) {
	}
}

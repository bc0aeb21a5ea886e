package yeardiff.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
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

import yeardiff.store.StoreException;

/**
 * Keeps the work tree and the Git index in step with HEAD, so that {@code git status} is clean
 * after every Yeardiff operation and users can browse the files.
 *
 * <p>The work tree follows HEAD, never the other way round. Before HEAD moves, every changed file
 * is written to a temporary file and the new index to {@code index.lock} ({@link #prepare}), so a
 * full disk fails the update while HEAD is still where it was; once HEAD has moved, the files take
 * their places by renames, and the files they replace are kept aside until the update is done, so
 * that a failure can put them back. A journal ({@code .git/yeardiff-checkout}) records, before HEAD
 * moves, the commit the work tree still shows; a process killed after that leaves the journal
 * behind and {@link #repair} finishes the job.</p>
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
	private static final String INDEX_LOCK = "index.lock"; //$NON-NLS-1$
	private static final long LOCK_POLL_MILLIS = 25;

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
		WriteFaults.check("the journal"); //$NON-NLS-1$
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
	 * Writes, before HEAD moves from {@code from} to {@code to}, everything the work tree and the
	 * index will need: each changed file to a temporary file in the Git folder, and the new index to
	 * {@code index.lock}. A full disk or any other failure shows here, while HEAD is still where it
	 * was; what is left to do once HEAD has moved are renames, which need no space.
	 *
	 * @param contents the bytes of new blobs the caller holds, by id; others are read from Git
	 * @param indexWait how long to wait for a Git command that holds the index
	 * @throws StoreException when a Git command holds the index for longer
	 */
	public Prepared prepare(ObjectId from, ObjectId to, Map<ObjectId, byte[]> contents, Duration indexWait)
			throws IOException, StoreException {
		Prepared prepared = new Prepared(changes(from, to));
		try {
			for (Change change : prepared.changes) {
				if (change.id() != null) {
					byte[] content = contents.get(change.id());
					prepared.temporary.put(change.path(), writeTemporary(change.path(), content == null ? read(change.id()) : content));
				}
			}
			if (!prepared.changes.isEmpty()) {
				prepared.index = lockIndex(indexWait);
				editIndex(prepared.index, prepared.changes, prepared.temporary::get);
				WriteFaults.check("the index"); //$NON-NLS-1$
				prepared.index.write();
			}
			return prepared;
		} catch (IOException | StoreException | RuntimeException | Error e) {
			prepared.abandon();
			throw e;
		}
	}

	/**
	 * The files and the index of a {@link #prepare}d update: {@link #install()} them once HEAD has
	 * moved, then {@link #commitIndex()} and {@link #finish()}; {@link #rollback()} puts back what
	 * was there when anything after HEAD's move fails, {@link #abandon()} drops it all when HEAD
	 * did not move.
	 */
	public final class Prepared {

		private final List<Change> changes;
		private final Map<String, Path> temporary = new HashMap<>();
		private final List<Installed> installed = new ArrayList<>();
		private DirCache index;

		private Prepared(List<Change> changes) {
			this.changes = changes;
		}

		/** Puts the new files in place; the old ones are moved aside, not deleted, until {@link #finish()}. */
		public void install() throws IOException {
			for (Change change : changes) {
				Path file = root.resolve(change.path());
				Path aside = null;
				if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
					aside = temporaryPath("old"); //$NON-NLS-1$
					WriteFaults.check("a rename in the work tree"); //$NON-NLS-1$
					Files.move(file, aside);
				}
				Installed step = new Installed(file, aside);
				installed.add(step);
				if (change.id() != null) {
					Files.createDirectories(file.getParent());
					WriteFaults.check("a rename in the work tree"); //$NON-NLS-1$
					move(temporary.remove(change.path()), file);
					step.placed = true;
				}
			}
		}

		/** Replaces the index by the one {@link WorkTree#prepare} wrote. */
		public void commitIndex() throws IOException {
			if (index == null) {
				return;
			}
			WriteFaults.check("the index"); //$NON-NLS-1$
			if (!index.commit()) {
				throw new IOException("the index could not be replaced by .git/index.lock"); //$NON-NLS-1$
			}
			index = null;
		}

		/** Drops the old files and the folders the update emptied. */
		public void finish() throws IOException {
			for (Installed step : installed) {
				if (step.aside != null) {
					deleteRecursively(step.aside);
				}
				if (!step.placed) {
					deleteEmptyParents(step.file);
				}
			}
			installed.clear();
			abandon();
		}

		/** Puts back the files {@link #install()} replaced and drops the new index; best effort, in reverse. */
		public void rollback() {
			for (int i = installed.size() - 1; i >= 0; i--) {
				Installed step = installed.get(i);
				try {
					if (step.placed) {
						Files.deleteIfExists(step.file);
					}
					if (step.aside != null) {
						Files.move(step.aside, step.file);
					}
				} catch (IOException e) {
					// the journal stays behind and the next writer's repair restores the file from HEAD
				}
			}
			installed.clear();
			abandon();
		}

		/** Drops the temporary files and the new index of an update that will not happen. */
		public void abandon() {
			if (index != null) {
				index.unlock();
				index = null;
			}
			for (Path file : temporary.values()) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException e) {
					// a temporary file; the next writer's repair clears the folder
				}
			}
			temporary.clear();
		}
	}

	private static final class Installed {

		final Path file;
		final Path aside;
		boolean placed;

		Installed(Path file, Path aside) {
			this.file = file;
			this.aside = aside;
		}
	}

	/**
	 * Locks the index for an update, waiting up to {@code wait} for a Git command that holds it; a
	 * lock no process holds was left behind by a killed one and is removed.
	 */
	private DirCache lockIndex(Duration wait) throws IOException, StoreException {
		long deadline = System.nanoTime() + wait.toNanos();
		Path lock = gitDir.resolve(INDEX_LOCK);
		while (true) {
			try {
				return repository.lockDirCache();
			} catch (LockFailedException e) {
				OptionalLong holder = HeldFiles.holder(lock);
				if (holder.isEmpty()) {
					Files.deleteIfExists(lock);
				} else if (System.nanoTime() - deadline > 0) {
					throw new StoreException(Messages.bind(Messages.lockHeld, INDEX_LOCK,
							holder.getAsLong() < 0 ? "?" : String.valueOf(holder.getAsLong())), e); //$NON-NLS-1$
				} else {
					try {
						Thread.sleep(LOCK_POLL_MILLIS);
					} catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						throw new StoreException(Messages.busy, interrupted);
					}
				}
			}
		}
	}

	private byte[] read(ObjectId id) throws IOException {
		try (ObjectReader reader = repository.newObjectReader()) {
			return reader.open(id, Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
		}
	}

	/** Writes {@code content} to a new temporary file; the armed write of {@link WriteFaults} fails half-written. */
	private Path writeTemporary(String path, byte[] content) throws IOException {
		Path temporary = temporaryPath("write"); //$NON-NLS-1$
		try {
			if (WriteFaults.nextFails()) {
				Files.write(temporary, Arrays.copyOf(content, content.length / 2), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			}
			WriteFaults.check(path);
			Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			return temporary;
		} catch (IOException | RuntimeException | Error e) {
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	/*
	 * Not Files.createTempFile: its files are readable by their owner only, and the work tree's files
	 * should get the permissions Git gives them (the user's umask).
	 */
	private Path temporaryPath(String prefix) throws IOException {
		Path folder = Files.createDirectories(gitDir.resolve(TEMP_FOLDER));
		return folder.resolve(prefix + '-' + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			// a Git folder on another file system than the work tree (git worktree, GIT_DIR)
			Files.move(from, to);
		}
	}

	private void deleteEmptyParents(Path file) throws IOException {
		for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
			try {
				Files.deleteIfExists(folder);
			} catch (DirectoryNotEmptyException e) {
				return;
			}
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
			deleteFolder(path);
		} else {
			Files.deleteIfExists(path);
		}
	}

	/**
	 * Undoes what a killed process or a stray edit left: finishes an interrupted
	 * {@link #update}, restores files under {@code protectedFolder} that differ from HEAD, removes
	 * lock files no process holds and temporary files. Call it only while holding the
	 * {@link WriteLock}.
	 *
	 * @param strict whether a lock file another process holds is an error (before a write) or is left
	 *            alone (when a repository is opened to be read)
	 * @throws StoreException when {@code strict} and a Git command holds one of the repository's locks
	 */
	public void repair(String protectedFolder, boolean strict) throws IOException, StoreException {
		List<Path> locks = new ArrayList<>();
		for (String name : REF_LOCKS) {
			locks.add(gitDir.resolve(name));
		}
		locks.addAll(refLocks(gitDir.resolve(Constants.R_REFS)));
		boolean held = false;
		for (Path lock : locks) {
			OptionalLong holder = HeldFiles.holder(lock);
			if (holder.isEmpty()) {
				Files.deleteIfExists(lock);
			} else if (strict) {
				throw new StoreException(Messages.bind(Messages.lockHeld, gitDir.relativize(lock).toString(),
						holder.getAsLong() < 0 ? "?" : String.valueOf(holder.getAsLong()))); //$NON-NLS-1$
			} else {
				held = true;
			}
		}
		if (held) {
			// a Git command is at work: what it writes is its own business until it is done
			return;
		}
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

	private static List<Path> refLocks(Path refs) throws IOException {
		if (!Files.isDirectory(refs)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(refs)) {
			return files.filter(file -> file.getFileName().toString().endsWith(LOCK_SUFFIX)).toList();
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
			// a file or folder moved aside by an update that a killed process did not finish
			deleteRecursively(file);
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
		BasicFileAttributes attributes;
		try {
			// one look at the file, not one each for its kind, size and time: every report's files are checked
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		} catch (NoSuchFileException e) {
			return false;
		}
		if (!attributes.isRegularFile()) {
			return false;
		}
		if (entry != null && id.equals(entry.getObjectId()) && !entry.isSmudged()
				&& entry.getLength() == (int) attributes.size()
				&& entry.getLastModifiedInstant().equals(attributes.lastModifiedTime().toInstant())) {
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
			editIndex(index, changes, path -> root.resolve(path));
			index.write();
			return index.commit();
		} finally {
			index.unlock();
		}
	}

	/** Records the changed files in {@code index} with the size and time of the files {@code files} names. */
	private static void editIndex(DirCache index, List<Change> changes, Function<String, Path> files) throws IOException {
		DirCacheEditor editor = index.editor();
		for (Change change : changes) {
			if (change.id() == null) {
				editor.add(new DeletePath(change.path()));
				continue;
			}
			Path file = files.apply(change.path());
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
	}

	private record Change(String path, ObjectId id, int mode) {
	}
}

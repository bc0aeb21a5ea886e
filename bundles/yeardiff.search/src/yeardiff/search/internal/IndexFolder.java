package yeardiff.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index of one commit, in a folder of its own named by the commit id under the
 * repository's {@code .git/yeardiff/search/}: outside the work tree, so that it is never committed
 * and a clone starts without one. An index never changes once written, because the commit it
 * indexes never does; a new HEAD gets a new folder.
 *
 * <p>A folder is written under a temporary name and renamed when complete, so a folder with a
 * commit's name is either a whole index or one that was damaged afterwards; a damaged one, or one
 * written by another version of the index layout, is deleted and built again. Several processes may
 * build the same index at once: the first rename wins and the others use its folder.</p>
 */
public final class IndexFolder implements Closeable {

	/**
	 * Written into every index commit; an index of another layout (fields, analysis) is rebuilt.
	 * Raise it whenever what {@link StatementDocuments} or {@link yeardiff.words.DutchWordAnalyzer} produce changes
	 * (2: the one Dutch analysis of yeardiff.words, with its English and letter function words).
	 */
	static final String LAYOUT = "2"; //$NON-NLS-1$

	private static final String LAYOUT_KEY = "yeardiff.search.layout"; //$NON-NLS-1$
	private static final String BUILD_PREFIX = ".build-"; //$NON-NLS-1$
	private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}"); //$NON-NLS-1$

	/** A build folder older than this was left by a process that died while building. */
	private static final Duration ABANDONED = Duration.ofHours(1);

	private final String commit;
	private final Path folder;
	private final Directory directory;
	private final DirectoryReader reader;
	private final IndexSearcher searcher;

	private IndexFolder(String commit, Path folder, Directory directory, DirectoryReader reader) {
		this.commit = commit;
		this.folder = folder;
		this.directory = directory;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
	}

	/**
	 * The index of {@code commit} under {@code root} if a usable one is there. A folder that does not
	 * open as an index of this layout is deleted.
	 */
	public static Optional<IndexFolder> open(Path root, String commit) throws IOException {
		Path folder = folder(root, commit);
		if (!Files.isDirectory(folder)) {
			return Optional.empty();
		}
		try {
			return Optional.of(openFolder(commit, folder));
		} catch (IOException damaged) {
			// a truncated file, a missing segments file, an index of another layout: build anew
			deleteTree(folder);
			return Optional.empty();
		}
	}

	/**
	 * Writes the index of {@code commit} from its documents, makes it the only index under
	 * {@code root}, and opens it.
	 */
	public static IndexFolder build(Path root, String commit, List<Document> documents, Analyzer analyzer)
			throws IOException {
		Path folder = folder(root, commit);
		Files.createDirectories(root);
		Path building = Files.createTempDirectory(root, BUILD_PREFIX);
		try {
			try (Directory directory = FSDirectory.open(building);
					IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				writer.addDocuments(documents);
				writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
				writer.commit();
			}
			publish(building, folder);
		} finally {
			deleteTree(building);
		}
		removeOthers(root, folder);
		return openFolder(commit, folder);
	}

	private static void publish(Path building, Path folder) throws IOException {
		try {
			Files.move(building, folder, StandardCopyOption.ATOMIC_MOVE);
		} catch (FileSystemException taken) {
			// another process published the same commit's index first: use that one
			if (!Files.isDirectory(folder)) {
				throw taken;
			}
		}
	}

	private static IndexFolder openFolder(String commit, Path folder) throws IOException {
		Directory directory = FSDirectory.open(folder);
		try {
			DirectoryReader reader = DirectoryReader.open(directory);
			if (!LAYOUT.equals(reader.getIndexCommit().getUserData().get(LAYOUT_KEY))) {
				reader.close();
				throw new IOException("index of another layout: " + folder); //$NON-NLS-1$
			}
			return new IndexFolder(commit, folder, directory, reader);
		} catch (IOException | RuntimeException e) {
			directory.close();
			throw e;
		}
	}

	/*
	 * Older commits' indexes are of no further use. Deleting is best effort: a file another process
	 * still has open may not be deletable on every platform, and the next build tries again.
	 */
	private static void removeOthers(Path root, Path keep) {
		Instant abandoned = Instant.now().minus(ABANDONED);
		List<Path> children;
		try (Stream<Path> list = Files.list(root)) {
			children = list.toList();
		} catch (IOException e) {
			return;
		}
		for (Path child : children) {
			if (child.equals(keep)) {
				continue;
			}
			try {
				if (child.getFileName().toString().startsWith(BUILD_PREFIX)
						&& Files.getLastModifiedTime(child).compareTo(FileTime.from(abandoned)) > 0) {
					continue; // another process is building into it
				}
				deleteTree(child);
			} catch (IOException e) {
				// left for the next build
			}
		}
	}

	private static Path folder(Path root, String commit) {
		if (commit == null || !COMMIT_ID.matcher(commit).matches()) {
			throw new IllegalArgumentException("not a commit id: " + commit); //$NON-NLS-1$
		}
		return root.resolve(commit);
	}

	private static void deleteTree(Path root) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		} catch (NoSuchFileException gone) {
			return;
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}

	/** The commit this index is of. */
	public String commit() {
		return commit;
	}

	/** The folder holding the index. */
	public Path folder() {
		return folder;
	}

	public IndexSearcher searcher() {
		return searcher;
	}

	/** Closes the index and deletes its folder, which proved to be damaged. */
	public void discard() throws IOException {
		close();
		deleteTree(folder);
	}

	@Override
	public void close() throws IOException {
		try (directory) {
			reader.close();
		}
	}
}

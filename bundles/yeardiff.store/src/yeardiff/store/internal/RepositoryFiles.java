package yeardiff.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The files {@code yeardiff init} puts into a new repository, and the test whether a repository
 * is a Yeardiff repository. The test reads the committed {@code .gitattributes}, not local
 * configuration, so that every clone of a Yeardiff repository is one too.
 */
public final class RepositoryFiles {

	/** The repository's attributes: byte-exact files, no line merges of models. */
	public static final String ATTRIBUTES = ".gitattributes"; //$NON-NLS-1$

	/** The repository's description for people browsing it with Git. */
	public static final String README = "README.md"; //$NON-NLS-1$

	private static final String MARKER = "# Yeardiff repository"; //$NON-NLS-1$

	private RepositoryFiles() {
	}

	/** The files of a new repository by path. */
	public static Map<String, byte[]> initial() {
		return Map.of(ATTRIBUTES, resource("repository.gitattributes"), README, resource("repository-README.md")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether a commit's files are those of a Yeardiff repository. */
	public static boolean isYeardiff(Snapshot snapshot) throws IOException {
		byte[] attributes = snapshot.read(ATTRIBUTES);
		return attributes != null && new String(attributes, StandardCharsets.UTF_8).startsWith(MARKER);
	}

	private static byte[] resource(String name) {
		try (InputStream in = RepositoryFiles.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing from the bundle: " + name); //$NON-NLS-1$
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

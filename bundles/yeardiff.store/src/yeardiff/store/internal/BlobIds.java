package yeardiff.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The id Git gives a blob of some bytes, to tell whether a file is what a commit holds.
 *
 * <p>JGit hashes with SHA-1 collision detection in Java, several times slower than the JDK's
 * intrinsic SHA-1; an import would hash every model twice. Comparing content with what the object
 * database already holds needs no collision detection: whatever is actually written still goes
 * through JGit's {@code ObjectInserter}, which detects collisions.</p>
 */
public final class BlobIds {

	private BlobIds() {
	}

	/** The id of a blob holding {@code content}, as {@code git hash-object} gives it. */
	public static ObjectId of(byte[] content) {
		MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		sha1.update(Constants.encodedTypeString(Constants.OBJ_BLOB));
		sha1.update((byte) ' ');
		sha1.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
		sha1.update((byte) 0);
		sha1.update(content);
		return ObjectId.fromRaw(sha1.digest());
	}
}

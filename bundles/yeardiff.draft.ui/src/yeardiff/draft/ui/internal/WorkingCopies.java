package yeardiff.draft.ui.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import yeardiff.draft.ui.DraftEditorInput;

/**
 * Where the editor keeps a draft's unsaved work: the plug-in's state location, one folder per
 * repository (named by a digest of its path, so that two repositories with drafts of the same year
 * never share a file), one file per year.
 */
public final class WorkingCopies {

	private static final String FOLDER = "working-copies"; //$NON-NLS-1$
	private static final int FOLDER_NAME_BYTES = 8;

	private WorkingCopies() {
	}

	public static Path of(DraftEditorInput input) {
		Path state = Platform.getStateLocation(FrameworkUtil.getBundle(WorkingCopies.class)).toPath();
		return state.resolve(FOLDER).resolve(digest(input.repository().toString()))
				.resolve("draft-" + input.year() + ".xmi"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
			return HexFormat.of().formatHex(hash, 0, FOLDER_NAME_BYTES);
		} catch (NoSuchAlgorithmException e) {
			// every Java runtime has SHA-256
			throw new IllegalStateException(e);
		}
	}
}

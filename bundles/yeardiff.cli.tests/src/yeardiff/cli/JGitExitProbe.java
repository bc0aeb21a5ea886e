package yeardiff.cli;

import java.io.File;
import java.io.IOException;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.util.FS;

/**
 * A process that takes JGit's end-of-process work over as the {@code yeardiff} command does, then
 * locks a Git index as a write would and ends before the write is done (as an interrupted command
 * does). JGit removes such a lock at the end of the process; {@code PlainJavaLaunchTest} checks
 * that it still does. Runs on the installation's class path, outside OSGi:
 *
 * <pre>
 * java -cp lib/yeardiff.jar:TESTS yeardiff.cli.JGitExitProbe INDEX_FILE
 * </pre>
 */
public final class JGitExitProbe {

	private JGitExitProbe() {
	}

	public static void main(String[] args) throws IOException {
		JGitShutdown.takeOver();
		DirCache.lock(new File(args[0]), FS.DETECTED);
		System.out.println("locked"); //$NON-NLS-1$
		System.exit(0);
	}
}

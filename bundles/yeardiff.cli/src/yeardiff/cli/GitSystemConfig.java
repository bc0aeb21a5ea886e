package yeardiff.cli;

import org.eclipse.jgit.util.FS;

/**
 * Where the system's Git configuration lives, asked on a second thread as soon as a command
 * starts. JGit learns it by running {@code git} (twice: its version, then its system settings),
 * about 45 ms a process that mostly waits for another, on the first repository a command opens;
 * begun at once, the wait overlaps with reading the command line. JGit keeps the answer in
 * {@link FS#DETECTED}, the file system every repository uses. Should the command reach that point
 * first it asks itself, as it would anyway: the result is the same, only the time differs.
 */
final class GitSystemConfig {

	private GitSystemConfig() {
	}

	/** Starts the lookup on a daemon thread, which the process does not wait for at its end. */
	static void lookUpInBackground() {
		Thread lookup = new Thread(GitSystemConfig::lookUp, "Git system configuration"); //$NON-NLS-1$
		lookup.setDaemon(true);
		lookup.start();
	}

	private static void lookUp() {
		try {
			FS.DETECTED.getGitSystemConfig();
		} catch (RuntimeException | LinkageError e) {
			// JGit meets the same problem when the command opens a repository, and handles it there.
		}
	}
}

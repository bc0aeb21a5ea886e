package yeardiff.cli;

import yeardiff.cli.commands.YeardiffCommand;

/**
 * The {@code yeardiff} command as a plain Java program: the product's start script runs it on a
 * flat class path of the headless bundles (see {@code yeardiff.cli.launch.LauncherJar}), so a
 * command does not pay for starting an OSGi framework. It does nothing but hand the arguments to
 * {@link YeardiffCommandLine}, the same code the Eclipse application {@link YeardiffApplication}
 * runs, and exit with its code. Only JGit's work at the end of the process is arranged as a
 * plain Java program needs it ({@link JGitShutdown}).
 */
public final class YeardiffMain {

	private YeardiffMain() {
	}

	public static void main(String[] args) {
		if (YeardiffCommand.runsSubcommand(args)) {
			// help and --version never touch JGit, whose clean-up component would only cost them time
			JGitShutdown.takeOver();
			GitSystemConfig.lookUpInBackground();
		}
		int exitCode = YeardiffCommandLine.run(args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		System.exit(exitCode);
	}
}

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

	/** SLF4J's system property naming its provider, read before it looks for one. */
	private static final String SLF4J_PROVIDER = "slf4j.provider"; //$NON-NLS-1$
	/** The provider on the command's class path ({@code LauncherJar} puts SLF4J's simple logger there). */
	private static final String SIMPLE_PROVIDER = "org.slf4j.simple.SimpleServiceProvider"; //$NON-NLS-1$
	/** How much SLF4J says about itself: it names an explicitly given provider at INFO, on stderr. */
	private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity"; //$NON-NLS-1$

	private YeardiffMain() {
	}

	public static void main(String[] args) {
		arrangeStart(args);
		int exitCode = YeardiffCommandLine.run(args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		System.exit(exitCode);
	}

	/**
	 * What a plain-Java start arranges before the command line {@code args} runs. Public for the
	 * product build's archive training, whose archives must hold what a start loads.
	 */
	public static void arrangeStart(String[] args) {
		nameTheLoggingProvider();
		if (YeardiffCommand.runsSubcommand(args)) {
			// help and --version never touch JGit, whose clean-up component would only cost them time
			JGitShutdown.takeOver();
			GitSystemConfig.lookUpInBackground();
		}
	}

	/**
	 * Names SLF4J's provider, which it would otherwise look for as a service in every jar of the
	 * class path: JGit logs through SLF4J, so every command paid for opening the 46 jars (some
	 * 30 ms of {@code yeardiff list}). A provider the user names ({@code -Dslf4j.provider}) stays.
	 */
	private static void nameTheLoggingProvider() {
		if (System.getProperty(SLF4J_PROVIDER) == null) {
			System.setProperty(SLF4J_PROVIDER, SIMPLE_PROVIDER);
			if (System.getProperty(SLF4J_VERBOSITY) == null) {
				System.setProperty(SLF4J_VERBOSITY, "WARN"); //$NON-NLS-1$
			}
		}
	}
}

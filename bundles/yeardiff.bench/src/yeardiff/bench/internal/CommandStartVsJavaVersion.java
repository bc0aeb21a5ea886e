package yeardiff.bench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import yeardiff.library.LetterFile;
import yeardiff.library.ReportLibrary;
import yeardiff.samples.SampleLetter;

/**
 * A {@code yeardiff} command run as users run it, the product's start script in a new process on
 * the sample repository, against {@code java -version} of the same Java: the whole process is
 * timed from outside, start-up included, since that is what a script calling the command in a loop
 * pays. {@code cli_list_vs_java_version} times {@code yeardiff list}, and
 * {@code cli_timeline_vs_java_version} one partner's timeline. {@code releng/bin/bench} names the
 * script in the system property {@code yeardiff.command}.
 */
public final class CommandStartVsJavaVersion implements Benchmark {

	/** The system property that names the product's {@code yeardiff} start script. */
	public static final String COMMAND_PROPERTY = "yeardiff.command"; //$NON-NLS-1$

	private final String name;
	private final double goal;
	private final List<String> arguments;

	private CommandStartVsJavaVersion(String name, double goal, List<String> arguments) {
		this.name = name;
		this.goal = goal;
		this.arguments = arguments;
	}

	/** {@code yeardiff list --repo R}. */
	public static CommandStartVsJavaVersion list() {
		return new CommandStartVsJavaVersion("cli_list_vs_java_version", 5, List.of("list")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code yeardiff timeline Noorwegen --repo R}: a partner with budgets, shares and delivery years. */
	public static CommandStartVsJavaVersion timeline() {
		return new CommandStartVsJavaVersion("cli_timeline_vs_java_version", 8, List.of("timeline", "Noorwegen")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public double goal() {
		return goal;
	}

	@Override
	public Figure run(PairedTiming timing, Fixtures fixtures) throws Exception {
		String script = System.getProperty(COMMAND_PROPERTY);
		if (script == null || !Files.isExecutable(Paths.get(script))) {
			throw new IllegalStateException(name + " needs the product's yeardiff script in -D" + COMMAND_PROPERTY); //$NON-NLS-1$
		}
		Path repository = fixtures.newFolder("sample"); //$NON-NLS-1$
		try (ReportLibrary library = ReportLibrary.openOrInit(repository)) {
			library.importSamples(SampleLetter.all().stream()
					.map(letter -> new LetterFile(letter.fileName(), letter.bytes(), letter.year())).toList());
		}
		List<String> command = new ArrayList<>();
		command.add(script);
		command.addAll(arguments);
		command.add("--repo"); //$NON-NLS-1$
		command.add(repository.toString());
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path errors = repository.resolveSibling(repository.getFileName() + "-errors.txt"); //$NON-NLS-1$
		PairedTiming.Medians medians = timing.time(() -> run(command, true, errors), () -> run(List.of(java, "-version"), false, errors)); //$NON-NLS-1$
		return Figures.timed(this, medians);
	}

	/**
	 * Runs a process to its end with the Java the bench runs on, and returns how many bytes it
	 * printed: the command's answer on standard output, or what {@code java -version} prints on
	 * standard error. A command that fails or answers nothing fails the figure, with its message.
	 */
	private long run(List<String> command, boolean answerOnStdout, Path errors) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home")); //$NON-NLS-1$ //$NON-NLS-2$
		if (answerOnStdout) {
			builder.redirectError(errors.toFile());
		} else {
			builder.redirectErrorStream(true);
		}
		Process process = builder.start();
		byte[] answer;
		try (InputStream out = process.getInputStream()) {
			answer = out.readAllBytes();
		}
		int exitCode = process.waitFor();
		if (exitCode != 0 || answer.length == 0) {
			throw new IllegalStateException(name + ": " + String.join(" ", command) + " exited with " + exitCode + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ (answerOnStdout ? Files.readString(errors, StandardCharsets.UTF_8).strip() : "")); //$NON-NLS-1$
		}
		return answer.length;
	}
}

package yeardiff.cli.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import yeardiff.cli.YeardiffCommandLine;
import yeardiff.cli.YeardiffMain;

/**
 * The work the product build has the Java runtime watch to make the {@code yeardiff} command's
 * class-data-sharing archives: the commands users script, each run once in this one process on a
 * sample repository in a temporary folder, so that an archive holds the classes they load. It
 * prints nothing and leaves nothing behind; it fails when a command fails, since an archive
 * trained on an error would miss what the command really loads.
 * <p>
 * Two archives, because the runtime pays at every start for the size of the archive it maps (it
 * relocates the archive's pointers), not only for the classes a command uses: {@value #READING}
 * trains the commands that read the repository and print (list, log, show, facts, timeline,
 * history, diff, commitments, help), an archive about half the size, which the start script gives
 * those commands; {@value #ALL} trains every command (the import of the sample letters, search
 * with Lucene, the HTML, CSV and PDF exports, drafts) for the others. The reading set's repository
 * is made by a child process, so that what importing loads stays out of its archive.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=ARCHIVE -cp lib/yeardiff.jar yeardiff.cli.launch.ArchiveTraining reading|all
 * </pre>
 */
public final class ArchiveTraining {

	/** The commands that read the repository and print, for the archive the start script gives them. */
	public static final String READING = "reading"; //$NON-NLS-1$
	/** Every command. */
	public static final String ALL = "all"; //$NON-NLS-1$

	private static final Pattern STATEMENT_ID = Pattern.compile("\"(?:statementId|id)\": \"(\\d{4}[^\"]*/[^\"]+)\""); //$NON-NLS-1$

	private ArchiveTraining() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		String set = args.length == 0 ? ALL : args[0];
		if (!READING.equals(set) && !ALL.equals(set)) {
			throw new IllegalArgumentException("usage: ArchiveTraining " + READING + '|' + ALL); //$NON-NLS-1$
		}
		// What the command's main class arranges before a command, which this training does not run, belongs in the archive too.
		YeardiffMain.arrangeStart(new String[] { "list" }); //$NON-NLS-1$
		Path work = Files.createTempDirectory("yeardiff-training"); //$NON-NLS-1$
		try {
			String repo = work.resolve("repository").toString(); //$NON-NLS-1$
			if (READING.equals(set)) {
				sampleInAChildProcess(repo);
			} else {
				run(0, "sample", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
			}
			trainReading(repo);
			if (ALL.equals(set)) {
				trainTheOthers(repo, work.toString());
			}
		} finally {
			delete(work);
		}
		System.exit(0);
	}

	/** {@link #READING}: the commands that read the repository and print to the terminal. */
	private static void trainReading(String repo) {
		run(0, "--version"); //$NON-NLS-1$
		run(0, "help"); //$NON-NLS-1$
		run(2, "no-such-command"); //$NON-NLS-1$
		run(0, "list", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "list", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "log", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "show", "2021", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String shown = run(0, "show", "2021", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(1, "show", "1900", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "facts", "--partner", "België", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		run(0, "facts", "--year", "2019", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "timeline", "belgie", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "timeline", "Noorwegen", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(0, "diff", "2020", "2021", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(0, "diff", "2019", "2020", "--partner", "belgie", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		history(shown, repo);
		run(0, "commitments", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "commitments", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** What {@link #ALL} adds: search, the exports and drafts (importing ran before). */
	private static void trainTheOthers(String repo, String out) {
		run(0, "facts", "--year", "2019", "--csv", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		run(0, "diff", "2019", "2020", "--html", out + "/diff.html", "--csv", out + "/diff.csv", "--pdf", out + "/diff.pdf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"--repo", repo); //$NON-NLS-1$
		history(run(0, "search", "fregat", "--json", "--repo", repo), repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(0, "draft", "2022", "--html", out + "/draft.html", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** The history, as text and JSON, of the first statement {@code json} names. */
	private static void history(String json, String repo) {
		Matcher statement = STATEMENT_ID.matcher(json);
		if (!statement.find()) {
			throw new IllegalStateException("training found no statement id in: " + json); //$NON-NLS-1$
		}
		run(0, "history", statement.group(1), "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "history", statement.group(1), "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Makes the sample repository with {@code yeardiff sample} in a child process of the same Java
	 * and class path: the import's classes (the letter reader, the fact recognisers) load there, not
	 * in the process whose archive is being written.
	 */
	private static void sampleInAChildProcess(String repo) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Process sample = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", //$NON-NLS-1$
				"-Duser.home=" + System.getProperty("user.home"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"-cp", System.getProperty("java.class.path"), YeardiffMain.class.getName(), "sample", "--repo", repo) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.redirectErrorStream(true).start();
		byte[] printed = sample.getInputStream().readAllBytes();
		int exitCode = sample.waitFor();
		if (exitCode != 0) {
			throw new IllegalStateException("training's 'yeardiff sample' exited with " + exitCode + ": " //$NON-NLS-1$ //$NON-NLS-2$
					+ new String(printed, StandardCharsets.UTF_8));
		}
	}

	/** Runs one command line and returns what it printed; any other exit code is a failure. */
	private static String run(int expectedExitCode, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = YeardiffCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		if (exitCode != expectedExitCode) {
			throw new IllegalStateException("training command 'yeardiff " + String.join(" ", args) + "' exited with " + exitCode //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ ": " + err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void delete(Path folder) throws IOException {
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}
}

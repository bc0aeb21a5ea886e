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
 * class-data-sharing archive: the commands users script, each run once in this one process on a
 * sample repository in a temporary folder, so that the archive holds the classes they load. It
 * prints nothing and leaves nothing behind; it fails when a command fails, since an archive
 * trained on an error would miss what the command really loads.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=ARCHIVE -cp lib/yeardiff.jar yeardiff.cli.launch.ArchiveTraining
 * </pre>
 */
public final class ArchiveTraining {

	private static final Pattern STATEMENT_ID = Pattern.compile("\"statementId\": \"([^\"]+)\""); //$NON-NLS-1$

	private ArchiveTraining() {
	}

	public static void main(String[] args) throws IOException, ClassNotFoundException {
		// The command's own main class, which this training does not run, belongs in the archive too.
		Class.forName(YeardiffMain.class.getName());
		Path work = Files.createTempDirectory("yeardiff-training"); //$NON-NLS-1$
		try {
			train(work);
		} finally {
			delete(work);
		}
		System.exit(0);
	}

	private static void train(Path work) throws IOException {
		String repo = work.resolve("repository").toString(); //$NON-NLS-1$
		String out = work.toString();
		run(0, "--version"); //$NON-NLS-1$
		run(0, "help"); //$NON-NLS-1$
		run(2, "no-such-command"); //$NON-NLS-1$
		run(0, "sample", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "list", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "list", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "log", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "show", "2021", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "show", "2021", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(1, "show", "1900", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "facts", "--partner", "België", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		run(0, "facts", "--year", "2019", "--csv", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		run(0, "timeline", "belgie", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "timeline", "Noorwegen", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(0, "diff", "2020", "2021", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		run(0, "diff", "2019", "2020", "--partner", "belgie", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		run(0, "diff", "2019", "2020", "--html", out + "/diff.html", "--csv", out + "/diff.csv", "--pdf", out + "/diff.pdf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"--repo", repo); //$NON-NLS-1$
		String found = run(0, "search", "fregat", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Matcher statement = STATEMENT_ID.matcher(found);
		if (statement.find()) {
			run(0, "history", statement.group(1), "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
			run(0, "history", statement.group(1), "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		run(0, "commitments", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$
		run(0, "commitments", "--json", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		run(0, "draft", "2022", "--html", out + "/draft.html", "--repo", repo); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
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

package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import yeardiff.ingest.ImportOptions;
import yeardiff.library.LetterImport;
import yeardiff.library.LibraryException;
import yeardiff.library.ReportLibrary;

/** {@code yeardiff import FILE...}: letters (PDF or text) into the repository, one commit each. */
@Command(name = "import", description = "Import letters (PDF or text extraction); one commit per letter.")
public final class ImportCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "The letters to import.")
	private List<Path> files;

	@Option(names = "--year", paramLabel = "N", description = "The year the letter covers, when the letter does not say.")
	private int year;

	@Option(names = "--id", paramLabel = "ID", description = "The report id to use instead of the one the letter gives.")
	private String id;

	@Option(names = "--replace", description = "Replace a report of the same id that has other content.")
	private boolean replace;

	@Option(names = "--max-bytes", paramLabel = "N", description = "Refuse files larger than N bytes (default ${DEFAULT-VALUE}).")
	private long maxBytes = ImportOptions.DEFAULT_MAX_BYTES;

	@Option(names = "--max-pages", paramLabel = "N", description = "Refuse PDFs of more than N pages (default ${DEFAULT-VALUE}).")
	private int maxPages = ImportOptions.DEFAULT_MAX_PAGES;

	@Option(names = "--time-limit", paramLabel = "SECONDS", description = "Stop reading a letter after SECONDS seconds (default ${DEFAULT-VALUE}).")
	private long timeLimit = ImportOptions.DEFAULT_TIME_LIMIT.toSeconds();

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private YeardiffCommand parent;

	@Override
	public Integer call() throws Exception {
		if (timeLimit <= 0) {
			throw new ParameterException(spec.commandLine(), "--time-limit must be a positive number of seconds"); //$NON-NLS-1$
		}
		if (files.size() > 1 && (id != null || year != 0)) {
			// The library refuses it too; here it is said in the command line's own words.
			throw new LibraryException("--year and --id name one letter: import the files one at a time"); //$NON-NLS-1$
		}
		ImportOptions options = ImportOptions.defaults().withYear(year).withMaxBytes(maxBytes).withMaxPages(maxPages)
				.withTimeLimit(Duration.ofSeconds(timeLimit));
		if (id != null) {
			options = options.withId(id);
		}
		List<LetterImport> imports;
		try (ReportLibrary library = ReportLibrary.open(repository.directory())) {
			imports = library.importFiles(files, options, replace);
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = parent.err();
		for (LetterImport done : imports) {
			done.warnings().forEach(warning -> err.println("warning: " + warning)); //$NON-NLS-1$
		}
		err.flush();
		if (json.enabled()) {
			JsonOutput.print(out, imports);
		} else {
			print(out, imports);
		}
		return Integer.valueOf(0);
	}

	static void print(PrintWriter out, List<LetterImport> imports) {
		for (LetterImport done : imports) {
			String what = switch (done.outcome()) {
				case ADDED -> "imported as"; //$NON-NLS-1$
				case REPLACED -> "replaced"; //$NON-NLS-1$
				case UNCHANGED -> "unchanged, already in the repository as"; //$NON-NLS-1$
			};
			out.printf("%s: %s %s (%s), commit %s%n", done.fileName(), what, done.reportId(), done.title(), //$NON-NLS-1$
					done.commit().substring(0, Math.min(10, done.commit().length())));
			if (!done.newSubjects().isEmpty()) {
				// the user checks these and teaches the names they go by ('yeardiff subject alias')
				out.printf("  %d new subject%s: %s%n", Integer.valueOf(done.newSubjects().size()), //$NON-NLS-1$
						done.newSubjects().size() == 1 ? "" : "s", String.join(", ", done.newSubjects())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}

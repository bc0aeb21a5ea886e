package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import yeardiff.library.LetterFile;
import yeardiff.library.LetterImport;
import yeardiff.library.ReportLibrary;
import yeardiff.samples.SampleLetter;

/** {@code yeardiff sample}: a repository holding the five bundled letters. */
@Command(name = "sample", description = "Create a repository holding the five bundled letters (or add those it lacks).")
public final class SampleCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		List<LetterImport> imports;
		try (ReportLibrary library = ReportLibrary.openOrInit(repository.directory())) {
			imports = library.importSamples(SampleLetter.all().stream()
					.map(letter -> new LetterFile(letter.fileName(), letter.bytes(), letter.year())).toList());
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, imports);
		} else {
			out.println("Sample repository in " + repository.directory() + ":"); //$NON-NLS-1$ //$NON-NLS-2$
			ImportCommand.print(out, imports);
		}
		return Integer.valueOf(0);
	}
}

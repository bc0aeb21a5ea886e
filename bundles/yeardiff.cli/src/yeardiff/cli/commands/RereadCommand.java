package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import yeardiff.library.LetterImport;
import yeardiff.library.ReportLibrary;

/**
 * {@code yeardiff reread}: every stored report read again from its letter with what the repository
 * knows now (subjects users taught, a newer importer); a commit per report that changed.
 */
@Command(name = "reread", description = "Read every stored letter again with the subjects taught since; one commit per report that changed.")
public final class RereadCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		List<LetterImport> rereads;
		try (ReportLibrary library = ReportLibrary.open(repository.directory())) {
			rereads = library.reread();
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, rereads);
		} else {
			ImportCommand.print(out, rereads);
		}
		return Integer.valueOf(0);
	}
}

package yeardiff.cli.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import yeardiff.store.ReportRepository;

/** {@code yeardiff init}: creates an empty repository of reports. */
@Command(name = "init", description = "Create an empty Yeardiff repository.")
public final class InitCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		try (ReportRepository created = ReportRepository.init(repository.directory())) {
			spec.commandLine().getOut().println("Created an empty Yeardiff repository in " + created.directory()); //$NON-NLS-1$
		}
		return Integer.valueOf(0);
	}
}

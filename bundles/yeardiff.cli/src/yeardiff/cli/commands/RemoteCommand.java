package yeardiff.cli.commands;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.store.ReportRepository;

/** {@code yeardiff remote NAME URI}: name a Git remote to push to and pull from. */
@Command(name = "remote", description = "Add (or change) a Git remote: file, git://, http(s) or ssh.")
public final class RemoteCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Parameters(index = "0", paramLabel = "NAME", description = "The remote's name, e.g. origin.")
	private String name;

	@Parameters(index = "1", paramLabel = "URI", description = "Where it is; credentials come from Git's credential helpers, never from here.")
	private String uri;

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		String shown;
		try (ReportRepository reports = repository.open()) {
			reports.addRemote(name, uri);
			shown = reports.remoteUri(name);
		}
		spec.commandLine().getOut().println("Remote " + name + " is " + shown); //$NON-NLS-1$ //$NON-NLS-2$
		return Integer.valueOf(0);
	}
}

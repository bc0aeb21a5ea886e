package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;

import picocli.CommandLine.Option;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * The {@code --repo DIR} option every command takes: the repository of reports to work on. Without
 * it, {@code $YEARDIFF_REPO}, else {@code ~/.yeardiff/repository}.
 */
public final class RepositoryOption {

	@Option(names = "--repo", paramLabel = "DIR", description = "The Yeardiff repository (default: $YEARDIFF_REPO, else ~/.yeardiff/repository).")
	private Path repo;

	public Path directory() {
		if (repo != null) {
			return repo.toAbsolutePath();
		}
		String fromEnvironment = System.getenv("YEARDIFF_REPO"); //$NON-NLS-1$
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return Paths.get(fromEnvironment).toAbsolutePath();
		}
		return Paths.get(System.getProperty("user.home"), ".yeardiff", "repository"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public ReportRepository open() throws StoreException {
		return ReportRepository.open(directory());
	}

	/**
	 * The repository for a command that reads all reports: one that cannot be read is left out
	 * with one line on {@code err}, and the command goes on with the others.
	 */
	public ReportRepository openForReading(PrintWriter err) throws StoreException {
		ReportRepository repository = open();
		repository.skipUnreadableReports(problem -> {
			err.println("yeardiff: " + problem.getMessage()); //$NON-NLS-1$
			err.flush();
		});
		return repository;
	}
}

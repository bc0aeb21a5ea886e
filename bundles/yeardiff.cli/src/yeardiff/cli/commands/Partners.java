package yeardiff.cli.commands;

import java.util.stream.Collectors;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.library.LibraryException;
import yeardiff.library.RepositorySubjects;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Resolves what a user typed for a partner ("Duitsland", "Germany", "VS", "navo", any country, a
 * name users taught) to its subject id.
 */
final class Partners {

	private Partners() {
	}

	static String resolve(CommandSpec spec, String input, RepositoryOption repository) throws StoreException, LibraryException {
		if (input == null) {
			return null;
		}
		try (ReportRepository reports = repository.open()) {
			return resolve(spec, input, reports);
		}
	}

	/** {@link #resolve(CommandSpec, String, RepositoryOption)} in a repository the command has open already. */
	static String resolve(CommandSpec spec, String input, ReportRepository reports) throws StoreException, LibraryException {
		if (input == null) {
			return null;
		}
		SubjectRegistry registry = RepositorySubjects.registry(reports);
		return registry.resolve(input).map(SubjectDefinition::id)
				.orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown partner '" + input + "': one of " //$NON-NLS-1$ //$NON-NLS-2$
						+ registry.all().stream().map(SubjectDefinition::id).collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}
}

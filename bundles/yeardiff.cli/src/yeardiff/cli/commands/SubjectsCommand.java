package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.extract.TaughtSubjects;
import yeardiff.library.RepositorySubjects;
import yeardiff.store.ReportRepository;

/**
 * {@code yeardiff subjects}: the partners, organisations and themes the repository knows by name,
 * with their other names, those users taught included. Countries are known by their names besides
 * (ICU's locale data) and listed once a user taught them.
 */
@Command(name = "subjects", description = "List the subjects (partners, organisations, themes) with their aliases, those users taught included.")
public final class SubjectsCommand implements Callable<Integer> {

	@Mixin
	private RepositoryOption repository;

	@Mixin
	private JsonOutput json;

	@Spec
	private CommandSpec spec;

	/** One subject as the command prints it: the JSON field names are the contract. */
	record SubjectRow(String id, String name, String kind, List<String> aliases, List<String> members, boolean taught) {
	}

	@Override
	public Integer call() throws Exception {
		List<SubjectRow> rows;
		try (ReportRepository reports = repository.open()) {
			TaughtSubjects taught = RepositorySubjects.taught(reports);
			SubjectRegistry registry = SubjectRegistry.standard().teach(taught);
			rows = registry.all().stream().map(subject -> row(subject, taught)).toList();
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json.enabled()) {
			JsonOutput.print(out, rows);
			return Integer.valueOf(0);
		}
		for (SubjectRow row : rows) {
			out.printf("%-32s %-12s %s%s%s%n", row.id(), row.kind(), row.name(), //$NON-NLS-1$
					row.aliases().isEmpty() ? "" : " (" + String.join(", ", row.aliases()) + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					row.taught() ? "  [taught]" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Integer.valueOf(0);
	}

	private static SubjectRow row(SubjectDefinition subject, TaughtSubjects taught) {
		boolean fromUsers = taught.lessons().stream().anyMatch(lesson -> lesson.id().equals(subject.id()));
		return new SubjectRow(subject.id(), subject.name(), subject.kind().getLiteral().toLowerCase(Locale.ROOT), subject.aliases(), subject.members(),
				fromUsers);
	}
}

package yeardiff.cli.commands;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yeardiff.extract.TaughtSubjects;
import yeardiff.library.RepositorySubjects;
import yeardiff.store.ReportRepository;

/**
 * {@code yeardiff subject add ID NAME} and {@code yeardiff subject alias ID NAME}: teach the
 * repository a subject or another name of one, one commit each. Reports read afterwards use it;
 * {@code yeardiff reread} applies it to the reports already stored.
 */
@Command(name = "subject", description = "Teach a subject (add) or another name of one (alias); one commit each.", //
		subcommands = { SubjectCommand.Add.class, SubjectCommand.Alias.class })
public final class SubjectCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().getOut().println("Usage: yeardiff subject add|alias ID NAME; 'yeardiff subjects' lists them."); //$NON-NLS-1$
	}

	/** What both sub-commands take and print. */
	abstract static class Lesson implements Callable<Integer> {

		@Mixin
		private RepositoryOption repository;

		@Mixin
		private JsonOutput json;

		@Parameters(index = "0", paramLabel = "ID", description = "The subject's id, such as polen or verenigd-koninkrijk.")
		private String id;

		@Parameters(index = "1", paramLabel = "NAME", description = "The name, as letters print it in a heading.")
		private String name;

		@Option(names = "--author", paramLabel = "NAME", description = "Who taught it (default: the user name).")
		private String author;

		@Spec
		private CommandSpec spec;

		/** The JSON of a lesson: the contract's field names. */
		record Taught(String kind, String id, String name, String commit) {
		}

		abstract TaughtSubjects.Kind kind();

		@Override
		public Integer call() throws Exception {
			String commit;
			try (ReportRepository reports = repository.open()) {
				commit = RepositorySubjects.teach(reports, kind(), id, name, author == null ? System.getProperty("user.name") : author); //$NON-NLS-1$
			}
			PrintWriter out = spec.commandLine().getOut();
			Taught taught = new Taught(kind() == TaughtSubjects.Kind.ADD ? "add" : "alias", id, name.strip(), commit); //$NON-NLS-1$ //$NON-NLS-2$
			if (json.enabled()) {
				JsonOutput.print(out, taught);
			} else {
				out.printf("%s %s: %s (commit %s); 'yeardiff reread' applies it to the reports already stored%n", //$NON-NLS-1$
						kind() == TaughtSubjects.Kind.ADD ? "Added subject" : "New name of", id, taught.name(), commit.substring(0, 10)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return Integer.valueOf(0);
		}
	}

	/** {@code yeardiff subject add ID NAME}. */
	@Command(name = "add", description = "Add a subject the letters have sections on.")
	static final class Add extends Lesson {

		@Override
		TaughtSubjects.Kind kind() {
			return TaughtSubjects.Kind.ADD;
		}
	}

	/** {@code yeardiff subject alias ID NAME}. */
	@Command(name = "alias", description = "Teach another name of a subject (a heading of another year, an abbreviation).")
	static final class Alias extends Lesson {

		@Override
		TaughtSubjects.Kind kind() {
			return TaughtSubjects.Kind.ALIAS;
		}
	}
}

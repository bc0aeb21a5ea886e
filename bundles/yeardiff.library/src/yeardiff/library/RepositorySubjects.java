package yeardiff.library;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import yeardiff.extract.SubjectRegistry;
import yeardiff.extract.TaughtSubjects;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * The subjects a repository knows: the standard registry and what its users taught, kept in the
 * committed file {@link RepositoryLayout#SUBJECTS}. Every command and the workbench read letters and
 * resolve partners through here, so a lesson taught once holds for everyone who shares the
 * repository. Lessons are committed one at a time, like verdicts; reports already stored take them
 * on when they are read again ({@link ReportLibrary#reread}).
 */
public final class RepositorySubjects {

	private RepositorySubjects() {
	}

	/** The registry of the repository at HEAD. */
	public static SubjectRegistry registry(ReportRepository repository) throws StoreException, LibraryException {
		return SubjectRegistry.standard().teach(taught(repository));
	}

	/** What the repository's users taught, in order. */
	public static TaughtSubjects taught(ReportRepository repository) throws StoreException, LibraryException {
		byte[] file = repository.readFile(RepositoryLayout.SUBJECTS);
		if (file == null) {
			return TaughtSubjects.none();
		}
		try {
			return TaughtSubjects.parse(new String(file, StandardCharsets.UTF_8));
		} catch (IllegalArgumentException e) {
			throw new LibraryException(RepositoryLayout.SUBJECTS + " is damaged, " + e.getMessage() //$NON-NLS-1$
					+ ": correct it with git, or revert the commit that broke it", e); //$NON-NLS-1$
		}
	}

	/**
	 * Teaches a new subject ({@link TaughtSubjects.Kind#ADD}) or another name of one, in one commit.
	 *
	 * @param author who taught it, {@code null} for Git's configured user
	 * @return the new commit's id
	 * @throws LibraryException with a one-line message when the lesson is wrong (an id in use, a name
	 *             that names another subject, a subject that does not exist); nothing is committed
	 */
	public static String teach(ReportRepository repository, TaughtSubjects.Kind kind, String id, String name, String author)
			throws StoreException, LibraryException {
		TaughtSubjects taught = taught(repository);
		SubjectRegistry registry = SubjectRegistry.standard().teach(taught);
		TaughtSubjects more;
		try {
			more = kind == TaughtSubjects.Kind.ADD ? taught.add(registry, id, name) : taught.alias(registry, id, name);
		} catch (IllegalArgumentException e) {
			throw new LibraryException(e.getMessage(), e);
		}
		String what = kind == TaughtSubjects.Kind.ADD ? "Subject " + id + " added: " + name.strip() //$NON-NLS-1$ //$NON-NLS-2$
				: "Subject " + id + " also named: " + name.strip(); //$NON-NLS-1$ //$NON-NLS-2$
		return repository.commit(what, Map.of(RepositoryLayout.SUBJECTS, more.format().getBytes(StandardCharsets.UTF_8)), Set.of(), author);
	}
}

package yeardiff.library;

import java.util.List;

import yeardiff.audit.AuditException;
import yeardiff.audit.CommitmentAudit;
import yeardiff.audit.CommitmentRecord;
import yeardiff.compare.ComparisonOptions;
import yeardiff.compare.ReportComparator;
import yeardiff.extract.SubjectRegistry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * The audit of a repository's commitments as the command line's {@code commitments}, the
 * workbench's Commitments view and its audit export make it: with the subjects the repository
 * knows, the standard ones and what its users taught ({@link RepositorySubjects}, as the import,
 * the facts and the draft editor read them). Which partner a statement is about decides whether a
 * later statement found by its words is evidence, and a statement that names a taught subject is
 * about that subject; so every audit of a repository is made here, and they never disagree.
 */
public final class RepositoryAudit {

	private RepositoryAudit() {
	}

	/**
	 * Audits the reports at the repository's HEAD with its verdicts, its reviewers' links and
	 * unlinks, and its subjects.
	 *
	 * @param currentYear the year the audit is made in: a commitment due after it is still open
	 * @throws LibraryException when the repository's taught subjects cannot be read
	 */
	public static List<CommitmentRecord> audit(ReportRepository repository, int currentYear)
			throws StoreException, LibraryException, AuditException {
		SubjectRegistry subjects = RepositorySubjects.registry(repository);
		// The comparison the command line's diff makes (same subjects, default options); the audit adds
		// the repository's word rarities and pairing corrections to it.
		return new CommitmentAudit(subjects, new ReportComparator(subjects, ComparisonOptions.defaults())).audit(repository, currentYear);
	}
}

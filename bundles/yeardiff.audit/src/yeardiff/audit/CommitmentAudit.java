package yeardiff.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import yeardiff.audit.internal.Auditor;
import yeardiff.compare.PairingCorrections;
import yeardiff.compare.ReportComparator;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Report;
import yeardiff.model.api.Verdict;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * Audits what the ministry said it would do against what later reports say happened: every
 * commitment the importer found, linked to the statements of later reports that speak to it, with
 * a status and the reason for it. An auditor's verdict always wins over the automatic status,
 * which is kept beside it.
 *
 * <p>The command line's {@code commitments} and the workbench's Commitments view both call this,
 * so they never disagree. Plain Java over the model: it runs without OSGi.</p>
 */
public final class CommitmentAudit {

	private final Auditor auditor;
	private final SubjectRegistry registry;
	private final ReportComparator comparator;

	/** An audit that knows the partners of the yearly reports and compares them with default options. */
	public CommitmentAudit() {
		this(SubjectRegistry.standard(), new ReportComparator());
	}

	public CommitmentAudit(SubjectRegistry registry, ReportComparator comparator) {
		this.auditor = new Auditor(registry, comparator);
		this.registry = registry;
		this.comparator = comparator;
	}

	/**
	 * Audits the commitments of {@code reports}.
	 *
	 * @param verdicts the auditors' verdicts, oldest first: the last on a commitment counts
	 * @param currentYear the year the audit is made in: a commitment due after it is still open
	 * @return one record per commitment, in the order of the reports and of their statements
	 */
	public List<CommitmentRecord> audit(List<Report> reports, List<Verdict> verdicts, int currentYear) {
		return audit(reports, verdicts, currentYear, Map.of());
	}

	/**
	 * {@link #audit(List, List, int)} with the commit of each report, which the evidence then names.
	 *
	 * @param commitByReport commit ids by report id, as {@link ReportRepository#list()} gives them
	 */
	public List<CommitmentRecord> audit(List<Report> reports, List<Verdict> verdicts, int currentYear,
			Map<String, String> commitByReport) {
		Map<String, VerdictView> latest = new HashMap<>();
		for (Verdict verdict : verdicts) {
			latest.put(verdict.getCommitmentId(), VerdictLog.view(verdict, null));
		}
		return auditor.audit(reports, latest, currentYear, commitByReport);
	}

	/**
	 * Audits the reports at the repository's HEAD with its recorded verdicts; evidence and verdicts
	 * name the commits they come from. The statements are followed from report to report as the
	 * repository's comparisons pair them: word rarity over all its reports, and the reviewers'
	 * links and unlinks ({@code yeardiff link}) honoured.
	 */
	public List<CommitmentRecord> audit(ReportRepository repository, int currentYear) throws AuditException {
		try {
			Map<String, String> commits = new HashMap<>();
			for (ReportEntry entry : repository.list()) {
				commits.put(entry.id(), entry.commit());
			}
			Map<String, VerdictView> latest = new VerdictLog().latest(repository);
			List<Report> reports = repository.loadAll();
			ReportComparator reviewed = comparator.withRepository(reports)
					.withCorrections(PairingCorrections.parse(repository.readFile(RepositoryLayout.PAIRING_CORRECTIONS)));
			return new Auditor(registry, reviewed).audit(reports, latest, currentYear, commits);
		} catch (StoreException e) {
			throw new AuditException(e.getMessage(), e);
		}
	}
}

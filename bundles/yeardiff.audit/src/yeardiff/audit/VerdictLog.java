package yeardiff.audit;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.audit.internal.Messages;
import yeardiff.audit.internal.VerdictCommits;
import yeardiff.model.api.AuditLog;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Verdict;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.resource.ReportResource;
import yeardiff.store.ReportRepository;
import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * The auditors' verdicts on commitments, kept in the repository's {@code audit/verdicts.xmi} so
 * that every verdict is in Git's history with its author: each recorded verdict is one commit
 * ("Verdict on 2019/noorwegen/bbb89061/c: fulfilled").
 *
 * <p>The file is append-only: a new verdict on a commitment is added after the earlier ones, which
 * stay. The latest verdict on a commitment counts; the earlier ones are its history, and the commit
 * that recorded each is found again by walking the file's Git history.</p>
 */
public final class VerdictLog {

	private final Clock clock;

	/** A log that dates verdicts by the system clock. */
	public VerdictLog() {
		this(Clock.systemUTC());
	}

	/** A log that dates verdicts by {@code clock}. */
	public VerdictLog(Clock clock) {
		this.clock = Objects.requireNonNull(clock);
	}

	/**
	 * Records a verdict in one commit, authored by {@code author}.
	 *
	 * @param evidence the ids of the statements the verdict rests on; may be empty
	 * @param author {@code "Name <email>"}, a name, or {@code null} for the repository's Git user
	 * @return the verdict with the commit that recorded it
	 * @throws AuditException when no report holds the commitment or an evidence statement, the
	 *             rationale is empty or the status missing; nothing is committed then
	 */
	public VerdictView record(ReportRepository repository, String commitmentId, CommitmentStatus status,
			String rationale, List<String> evidence, String author) throws AuditException {
		if (status == null) {
			throw new AuditException(Messages.missingStatus);
		}
		if (rationale == null || rationale.isBlank()) {
			throw new AuditException(Messages.bind(Messages.emptyRationale, status.getLiteral()));
		}
		try {
			validate(repository.loadAll(), commitmentId, evidence);
			String who = author == null || author.isBlank() ? VerdictCommits.configuredAuthor(repository.directory())
					: author.strip();
			AuditLog log = read(repository);
			Verdict verdict = ReportFactory.eINSTANCE.createVerdict();
			verdict.setCommitmentId(commitmentId);
			verdict.setStatus(status);
			verdict.getEvidence().addAll(evidence);
			verdict.setRationale(rationale.strip());
			verdict.setAuthor(who);
			verdict.setDate(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
			log.getVerdicts().add(verdict);
			VerdictView view = view(verdict, null);
			byte[] bytes = ReportResource.toBytes(log);
			String message = Messages.bind(Messages.verdictMessage, commitmentId, status.getLiteral()) + "\n\n" //$NON-NLS-1$
					+ view.rationale() + '\n';
			String commit = repository.commit(message, Map.of(RepositoryLayout.AUDIT_VERDICTS, bytes), Set.of(), who);
			return new VerdictView(view.commitmentId(), view.status(), view.rationale(), view.author(), view.date(),
					view.evidence(), commit);
		} catch (StoreException e) {
			throw new AuditException(e.getMessage(), e);
		} catch (IOException e) {
			throw new AuditException(Messages.bind(Messages.unwritableLog, e.getMessage()), e);
		}
	}

	/** Every verdict on the commitment, oldest first, each with the commit that recorded it. */
	public List<VerdictView> history(ReportRepository repository, String commitmentId) throws AuditException {
		return views(repository).stream().filter(view -> view.commitmentId().equals(commitmentId)).toList();
	}

	/** The verdict that counts for each commitment: its latest, with the commit that recorded it. */
	public Map<String, VerdictView> latest(ReportRepository repository) throws AuditException {
		Map<String, VerdictView> latest = new LinkedHashMap<>();
		for (VerdictView view : views(repository)) {
			latest.put(view.commitmentId(), view);
		}
		return latest;
	}

	/** The verdicts as HEAD holds them, oldest first. */
	public List<Verdict> verdicts(ReportRepository repository) throws AuditException {
		return List.copyOf(read(repository).getVerdicts());
	}

	private List<VerdictView> views(ReportRepository repository) throws AuditException {
		List<Verdict> verdicts = read(repository).getVerdicts();
		List<String> commits;
		try {
			commits = VerdictCommits.of(repository.directory(), RepositoryLayout.AUDIT_VERDICTS, verdicts);
		} catch (IOException e) {
			throw new AuditException(Messages.bind(Messages.historyFailure, RepositoryLayout.AUDIT_VERDICTS,
					e.getMessage()), e);
		}
		List<VerdictView> views = new ArrayList<>();
		for (int i = 0; i < verdicts.size(); i++) {
			views.add(view(verdicts.get(i), commits.get(i)));
		}
		return views;
	}

	private static AuditLog read(ReportRepository repository) throws AuditException {
		try {
			byte[] bytes = repository.readFile(RepositoryLayout.AUDIT_VERDICTS);
			return bytes == null ? ReportFactory.eINSTANCE.createAuditLog() : ReportResource.fromBytes(bytes, AuditLog.class);
		} catch (StoreException e) {
			throw new AuditException(e.getMessage(), e);
		} catch (IOException e) {
			throw new AuditException(Messages.bind(Messages.unreadableLog, RepositoryLayout.AUDIT_VERDICTS,
					e.getMessage()), e);
		}
	}

	private static void validate(List<Report> reports, String commitmentId, List<String> evidence) throws AuditException {
		boolean found = false;
		Set<String> statements = new HashSet<>();
		for (Report report : reports) {
			for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Statement statement) {
					statements.add(statement.getId());
					found |= statement.getCommitment() != null && statement.getCommitment().getId().equals(commitmentId);
				}
			}
		}
		if (!found) {
			throw new AuditException(Messages.bind(Messages.noCommitment, commitmentId));
		}
		for (String id : evidence) {
			if (!statements.contains(id)) {
				throw new AuditException(Messages.bind(Messages.noStatement, id));
			}
		}
	}

	static VerdictView view(Verdict verdict, String commit) {
		return new VerdictView(verdict.getCommitmentId(), verdict.getStatus(), verdict.getRationale(), verdict.getAuthor(),
				verdict.getDate(), verdict.getEvidence(), commit);
	}
}

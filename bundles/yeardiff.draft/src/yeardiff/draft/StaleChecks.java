package yeardiff.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import yeardiff.compare.ReportComparator;
import yeardiff.draft.internal.FactLineage;
import yeardiff.draft.internal.Messages;
import yeardiff.extract.CommitmentDetector;
import yeardiff.model.api.AuditLog;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;
import yeardiff.model.api.Verdict;
import yeardiff.model.util.ReadingOrder;

/**
 * Points at the statements of a draft that can no longer stand as they were written last year:
 * <ul>
 * <li>{@code past-future}: a time that has passed written as still to come ("zal in 2021", "die
 * begin 2022 worden verwacht" in the report on 2022);</li>
 * <li>{@code due-commitment}: a commitment due in the draft's year, still worded as a commitment,
 * so the text gives no outcome;</li>
 * <li>{@code audit-flagged}: a statement carried over unchanged whose commitment last year's audit
 * marked changed or delayed;</li>
 * <li>{@code unchanged-fact}: an amount, share or count that two or more reports in a row have
 * stated unchanged — repeated figures are the ones nobody checked.</li>
 * </ul>
 *
 * <p>The report on a year is written when that year is over. A moment within it (a quarter, a
 * month, a day, "begin 2022") has passed, and future wording about it is wrong; a commitment for
 * the year as a whole is what the report has to account for, done or not. A time introduced by
 * "na" ("ook na 2021 nodig") is open-ended and never stale.</p>
 *
 * <p>Text is read from the point in time it was written: a statement carried over unchanged from
 * the year of the report it came from (what was future then may be past now), a statement the
 * editor wrote or changed from the draft's year — there the commitment the draft holds is used.</p>
 */
public final class StaleChecks {

	private static final int LEAST_UNCHANGED_REPORTS = 2;
	private static final Pattern OPEN_ENDED = Pattern.compile("(?i)\\bna\\s+$"); //$NON-NLS-1$
	private static final int OPEN_ENDED_REACH = 4;
	private static final String COMMITMENT_SUFFIX = "/c"; //$NON-NLS-1$

	private final ReportComparator comparator;
	private final CommitmentDetector detector = new CommitmentDetector();

	public StaleChecks() {
		this(new ReportComparator());
	}

	/** Checks that follow statements back with this comparator's pairing. */
	public StaleChecks(ReportComparator comparator) {
		this.comparator = Objects.requireNonNull(comparator);
	}

	/**
	 * The findings on the draft's statements, in the draft's order; for one statement in the order
	 * past-future or due-commitment, audit-flagged, unchanged-fact.
	 *
	 * @param history the reports in the repository: the one the draft is based on and those before
	 *            it, to find where statements came from and follow their values back
	 * @param audit the auditors' verdicts, or null when there are none
	 */
	public List<StaleFinding> check(Report draft, List<Report> history, AuditLog audit) {
		Map<String, Statement> earlier = new HashMap<>();
		history.forEach(report -> ReadingOrder.statements(report).forEach(statement -> earlier.put(statement.getId(), statement)));
		Report base = history.stream().filter(report -> Objects.equals(report.getId(), draft.getBasedOn())).findFirst().orElse(null);
		int writtenIn = base == null ? draft.getYear() - 1 : base.getYear();
		FactLineage lineage = base == null ? null : new FactLineage(comparator, base, history);
		Map<String, Verdict> verdicts = latestVerdicts(audit);
		List<StaleFinding> findings = new ArrayList<>();
		for (Statement statement : ReadingOrder.statements(draft)) {
			Statement origin = statement.getOrigin() == null ? null : earlier.get(statement.getOrigin());
			// without the report it came from, a statement with an origin is taken as carried over as it was
			boolean unchanged = statement.getOrigin() != null
					&& (origin == null ? base == null : Objects.equals(origin.getText(), statement.getText()));
			checkTime(draft.getYear(), statement, unchanged ? writtenIn : 0, findings);
			if (unchanged) {
				checkAudit(statement, verdicts.get(statement.getOrigin() + COMMITMENT_SUFFIX), findings);
			}
			if (lineage != null && origin != null) {
				checkValues(statement, lineage.runs(statement, origin), findings);
			}
		}
		return findings;
	}

	/**
	 * @param writtenIn the year the text was written for when it was carried over unchanged, else 0:
	 *            the draft's own commitment is used
	 */
	private void checkTime(int year, Statement statement, int writtenIn, List<StaleFinding> findings) {
		String text = statement.getText();
		Commitment commitment = writtenIn == 0 ? statement.getCommitment() : detector.detect(text, statement.getFacts(), writtenIn);
		TimeRef due = commitment == null ? null : commitment.getDue();
		if (due == null || openEnded(text, due)) {
			return;
		}
		boolean wholeYears = due.getPrecision() == TimePrecision.YEAR || due.getPrecision() == TimePrecision.RANGE;
		int last = due.getPrecision() == TimePrecision.RANGE ? due.getEndYear() : due.getYear();
		if (last < year || last == year && !wholeYears) {
			findings.add(finding(statement, StaleFinding.PAST_FUTURE, Messages.bind(Messages.pastFuture, due.getText(), year)));
		} else if (last == year) {
			findings.add(finding(statement, StaleFinding.DUE_COMMITMENT, Messages.bind(Messages.dueCommitment, year)));
		}
	}

	private static boolean openEnded(String text, TimeRef due) {
		int begin = due.getBegin();
		return begin <= text.length() && OPEN_ENDED.matcher(text.substring(Math.max(0, begin - OPEN_ENDED_REACH), begin)).find();
	}

	private static void checkAudit(Statement statement, Verdict verdict, List<StaleFinding> findings) {
		if (verdict == null || verdict.getStatus() != CommitmentStatus.CHANGED && verdict.getStatus() != CommitmentStatus.DELAYED) {
			return;
		}
		String status = verdict.getStatus().getLiteral();
		String rationale = verdict.getRationale() == null ? "" : verdict.getRationale().strip(); //$NON-NLS-1$
		String reason = rationale.isEmpty() ? Messages.bind(Messages.auditFlagged, status)
				: Messages.bind(Messages.auditFlaggedWithRationale, status, rationale);
		findings.add(finding(statement, StaleFinding.AUDIT_FLAGGED, reason));
	}

	private static void checkValues(Statement statement, List<FactLineage.Run> runs, List<StaleFinding> findings) {
		List<String> items = runs.stream()
				.filter(run -> run.reports() >= LEAST_UNCHANGED_REPORTS)
				.map(run -> Messages.bind(Messages.unchangedFactItem, run.fact().getText(), run.since(), Integer.valueOf(run.reports())))
				.toList();
		if (!items.isEmpty()) {
			findings.add(finding(statement, StaleFinding.UNCHANGED_FACT,
					Messages.bind(Messages.unchangedFact, String.join(Messages.listSeparator, items))));
		}
	}

	private static StaleFinding finding(Statement statement, String kind, String reason) {
		return new StaleFinding(statement.getId(), statement.getText(), kind, reason);
	}

	/** Per commitment id the verdict that counts: the latest by date, of equal dates the last one recorded. */
	private static Map<String, Verdict> latestVerdicts(AuditLog audit) {
		Map<String, Verdict> latest = new HashMap<>();
		if (audit != null) {
			for (Verdict verdict : audit.getVerdicts()) {
				latest.merge(verdict.getCommitmentId(), verdict, (kept, next) -> date(next).compareTo(date(kept)) >= 0 ? next : kept);
			}
		}
		return latest;
	}

	private static String date(Verdict verdict) {
		return verdict.getDate() == null ? "" : verdict.getDate(); //$NON-NLS-1$
	}
}

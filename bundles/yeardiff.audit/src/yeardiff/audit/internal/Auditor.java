package yeardiff.audit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.audit.VerdictView;
import yeardiff.compare.FactChange;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Modality;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.api.TimeRef;
import yeardiff.model.util.ReportOrder;

/**
 * Follows every commitment of a set of reports into the later ones and says what became of it.
 *
 * <p>A later statement is evidence when the comparison of consecutive reports aligns it with the
 * commitment (followed along the chain of reports), or when it shares the commitment's distinctive
 * words and is about the same partner; sharing several distinctive words is enough on its own,
 * because missing pages put statements in the wrong section. The evidence is then read, earliest
 * first: a report of the thing done makes it fulfilled (changed when the aligned successor has
 * other figures), a restatement with a later due time delayed, an aligned successor with other
 * figures or a less firm wording changed; evidence that only speaks of it again leaves it open. No
 * evidence at all makes it silent once a later report covers its partner at or after its due time,
 * and open before.</p>
 */
public final class Auditor {

	/** An aligned successor in another partner's section must be this similar: the comparison's own bar for moves. */
	private static final double MOVE_SIMILARITY = 0.5;
	/** The least topic overlap for a statement about the same partner: one distinctive shared word. */
	private static final double SAME_PARTNER_OVERLAP = 4.1;
	/** The least topic overlap for a statement found by topic to decide a status: two distinctive shared words. */
	private static final double DONE_OVERLAP = 8.0;
	private static final int SNIPPET_WORDS = 10;
	private static final String ELLIPSIS = " ..."; //$NON-NLS-1$
	private static final String TIME = "time"; //$NON-NLS-1$

	private final ReportComparator comparator;
	private final PartnerAttribution attribution;

	public Auditor(SubjectRegistry registry, ReportComparator comparator) {
		this.comparator = comparator;
		this.attribution = new PartnerAttribution(registry);
	}

	/**
	 * @param verdicts the latest verdict on each commitment, by commitment id
	 * @param commitByReport the commit of each report, by report id
	 */
	public List<CommitmentRecord> audit(List<Report> reports, Map<String, VerdictView> verdicts, int currentYear,
			Map<String, String> commitByReport) {
		Corpus corpus = new Corpus(ReportOrder.sorted(reports));
		List<CommitmentRecord> records = new ArrayList<>();
		for (int i = 0; i < corpus.reports.size(); i++) {
			for (Statement statement : corpus.statements.get(i)) {
				Commitment commitment = statement.getCommitment();
				if (commitment != null) {
					records.add(record(corpus, i, statement, commitment, verdicts.get(commitment.getId()), currentYear,
							commitByReport));
				}
			}
		}
		return records;
	}

	private CommitmentRecord record(Corpus corpus, int index, Statement statement, Commitment commitment,
			VerdictView verdict, int currentYear, Map<String, String> commitByReport) {
		Report report = corpus.reports.get(index);
		String partner = corpus.partners.get(statement);
		List<Candidate> candidates = candidates(corpus, index, statement, partner);
		Judgement judgement = judge(corpus, index, statement, partner, candidates, currentYear);
		List<Evidence> evidence = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Report later = corpus.reports.get(candidate.report);
			evidence.add(new Evidence(later.getId(), later.getYear(), candidate.statement.getId(),
					candidate.statement.getText(), candidate.statement.getPage(), commitByReport.get(later.getId())));
		}
		TimeRef due = commitment.getDue();
		CommitmentStatus status = verdict == null ? judgement.status : verdict.status();
		return new CommitmentRecord(commitment.getId(), report.getId(), report.getYear(), partner, statement,
				due == null ? null : due.getText(), status, judgement.status, judgement.reason, evidence, verdict);
	}

	private List<Candidate> candidates(Corpus corpus, int index, Statement statement, String partner) {
		List<Candidate> candidates = new ArrayList<>();
		Set<Statement> taken = new HashSet<>();
		Statement current = statement;
		for (int j = index; j + 1 < corpus.reports.size() && current != null; j++) {
			StatementPair pair = corpus.succession.next(j, current);
			// a pair a reviewer linked by hand is evidence whatever section it stands in
			if (pair == null || !pair.corrected() && !attribution.related(corpus.partners.get(pair.to()), partner)
					&& pair.similarity() < MOVE_SIMILARITY) {
				current = restatement(corpus, j + 1, statement, partner);
				continue;
			}
			candidates.add(new Candidate(j + 1, corpus.position.get(pair.to()).intValue(), pair.to(), pair));
			taken.add(pair.to());
			current = pair.to();
		}
		for (int j = index + 1; j < corpus.reports.size(); j++) {
			for (Statement later : corpus.statements.get(j)) {
				if (taken.contains(later)) {
					continue;
				}
				// found by its words, a statement is evidence only when it is about the same partner: a
				// sentence about another partner is never evidence, however many words it shares
				double overlap = corpus.topics.overlap(statement, later);
				if (overlap >= SAME_PARTNER_OVERLAP && attribution.related(corpus.partners.get(later), partner)) {
					candidates.add(new Candidate(j, corpus.position.get(later).intValue(), later, null));
				}
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::report).thenComparingInt(Candidate::position));
		return candidates;
	}

	/**
	 * Where the alignment loses a commitment (the interim letter's Skjold sentence has no partner
	 * in the yearly report's), the chain goes on from the statement of that report that makes the
	 * same commitment again in other words: about the same partner, on the same topic, itself a
	 * commitment. Null when there is none.
	 */
	private Statement restatement(Corpus corpus, int report, Statement statement, String partner) {
		Statement best = null;
		double bestOverlap = SAME_PARTNER_OVERLAP;
		for (Statement later : corpus.statements.get(report)) {
			if (later.getCommitment() == null || !attribution.related(corpus.partners.get(later), partner)) {
				continue;
			}
			double overlap = corpus.topics.overlap(statement, later);
			if (overlap >= bestOverlap) {
				best = later;
				bestOverlap = overlap;
			}
		}
		return best;
	}

	private Judgement judge(Corpus corpus, int index, Statement statement, String partner, List<Candidate> candidates,
			int currentYear) {
		Commitment commitment = statement.getCommitment();
		TimeRef due = commitment.getDue();
		Judgement done = done(corpus, statement, partner, due, candidates);
		if (done != null) {
			return done;
		}
		for (Candidate candidate : candidates) {
			Commitment restated = candidate.statement.getCommitment();
			if (due != null && restated != null && restated.getDue() != null && DueTimes.isLater(restated.getDue(), due)
					&& (candidate.pair != null || strong(corpus, statement, partner, candidate))) {
				return new Judgement(CommitmentStatus.DELAYED, Messages.bind(Messages.reasonDelayed,
						reportName(corpus, candidate), due.getText(), restated.getDue().getText(),
						snippet(candidate.statement.getText(), 0), Integer.valueOf(candidate.statement.getPage())));
			}
		}
		for (Candidate candidate : candidates) {
			if (candidate.pair == null) {
				continue;
			}
			String changes = changedFigures(candidate.pair);
			if (changes != null) {
				return new Judgement(CommitmentStatus.CHANGED, Messages.bind(Messages.reasonChangedFacts,
						reportName(corpus, candidate), snippet(candidate.statement.getText(), 0),
						Integer.valueOf(candidate.statement.getPage()), changes));
			}
			Commitment restated = candidate.statement.getCommitment();
			if (restated != null && firmness(restated.getModality()) < firmness(commitment.getModality())) {
				return new Judgement(CommitmentStatus.CHANGED, Messages.bind(Messages.reasonChangedModality,
						reportName(corpus, candidate), snippet(candidate.statement.getText(), 0),
						Integer.valueOf(candidate.statement.getPage()), restated.getCue(), commitment.getCue()));
			}
		}
		Report last = corpus.reports.get(corpus.reports.size() - 1);
		boolean dueByLast = due == null || DueTimes.firstYear(due) <= last.getYear();
		for (Candidate candidate : candidates) {
			// a later statement that states it as still to come: the plan stands, not yet done
			if (candidate.statement.getCommitment() != null || !dueByLast) {
				Candidate latest = candidates.get(candidates.size() - 1);
				return new Judgement(CommitmentStatus.OPEN, Messages.bind(Messages.reasonStillPlanned,
						reportName(corpus, latest), snippet(latest.statement.getText(), 0),
						Integer.valueOf(latest.statement.getPage())));
			}
		}
		for (Candidate candidate : candidates) {
			// the statement the comparison pairs it with speaks of it as the way things are, now
			// that it was due: what was promised holds
			if (candidate.pair != null && attribution.related(corpus.partners.get(candidate.statement), partner)) {
				return fulfilled(corpus, candidate, 0);
			}
		}
		Report coveredBeforeDue = null;
		for (int j = index + 1; j < corpus.reports.size(); j++) {
			Report later = corpus.reports.get(j);
			boolean dueBy = due == null || DueTimes.firstYear(due) <= later.getYear();
			if (corpus.covers(j, partner)) {
				if (dueBy) {
					return new Judgement(CommitmentStatus.SILENT,
							Messages.bind(Messages.reasonSilent, later.getId(), attribution.displayName(partner)));
				}
				coveredBeforeDue = later;
			}
		}
		if (index + 1 < corpus.reports.size() && dueByLast) {
			// a later report exists and the time has come, but none speaks of it (pages on the
			// partner may be missing): silent; open is for what no later report could speak of yet
			return new Judgement(CommitmentStatus.SILENT, partner == null ? Messages.bind(Messages.reasonSilentAll, last.getId())
					: Messages.bind(Messages.reasonSilentUncovered, last.getId(), attribution.displayName(partner)));
		}
		if (due != null && DueTimes.firstYear(due) > currentYear) {
			return new Judgement(CommitmentStatus.OPEN, Messages.bind(Messages.reasonNotYetDue, due.getText()));
		}
		if (coveredBeforeDue != null) {
			// A later report does cover the partner, only before the commitment fell due: say so,
			// rather than that no report covers the partner.
			return new Judgement(CommitmentStatus.OPEN, Messages.bind(Messages.reasonCoveredBeforeDue,
					new Object[] { coveredBeforeDue.getId(), attribution.displayName(partner), due.getText() }));
		}
		return new Judgement(CommitmentStatus.OPEN, partner == null ? Messages.reasonNoPartner
				: Messages.bind(Messages.reasonNotCovered, attribution.displayName(partner)));
	}

	/**
	 * Fulfilled (or changed, when done with other figures) if a later statement reports it done.
	 * The aligned successors are read first, and for them a statement in the present tense about
	 * a time that has come ("Vanaf 2020 trainen ..." in the 2020 report) counts as done. A
	 * statement found by its topic only counts when it says in so many words that something
	 * happened, shares two distinctive words, is about the same partner, and its report does not
	 * restate the commitment as still to come.
	 */
	private Judgement done(Corpus corpus, Statement statement, String partner, TimeRef due, List<Candidate> candidates) {
		for (Candidate candidate : candidates) {
			if (candidate.pair == null) {
				continue;
			}
			Statement later = candidate.statement;
			int cue = EvidenceReading.doneCue(later, due == null ? 0 : DueTimes.firstYear(due));
			if (cue >= 0 || dueAndPresent(corpus, due, candidate)) {
				String changes = changedFigures(candidate.pair);
				if (changes != null) {
					return new Judgement(CommitmentStatus.CHANGED, Messages.bind(Messages.reasonChangedFacts,
							reportName(corpus, candidate), snippet(later.getText(), Math.max(cue, 0)),
							Integer.valueOf(later.getPage()), changes));
				}
				return fulfilled(corpus, candidate, Math.max(cue, 0));
			}
		}
		Set<Integer> restating = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (candidate.pair != null && candidate.statement.getCommitment() != null) {
				restating.add(Integer.valueOf(candidate.report));
			}
		}
		for (Candidate candidate : candidates) {
			Statement later = candidate.statement;
			int cue = EvidenceReading.doneCue(later, due == null ? 0 : DueTimes.firstYear(due));
			if (candidate.pair == null && (cue >= 0 || dueAndPresent(corpus, due, candidate))
					&& !restating.contains(Integer.valueOf(candidate.report)) && strong(corpus, statement, partner, candidate)) {
				return fulfilled(corpus, candidate, Math.max(cue, 0));
			}
		}
		return null;
	}

	/**
	 * Whether a statement found by its topic speaks to the commitment as surely as an aligned one:
	 * about the same partner, and sharing two distinctive words.
	 */
	private boolean strong(Corpus corpus, Statement statement, String partner, Candidate candidate) {
		return attribution.related(corpus.partners.get(candidate.statement), partner)
				&& corpus.topics.overlap(statement, candidate.statement) >= DONE_OVERLAP;
	}

	/** A statement that looks back, in a report of a year the commitment was due by. */
	private static boolean dueAndPresent(Corpus corpus, TimeRef due, Candidate candidate) {
		return candidate.statement.getCommitment() == null && due != null
				&& DueTimes.firstYear(due) <= corpus.reports.get(candidate.report).getYear();
	}

	private static Judgement fulfilled(Corpus corpus, Candidate candidate, int cue) {
		return new Judgement(CommitmentStatus.FULFILLED, Messages.bind(Messages.reasonFulfilled,
				reportName(corpus, candidate), snippet(candidate.statement.getText(), cue),
				Integer.valueOf(candidate.statement.getPage())));
	}

	/**
	 * The figures the aligned successor states otherwise, or null when none: a time that moved is
	 * a delay, not a change, and an approximate figure ("ongeveer € 202 miljard", a conversion) is
	 * no promise.
	 */
	private static String changedFigures(StatementPair pair) {
		List<String> changes = new ArrayList<>();
		for (FactChange change : pair.factChanges()) {
			if (change.from() == null || change.to() == null || TIME.equals(change.kind())
					|| approximate(pair.from(), pair.alsoFrom(), change.from().text())
					|| approximate(pair.to(), pair.alsoTo(), change.to().text())) {
				continue;
			}
			changes.add(change.describe());
		}
		return changes.isEmpty() ? null : String.join("; ", changes); //$NON-NLS-1$
	}

	private static boolean approximate(Statement statement, List<Statement> parts, String text) {
		List<Statement> all = new ArrayList<>(parts);
		all.add(statement);
		for (Statement part : all) {
			for (Fact fact : part.getFacts()) {
				if (fact.getText().equals(text) && fact.isApproximate()) {
					return true;
				}
			}
		}
		return false;
	}

	/** How firmly a modality commits: "zal" and a plan over "voorzien" and "verwacht" over "streeft". */
	private static int firmness(Modality modality) {
		return switch (modality) {
			case ZAL, GEPLAND -> 2;
			case VOORZIEN, VERWACHT -> 1;
			case STREEFT -> 0;
		};
	}

	private static String reportName(Corpus corpus, Candidate candidate) {
		return corpus.reports.get(candidate.report).getId();
	}

	/** A few words of a statement from {@code begin} on, to quote it in a reason. */
	private static String snippet(String text, int begin) {
		String[] words = text.substring(begin).strip().split("\\s+"); //$NON-NLS-1$
		if (words.length <= SNIPPET_WORDS) {
			String whole = String.join(" ", words); //$NON-NLS-1$
			return whole.endsWith(".") ? whole.substring(0, whole.length() - 1) : whole; //$NON-NLS-1$
		}
		return String.join(" ", List.of(words).subList(0, SNIPPET_WORDS)) + ELLIPSIS; //$NON-NLS-1$
	}

	/** The reports in order with what the audit needs to know of them. */
	private final class Corpus {
		final List<Report> reports;
		final List<List<Statement>> statements = new ArrayList<>();
		final Map<Statement, Integer> position = new HashMap<>();
		final Map<Statement, String> partners = new HashMap<>();
		final List<Set<String>> covered = new ArrayList<>();
		final Succession succession;
		final TopicWords topics;

		Corpus(List<Report> reports) {
			this.reports = reports;
			List<Statement> all = new ArrayList<>();
			for (Report report : reports) {
				List<Statement> own = new ArrayList<>();
				for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
					if (contents.next() instanceof Statement statement) {
						position.put(statement, Integer.valueOf(own.size()));
						own.add(statement);
					}
				}
				statements.add(own);
				all.addAll(own);
				Map<Statement, String> attributed = attribution.attribute(report);
				partners.putAll(attributed);
				covered.add(new LinkedHashSet<>(attributed.values()));
			}
			succession = new Succession(reports, comparator);
			topics = new TopicWords(all);
		}

		boolean covers(int index, String partner) {
			return partner != null && covered.get(index).stream().anyMatch(id -> attribution.related(id, partner));
		}
	}

	private record Candidate(int report, int position, Statement statement, StatementPair pair) {
	}

	private record Judgement(CommitmentStatus status, String reason) {
	}
}

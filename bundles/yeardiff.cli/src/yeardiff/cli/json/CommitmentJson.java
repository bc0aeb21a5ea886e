package yeardiff.cli.json;

import java.util.List;

import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.audit.VerdictView;

/** {@code yeardiff commitments --json}: the contract's shape, with the automatic status and its reason added. */
public record CommitmentJson(String id, String report, int year, String partner, StatementRef statement, String due,
		String status, String automaticStatus, String reason, List<EvidenceJson> evidence, VerdictJson verdict,
		boolean overdue) {

	public record StatementRef(String id, String text, int page) {
	}

	public record EvidenceJson(String report, int year, String statementId, String text, int page, String commit) {
	}

	public record VerdictJson(String status, String rationale, String author, String date, String commit) {
	}

	/** @param currentYear the year overdue is judged in */
	public static CommitmentJson of(CommitmentRecord record, int currentYear) {
		return new CommitmentJson(record.id(), record.report(), record.year(), record.partner(),
				new StatementRef(record.statement().getId(), record.statement().getText(), record.statement().getPage()), record.due(),
				record.status().getLiteral(), record.automaticStatus() == null ? null : record.automaticStatus().getLiteral(),
				record.reason(), record.evidence().stream().map(CommitmentJson::evidence).toList(), verdict(record.verdict()),
				record.overdue(currentYear));
	}

	private static EvidenceJson evidence(Evidence evidence) {
		return new EvidenceJson(evidence.report(), evidence.year(), evidence.statementId(), evidence.text(), evidence.page(),
				evidence.commit());
	}

	private static VerdictJson verdict(VerdictView verdict) {
		return verdict == null ? null
				: new VerdictJson(verdict.status().getLiteral(), verdict.rationale(), verdict.author(), verdict.date(), verdict.commit());
	}
}

package yeardiff.audit.ui.internal;

import java.util.List;

import yeardiff.model.api.CommitmentStatus;

/**
 * What an auditor entered in the Record Verdict dialog, ready for
 * {@link yeardiff.audit.VerdictLog#record}.
 *
 * @param evidence the ids of the statements the verdict rests on
 */
public record VerdictRequest(String commitmentId, CommitmentStatus status, String rationale, List<String> evidence,
		String author) {

	public VerdictRequest {
		evidence = List.copyOf(evidence);
	}
}

package yeardiff.audit;

import java.util.List;

import yeardiff.model.api.CommitmentStatus;

/**
 * An auditor's verdict on a commitment as the audit shows it: the status the auditor gave, why,
 * and who said so when, with the commit that recorded it so that anyone can look it up in Git.
 *
 * @param commitmentId the commitment the verdict is on
 * @param status the status the auditor gave
 * @param rationale why, in the auditor's words
 * @param author who gave it ({@code Name <email>} or a name)
 * @param date when, ISO-8601 ({@code 2026-11-22T10:15:30Z})
 * @param evidence the ids of the statements the auditor based it on
 * @param commit the full id of the commit that recorded it, or {@code null} when not known
 */
public record VerdictView(String commitmentId, CommitmentStatus status, String rationale, String author, String date,
		List<String> evidence, String commit) {

	public VerdictView {
		evidence = List.copyOf(evidence);
	}
}

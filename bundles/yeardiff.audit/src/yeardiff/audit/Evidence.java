package yeardiff.audit;

/**
 * A statement of a later report that speaks to a commitment: its aligned successor, or a statement
 * on the same topic about the same partner.
 *
 * @param report the id of the report the statement is in
 * @param year the year that report covers
 * @param statementId the statement's stable id
 * @param text the statement as the letter says it
 * @param page the page of the letter it is on
 * @param commit the full id of the commit that last imported the report, or {@code null} when the
 *            reports did not come from a repository
 */
public record Evidence(String report, int year, String statementId, String text, int page, String commit) {
}

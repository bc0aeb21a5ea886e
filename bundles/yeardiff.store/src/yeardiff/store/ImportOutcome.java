package yeardiff.store;

/**
 * What importing one report did to the repository, so that callers can tell the user whether a
 * commit was made and which one.
 *
 * @param reportId the id of the imported report
 * @param commitId the commit that holds the report's content: the new commit, or, when nothing
 *            changed, the commit that last touched the report
 * @param changed whether a commit was made
 * @param replaced whether an existing report of that id was replaced
 */
public record ImportOutcome(String reportId, String commitId, boolean changed, boolean replaced) {

	/**
	 * The outcome of importing content identical to what the repository already holds: no commit.
	 */
	public static ImportOutcome unchanged(String reportId, String commitId) {
		return new ImportOutcome(reportId, commitId, false, false);
	}
}

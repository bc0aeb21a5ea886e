package yeardiff.store;

/**
 * One commit of the repository's history in the product's terms, for a history view or
 * {@code yeardiff log}.
 *
 * @param commit the full commit id
 * @param shortCommit an abbreviation of the id that is unique in the repository
 * @param author the author's name
 * @param date the author date, ISO-8601 with offset
 * @param message the first line of the commit message
 * @param reportId the report the commit is about, or {@code null}
 * @param kind what the commit did: {@link #IMPORT}, {@link #REPLACE}, {@link #VERDICT},
 *            {@link #DRAFT}, {@link #MERGE}, {@link #INIT} or {@link #OTHER}
 */
public record LogEntry(String commit, String shortCommit, String author, String date, String message,
		String reportId, String kind) {

	/** A report added to the repository. */
	public static final String IMPORT = "import"; //$NON-NLS-1$
	/** A report replaced by other content of the same id. */
	public static final String REPLACE = "replace"; //$NON-NLS-1$
	/** Auditor verdicts recorded under {@code audit/}. */
	public static final String VERDICT = "verdict"; //$NON-NLS-1$
	/** A draft saved under {@code drafts/}. */
	public static final String DRAFT = "draft"; //$NON-NLS-1$
	/** Work of two repositories joined by a pull. */
	public static final String MERGE = "merge"; //$NON-NLS-1$
	/** The repository's first commit. */
	public static final String INIT = "init"; //$NON-NLS-1$
	/** Anything else, for example a commit made with Git directly. */
	public static final String OTHER = "other"; //$NON-NLS-1$
}

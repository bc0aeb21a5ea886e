package yeardiff.draft;

/**
 * A statement of a draft that can probably no longer stand as it is, and why. The kinds are the
 * names the command line's JSON uses ({@code yeardiff draft YEAR --json}).
 *
 * @param statementId the draft statement's id
 * @param text the statement's text as the draft holds it
 * @param kind one of {@link #PAST_FUTURE}, {@link #UNCHANGED_FACT}, {@link #DUE_COMMITMENT},
 *            {@link #AUDIT_FLAGGED}
 * @param reason one English sentence for the editor: what is wrong and what to do
 */
public record StaleFinding(String statementId, String text, String kind, String reason) {

	/** A time that has passed by the draft's year, written as still to come. */
	public static final String PAST_FUTURE = "past-future"; //$NON-NLS-1$

	/** An amount, share or count repeated unchanged over two or more reports: it needs confirming. */
	public static final String UNCHANGED_FACT = "unchanged-fact"; //$NON-NLS-1$

	/** A commitment due in the draft's year that the text gives no outcome for. */
	public static final String DUE_COMMITMENT = "due-commitment"; //$NON-NLS-1$

	/** A statement carried over unchanged whose commitment the audit marked changed or delayed. */
	public static final String AUDIT_FLAGGED = "audit-flagged"; //$NON-NLS-1$
}

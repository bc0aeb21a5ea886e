package yeardiff.search;

/**
 * A query the search cannot read: a quote left open, an unknown filter, a partner or year that does
 * not exist. It is the user's to correct, so callers report it as a usage error rather than a
 * failure; the message says what is wrong in one line.
 */
public class InvalidQueryException extends SearchException {

	private static final long serialVersionUID = 1L;

	public InvalidQueryException(String message) {
		super(message);
	}

	public InvalidQueryException(String message, Throwable cause) {
		super(message, cause);
	}
}

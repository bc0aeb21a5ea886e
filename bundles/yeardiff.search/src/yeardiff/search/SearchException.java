package yeardiff.search;

/**
 * A search that could not be done: the repository or the search index could not be read or
 * written. The message is one line that the command line prints as it is and the workbench shows
 * in a dialog.
 */
public class SearchException extends Exception {

	private static final long serialVersionUID = 1L;

	public SearchException(String message) {
		super(message);
	}

	public SearchException(String message, Throwable cause) {
		super(message, cause);
	}
}

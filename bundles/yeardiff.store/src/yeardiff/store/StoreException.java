package yeardiff.store;

/**
 * A repository operation that could not be done. The message is one line that the command line
 * prints as it is and the workbench shows in a dialog, so it says what went wrong in the user's
 * terms and what to do about it; the repository is left as it was before the operation.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}

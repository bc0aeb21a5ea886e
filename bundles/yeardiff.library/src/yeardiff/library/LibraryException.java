package yeardiff.library;

/**
 * A request the library cannot answer (an unknown statement, a wrong combination of options), with
 * a one-line message that says what to do.
 */
public class LibraryException extends Exception {

	private static final long serialVersionUID = 1L;

	public LibraryException(String message) {
		super(message);
	}

	public LibraryException(String message, Throwable cause) {
		super(message, cause);
	}
}

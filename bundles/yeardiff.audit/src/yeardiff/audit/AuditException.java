package yeardiff.audit;

/**
 * An audit operation that could not be done: a verdict on a commitment no report holds, without a
 * rationale, or a repository that cannot be read or written. The message is one line that the
 * command line prints as it is and the workbench shows in a dialog; the repository is left as it
 * was.
 */
public class AuditException extends Exception {

	private static final long serialVersionUID = 1L;

	public AuditException(String message) {
		super(message);
	}

	public AuditException(String message, Throwable cause) {
		super(message, cause);
	}
}

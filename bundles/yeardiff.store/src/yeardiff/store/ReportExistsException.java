package yeardiff.store;

/**
 * An import refused because the repository holds a report of the same id with other content. The
 * message tells the command line's user about {@code --replace}; the workbench says it in its own
 * terms, with {@link #reportId()}.
 */
public class ReportExistsException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String reportId;

	public ReportExistsException(String reportId, String message) {
		super(message);
		this.reportId = reportId;
	}

	/** The id of the report already in the repository. */
	public String reportId() {
		return reportId;
	}
}

package yeardiff.store.internal;

import java.util.regex.Pattern;

import yeardiff.model.api.Report;

/**
 * The commit message of an import: a subject naming the report, then Git trailers that scripts
 * read with {@code git log --format=%(trailers:key=Report-Id,valueonly)}. The trailers tie the
 * commit to the exact source bytes and importer it came from.
 */
public final class ImportMessage {

	/** The trailer naming the imported report's id. */
	public static final String REPORT_ID = "Report-Id"; //$NON-NLS-1$

	/** The trailer holding the SHA-256 of the source bytes, in lower-case hex. */
	public static final String SOURCE_SHA256 = "Source-SHA256"; //$NON-NLS-1$

	/** The trailer naming the importer's version, or {@code unknown}. */
	public static final String IMPORTER_VERSION = "Importer-Version"; //$NON-NLS-1$

	private static final String IMPORT = "Import report "; //$NON-NLS-1$
	private static final String REPLACE = "Replace report "; //$NON-NLS-1$
	private static final String UNKNOWN_VERSION = "unknown"; //$NON-NLS-1$
	private static final String SEPARATOR = ": "; //$NON-NLS-1$
	private static final Pattern WHITESPACE = Pattern.compile("\\s+"); //$NON-NLS-1$

	private ImportMessage() {
	}

	/**
	 * The message of the commit importing {@code report} from source bytes with SHA-256
	 * {@code sha256}: {@code Import report <id>: <title>}, or {@code Replace report ...} when it
	 * replaces an earlier version.
	 */
	public static String of(Report report, String sha256, boolean replace) {
		StringBuilder message = new StringBuilder(replace ? REPLACE : IMPORT).append(report.getId());
		String title = oneLine(report.getTitle());
		if (!title.isEmpty()) {
			message.append(SEPARATOR).append(title);
		}
		String version = oneLine(report.getSource() == null ? null : report.getSource().getImporterVersion());
		message.append("\n\n"); //$NON-NLS-1$
		trailer(message, SOURCE_SHA256, sha256);
		trailer(message, IMPORTER_VERSION, version.isEmpty() ? UNKNOWN_VERSION : version);
		trailer(message, REPORT_ID, report.getId());
		return message.toString();
	}

	private static void trailer(StringBuilder message, String key, String value) {
		message.append(key).append(SEPARATOR).append(value).append('\n');
	}

	/* a title or version with line breaks would break the subject line or the trailer block */
	private static String oneLine(String text) {
		return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").trim(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

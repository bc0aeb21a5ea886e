package yeardiff.store;

import java.util.regex.Pattern;

/**
 * Where things live in a Yeardiff repository. The layout is part of the product's contract: users
 * read the repository with {@code git log} and EGit, and the audit and drafting bundles write their
 * files through {@link ReportRepository#commit} at these paths.
 */
public final class RepositoryLayout {

	/** The folder holding one folder per report. */
	public static final String REPORTS = "reports"; //$NON-NLS-1$

	/** The auditor verdicts of all reports. */
	public static final String AUDIT_VERDICTS = "audit/verdicts.xmi"; //$NON-NLS-1$

	/**
	 * The reviewers' corrections of statement pairings ({@code yeardiff link} / {@code unlink}): one
	 * line per correction, the latest on a pair counting. Written by yeardiff.library, read by every
	 * comparison through yeardiff.compare's PairingCorrections.
	 */
	public static final String PAIRING_CORRECTIONS = "review/links.tsv"; //$NON-NLS-1$

	/** The folder holding one folder per draft year. */
	public static final String DRAFTS = "drafts"; //$NON-NLS-1$

	/** What users taught about subjects ({@code yeardiff subject add|alias}), a lesson per line. */
	public static final String SUBJECTS = "subjects/taught.tsv"; //$NON-NLS-1$

	/** The folder of the audit files. */
	public static final String AUDIT = "audit"; //$NON-NLS-1$

	/** The prefix of the tag that marks the commit which last imported a report. */
	public static final String REPORT_TAG_PREFIX = "report/"; //$NON-NLS-1$

	static final String REPORT_FILE = "report.xmi"; //$NON-NLS-1$
	static final String SOURCE_FILE = "source"; //$NON-NLS-1$
	static final String SUMMARY_FILE = "summary.properties"; //$NON-NLS-1$

	/*
	 * A report id becomes a folder name and part of a tag name: it must be both a portable file
	 * name and a valid ref name component, so it is restricted to what a year, a date or a short
	 * user-given id needs.
	 */
	private static final Pattern REPORT_ID = Pattern
			.compile("[0-9A-Za-z](?:[0-9A-Za-z_-]|\\.(?!\\.)){0,63}(?<!\\.)(?<!\\.lock)"); //$NON-NLS-1$

	private static final Pattern SOURCE_EXTENSION = Pattern.compile("[a-z0-9]{1,8}"); //$NON-NLS-1$

	private RepositoryLayout() {
	}

	/** Whether the id can name a report: letters, digits, {@code .}, {@code _} and {@code -}. */
	public static boolean isValidReportId(String id) {
		return id != null && REPORT_ID.matcher(id).matches();
	}

	/** Whether the extension can name a report's source file ({@code txt}, {@code pdf}). */
	public static boolean isValidSourceExtension(String extension) {
		return extension != null && SOURCE_EXTENSION.matcher(extension).matches();
	}

	/** The folder of one report. */
	public static String reportFolder(String id) {
		return REPORTS + '/' + id;
	}

	/** The model of one report. */
	public static String reportPath(String id) {
		return reportFolder(id) + '/' + REPORT_FILE;
	}

	/** The letter a report was imported from, byte for byte. */
	public static String sourcePath(String id, String extension) {
		return reportFolder(id) + '/' + SOURCE_FILE + '.' + extension;
	}

	/** The small summary that lets the repository list reports without parsing their models. */
	public static String summaryPath(String id) {
		return reportFolder(id) + '/' + SUMMARY_FILE;
	}

	/** The draft of a year's report. */
	public static String draftPath(int year) {
		return DRAFTS + '/' + year + '/' + REPORT_FILE;
	}

	/** The tag name (without {@code refs/tags/}) of a report. */
	public static String reportTag(String id) {
		return REPORT_TAG_PREFIX + id;
	}

	/** Whether {@code path} is the source of report {@code id}, whatever its extension. */
	public static boolean isSourcePath(String id, String path) {
		String prefix = reportFolder(id) + '/' + SOURCE_FILE + '.';
		return path.startsWith(prefix) && isValidSourceExtension(path.substring(prefix.length()));
	}
}

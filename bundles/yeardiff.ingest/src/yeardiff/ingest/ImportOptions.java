package yeardiff.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the caller knows about a letter before it is read, and how much of it the importer may
 * take on. Most letters say themselves which year they cover; a few (the 2012 nota carries no
 * date) need the year from the user, and the id may be overridden to file a letter under a name
 * of the user's choice. The limits protect the importer from files that would exhaust the heap:
 * they are checked before the file is parsed.
 *
 * @param year the year the letter covers, or 0 to infer it from the letter
 * @param id the report id, or {@code null} to derive it (the year of a yearly report, the letter
 *            date of any other letter)
 * @param maxBytes the largest file accepted, in bytes
 * @param maxPages the most pages accepted
 * @param timeLimit how long reading one letter may take; past it the import stops with an error
 *            naming the limit
 */
public record ImportOptions(int year, String id, long maxBytes, int maxPages, Duration timeLimit) {

	/** A report id names a folder of the repository and prefixes every section and statement id. */
	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$

	/** 50 MiB: far above any letter to Parliament, far below what a workbench heap can parse. */
	public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

	/** 500 pages: a yearly report has about twenty, a letter with all its annexes well under 500. */
	public static final int DEFAULT_MAX_PAGES = 500;

	/**
	 * 60 seconds: a yearly report reads in about one second, a letter of 500 pages in well under a
	 * minute; what takes longer is a file built to hang the importer.
	 */
	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

	public ImportOptions {
		if (year < 0) {
			throw new IllegalArgumentException("year must not be negative: " + year); //$NON-NLS-1$
		}
		if (id != null && !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("id must be letters, digits, '.', '_' or '-': " + id); //$NON-NLS-1$
		}
		Objects.requireNonNull(timeLimit);
		if (maxBytes <= 0 || maxPages <= 0 || timeLimit.isNegative() || timeLimit.isZero()) {
			throw new IllegalArgumentException("limits must be positive"); //$NON-NLS-1$
		}
	}

	/** Options with the default time limit. */
	public ImportOptions(int year, String id, long maxBytes, int maxPages) {
		this(year, id, maxBytes, maxPages, DEFAULT_TIME_LIMIT);
	}

	/** Infer year and id from the letter; the default limits. */
	public static ImportOptions defaults() {
		return new ImportOptions(0, null, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES);
	}

	/** These options with the year the letter covers (0: infer it). */
	public ImportOptions withYear(int newYear) {
		return new ImportOptions(newYear, id, maxBytes, maxPages, timeLimit);
	}

	/** These options with the report id ({@code null}: derive it). */
	public ImportOptions withId(String newId) {
		return new ImportOptions(year, newId, maxBytes, maxPages, timeLimit);
	}

	/** These options with another size limit. */
	public ImportOptions withMaxBytes(long newMaxBytes) {
		return new ImportOptions(year, id, newMaxBytes, maxPages, timeLimit);
	}

	/** These options with another page limit. */
	public ImportOptions withMaxPages(int newMaxPages) {
		return new ImportOptions(year, id, maxBytes, newMaxPages, timeLimit);
	}

	/** These options with another time limit. */
	public ImportOptions withTimeLimit(Duration newTimeLimit) {
		return new ImportOptions(year, id, maxBytes, maxPages, newTimeLimit);
	}
}

package yeardiff.library.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.util.ReadingOrder;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * For every report, which statement of the report before it each statement continues, and how.
 * Kept per report in {@code .git/yeardiff/provenance/}, outside the committed tree so that it can
 * never conflict in a merge, and keyed by the commits of the report and its predecessor: an import
 * makes only the index of the new report and of its successor stale, and a statement's history
 * reads a few small files instead of loading every model.
 */
public final class ProvenanceIndex {

	/** One statement of a report and its link to the report before. */
	public record Entry(String statementId, String predecessor, String status, int page, String text) {
	}

	/**
	 * The links of one report's statements to the report before, looked up from either end. A query
	 * needs a handful of a report's few hundred links, so a line becomes an {@link Entry} (with its
	 * text unescaped) only when asked for: parsing every line cost more than the rest of a query.
	 */
	public static final class Links {

		private final Map<String, String> lines;
		private final Map<String, String> successors;

		private Links(int size) {
			lines = HashMap.newHashMap(size);
			successors = HashMap.newHashMap(size);
		}

		/** @return the links, or {@code null} when a line is not one the index writes */
		static Links parse(List<String> indexLines) {
			Links links = new Links(indexLines.size());
			for (String line : indexLines) {
				int id = line.indexOf('\t');
				int predecessor = line.indexOf('\t', id + 1);
				int status = line.indexOf('\t', predecessor + 1);
				int page = line.indexOf('\t', status + 1);
				if (id <= 0 || predecessor < 0 || status < 0 || page < 0 || line.indexOf('\t', page + 1) >= 0
						|| !isNumber(line, status + 1, page)) {
					return null;
				}
				String statementId = line.substring(0, id);
				links.lines.put(statementId, line);
				String from = line.substring(id + 1, predecessor);
				if (!isFirst(from)) {
					// a statement another one continues whole wins over the parts of a split
					String known = links.successors.get(from);
					if (known == null || isSplit(links.lines.get(known)) && !isSplit(line)) {
						links.successors.put(from, statementId);
					}
				}
			}
			return links;
		}

		/** The link of statement {@code statementId} of this report, or {@code null}. */
		public Entry get(String statementId) {
			String line = lines.get(statementId);
			if (line == null) {
				return null;
			}
			String[] fields = line.split("\t", -1); //$NON-NLS-1$
			return new Entry(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]), unescape(fields[4]));
		}

		/** The statement of this report that continues {@code predecessorId} of the report before, or {@code null}. */
		public Entry successor(String predecessorId) {
			String statementId = successors.get(predecessorId);
			return statementId == null ? null : get(statementId);
		}

		private static boolean isSplit(String line) {
			int predecessor = line.indexOf('\t', line.indexOf('\t') + 1);
			return line.startsWith(SPLIT + '\t', predecessor + 1);
		}

		private static boolean isNumber(String line, int start, int end) {
			if (start >= end) {
				return false;
			}
			for (int i = start; i < end; i++) {
				if (line.charAt(i) < '0' || line.charAt(i) > '9') {
					return false;
				}
			}
			return true;
		}
	}

	private static final String HEADER = "# yeardiff provenance 1"; //$NON-NLS-1$
	private static final String FIRST = "-"; //$NON-NLS-1$
	private static final String SPLIT = "split"; //$NON-NLS-1$

	private final ReportRepository repository;
	private final java.util.function.Supplier<ReportComparator> comparator;
	/** What else the pairing depends on (the repository's reports, the reviewers' corrections), in the file names. */
	private final String pairingKey;
	private final Path folder;
	private final Map<String, Report> loaded = new HashMap<>();

	/**
	 * @param comparator the comparison to build missing index files with, made only when one is
	 *            missing (it weighs words over the whole repository)
	 * @param pairingKey a short key of what the pairing depends on besides the two reports: a
	 *            reviewer's correction or another report makes other files
	 */
	public ProvenanceIndex(ReportRepository repository, java.util.function.Supplier<ReportComparator> comparator,
			String pairingKey) {
		this.repository = repository;
		this.comparator = comparator;
		this.pairingKey = pairingKey;
		this.folder = repository.directory().resolve(".git").resolve("yeardiff").resolve("provenance"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The reports of HEAD in chain order. Listing the repository walks its history to find each
	 * report's last commit; the answer is kept per HEAD beside the index, so a history query
	 * after the first reads one small file instead.
	 */
	public List<ReportEntry> chain() throws StoreException {
		String head = repository.head();
		Path file = folder.resolve("chain-" + head + ".tsv"); //$NON-NLS-1$ //$NON-NLS-2$
		if (Files.isRegularFile(file)) {
			try {
				List<ReportEntry> entries = new ArrayList<>();
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					String[] fields = line.split("\t", -1); //$NON-NLS-1$
					entries.add(new ReportEntry(fields[0], Integer.parseInt(fields[1]), fields[2], fields[3].isEmpty() ? null : unescape(fields[3]),
							fields[4].isEmpty() ? null : fields[4], fields[5].isEmpty() ? null : fields[5], Integer.parseInt(fields[6]),
							fields[7]));
				}
				return entries;
			} catch (IOException | RuntimeException unreadable) {
				// A damaged cache: list the repository again.
			}
		}
		List<ReportEntry> entries = chain(repository.list());
		StringBuilder text = new StringBuilder();
		for (ReportEntry entry : entries) {
			text.append(entry.id()).append('\t').append(entry.year()).append('\t').append(entry.kind()).append('\t')
					.append(entry.title() == null ? "" : escape(entry.title())).append('\t').append(entry.date() == null ? "" : entry.date()).append('\t') //$NON-NLS-1$ //$NON-NLS-2$
					.append(entry.reference() == null ? "" : entry.reference()).append('\t').append(entry.statements()).append('\t') //$NON-NLS-1$
					.append(entry.commit()).append('\n');
		}
		try {
			Files.createDirectories(folder);
			try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, "chain-*.tsv")) { //$NON-NLS-1$
				for (Path old : stale) {
					Files.deleteIfExists(old);
				}
			}
			Path temporary = Files.createTempFile(folder, "chain", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			// Only a cache.
		}
		return entries;
	}

	/** The reports in the order their statements descend from each other: by year, then date, then id. */
	public static List<ReportEntry> chain(List<ReportEntry> entries) {
		List<ReportEntry> chain = new ArrayList<>(entries);
		chain.sort(ReportEntry.CHRONOLOGICAL);
		return chain;
	}

	/** The links of {@code report}, whose predecessor in the chain is {@code predecessor} (or null). */
	public Links links(ReportEntry report, ReportEntry predecessor) throws StoreException {
		Path file = folder.resolve(fileName(report, predecessor));
		if (Files.isRegularFile(file)) {
			try {
				Links links = read(file);
				if (links != null) {
					return links;
				}
			} catch (IOException unreadable) {
				// A damaged index file is only a cache: build it again.
			}
		}
		List<String> lines = new ArrayList<>();
		for (Entry entry : build(report, predecessor).values()) {
			lines.add(line(entry));
		}
		write(file, report, lines);
		return Links.parse(lines);
	}

	private Map<String, Entry> build(ReportEntry reportEntry, ReportEntry predecessorEntry) throws StoreException {
		Report report = load(reportEntry.id());
		Map<String, Entry> entries = new LinkedHashMap<>();
		if (predecessorEntry == null) {
			for (Statement statement : ReadingOrder.statements(report)) {
				entries.put(statement.getId(), new Entry(statement.getId(), FIRST, "new", statement.getPage(), statement.getText())); //$NON-NLS-1$
			}
			return entries;
		}
		Report predecessor = load(predecessorEntry.id());
		for (StatementPair pair : comparator.get().compare(predecessor, report).pairs()) {
			if (pair.to() == null) {
				continue;
			}
			String from = pair.from() == null ? FIRST : pair.from().getId();
			put(entries, pair.to(), from, pair.status().jsonName());
			for (Statement part : pair.alsoTo()) {
				put(entries, part, from, SPLIT);
			}
		}
		return entries;
	}

	private static void put(Map<String, Entry> entries, Statement statement, String from, String status) {
		entries.put(statement.getId(), new Entry(statement.getId(), from, status, statement.getPage(), statement.getText()));
	}

	private Report load(String id) throws StoreException {
		Report report = loaded.get(id);
		if (report == null) {
			report = repository.load(id);
			loaded.put(id, report);
		}
		return report;
	}

	private String fileName(ReportEntry report, ReportEntry predecessor) {
		String key = report.id() + '@' + report.commit();
		return key + '~' + (predecessor == null ? FIRST : predecessor.id() + '@' + predecessor.commit()) + '~' + pairingKey
				+ ".tsv"; //$NON-NLS-1$
	}

	private static Links read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (!text.startsWith(HEADER + '\n')) {
			return null;
		}
		// the index writes '\n' only, and escapes it inside texts
		List<String> lines = new ArrayList<>();
		for (int start = HEADER.length() + 1, end; start < text.length(); start = end + 1) {
			end = text.indexOf('\n', start);
			if (end < 0) {
				return null;
			}
			lines.add(text.substring(start, end));
		}
		return Links.parse(lines);
	}

	private static String line(Entry entry) {
		return entry.statementId() + '\t' + entry.predecessor() + '\t' + entry.status() + '\t' + entry.page() + '\t'
				+ escape(entry.text());
	}

	/** Writes the file whole or not at all, and drops the stale files of the same report. */
	private void write(Path file, ReportEntry report, List<String> lines) {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (String line : lines) {
			text.append(line).append('\n');
		}
		try {
			Files.createDirectories(folder);
			try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, report.id() + "@*.tsv")) { //$NON-NLS-1$
				for (Path old : stale) {
					Files.deleteIfExists(old);
				}
			}
			Path temporary = Files.createTempFile(folder, "index", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			// The index is a cache; without it the next query builds it again.
		}
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	private static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				char next = text.charAt(++i);
				out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	public static boolean isFirst(String predecessor) {
		return FIRST.equals(predecessor);
	}
}

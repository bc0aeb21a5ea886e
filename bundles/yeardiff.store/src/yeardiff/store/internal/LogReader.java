package yeardiff.store.internal;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

import yeardiff.store.LogEntry;
import yeardiff.store.RepositoryLayout;

/**
 * Tells what each commit did in the product's terms. It reads the {@code Report-Id} trailer that
 * imports write and otherwise looks at which top-level folders the commit changed, so commits made
 * by the audit and drafting bundles, or with Git directly, are told correctly without any
 * cooperation from their authors.
 */
public final class LogReader {

	private static final int SHORT_ID_LENGTH = 7;

	private final Repository repository;

	public LogReader(Repository repository) {
		this.repository = repository;
	}

	/** The newest {@code max} commits reachable from {@code head}, newest first. */
	public List<LogEntry> read(ObjectId head, int max) throws IOException {
		List<LogEntry> entries = new ArrayList<>();
		if (head == null) {
			return entries;
		}
		try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
			walk.sort(RevSort.TOPO, true);
			walk.sort(RevSort.COMMIT_TIME_DESC, true);
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit = walk.next(); commit != null && entries.size() < max; commit = walk.next()) {
				entries.add(describe(reader, walk, commit));
			}
		}
		return entries;
	}

	private LogEntry describe(ObjectReader reader, RevWalk walk, RevCommit commit) throws IOException {
		PersonIdent author = commit.getAuthorIdent();
		String date = OffsetDateTime.ofInstant(author.getWhenAsInstant(), author.getZoneId())
				.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		List<String> trailer = commit.getFooterLines(ImportMessage.REPORT_ID);
		String reportId = trailer.isEmpty() ? null : trailer.get(0).trim();
		String kind;
		if (commit.getParentCount() == 0) {
			kind = LogEntry.INIT;
		} else if (commit.getParentCount() > 1) {
			kind = LogEntry.MERGE;
		} else {
			Snapshot before = Snapshot.of(repository, walk.parseCommit(commit.getParent(0)));
			Snapshot after = Snapshot.of(repository, commit);
			if (reportId == null) {
				reportId = changedReport(before, after);
			}
			kind = kind(before, after, reportId);
		}
		return new LogEntry(commit.getName(), reader.abbreviate(commit, SHORT_ID_LENGTH).name(), author.getName(),
				date, commit.getShortMessage(), reportId, kind);
	}

	private static String changedReport(Snapshot before, Snapshot after) throws IOException {
		Map<String, ObjectId> old = before.children(RepositoryLayout.REPORTS);
		for (Map.Entry<String, ObjectId> folder : after.children(RepositoryLayout.REPORTS).entrySet()) {
			if (!folder.getValue().equals(old.get(folder.getKey()))) {
				return folder.getKey();
			}
		}
		return null;
	}

	private static String kind(Snapshot before, Snapshot after, String reportId) throws IOException {
		if (reportId != null && !Objects.equals(before.id(RepositoryLayout.reportFolder(reportId)),
				after.id(RepositoryLayout.reportFolder(reportId)))) {
			return before.id(RepositoryLayout.reportPath(reportId)) == null ? LogEntry.IMPORT : LogEntry.REPLACE;
		}
		if (!Objects.equals(before.id(RepositoryLayout.AUDIT), after.id(RepositoryLayout.AUDIT))) {
			return LogEntry.VERDICT;
		}
		if (!Objects.equals(before.id(RepositoryLayout.DRAFTS), after.id(RepositoryLayout.DRAFTS))) {
			return LogEntry.DRAFT;
		}
		return LogEntry.OTHER;
	}
}

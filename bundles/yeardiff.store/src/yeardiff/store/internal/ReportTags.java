package yeardiff.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import yeardiff.store.RepositoryLayout;
import yeardiff.store.StoreException;

/**
 * Keeps the tag {@code report/<id>} on the last commit that touched each report. Tags are derived
 * from history, never fetched: after a pull or a merge each side computes the same tags from the
 * same commits, and a pull that stops on a conflict leaves the local tags as they were.
 */
public final class ReportTags {

	private final Repository repository;
	private final CommitWriter writer;
	private final ReportHistory history;

	public ReportTags(Repository repository, CommitWriter writer, ReportHistory history) {
		this.repository = repository;
		this.writer = writer;
		this.history = history;
	}

	/** Moves the tags of {@code ids} to the last commits, reachable from {@code head}, touching them. */
	public void update(ObjectId head, Collection<String> ids) throws IOException, StoreException {
		for (Map.Entry<String, ObjectId> last : history.lastTouching(head, Set.copyOf(ids)).entrySet()) {
			if (!last.getValue().equals(tagged(last.getKey()))) {
				writer.tag(RepositoryLayout.reportTag(last.getKey()), last.getValue());
			}
		}
	}

	/**
	 * Tags the report of HEAD's import commit when a process was killed between moving HEAD and
	 * moving the tag.
	 */
	public void repair(ObjectId head) throws IOException, StoreException {
		if (head == null) {
			return;
		}
		RevCommit commit;
		try (RevWalk walk = new RevWalk(repository)) {
			commit = walk.parseCommit(head);
		}
		// An import commit touches its report, so a tag already on HEAD is right; only a tag a killed
		// process left behind needs the walk through history, which grows with every import.
		List<String> untagged = new ArrayList<>();
		for (String id : commit.getFooterLines(ImportMessage.REPORT_ID)) {
			String trimmed = id.trim();
			if (RepositoryLayout.isValidReportId(trimmed) && !head.equals(tagged(trimmed))) {
				untagged.add(trimmed);
			}
		}
		if (!untagged.isEmpty()) {
			update(head, untagged);
		}
	}

	private ObjectId tagged(String id) throws IOException {
		Ref tag = repository.exactRef(Constants.R_TAGS + RepositoryLayout.reportTag(id));
		return tag == null ? null : tag.getObjectId();
	}
}

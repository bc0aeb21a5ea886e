package yeardiff.store.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import yeardiff.store.RepositoryLayout;

/**
 * Finds, for each report, the last commit that touched it: the newest commit whose report folder
 * differs from the folder in every one of its parents. That is what {@code git log -1 --
 * reports/<id>} answers, and it holds across merges: a merge that only brings a report over from
 * the other side is not the commit that touched it, the commit on the other side is.
 *
 * <p>The walk compares folder ids, not files, and stops as soon as every asked report is found.</p>
 */
public final class ReportHistory {

	private final Repository repository;

	public ReportHistory(Repository repository) {
		this.repository = repository;
	}

	/**
	 * The last commit that touched each of {@code ids}, walking back from {@code head}; ids no
	 * commit touched are missing from the answer.
	 */
	public Map<String, ObjectId> lastTouching(ObjectId head, Set<String> ids) throws IOException {
		Map<String, ObjectId> found = new HashMap<>();
		if (head == null || ids.isEmpty()) {
			return found;
		}
		Set<String> wanted = new HashSet<>(ids);
		Map<ObjectId, Map<String, ObjectId>> folders = new HashMap<>();
		try (ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
			walk.sort(RevSort.TOPO, true);
			walk.sort(RevSort.COMMIT_TIME_DESC, true);
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit = walk.next(); commit != null && !wanted.isEmpty(); commit = walk.next()) {
				Map<String, ObjectId> mine = reportFolders(reader, walk, commit, folders);
				for (String id : Set.copyOf(wanted)) {
					if (touches(reader, walk, commit, id, mine.get(id), folders)) {
						found.put(id, commit.getId());
						wanted.remove(id);
					}
				}
			}
		}
		return found;
	}

	private static boolean touches(ObjectReader reader, RevWalk walk, RevCommit commit, String id, ObjectId folder,
			Map<ObjectId, Map<String, ObjectId>> folders) throws IOException {
		if (folder == null) {
			return false;
		}
		for (RevCommit parent : commit.getParents()) {
			if (Objects.equals(folder, reportFolders(reader, walk, walk.parseCommit(parent), folders).get(id))) {
				return false;
			}
		}
		return true;
	}

	/** The folder id of every report in a commit, read once per distinct {@code reports} tree. */
	private static Map<String, ObjectId> reportFolders(ObjectReader reader, RevWalk walk, RevCommit commit,
			Map<ObjectId, Map<String, ObjectId>> cache) throws IOException {
		walk.parseHeaders(commit);
		ObjectId reports;
		try (TreeWalk folder = TreeWalk.forPath(reader, RepositoryLayout.REPORTS, commit.getTree())) {
			if (folder == null || !folder.isSubtree()) {
				return Map.of();
			}
			reports = folder.getObjectId(0);
		}
		Map<String, ObjectId> known = cache.get(reports);
		if (known != null) {
			return known;
		}
		Map<String, ObjectId> children = new HashMap<>();
		try (TreeWalk walkReports = new TreeWalk(reader)) {
			walkReports.addTree(reports);
			while (walkReports.next()) {
				if (walkReports.getFileMode(0) == FileMode.TREE) {
					children.put(walkReports.getNameString(), walkReports.getObjectId(0));
				}
			}
		}
		cache.put(reports, children);
		return children;
	}
}

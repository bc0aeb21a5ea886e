package yeardiff.audit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import yeardiff.model.api.AuditLog;
import yeardiff.model.api.Verdict;
import yeardiff.model.resource.ReportResource;

/**
 * Finds the commit that recorded each verdict, by walking the Git history of the verdict file.
 *
 * <p>The verdict file is append-only: a verdict, once recorded, stays in it, and a new verdict on
 * the same commitment is added after it. So the commit that recorded a verdict is the oldest
 * commit whose version of the file holds it. Verdicts are told apart by everything they say
 * (commitment, status, date, author, rationale); should two say exactly the same, the first of
 * them goes to the first commit that holds one, the second to the first that holds two. Branches
 * joined by a pull are followed too, since that counting does not depend on the order inside the
 * file.</p>
 */
public final class VerdictCommits {

	private VerdictCommits() {
	}

	/**
	 * The commit of each of {@code verdicts} (the file's content at HEAD, in order), or null for one
	 * no commit holds (a file changed outside the product).
	 */
	public static List<String> of(Path directory, String path, List<Verdict> verdicts) throws IOException {
		List<String> commits = new ArrayList<>(Collections.nCopies(verdicts.size(), (String) null));
		try (Repository git = open(directory)) {
			ObjectId head = git.resolve(Constants.HEAD);
			if (head == null) {
				return commits;
			}
			List<RevCommit> history = new ArrayList<>();
			Git.wrap(git).log().add(head).addPath(path).call().forEach(history::add);
			Collections.reverse(history);
			Map<String, Integer> assigned = new HashMap<>();
			for (RevCommit commit : history) {
				Map<String, Integer> counts = new HashMap<>();
				for (Verdict verdict : read(git, commit, path)) {
					counts.merge(key(verdict), Integer.valueOf(1), Integer::sum);
				}
				for (Map.Entry<String, Integer> count : counts.entrySet()) {
					int already = assigned.getOrDefault(count.getKey(), Integer.valueOf(0)).intValue();
					for (int i = already; i < count.getValue().intValue(); i++) {
						assign(commits, verdicts, count.getKey(), commit.getName());
					}
					assigned.put(count.getKey(), Integer.valueOf(Math.max(already, count.getValue().intValue())));
				}
			}
		} catch (GitAPIException e) {
			throw new IOException(e.getMessage(), e);
		}
		return commits;
	}

	/** The Git user the repository's configuration names, as {@code Name <email>}. */
	public static String configuredAuthor(Path directory) throws IOException {
		try (Repository git = open(directory)) {
			PersonIdent person = new PersonIdent(git);
			return person.getName() + " <" + person.getEmailAddress() + '>'; //$NON-NLS-1$
		}
	}

	private static void assign(List<String> commits, List<Verdict> verdicts, String key, String commit) {
		for (int i = 0; i < verdicts.size(); i++) {
			if (commits.get(i) == null && key(verdicts.get(i)).equals(key)) {
				commits.set(i, commit);
				return;
			}
		}
	}

	private static List<Verdict> read(Repository git, RevCommit commit, String path) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(git, path, commit.getTree())) {
			if (walk == null) {
				return List.of();
			}
			byte[] bytes = git.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
			return ReportResource.fromBytes(bytes, AuditLog.class).getVerdicts();
		}
	}

	private static String key(Verdict verdict) {
		return String.join("\u0000", String.valueOf(verdict.getCommitmentId()), //$NON-NLS-1$
				String.valueOf(verdict.getStatus()), String.valueOf(verdict.getDate()), String.valueOf(verdict.getAuthor()),
				String.valueOf(verdict.getRationale()));
	}

	private static Repository open(Path directory) throws IOException {
		return new FileRepositoryBuilder().setWorkTree(directory.toFile()).setMustExist(true).build();
	}
}

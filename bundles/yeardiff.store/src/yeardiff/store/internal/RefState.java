package yeardiff.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Where HEAD's branch and some tags point before a commit moves them, and how long their logs
 * were, so that a commit that fails after moving them can move them back and leave the logs as
 * they were: the repository is then what it was, not a repository with two more log lines.
 */
final class RefState {

	private final Repository repository;
	private final String branch;
	private final ObjectId branchId;
	private final Map<String, ObjectId> tags;
	private final Map<Path, Long> logLengths;

	private RefState(Repository repository, String branch, ObjectId branchId, Map<String, ObjectId> tags,
			Map<Path, Long> logLengths) {
		this.repository = repository;
		this.branch = branch;
		this.branchId = branchId;
		this.tags = tags;
		this.logLengths = logLengths;
	}

	/** Records HEAD's branch and the tags {@code tagNames} (without {@code refs/tags/}). */
	static RefState of(Repository repository, List<String> tagNames) throws IOException {
		Ref head = repository.exactRef(Constants.HEAD);
		String branch = head != null && head.isSymbolic() ? head.getTarget().getName() : Constants.HEAD;
		Ref branchRef = repository.exactRef(branch);
		Map<String, ObjectId> tags = new LinkedHashMap<>();
		for (String name : tagNames) {
			Ref tag = repository.exactRef(Constants.R_TAGS + name);
			tags.put(Constants.R_TAGS + name, tag == null ? null : tag.getObjectId());
		}
		Path gitDir = repository.getDirectory().toPath();
		Map<Path, Long> logs = new LinkedHashMap<>();
		for (String name : List.of(Constants.HEAD, branch)) {
			Path log = gitDir.resolve(Constants.LOGS).resolve(name);
			logs.put(log, Long.valueOf(Files.exists(log) ? Files.size(log) : -1));
		}
		return new RefState(repository, branch, branchRef == null ? null : branchRef.getObjectId(), tags, logs);
	}

	/** Moves the branch back from {@code moved} and the tags back, and cuts the logs back. */
	void restore(ObjectId moved) throws IOException {
		set(branch, moved, branchId);
		for (Map.Entry<String, ObjectId> tag : tags.entrySet()) {
			set(tag.getKey(), null, tag.getValue());
		}
		for (Map.Entry<Path, Long> log : logLengths.entrySet()) {
			long length = log.getValue().longValue();
			if (length < 0) {
				Files.deleteIfExists(log.getKey());
			} else if (Files.exists(log.getKey()) && Files.size(log.getKey()) > length) {
				try (FileChannel channel = FileChannel.open(log.getKey(), StandardOpenOption.WRITE)) {
					channel.truncate(length);
				}
			}
		}
	}

	private void set(String name, ObjectId expected, ObjectId value) throws IOException {
		Ref current = repository.exactRef(name);
		ObjectId now = current == null ? null : current.getObjectId();
		if (value == null ? now == null : value.equals(now)) {
			return;
		}
		if (value == null && name.equals(branch)) {
			// the branch was unborn: JGit refuses to delete the branch HEAD names, Git keeps it as a loose file
			Files.deleteIfExists(repository.getDirectory().toPath().resolve(name));
			repository.getRefDatabase().refresh();
			return;
		}
		RefUpdate update = repository.updateRef(name);
		update.setForceUpdate(true);
		update.disableRefLog();
		if (expected != null) {
			update.setExpectedOldObjectId(expected);
		}
		RefUpdate.Result result;
		if (value == null) {
			result = update.delete();
		} else {
			update.setNewObjectId(value);
			result = update.update();
		}
		switch (result) {
		case FORCED, FAST_FORWARD, NEW, NO_CHANGE -> {
			// back where it was
		}
		default -> throw new IOException(name + " could not be moved back: " + result); //$NON-NLS-1$
		}
	}
}

package yeardiff.draft.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.util.StableIds;

/**
 * The ids of a draft and of what it holds: {@code draft-<year>} for the draft,
 * {@code <draft>/<section key>} for a section, {@code <section>/<text hash>} for a statement. They
 * follow the importer's scheme ({@link StableIds}: the same slugs and text hash), so a statement carried over word for word ends in the same id segment as in the report it
 * came from, which history and comparison rely on.
 */
public final class DraftIds {

	private static final String DRAFT_PREFIX = "draft-"; //$NON-NLS-1$

	private DraftIds() {
	}

	/** {@code draft-2022}. */
	public static String report(int year) {
		return DRAFT_PREFIX + year;
	}

	/**
	 * The key of a section carried over from {@code previous}: its id without the previous report's
	 * id ({@code 2021/verenigde-staten} gives {@code verenigde-staten}), else the slug of its heading.
	 */
	public static String sectionKey(Section section, String previousReportId) {
		String id = section.getId();
		String prefix = previousReportId + '/';
		if (id != null && id.startsWith(prefix) && id.length() > prefix.length()) {
			return id.substring(prefix.length());
		}
		return StableIds.slug(section.getHeading());
	}

	/**
	 * The ids of the report's sections and statements: ids are unique in a report (they are XMI
	 * ids), so a new one must avoid all of them, wherever a statement was moved to.
	 */
	public static Set<String> used(Report report) {
		Set<String> used = new HashSet<>();
		for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
			EObject next = contents.next();
			if (next instanceof Section section) {
				used.add(section.getId());
			} else if (next instanceof Statement statement) {
				used.add(statement.getId());
				contents.prune();
			}
		}
		return used;
	}
}

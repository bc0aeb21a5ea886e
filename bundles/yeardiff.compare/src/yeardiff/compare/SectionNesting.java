package yeardiff.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.internal.ContentWords;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Subject;

/**
 * Which partner, organisation or theme of a comparison stands inside which: the EU's PESCO and
 * military mobility inside the EU, a NATO mission inside NATO. The comparison pairs each subject on
 * its own ({@link SectionComparison#partner()}); this tells a view where the letters put it, keyed as
 * the comparison keys its sections.
 */
public final class SectionNesting {

	private static final String HEADING_KEY = "heading:"; //$NON-NLS-1$

	private SectionNesting() {
	}

	/**
	 * The enclosing section's key for every section key that stands inside another in either report
	 * (the later report's placing counts where the two differ).
	 */
	public static Map<String, String> parents(Report from, Report to) {
		Map<String, String> parents = new LinkedHashMap<>();
		for (Report report : new Report[] { from, to }) {
			if (report == null) {
				continue;
			}
			for (Section section : report.getSections()) {
				collect(section, key(section, true), parents);
			}
		}
		return parents;
	}

	/**
	 * The section keys in the order of the letters: the later report's order, and a key only the
	 * earlier report has right after the key that came before it there. A view lists partners in
	 * this order, so that a partner new in the later letter stands where that letter puts it.
	 */
	public static List<String> order(Report from, Report to) {
		List<String> later = keys(to);
		List<String> order = new ArrayList<>(later);
		String previous = null;
		for (String key : keys(from)) {
			if (!order.contains(key)) {
				order.add(previous == null ? 0 : order.indexOf(previous) + 1, key);
			}
			previous = key;
		}
		return order;
	}

	private static List<String> keys(Report report) {
		List<String> keys = new ArrayList<>();
		if (report != null) {
			for (Section section : report.getSections()) {
				keys(section, true, keys);
			}
		}
		return keys;
	}

	private static void keys(Section section, boolean topLevel, List<String> keys) {
		String key = key(section, topLevel);
		if (key != null && !keys.contains(key)) {
			keys.add(key);
		}
		for (Section subsection : section.getSubsections()) {
			keys(subsection, false, keys);
		}
	}

	private static void collect(Section section, String enclosing, Map<String, String> parents) {
		for (Section subsection : section.getSubsections()) {
			String key = key(subsection, false);
			if (key != null && !key.equals(enclosing)) {
				parents.put(key, enclosing);
				collect(subsection, key, parents);
			} else {
				// A subsection about no subject (or the same one) belongs to its parent's statements.
				collect(subsection, enclosing, parents);
			}
		}
	}

	/** The comparison's key of a section: its subject, or for a top-level section without one, its heading. */
	private static String key(Section section, boolean topLevel) {
		Subject subject = section.getSubject();
		if (subject != null) {
			return subject.getId();
		}
		if (!topLevel) {
			return null;
		}
		String heading = section.getHeading() == null ? "" : section.getHeading().strip(); //$NON-NLS-1$
		return HEADING_KEY + ContentWords.fold(heading);
	}
}

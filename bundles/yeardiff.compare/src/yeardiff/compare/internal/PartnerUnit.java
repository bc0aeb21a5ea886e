package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;

/**
 * What a report says about one partner, organisation or theme: the statements of the section (or
 * sections) about it, with subsections about another subject (the EU's PESCO, say) as units of
 * their own, and subsections about no subject folded into their parent.
 */
public final class PartnerUnit {

	private static final String HEADING_KEY = "heading:"; //$NON-NLS-1$

	private final String key;
	private final String name;
	private final List<String> headings = new ArrayList<>();
	private final List<Statement> statements = new ArrayList<>();

	private PartnerUnit(String key, String name) {
		this.key = key;
		this.name = name;
	}

	public String key() {
		return key;
	}

	public String name() {
		return name;
	}

	/**
	 * The headings as printed; a section whose heading was lost with a missing page (the importer
	 * knew its partner from its words) shows the partner's name in parentheses.
	 */
	public String heading() {
		return headings.isEmpty() ? '(' + name + ')' : String.join(" / ", headings); //$NON-NLS-1$
	}

	public List<Statement> statements() {
		return statements;
	}

	/** The units of a report, in the order their first section appears. */
	public static List<PartnerUnit> of(Report report) {
		Map<String, PartnerUnit> units = new LinkedHashMap<>();
		for (Section section : report.getSections()) {
			collect(section, null, units);
		}
		return new ArrayList<>(units.values());
	}

	private static void collect(Section section, PartnerUnit parent, Map<String, PartnerUnit> units) {
		PartnerUnit unit = parent;
		Subject subject = section.getSubject();
		// The text before a letter's first heading is a section without one.
		String heading = section.getHeading() == null ? "" : section.getHeading().strip(); //$NON-NLS-1$
		if (subject != null || parent == null) {
			String key = subject != null ? subject.getId() : HEADING_KEY + ContentWords.fold(heading);
			String name = subject != null ? subject.getName() : heading;
			unit = units.computeIfAbsent(key, k -> new PartnerUnit(k, name));
			if (!heading.isEmpty()) {
				unit.headings.add(heading);
			}
		}
		for (Paragraph paragraph : section.getParagraphs()) {
			unit.statements.addAll(paragraph.getStatements());
		}
		for (Section subsection : section.getSubsections()) {
			collect(subsection, unit, units);
		}
	}

	/** Joins units into one, for a composite subject split over several sections in the other report. */
	static PartnerUnit merge(String key, String name, List<PartnerUnit> parts) {
		PartnerUnit merged = new PartnerUnit(key, name);
		for (PartnerUnit part : parts) {
			merged.headings.addAll(part.headings);
			merged.statements.addAll(part.statements);
		}
		return merged;
	}
}

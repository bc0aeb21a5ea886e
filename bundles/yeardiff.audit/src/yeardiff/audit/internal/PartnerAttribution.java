package yeardiff.audit.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.model.api.SubjectKind;

/**
 * Tells which partner (or organisation) each statement of a report is about.
 *
 * <p>Mostly that is the subject of the section the statement stands in; a theme subsection (the
 * NAVO's "Inzet Nederlandse krijgsmacht") belongs to the partner or organisation above it. But the
 * letters come with pages missing, and a missing page takes its headings along: in the 2019 report
 * the Norwegian paragraphs end up under "België en Luxemburg", in the 2021 report the German ones
 * before the first heading. So a paragraph in a partner's section, a theme's or no section that
 * names exactly one other partner, and not its section's own, is taken to be about the partner it
 * names. A paragraph naming no partner but exactly one organisation is taken to be about that
 * organisation only where the section is no partner's, or after a gap: once a paragraph opens in
 * mid-sentence ("afschrikking en verdediging, ..."), a page is missing before it, and what follows
 * in that section may belong to a heading that went with the page.</p>
 */
public final class PartnerAttribution {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+"); //$NON-NLS-1$
	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	/** Short all-capital aliases (VS, VK, EU, NAVO) are matched as written: "vs" in running text is no country. */
	private static final int ABBREVIATION_LENGTH = 5;

	private final SubjectRegistry registry;
	private final List<Name> names = new ArrayList<>();

	public PartnerAttribution(SubjectRegistry registry) {
		this.registry = registry;
		for (SubjectDefinition definition : registry.all()) {
			if (definition.kind() == SubjectKind.THEME) {
				continue;
			}
			addName(definition, definition.name());
			definition.aliases().forEach(alias -> addName(definition, alias));
		}
	}

	private void addName(SubjectDefinition definition, String name) {
		boolean abbreviation = name.length() <= ABBREVIATION_LENGTH && name.equals(name.toUpperCase(Locale.ROOT));
		names.add(new Name(definition.id(), tokens(name, abbreviation), abbreviation));
	}

	/** The partner id of every statement of the report; absent for statements about no known subject. */
	public Map<Statement, String> attribute(Report report) {
		Map<Statement, String> partners = new HashMap<>();
		for (Section section : report.getSections()) {
			collect(section, null, partners);
		}
		return partners;
	}

	private void collect(Section section, String inherited, Map<Statement, String> partners) {
		Subject subject = section.getSubject();
		String own = inherited;
		if (subject != null && subject.getKind() != SubjectKind.THEME) {
			own = subject.getId();
		} else if (inherited == null && subject != null) {
			own = subject.getId();
		}
		boolean afterGap = false;
		for (Paragraph paragraph : section.getParagraphs()) {
			afterGap |= opensMidSentence(paragraph);
			String partner = reassigned(own, paragraph, afterGap);
			if (partner != null) {
				paragraph.getStatements().forEach(statement -> partners.put(statement, partner));
			}
		}
		for (Section subsection : section.getSubsections()) {
			collect(subsection, own, partners);
		}
	}

	private static boolean opensMidSentence(Paragraph paragraph) {
		if (paragraph.getStatements().isEmpty()) {
			return false;
		}
		String text = paragraph.getStatements().get(0).getText();
		return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
	}

	private String reassigned(String own, Paragraph paragraph, boolean afterGap) {
		if (own != null && kind(own) == SubjectKind.ORGANISATION && !afterGap) {
			// an organisation's section names partners in passing ("tijdens het Duitse voorzitterschap")
			return own;
		}
		StringBuilder text = new StringBuilder();
		paragraph.getStatements().forEach(statement -> text.append(statement.getText()).append(' '));
		Set<String> named = named(text.toString());
		if (own != null && named.stream().anyMatch(id -> related(id, own))) {
			return own;
		}
		List<String> partnersNamed = named.stream().filter(id -> kind(id) == SubjectKind.PARTNER).toList();
		if (partnersNamed.size() == 1) {
			return partnersNamed.get(0);
		}
		if (partnersNamed.isEmpty() && named.size() == 1 && (afterGap || own == null || kind(own) == SubjectKind.THEME)) {
			return named.iterator().next();
		}
		return own;
	}

	/** The partners and organisations a text names, composites ("België en Luxemburg") as such. */
	public Set<String> named(String text) {
		List<String> folded = tokens(text, false);
		List<String> asWritten = tokens(text, true);
		Set<String> found = new LinkedHashSet<>();
		for (Name name : names) {
			if (contains(name.abbreviation() ? asWritten : folded, name.tokens())) {
				found.add(name.id());
			}
		}
		// "België en Luxemburg" names the composite, not its members besides
		for (String id : List.copyOf(found)) {
			members(id).forEach(found::remove);
		}
		return found;
	}

	/**
	 * Whether two subjects answer for each other: the same, or a composite and one of its members
	 * (the 2019 report's "België en Luxemburg" section and the Belgian frigates).
	 */
	public boolean related(String a, String b) {
		if (a == null || b == null) {
			return false;
		}
		return a.equals(b) || members(a).contains(b) || members(b).contains(a);
	}

	/** The subject's name as the letters print it, or its id when the registry does not know it. */
	public String displayName(String id) {
		return registry.byId(id).map(SubjectDefinition::name).orElse(id);
	}

	private List<String> members(String id) {
		return registry.byId(id).map(SubjectDefinition::members).orElse(List.of());
	}

	private SubjectKind kind(String id) {
		return registry.byId(id).map(SubjectDefinition::kind).orElse(SubjectKind.THEME);
	}

	private static boolean contains(List<String> text, List<String> name) {
		if (name.isEmpty()) {
			return false;
		}
		outer: for (int i = 0; i + name.size() <= text.size(); i++) {
			for (int j = 0; j < name.size(); j++) {
				if (!text.get(i + j).equals(name.get(j))) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** Words split at hyphens too, so "Noord-Noorwegen" and "NAVO-missie" name Noorwegen and the NAVO. */
	private static List<String> tokens(String text, boolean asWritten) {
		String source = asWritten ? text
				: MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(source);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private record Name(String id, List<String> tokens, boolean abbreviation) {
	}
}

package yeardiff.extract;

import static yeardiff.model.api.SubjectKind.ORGANISATION;
import static yeardiff.model.api.SubjectKind.PARTNER;
import static yeardiff.model.api.SubjectKind.THEME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.internal.Countries;
import yeardiff.extract.internal.NameKey;
import yeardiff.model.api.SubjectKind;
import yeardiff.model.util.StableIds;

/**
 * The partners, organisations and themes the letters report on, under every name the letters and
 * users give them. The letters rename their headings from year to year ("Noord-Atlantische
 * Verdragsorganisatie" in 2020, "NAVO" elsewhere, "Navo" in 2014-2016; "Overige partnerlanden" in
 * 2021): comparing years per partner needs one id behind all of those names.
 * <p>
 * The registry lists the subjects the yearly reports have had sections on, and knows more by
 * general rules rather than by sentences copied from letters:
 * <ul>
 * <li>every country, by its Dutch or English name from ICU's locale data ("Polen", "Zweden",
 * "Canada"): a new partner is a partner from its first letter on;</li>
 * <li>a heading's number ("1. België en Luxemburg", "2.3 Duitsland") and the 2012 nota's
 * "Samenwerkingsgebieden met ..." are not part of the name;</li>
 * <li>a heading on several partners ("Noorwegen en Denemarken") is filed under the first of them
 * the registry lists: the letters name the partner the section is about first and the partners it
 * works with after it, and comparing years per partner needs that partner's id. When it lists none
 * of them, the group is a subject of its own with them as its members, as België en Luxemburg is;</li>
 * <li>a heading on partners in the plural ("Partners voor specifieke thema's") opens the group of
 * other partners, "Overige multilaterale ..." the group of other multilateral frameworks;</li>
 * <li>a theme is known by its key term as well as by its name ("Bijdragen aan ..." is the deployment
 * of the armed forces, a heading on peacekeeping belongs to the reform of UN peace missions).</li>
 * </ul>
 * A heading none of these rules knows is a theme of its own ({@link #subjectOf(String)}). What users
 * teach ({@code yeardiff subject add|alias}) comes on top, through {@link #teach(TaughtSubjects)}.
 * <p>
 * English names (Germany, NATO, UK ...) are kept among the aliases so that the command line's
 * {@code --partner} and the model's subjects know them as well.
 */
public final class SubjectRegistry {

	/** A heading is a name, not a sentence: longer lines are body text that happens to start with a name. */
	private static final int MAX_HEADING_LENGTH = 120;

	/** "Noord-Atlantische Verdragsorganisatie (NAVO)": the name, then its abbreviation. */
	private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("^(.*\\S)\\s*\\(([^()]{1,60})\\)$"); //$NON-NLS-1$

	/** The 2012 nota's annex headings: "Samenwerkingsgebieden met Frankrijk", "... in de EU". */
	private static final Pattern AREAS_OF_COOPERATION = Pattern.compile("^samenwerkingsgebieden (?:met|in) (?:de |het )?(.+)$"); //$NON-NLS-1$

	/** "Noorwegen en Denemarken", "Polen, Litouwen en Letland": the names of several partners. */
	private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*|\\s+en\\s+"); //$NON-NLS-1$

	/** A heading ends at a colon: "Samenwerkingspartners: criteria als leidraad, niet als dogma". */
	private static final Pattern SUBTITLE = Pattern.compile("^([^:]{2,}?)\\s*:\\s+\\S.*$"); //$NON-NLS-1$

	/** Words of a heading on partners in the plural, which groups the sections after it. */
	private static final Set<String> PARTNERS_WORDS = Set.of("partners", "partnerlanden", "partnerships"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String OTHER_PARTNERS = "overige-partners"; //$NON-NLS-1$
	private static final String OTHER_MULTILATERAL = "overige-multilaterale-verbanden"; //$NON-NLS-1$
	private static final String OTHER_MULTILATERAL_START = "overige multilaterale "; //$NON-NLS-1$

	/**
	 * Themes by their key terms, each a word of the heading (name key, hyphens as spaces), the first
	 * theme with a word in the heading winning: an ordered list, so every run reads a heading alike.
	 */
	private static final List<Map.Entry<String, List<String>>> THEME_TERMS = List.of(
			Map.entry("vn-vredesmissies", List.of("vredesmissies", "vredesoperaties", "peacekeeping")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("inzet-krijgsmacht", List.of("inzet", "bijdrage", "bijdragen", "missiebijdragen")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Map.entry("nieuwe-uitdagingen", List.of("uitdagingen"))); //$NON-NLS-1$ //$NON-NLS-2$

	private static final SubjectRegistry STANDARD = new SubjectRegistry(List.of(
			partner("belgie-luxemburg", "België en Luxemburg", List.of("België-Luxemburg", "Belgium and Luxembourg", "BeLux"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					List.of("belgie", "luxemburg")), //$NON-NLS-1$ //$NON-NLS-2$
			partner("belgie", "België", List.of("Belgium")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("luxemburg", "Luxemburg", List.of("Luxembourg")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("duitsland", "Duitsland", List.of("Germany")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("frankrijk", "Frankrijk", List.of("France")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("noorwegen", "Noorwegen", List.of("Norway")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("verenigd-koninkrijk", "Verenigd Koninkrijk", List.of("VK", "United Kingdom", "UK", "Groot-Brittannië"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					List.of()),
			partner("verenigde-staten", "Verenigde Staten", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("VS", "Verenigde Staten van Amerika", "United States", "US", "USA"), List.of()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			partner("suriname", "Suriname", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			partner("israel", "Israël", List.of("Israel")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme(OTHER_PARTNERS, "Overige partnerlanden", List.of("Overige partners", "Other partners")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("europese-unie", "Europese Unie", List.of("EU", "European Union")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			theme("pesco", "Permanent gestructureerde samenwerking", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("PESCO", "Permanent Structured Cooperation")), //$NON-NLS-1$ //$NON-NLS-2$
			theme("militaire-mobiliteit", "Militaire mobiliteit", List.of("Military Mobility")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("europees-defensiefonds", "Europees Defensiefonds", List.of("EDF", "European Defence Fund")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			theme("edidp", "European Defence Industrial Development Programme", List.of("EDIDP")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("eu-navo-samenwerking", "EU-NAVO samenwerking", List.of("EU-NAVO-samenwerking", "EU-NATO cooperation")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			theme("strategisch-kompas", "Strategisch Kompas", List.of("Strategic Compass")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("meerjarig-financieel-kader", "Meerjarig Financieel Kader", List.of("MFK", "Multiannual Financial Framework")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			organisation("navo", "NAVO", List.of("Noord-Atlantische Verdragsorganisatie", "NATO", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"North Atlantic Treaty Organization")), //$NON-NLS-1$
			theme("lastenverdeling", "Lastenverdeling", List.of("Burden sharing")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("capaciteitsdoelstellingen", "Capaciteitsdoelstellingen", List.of("Capaciteitendoelstellingen", "Capability targets")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			theme("inzet-krijgsmacht", "Inzet Nederlandse krijgsmacht", List.of("Deployment")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("nieuwe-uitdagingen", "Nieuwe ontwikkelingen en uitdagingen", List.of("Nieuwe uitdagingen")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("verenigde-naties", "Verenigde Naties", List.of("VN", "United Nations", "UN")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			theme("vn-vredesmissies", "Hervorming en modernisering VN-vredesmissies", List.of("UN peacekeeping")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("missies-en-operaties", "Missies en operaties", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			theme("overig", "Overig", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			theme("covid-19", "COVID-19", List.of("COVID-19-crisis")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("ovse", "OVSE", List.of("Organisatie voor Veiligheid en Samenwerking in Europa", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"Organisatie van Veiligheid en Samenwerking in Europa", "OSCE", //$NON-NLS-1$ //$NON-NLS-2$
					"Organization for Security and Co-operation in Europe")), //$NON-NLS-1$
			theme(OTHER_MULTILATERAL, "Overige multilaterale verbanden", List.of("Other multilateral frameworks")), //$NON-NLS-1$ //$NON-NLS-2$
			organisation("northern-group", "Northern Group", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			organisation("jef", "Joint Expeditionary Force", List.of("JEF")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("ei2", "European Intervention Initiative", List.of("EI2", "Europees Interventie-initiatief")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			theme("inleiding", "Inleiding", List.of("Aanleiding", "Introduction")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final Map<String, SubjectDefinition> byId = new LinkedHashMap<>();
	private final Map<String, SubjectDefinition> byName = new HashMap<>();

	private SubjectRegistry(List<SubjectDefinition> definitions) {
		for (SubjectDefinition definition : definitions) {
			add(definition);
		}
	}

	private void add(SubjectDefinition definition) {
		byId.put(definition.id(), definition);
		byName.put(NameKey.of(definition.name()), definition);
		for (String alias : definition.aliases()) {
			byName.put(NameKey.of(alias), definition);
		}
	}

	/** The subjects of the yearly reports on international military cooperation (Kamerstuk 33 279). */
	public static SubjectRegistry standard() {
		return STANDARD;
	}

	/**
	 * This registry with what a user taught on top: new subjects, and names of existing ones (a
	 * subject the registry knows by a rule only, such as a country, may get names too).
	 */
	public SubjectRegistry teach(TaughtSubjects taught) {
		SubjectRegistry registry = new SubjectRegistry(all());
		for (TaughtSubjects.Lesson lesson : taught.lessons()) {
			SubjectDefinition known = registry.byId(lesson.id()).orElse(null);
			if (lesson.kind() == TaughtSubjects.Kind.ADD && known == null) {
				SubjectKind kind = Countries.code(lesson.name()).isPresent() ? PARTNER : THEME;
				registry.add(new SubjectDefinition(lesson.id(), lesson.name(), kind, List.of(), List.of()));
			} else if (known != null) {
				List<String> aliases = new ArrayList<>(known.aliases());
				if (!aliases.contains(lesson.name()) && !known.name().equals(lesson.name())) {
					aliases.add(lesson.name());
				}
				registry.add(new SubjectDefinition(known.id(), known.name(), known.kind(), aliases, known.members()));
			}
		}
		return registry;
	}

	/**
	 * The subject a heading line names. The whole heading must be a known name (case, diacritics,
	 * hyphens and spacing aside; its number, if any, left off), optionally followed by its
	 * abbreviation in parentheses or a parenthesised remark; or a country's name; or several
	 * partners' names; or a heading the rules of this class recognise. A body sentence that merely
	 * mentions a partner does not match.
	 */
	public Optional<SubjectDefinition> match(String heading) {
		Optional<SubjectDefinition> named = matchName(heading);
		if (named.isPresent()) {
			return named;
		}
		String line = title(heading);
		return line == null ? Optional.empty() : byTerm(line);
	}

	/** The subject a heading line names by name: {@link #match(String)} without the rules on words. */
	private Optional<SubjectDefinition> matchName(String heading) {
		String line = title(heading);
		if (line == null) {
			return Optional.empty();
		}
		Optional<SubjectDefinition> named = byHeadingName(line);
		if (named.isPresent()) {
			return named;
		}
		Matcher abbreviated = TRAILING_ABBREVIATION.matcher(line);
		if (abbreviated.matches()) {
			named = byHeadingName(abbreviated.group(1));
			if (named.isPresent()) {
				return named;
			}
			named = byName(abbreviated.group(2));
			if (named.isPresent()) {
				return named;
			}
		}
		return severalPartners(abbreviated.matches() ? abbreviated.group(1) : line);
	}

	/** The heading without its number, or null when it cannot be a heading. */
	private static String title(String heading) {
		String line = HeadingNumber.of(heading).title();
		return line.isEmpty() || line.length() > MAX_HEADING_LENGTH || line.endsWith(".") ? null : line; //$NON-NLS-1$
	}

	/**
	 * The subject of a heading: the one it {@linkplain #match(String) names}, else a theme of its
	 * own, named by the heading up to a colon and identified by that name's slug, so that the same
	 * heading in another year's letter gets the same id.
	 */
	public SubjectDefinition subjectOf(String heading) {
		return match(heading).orElseGet(() -> {
			String title = HeadingNumber.of(heading).title();
			Matcher subtitled = SUBTITLE.matcher(title);
			String name = subtitled.matches() ? subtitled.group(1) : title;
			return new SubjectDefinition(StableIds.slug(name), name, THEME, List.of(), List.of());
		});
	}

	/**
	 * Whether the registry lists this subject (the yearly reports' subjects and those users taught),
	 * rather than knowing it by a rule only: a heading on a subject it does not list is news.
	 */
	public boolean lists(SubjectDefinition definition) {
		return byId.containsKey(definition.id());
	}

	private Optional<SubjectDefinition> byHeadingName(String name) {
		Optional<SubjectDefinition> named = byName(name);
		if (named.isPresent()) {
			return named;
		}
		Matcher areas = AREAS_OF_COOPERATION.matcher(NameKey.of(name));
		return areas.matches() ? byName(areas.group(1)) : Optional.empty();
	}

	/** The subject of this name: listed, or a country. */
	private Optional<SubjectDefinition> byName(String name) {
		SubjectDefinition definition = byName.get(NameKey.of(name));
		if (definition != null) {
			return Optional.of(definition);
		}
		return Countries.code(name).map(SubjectRegistry::country);
	}

	/** The groups and themes known by a word of the heading: see the class comment. */
	private Optional<SubjectDefinition> byTerm(String line) {
		String key = NameKey.of(line);
		List<String> words = Arrays.asList(key.split("[\\s;,:()'\"]+")); //$NON-NLS-1$
		if (key.startsWith(OTHER_MULTILATERAL_START)) {
			return byId(OTHER_MULTILATERAL);
		}
		if (words.stream().anyMatch(PARTNERS_WORDS::contains)) {
			return byId(OTHER_PARTNERS);
		}
		for (Map.Entry<String, List<String>> theme : THEME_TERMS) {
			if (theme.getValue().stream().anyMatch(words::contains)) {
				return byId(theme.getKey());
			}
		}
		return Optional.empty();
	}

	/**
	 * "Noorwegen en Denemarken", "Samenwerkingsgebieden met Noorwegen en Denemarken": the first listed
	 * partner, else the group as a subject of its own.
	 */
	private Optional<SubjectDefinition> severalPartners(String line) {
		Matcher areas = AREAS_OF_COOPERATION.matcher(NameKey.of(line));
		String names = areas.matches() ? areas.group(1) : NameKey.of(line);
		String[] parts = LIST_SEPARATOR.split(names);
		if (parts.length < 2) {
			return Optional.empty();
		}
		List<SubjectDefinition> partners = new ArrayList<>();
		for (String part : parts) {
			Optional<SubjectDefinition> partner = byName(part).filter(found -> found.kind() == PARTNER);
			if (partner.isEmpty()) {
				return Optional.empty();
			}
			partners.add(partner.get());
		}
		for (SubjectDefinition partner : partners) {
			if (lists(partner)) {
				return Optional.of(partner);
			}
		}
		List<String> members = partners.stream().map(SubjectDefinition::id).toList();
		String name = String.join(" en ", partners.stream().map(SubjectDefinition::name).toList()); //$NON-NLS-1$
		return Optional.of(new SubjectDefinition(String.join("-", members), name, PARTNER, List.of(), members)); //$NON-NLS-1$
	}

	/** A country the registry does not list, by its Dutch name, with its English name as alias. */
	private static SubjectDefinition country(String code) {
		String name = Countries.dutchName(code);
		String english = Countries.englishName(code);
		return new SubjectDefinition(StableIds.slug(name), name, PARTNER, english.equals(name) ? List.of() : List.of(english), List.of());
	}

	/**
	 * The subject a user means: an id ({@code verenigd-koninkrijk}), a name or an alias in Dutch
	 * or English ({@code UK}, {@code Germany}, {@code NATO}), case and diacritics aside, or any
	 * country's name.
	 */
	public Optional<SubjectDefinition> resolve(String userInput) {
		String input = userInput.strip();
		Optional<SubjectDefinition> definition = byId(input.toLowerCase(Locale.ROOT));
		return definition.isPresent() ? definition : byName(input);
	}

	/** The subject with this id: a listed one, or a country by the slug of its Dutch name ({@code polen}). */
	public Optional<SubjectDefinition> byId(String id) {
		SubjectDefinition definition = byId.get(id);
		if (definition != null) {
			return Optional.of(definition);
		}
		return Countries.code(id.replace('-', ' ')).map(SubjectRegistry::country).filter(country -> country.id().equals(id));
	}

	/** All listed subjects, in the order the yearly reports treat them, then those users added. */
	public List<SubjectDefinition> all() {
		return List.copyOf(byId.values());
	}

	private static SubjectDefinition partner(String id, String name, List<String> aliases) {
		return partner(id, name, aliases, List.of());
	}

	private static SubjectDefinition partner(String id, String name, List<String> aliases, List<String> members) {
		return new SubjectDefinition(id, name, PARTNER, aliases, members);
	}

	private static SubjectDefinition organisation(String id, String name, List<String> aliases) {
		return new SubjectDefinition(id, name, ORGANISATION, aliases, List.of());
	}

	private static SubjectDefinition theme(String id, String name, List<String> aliases) {
		return new SubjectDefinition(id, name, THEME, aliases, List.of());
	}
}

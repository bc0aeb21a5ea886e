package yeardiff.extract;

import static yeardiff.model.api.SubjectKind.ORGANISATION;
import static yeardiff.model.api.SubjectKind.PARTNER;
import static yeardiff.model.api.SubjectKind.THEME;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.internal.NameKey;

/**
 * The partners, organisations and themes the letters report on, under every name the letters and
 * users give them. The letters rename their headings from year to year ("Noord-Atlantische
 * Verdragsorganisatie" in 2020, "NAVO" elsewhere; "Overige partnerlanden" in 2021): comparing years
 * per partner needs one id behind all of those names.
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

	private static final SubjectRegistry STANDARD = new SubjectRegistry(List.of(
			partner("belgie-luxemburg", "België en Luxemburg", List.of("België-Luxemburg", "Belgium and Luxembourg", "BeLux"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					List.of("belgie", "luxemburg")), //$NON-NLS-1$ //$NON-NLS-2$
			partner("belgie", "België", List.of("Belgium")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("luxemburg", "Luxemburg", List.of("Luxembourg")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("duitsland", "Duitsland", List.of("Germany")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("frankrijk", "Frankrijk", List.of("France")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			partner("noorwegen", "Noorwegen", List.of("Noorwegen en Denemarken", "Norway")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			partner("verenigd-koninkrijk", "Verenigd Koninkrijk", List.of("VK", "United Kingdom", "UK", "Groot-Brittannië"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					List.of()),
			partner("verenigde-staten", "Verenigde Staten", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("VS", "Verenigde Staten van Amerika", "United States", "US", "USA"), List.of()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			partner("suriname", "Suriname", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			partner("israel", "Israël", List.of("Israel")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("overige-partners", "Overige partnerlanden", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("Overige partners", "Overige NAVO- en EU-partners; gelieerde partners", "Partners voor specifieke thema's", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							"Other partners")), //$NON-NLS-1$
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
			theme("inzet-krijgsmacht", "Inzet Nederlandse krijgsmacht", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("Bijdragen aan de Enhanced Forward Presence en NATO Response Force")), //$NON-NLS-1$
			theme("nieuwe-uitdagingen", "Nieuwe ontwikkelingen en uitdagingen", List.of("Nieuwe uitdagingen")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("verenigde-naties", "Verenigde Naties", List.of("VN", "United Nations", "UN")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			theme("vn-vredesmissies", "Hervorming en modernisering VN-vredesmissies", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("Conferentie ter voorbereiding van de UN Peacekeeping Ministerial")), //$NON-NLS-1$
			theme("missies-en-operaties", "Missies en operaties", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			theme("overig", "Overig", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			theme("covid-19", "COVID-19", List.of("COVID-19-crisis")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("ovse", "OVSE", List.of("Organisatie voor Veiligheid en Samenwerking in Europa", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"Organisatie van Veiligheid en Samenwerking in Europa", "OSCE", //$NON-NLS-1$ //$NON-NLS-2$
					"Organization for Security and Co-operation in Europe")), //$NON-NLS-1$
			theme("overige-multilaterale-verbanden", "Overige multilaterale verbanden", //$NON-NLS-1$ //$NON-NLS-2$
					List.of("Overige multilaterale samenwerkingsgebieden")), //$NON-NLS-1$
			organisation("northern-group", "Northern Group", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			organisation("jef", "Joint Expeditionary Force", List.of("JEF")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			organisation("ei2", "European Intervention Initiative", List.of("EI2", "Europees Interventie-initiatief")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			theme("inleiding", "Inleiding", List.of("Introduction")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			theme("samenwerking-dient-een-doel", "Samenwerking staat niet op zichzelf, maar dient een doel", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			theme("samenwerkingspartners", "Samenwerkingspartners: criteria als leidraad, niet als dogma", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
			theme("verankering", "Verankering", List.of()))); //$NON-NLS-1$ //$NON-NLS-2$

	private final Map<String, SubjectDefinition> byId = new LinkedHashMap<>();
	private final Map<String, SubjectDefinition> byName = new HashMap<>();

	private SubjectRegistry(List<SubjectDefinition> definitions) {
		for (SubjectDefinition definition : definitions) {
			byId.put(definition.id(), definition);
			byName.put(NameKey.of(definition.name()), definition);
			for (String alias : definition.aliases()) {
				byName.put(NameKey.of(alias), definition);
			}
		}
	}

	/** The subjects of the yearly reports on international military cooperation (Kamerstuk 33 279). */
	public static SubjectRegistry standard() {
		return STANDARD;
	}

	/**
	 * The subject a heading line names. The whole heading must be a known name (case, diacritics,
	 * hyphens and spacing aside), optionally followed by its abbreviation in parentheses or a
	 * parenthesised remark, or be one of the 2012 nota's "Samenwerkingsgebieden met ..." headings: a
	 * body sentence that merely mentions a partner does not match.
	 */
	public Optional<SubjectDefinition> match(String heading) {
		String line = heading.strip();
		if (line.isEmpty() || line.length() > MAX_HEADING_LENGTH || line.endsWith(".")) { //$NON-NLS-1$
			return Optional.empty();
		}
		Optional<SubjectDefinition> named = byHeadingName(line);
		if (named.isPresent()) {
			return named;
		}
		Matcher abbreviated = TRAILING_ABBREVIATION.matcher(line);
		if (abbreviated.matches()) {
			named = byHeadingName(abbreviated.group(1));
			return named.isPresent() ? named : byHeadingName(abbreviated.group(2));
		}
		return Optional.empty();
	}

	private Optional<SubjectDefinition> byHeadingName(String name) {
		String key = NameKey.of(name);
		SubjectDefinition definition = byName.get(key);
		if (definition == null) {
			Matcher areas = AREAS_OF_COOPERATION.matcher(key);
			if (areas.matches()) {
				definition = byName.get(areas.group(1));
			}
		}
		return Optional.ofNullable(definition);
	}

	/**
	 * The subject a user means: an id ({@code verenigd-koninkrijk}), a name or an alias in Dutch
	 * or English ({@code UK}, {@code Germany}, {@code NATO}), case and diacritics aside.
	 */
	public Optional<SubjectDefinition> resolve(String userInput) {
		String input = userInput.strip();
		SubjectDefinition definition = byId.get(input.toLowerCase(Locale.ROOT));
		if (definition == null) {
			definition = byName.get(NameKey.of(input));
		}
		return Optional.ofNullable(definition);
	}

	/** The subject with this id. */
	public Optional<SubjectDefinition> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** All subjects, in the order the yearly reports treat them. */
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

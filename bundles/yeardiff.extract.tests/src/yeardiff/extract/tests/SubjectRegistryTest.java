package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import yeardiff.extract.HeadingNumber;
import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;
import yeardiff.extract.TaughtSubjects;
import yeardiff.model.api.Subject;
import yeardiff.model.api.SubjectKind;
import yeardiff.samples.SampleLetter;

/** Every heading of the five letters names its subject; their body sentences name none. */
@SuppressWarnings("nls")
class SubjectRegistryTest {

	private final SubjectRegistry registry = SubjectRegistry.standard();

	/** Letter, heading as printed, subject id. */
	static Stream<Arguments> headings() {
		return Stream.of(
				arguments(SampleLetter.NOTA_2012, "Inleiding", "inleiding"),
				arguments(SampleLetter.NOTA_2012, "Samenwerkingsgebieden met Noorwegen en Denemarken (als voornaamste partners binnen de Northern Group)",
						"noorwegen"),
				arguments(SampleLetter.NOTA_2012, "Samenwerkingsgebieden met Frankrijk", "frankrijk"),
				arguments(SampleLetter.NOTA_2012, "Overige NAVO- en EU-partners; gelieerde partners", "overige-partners"),
				arguments(SampleLetter.NOTA_2012, "Partners voor specifieke thema’s", "overige-partners"),
				arguments(SampleLetter.NOTA_2012, "Samenwerkingsgebieden in de EU", "europese-unie"),
				arguments(SampleLetter.NOTA_2012, "Overige multilaterale samenwerkingsgebieden", "overige-multilaterale-verbanden"),
				arguments(SampleLetter.INTERIM_2019, "België en Luxemburg", "belgie-luxemburg"),
				arguments(SampleLetter.INTERIM_2019, "Frankrijk", "frankrijk"),
				arguments(SampleLetter.INTERIM_2019, "Noorwegen", "noorwegen"),
				arguments(SampleLetter.INTERIM_2019, "Verenigd Koninkrijk", "verenigd-koninkrijk"),
				arguments(SampleLetter.REPORT_2019, "Inleiding", "inleiding"),
				arguments(SampleLetter.REPORT_2019, "België en Luxemburg", "belgie-luxemburg"),
				arguments(SampleLetter.REPORT_2019, "Verenigd Koninkrijk", "verenigd-koninkrijk"),
				arguments(SampleLetter.REPORT_2019, "Europese Unie", "europese-unie"),
				arguments(SampleLetter.REPORT_2019, "Europees Defensiefonds", "europees-defensiefonds"),
				arguments(SampleLetter.REPORT_2019, "EU-NAVO samenwerking", "eu-navo-samenwerking"),
				arguments(SampleLetter.REPORT_2019, "Bijdragen aan de Enhanced Forward Presence en NATO Response Force", "inzet-krijgsmacht"),
				arguments(SampleLetter.REPORT_2019, "Nieuwe uitdagingen", "nieuwe-uitdagingen"),
				arguments(SampleLetter.REPORT_2020, "Inleiding", "inleiding"),
				arguments(SampleLetter.REPORT_2020, "België en Luxemburg", "belgie-luxemburg"),
				arguments(SampleLetter.REPORT_2020, "Duitsland", "duitsland"),
				arguments(SampleLetter.REPORT_2020, "Frankrijk", "frankrijk"),
				arguments(SampleLetter.REPORT_2020, "Noorwegen", "noorwegen"),
				arguments(SampleLetter.REPORT_2020, "Verenigd Koninkrijk", "verenigd-koninkrijk"),
				arguments(SampleLetter.REPORT_2020, "Verenigde Staten", "verenigde-staten"),
				arguments(SampleLetter.REPORT_2020, "Europese Unie", "europese-unie"),
				arguments(SampleLetter.REPORT_2020, "Strategisch Kompas", "strategisch-kompas"),
				arguments(SampleLetter.REPORT_2020, "Permanent gestructureerde samenwerking (PESCO)", "pesco"),
				arguments(SampleLetter.REPORT_2020, "Militaire mobiliteit", "militaire-mobiliteit"),
				arguments(SampleLetter.REPORT_2020, "European Defence Industrial Development Programme", "edidp"),
				arguments(SampleLetter.REPORT_2020, "Europees Defensiefonds", "europees-defensiefonds"),
				arguments(SampleLetter.REPORT_2020, "EU-NAVO samenwerking", "eu-navo-samenwerking"),
				arguments(SampleLetter.REPORT_2020, "Meerjarig Financieel Kader (MFK)", "meerjarig-financieel-kader"),
				arguments(SampleLetter.REPORT_2020, "Noord-Atlantische Verdragsorganisatie", "navo"),
				arguments(SampleLetter.REPORT_2020, "Lastenverdeling", "lastenverdeling"),
				arguments(SampleLetter.REPORT_2020, "Capaciteitsdoelstellingen", "capaciteitsdoelstellingen"),
				arguments(SampleLetter.REPORT_2020, "Inzet Nederlandse krijgsmacht", "inzet-krijgsmacht"),
				arguments(SampleLetter.REPORT_2020, "Nieuwe ontwikkelingen en uitdagingen", "nieuwe-uitdagingen"),
				arguments(SampleLetter.REPORT_2020, "Overig", "overig"),
				arguments(SampleLetter.REPORT_2020, "Verenigde Naties", "verenigde-naties"),
				arguments(SampleLetter.REPORT_2020, "Hervorming en modernisering VN-vredesmissies", "vn-vredesmissies"),
				arguments(SampleLetter.REPORT_2020, "Missies en operaties", "missies-en-operaties"),
				arguments(SampleLetter.REPORT_2020, "Conferentie ter voorbereiding van de UN Peacekeeping Ministerial", "vn-vredesmissies"),
				arguments(SampleLetter.REPORT_2020, "COVID-19", "covid-19"),
				arguments(SampleLetter.REPORT_2021, "Frankrijk", "frankrijk"),
				arguments(SampleLetter.REPORT_2021, "Verenigde Staten", "verenigde-staten"),
				arguments(SampleLetter.REPORT_2021, "Overige partnerlanden", "overige-partners"),
				arguments(SampleLetter.REPORT_2021, "Suriname", "suriname"),
				arguments(SampleLetter.REPORT_2021, "Verenigde Naties", "verenigde-naties"),
				arguments(SampleLetter.REPORT_2021, "Organisatie van Veiligheid en Samenwerking in Europa", "ovse"),
				arguments(SampleLetter.REPORT_2021, "Overige multilaterale verbanden", "overige-multilaterale-verbanden"));
	}

	@ParameterizedTest(name = "[{index}] {1}")
	@MethodSource("headings")
	void matchesHeadingOfLetter(SampleLetter letter, String heading, String id) {
		assertTrue(LetterText.of(letter).contains(heading), "the heading is the letter's own");
		assertEquals(Optional.of(id), registry.match(heading).map(SubjectDefinition::id));
		assertEquals(Optional.of(id), registry.match("  " + heading.toUpperCase() + " \t").map(SubjectDefinition::id), "case and spacing");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Noord-Atlantische Verdragsorganisatie (NAVO) | navo
			Europese Unie (EU)                           | europese-unie
			Israël                                       | israel
			Israel                                       | israel
			EU-NAVO-samenwerking                         | eu-navo-samenwerking
			Organisatie voor Veiligheid en Samenwerking in Europa (OVSE) | ovse
			Joint Expeditionary Force (JEF)              | jef
			European Intervention Initiative (EI2)       | ei2
			Northern Group                               | northern-group
			""")
	void matchesSpellingsOfHeadings(String heading, String id) {
		assertEquals(Optional.of(id), registry.match(heading).map(SubjectDefinition::id));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"Duitsland op korte termijn moeten besluiten over vervanging van de Tornado-",
			"Noorwegen is tevens op 20 september toegetreden tot het EI2.",
			"Frankrijk vervult Nederland hierbij een leidende rol.",
			"België en Nederland zullen samen hun mijnenbestrijdingscapaciteit en hun M-",
			"De OVSE is van blijvend belang voor de Europese veiligheid en biedt een",
			"Luxemburg, Duitsland, Frankrijk, Noorwegen, het Verenigd Koninkrijk en de",
			"Estland, Marokko, Vietnam, Jordanië en Chili.",
			"Duits JISTARC bataljon.",
			"Rapportage internationale militaire samenwerking 2019",
			"Pagina 1 van 13",
			"" })
	void doesNotMatchBodyText(String line) {
		assertEquals(Optional.empty(), registry.match(line));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Germany            | duitsland
			France             | frankrijk
			Norway             | noorwegen
			United Kingdom     | verenigd-koninkrijk
			UK                 | verenigd-koninkrijk
			VK                 | verenigd-koninkrijk
			United States      | verenigde-staten
			US                 | verenigde-staten
			USA                | verenigde-staten
			vs                 | verenigde-staten
			Belgium            | belgie
			Luxembourg         | luxemburg
			NATO               | navo
			navo               | navo
			EU                 | europese-unie
			UN                 | verenigde-naties
			belgie-luxemburg   | belgie-luxemburg
			België             | belgie
			Israel             | israel
			pesco              | pesco
			""")
	void resolvesUserInput(String input, String id) {
		assertEquals(Optional.of(id), registry.resolve(input).map(SubjectDefinition::id));
	}

	@Test
	void resolvesNothingUnknown() {
		assertEquals(Optional.empty(), registry.resolve("Atlantis"));
		assertEquals(Optional.empty(), registry.byId("Duitsland"), "ids are exact");
	}

	@Test
	void compositePartnerListsItsMembers() {
		SubjectDefinition benelux = registry.byId("belgie-luxemburg").orElseThrow();
		assertEquals(List.of("belgie", "luxemburg"), benelux.members());
		assertTrue(benelux.members().stream().allMatch(member -> registry.byId(member).isPresent()));
		assertEquals(List.of(), registry.byId("duitsland").orElseThrow().members());
	}

	@Test
	void knowsTheSubjectsOfTheReports() {
		List<String> ids = registry.all().stream().map(SubjectDefinition::id).toList();
		assertTrue(ids.containsAll(List.of("belgie-luxemburg", "belgie", "luxemburg", "duitsland", "frankrijk", "noorwegen",
				"verenigd-koninkrijk", "verenigde-staten", "suriname", "israel", "europese-unie", "navo", "verenigde-naties", "ovse",
				"northern-group", "jef", "ei2", "pesco", "militaire-mobiliteit", "europees-defensiefonds", "eu-navo-samenwerking")), ids.toString());
		assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique");
		assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*")), ids.toString());
		assertEquals(SubjectKind.PARTNER, registry.byId("israel").orElseThrow().kind());
		assertEquals(SubjectKind.ORGANISATION, registry.byId("navo").orElseThrow().kind());
		assertEquals(SubjectKind.THEME, registry.byId("pesco").orElseThrow().kind());
	}

	@Test
	void toModelCarriesIdNameKindAndAliases() {
		Subject subject = registry.byId("verenigd-koninkrijk").orElseThrow().toModel();
		assertAll(() -> assertEquals("verenigd-koninkrijk", subject.getId()),
				() -> assertEquals("Verenigd Koninkrijk", subject.getName()),
				() -> assertEquals(SubjectKind.PARTNER, subject.getKind()),
				() -> assertTrue(subject.getAliases().containsAll(List.of("VK", "United Kingdom", "UK")), subject.getAliases().toString()));
	}

	/** Countries no sample letter has a section on are partners by their Dutch or English name (ICU's locale data). */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Polen                   | polen                 | Polen
			Zweden                  | zweden                | Zweden
			Denemarken              | denemarken            | Denemarken
			Canada                  | canada                | Canada
			Zuid-Korea              | zuid-korea            | Zuid-Korea
			Bosnië en Herzegovina   | bosnie-en-herzegovina | Bosnië en Herzegovina
			Poland                  | polen                 | Polen
			4. Finland              | finland               | Finland
			""")
	void knowsEveryCountry(String heading, String id, String name) {
		SubjectDefinition country = registry.match(heading).orElseThrow();
		assertEquals(id, country.id());
		assertEquals(name, country.name());
		assertEquals(SubjectKind.PARTNER, country.kind());
		assertFalse(registry.lists(country), "known by rule, not listed: a heading on it is news");
		assertEquals(Optional.of(id), registry.byId(id).map(SubjectDefinition::id));
		assertEquals(Optional.of(id), registry.resolve(name).map(SubjectDefinition::id));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1. België en Luxemburg  | belgie-luxemburg
			2.3 Duitsland           | duitsland
			2.3. Duitsland          | duitsland
			4) Frankrijk            | frankrijk
			IV. Navo                | navo
			Navo                    | navo
			B. Europese Unie        | europese-unie
			Aanleiding              | inleiding
			""")
	void numbersAndOtherSpellings(String heading, String id) {
		assertEquals(Optional.of(id), registry.match(heading).map(SubjectDefinition::id));
	}

	@Test
	void headingNumbersHaveADepth() {
		assertEquals(new HeadingNumber(1, "België en Luxemburg"), HeadingNumber.of("1. België en Luxemburg"));
		assertEquals(new HeadingNumber(2, "Duitsland"), HeadingNumber.of("2.3 Duitsland"));
		assertEquals(new HeadingNumber(0, "2019 was een bijzonder jaar"), HeadingNumber.of("2019 was een bijzonder jaar"));
		assertEquals(new HeadingNumber(0, "50 Duitse militairen"), HeadingNumber.of("50 Duitse militairen"));
	}

	/**
	 * A section on two partners is filed under the first one the registry lists (the letters name
	 * the partner the section is about first); "Noorwegen en Denemarken" is no name of Norway.
	 * Two partners the registry does not list form a group of their own.
	 */
	@Test
	void severalPartnersInOneHeading() {
		assertEquals(Optional.empty(), registry.resolve("Noorwegen en Denemarken"));
		assertFalse(registry.byId("noorwegen").orElseThrow().aliases().contains("Noorwegen en Denemarken"));
		assertEquals(Optional.of("noorwegen"), registry.match("Noorwegen en Denemarken").map(SubjectDefinition::id));
		assertEquals(Optional.of("noorwegen"), registry.match("Denemarken en Noorwegen").map(SubjectDefinition::id));
		SubjectDefinition baltic = registry.match("Estland, Letland en Litouwen").orElseThrow();
		assertEquals("estland-letland-litouwen", baltic.id());
		assertEquals(List.of("estland", "letland", "litouwen"), baltic.members());
		assertEquals(SubjectKind.PARTNER, baltic.kind());
		assertEquals(Optional.empty(), registry.match("Polen en de Baltische staten"));
	}

	@Test
	void groupsAndThemesByTheirWords() {
		assertEquals(Optional.of("overige-partners"), registry.match("Overige NAVO- en EU-partners; gelieerde partners").map(SubjectDefinition::id));
		assertEquals(Optional.of("overige-partners"), registry.match("Partners voor specifieke thema’s").map(SubjectDefinition::id));
		assertEquals(Optional.of("overige-multilaterale-verbanden"), registry.match("Overige multilaterale samenwerkingsgebieden").map(SubjectDefinition::id));
		assertEquals(Optional.of("inzet-krijgsmacht"), registry.match("Bijdragen aan de Enhanced Forward Presence en NATO Response Force").map(SubjectDefinition::id));
		assertEquals(Optional.of("vn-vredesmissies"), registry.match("Conferentie ter voorbereiding van de UN Peacekeeping Ministerial").map(SubjectDefinition::id));
	}

	/** A heading no rule knows is a theme of its own, named by the heading up to a colon. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Samenwerking staat niet op zichzelf, maar dient een doel     | samenwerking-staat-niet-op-zichzelf-maar-dient-een-doel | Samenwerking staat niet op zichzelf, maar dient een doel
			Samenwerkingspartners: criteria als leidraad, niet als dogma | samenwerkingspartners | Samenwerkingspartners
			Verankering                                                  | verankering           | Verankering
			3.2 Cyberdefensie                                            | cyberdefensie         | Cyberdefensie
			""")
	void unknownHeadingIsAThemeOfItsOwn(String heading, String id, String name) {
		assertEquals(Optional.empty(), registry.match(heading));
		SubjectDefinition theme = registry.subjectOf(heading);
		assertEquals(id, theme.id());
		assertEquals(name, theme.name());
		assertEquals(SubjectKind.THEME, theme.kind());
	}

	@Test
	void taughtSubjectsAndAliases() {
		TaughtSubjects taught = TaughtSubjects.none().add(registry, "benelux-marine", "Admiraliteit Benelux");
		taught = taught.alias(registry.teach(taught), "verenigd-koninkrijk", "Brittannië");
		taught = taught.alias(registry.teach(taught), "polen", "Republiek Polen");
		SubjectRegistry teached = registry.teach(TaughtSubjects.parse(taught.format()));
		assertEquals(Optional.of("benelux-marine"), teached.match("Admiraliteit Benelux").map(SubjectDefinition::id));
		assertEquals(SubjectKind.THEME, teached.byId("benelux-marine").orElseThrow().kind());
		assertEquals(Optional.of("verenigd-koninkrijk"), teached.match("Brittannië").map(SubjectDefinition::id));
		assertEquals(Optional.of("polen"), teached.match("Republiek Polen").map(SubjectDefinition::id));
		assertTrue(teached.lists(teached.byId("polen").orElseThrow()), "a country taught a name is listed");
		assertEquals(Optional.empty(), registry.match("Brittannië"), "the standard registry is unchanged");
		assertEquals(teached.all().size(), registry.all().size() + 2);
	}

	@Test
	void badLessonsAreRefusedInOneLine() {
		TaughtSubjects none = TaughtSubjects.none();
		for (Runnable bad : List.<Runnable>of(() -> none.add(registry, "duitsland", "Bondsrepubliek"),
				() -> none.add(registry, "Niet Goed", "Iets"), () -> none.add(registry, "iets", "Duitsland"),
				() -> none.alias(registry, "atlantis", "Atlantis"), () -> none.alias(registry, "navo", "NATO"),
				() -> none.alias(registry, "navo", " "), () -> TaughtSubjects.parse("add\tpolen\n"))) {
			IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, bad::run);
			assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
		}
	}
}

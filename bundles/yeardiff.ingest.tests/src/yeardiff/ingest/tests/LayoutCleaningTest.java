package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.model.api.Footnote;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.samples.SampleLetter;

/**
 * The page furniture of the real letters stays out of the statements: letterheads (also where the
 * extraction interleaves them with the first lines of the body), footers, page numbers,
 * signatures, superscript remnants and footnotes; and hyphenated line ends are joined where the
 * hyphen was the typesetter's, kept where it was the writer's.
 */
class LayoutCleaningTest {

	/** Words of the letterhead, the footer, the signature and the print's page furniture. */
	private static final Pattern FURNITURE = Pattern.compile(
			"Pagina \\d|Onze referentie|Postbus|www\\.defensie\\.nl|Retouradres|Bij beantwoording|vermelden\\.|Afschrift aan|Betreft|" //$NON-NLS-1$
					+ "Staten-Generaal|MPC 58|Plein 4|Binnenhof|Kazernestraat|Den Haag \\d|BS20\\d{8}|Datum \\d|Bijleveld|De Minister van Defensie|" //$NON-NLS-1$
					+ "^\\p{Ll}{1,3}$|prioriteiten, beleidsuitgangspunten"); //$NON-NLS-1$

	static List<SampleLetter> letters() {
		return SampleLetter.all();
	}

	@ParameterizedTest
	@MethodSource("letters")
	void noStatementHoldsPageFurniture(SampleLetter letter) {
		for (String text : ImportedLetters.texts(ImportedLetters.report(letter))) {
			assertFalse(FURNITURE.matcher(text).find(), text);
		}
	}

	/**
	 * What the extraction leaves between the words: doubled or stray spaces, a footnote marker glued
	 * to its word ("beleidsstukken1", "1,48%3"), a superscript "e" standing apart from its number.
	 */
	@ParameterizedTest
	@MethodSource("letters")
	void noStatementHoldsLayoutDebris(SampleLetter letter) {
		Pattern debris = Pattern.compile("\\s\\s|^\\s|\\s$|\\p{Ll}\\p{Ll}\\d|%\\d|(?:^|\\s)e(?:\\s|$)|\\d\\s+e\\b"); //$NON-NLS-1$
		for (String text : ImportedLetters.texts(ImportedLetters.report(letter))) {
			assertFalse(debris.matcher(text).find(), text);
		}
	}

	@ParameterizedTest
	@MethodSource("letters")
	void statementPagesArePagesOfTheSource(SampleLetter letter) {
		Report report = ImportedLetters.report(letter);
		for (Statement statement : ImportedLetters.statements(report)) {
			assertTrue(report.getSource().getPages().contains(statement.getPage()), statement.getText());
		}
	}

	@Test
	void interleavedLetterheadLeavesTheOpeningIntact() {
		assertEquals("Hierbij informeer ik u over de voornaamste ontwikkelingen in de internationale defensiesamenwerking in het afgelopen jaar.", //$NON-NLS-1$
				ImportedLetters.texts(ImportedLetters.report(SampleLetter.REPORT_2021)).get(0));
		assertEquals("Hierbij informeer ik u over de stand van zaken van de internationale militaire samenwerking.", //$NON-NLS-1$
				ImportedLetters.texts(ImportedLetters.report(SampleLetter.REPORT_2019)).get(0));
	}

	@Test
	void superscriptGoesBackToItsNumber() {
		List<String> texts = ImportedLetters.texts(ImportedLetters.report(SampleLetter.REPORT_2019));
		assertTrue(texts.contains("Ook stond het hoofdkwartier van het 1e Duits-Nederlandse legerkorps in 2019 gereed voor inzet als Land Component Command (LCC) van de VJTF.")); //$NON-NLS-1$
		assertTrue(ImportedLetters.texts(ImportedLetters.report(SampleLetter.REPORT_2021)).stream()
				.anyMatch(text -> text.contains("van de Nederlandse 43e Gemechaniseerde Brigade en de Duitse 1. Panzerdivision, is"))); //$NON-NLS-1$
	}

	@Test
	void footnotesAreKeptApartWithoutTheirMarkers() {
		Report report = ImportedLetters.report(SampleLetter.REPORT_2020);
		List<Footnote> notes = report.getFootnotes();
		assertEquals(List.of(1, 2, 3), notes.stream().map(Footnote::getNumber).toList());
		assertEquals(List.of(8, 8, 11), notes.stream().map(Footnote::getPage).toList());
		assertEquals("Reageren op externe conflicten en crises, capaciteitsopbouw van partners en het beschermen van de EU en haar burgers.", //$NON-NLS-1$
				notes.get(1).getText());
		assertEquals("De stijging ten opzichte van het afgelopen jaar houdt grotendeels verband met de verwachte krimp van de economie als gevolg van de COVID-19 crisis.", //$NON-NLS-1$
				notes.get(2).getText());
		assertTrue(notes.get(0).getText().startsWith("Te weten de Defensievisie 2035, de kabinetsreactie op het AIV-briefadvies «Europese veiligheid: tijd voor nieuwe stappen»")); //$NON-NLS-1$
		assertTrue(notes.get(0).getText().endsWith("door de Directie Internationaal Onderzoek en Beleidsevaluatie van Ministerie van Buitenlandse Zaken.")); //$NON-NLS-1$
		List<String> texts = ImportedLetters.texts(report);
		assertTrue(texts.contains("In 2020 is in verschillende beleidsstukken aangegeven dat Nederland gaat inzetten op een zelfredzamer Europa.")); //$NON-NLS-1$
		assertTrue(texts.contains("Het doel van het Strategisch Kompas is om de drie algemeen geformuleerde prioriteiten van de EU Global Strategy van 2016 te vertalen naar concrete, gedeelde ambities en prioriteiten.")); //$NON-NLS-1$
		assertTrue(texts.stream().anyMatch(text -> text.contains("is de verwachting dat Nederland in 2020 een bbp-percentage van 1,48% haalt wat betreft de defensie-uitgaven"))); //$NON-NLS-1$
		assertTrue(texts.contains("De dreigingsanalyse vormt een belangrijk hulpmiddel om op politiek niveau in het Strategisch Kompas tot de juiste prioriteiten te komen.")); //$NON-NLS-1$
		assertTrue(texts.stream().noneMatch(text -> text.startsWith("Te weten") || text.startsWith("Reageren op externe"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void sentenceRunsOnAcrossPagesAndPastFootnotes() {
		List<String> texts = ImportedLetters.texts(ImportedLetters.report(SampleLetter.REPORT_2020));
		assertTrue(texts.contains("Als eerste stap in dit proces heeft de Single Intelligence Analysis Capacity (SIAC) van de EU in november 2020 een gemeenschappelijke dreigingsanalyse gepresenteerd.")); //$NON-NLS-1$
		assertTrue(texts.contains("Er blijft behoefte aan meer capaciteit om aan militaire inzet te kunnen doen.")); //$NON-NLS-1$
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"REPORT_2020 | In verband met de COVID-19 crisis waren fysieke ontmoetingen in 2020 nagenoeg onmogelijk", //$NON-NLS-1$
			"REPORT_2020 | opnieuw af te stemmen op de Europese niet-nucleaire NAVO bondgenoten.", //$NON-NLS-1$
			"REPORT_2020 | met gezamenlijke en geïntegreerde staven, opleidingen, trainingen en operaties", //$NON-NLS-1$
			"REPORT_2020 | De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers", //$NON-NLS-1$
			"REPORT_2020 | Na de acht Nederlandse F-35»s die eerder in Fort Worth (TX) van de band rolden", //$NON-NLS-1$
			"REPORT_2020 | Na een intensief trainingsprogramma in de tweede helft van 2020", //$NON-NLS-1$
			"REPORT_2020 | In 2024 zullen de defensie-uitgaven stijgen tot 8,3 miljard NOK", //$NON-NLS-1$
			"REPORT_2020 | de Nederlandse defensie-uitgaven na 2022 als percentage van het BBP zullen dalen", //$NON-NLS-1$
			"REPORT_2020 | toezicht te houden op het Noordpoolgebied en op die manier", //$NON-NLS-1$
			"REPORT_2020 | voor het Europees Defensiefonds (EDF), is gewerkt aan", //$NON-NLS-1$
			"REPORT_2020 | luchtverdedigingsraketten voor de Koninklijke Marine zijn grotendeels conform planning", //$NON-NLS-1$
			"REPORT_2020 | De conferentie zal voorafgaand aan de UN Peacekeeping Ministerial plaatvinden", //$NON-NLS-1$
			"REPORT_2020 | tekortkomingen bij het invullen van de toegewezen capaciteitendoelstellingen", //$NON-NLS-1$
			"REPORT_2020 | in Koeweit gestationeerd geweest", //$NON-NLS-1$
			"REPORT_2019 | over vervanging van de Tornado-jachtvliegtuigen en de aanschaf", //$NON-NLS-1$
			"REPORT_2019 | de ontwikkeling van de Duits-Nederlandse defensiesamenwerking sinds 2013", //$NON-NLS-1$
			"REPORT_2019 | de afspraken die in 2014 bij de NAVO-top in Wales zijn gemaakt", //$NON-NLS-1$
			"REPORT_2019 | in het vervullen van de NAVO-capaciteitendoelstellingen die voor Nederland gelden", //$NON-NLS-1$
			"REPORT_2019 | upgrade van het Patriot-luchtverdedigingssysteem", //$NON-NLS-1$
			"INTERIM_2019 | hun mijnenbestrijdingscapaciteit en hun M-fregatten gaan vervangen", //$NON-NLS-1$
			"NOTA_2012 | een aanpassing van het NAVO-planningsproces", //$NON-NLS-1$
			"NOTA_2012 | het versterken van Europese ISR-capaciteiten door verbeterd gebruik", //$NON-NLS-1$
			"NOTA_2012 | (faciliteiten voor) militair-maritieme opleiding en training" //$NON-NLS-1$
	})
	void lineEndHyphens(String letter, String words) {
		assertTrue(ImportedLetters.texts(ImportedLetters.report(ImportedLetters.named(letter))).stream().anyMatch(text -> text.contains(words)), words);
	}

	@ParameterizedTest
	@MethodSource("letters")
	void noWordIsLeftBroken(SampleLetter letter) {
		Pattern broken = Pattern.compile("\\p{Ll}- \\p{Ll}{3,}"); //$NON-NLS-1$
		for (String text : ImportedLetters.texts(ImportedLetters.report(letter))) {
			assertFalse(broken.matcher(text.replaceAll("\\p{L}+- (en|of|tot) ", "")).find(), text); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}

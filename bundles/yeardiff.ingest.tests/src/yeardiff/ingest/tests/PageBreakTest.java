package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import yeardiff.samples.SampleLetter;

/**
 * Every page break of the five letters, read off the letters themselves: a sentence that runs on
 * to the next page is one statement, and no statement runs across pages that are missing, even
 * where the words would seem to fit ("Daarbij kijken de" on page 1 of the nota, "leiden tot" on
 * page 3; "bezig met de gezamenlijke" on page 1 of the 2019 report, about Belgium, and
 * "digitalisering van het landoptreden" on the next page it holds, about Germany: that page and
 * the five after it all read "Pagina 2 van 13"). The statements cut off by missing pages are the
 * only unfinished ones.
 */
class PageBreakTest {

	/** A statement ends with its full stop, question mark, colon or semicolon, maybe inside a bracket or quote. */
	private static final Pattern FINISHED = Pattern.compile(".*[.!?:;][)»”’]*"); //$NON-NLS-1$

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			// the 2020 report, complete: every page runs on into the next
			"REPORT_2020 | Er blijft behoefte aan meer capaciteit om aan militaire inzet te kunnen doen.", //$NON-NLS-1$
			"REPORT_2020 | Dit jaar heeft België aangegeven zich bij deze capaciteit te willen aansluiten en bij te dragen met één SRTUAS systeem.", //$NON-NLS-1$
			"REPORT_2020 | Daarnaast zijn er nog vele andere projecten waarvan Tactical Edge Networking (TEN) zeker noemenswaardig is.", //$NON-NLS-1$
			"REPORT_2020 | Dit komt onder meer tot uiting in een grote regionale militaire presentie en een sturende diplomatieke rol.", //$NON-NLS-1$
			"REPORT_2020 | De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt al sinds de jaren zeventig jaarlijks in Noord-Noorwegen plaats, waarbij sinds januari 2020 vanaf de locatie Skjold wordt getraind.", //$NON-NLS-1$
			"REPORT_2020 | De leidende rol van de VS is in hoge mate militair randvoorwaardelijk voor onze deelname aan deze missies.", //$NON-NLS-1$
			"REPORT_2020 | Als eerste stap in dit proces heeft de Single Intelligence Analysis Capacity (SIAC) van de EU in november 2020 een gemeenschappelijke dreigingsanalyse gepresenteerd.", //$NON-NLS-1$
			"REPORT_2020 | Met hulp van de Nederlandse overheid hebben verschillende Nederlandse bedrijven en kennisinstellingen, in samenwerking met internationale partners, projectvoorstellen ingediend bij de Europese Commissie.", //$NON-NLS-1$
			"REPORT_2020 | De Europese Unie heeft daarnaast in de eerste toewijzingen van het Europees Defensie Fonds ook derde landen meegenomen.", //$NON-NLS-1$
			"REPORT_2020 | De NAVO heeft haar zorgen geuit over de toekomstige ontwikkeling van het Nederlandse defensiebudget en wijst op het feit dat, bij ongewijzigd beleid, de Nederlandse defensie-uitgaven na 2022 als percentage van het BBP zullen dalen.", //$NON-NLS-1$
			"REPORT_2020 | De Nederlandse militairen verrichten hun werkzaamheden normaliter vanuit Bagdad, maar zijn in de eerste helft van 2020, vanwege de verslechterde veiligheidssituatie, in Koeweit gestationeerd geweest.", //$NON-NLS-1$
			"REPORT_2020 | NCS-A heeft twee gevolgen voor de individuele bondgenoten: ten eerste een hogere financiële bijdrage aan Common Funding, waaruit de gezamenlijke organisatiekosten worden gefinancierd, en ten tweede een grotere personele bijdrage aan de NCS.", //$NON-NLS-1$
			"REPORT_2020 | Daarnaast heeft Defensie dit jaar getracht zich in te zetten voor de professionalisering van de veiligheidssector in fragiele staten, door actieve deelname in het VS-geleide trainingsprogramma Global Peace Operations Initiative." //$NON-NLS-1$
	})
	void sentenceRunsOnToTheNextPage(String letter, String sentence) {
		assertTrue(texts(letter).contains(sentence), sentence);
	}

	@ParameterizedTest(name = "{0}: ...{1} / {2}...")
	@CsvSource(delimiter = '|', value = {
			// the nota holds the odd pages only: 1, 3, 5 ... 15
			"NOTA_2012 | Daarbij kijken de | leiden tot vergroting van de militaire capaciteiten", //$NON-NLS-1$
			"NOTA_2012 | informatiepositie en bredere toegang tot inlichtingen. | ombuigingen oog hebben voor de bezuinigingplannen", //$NON-NLS-1$
			"NOTA_2012 | met duidelijke samenwerkingsverbanden, tijdschema’s, | Samenwerking bij de verwerving, instandhouding en training", //$NON-NLS-1$
			"NOTA_2012 | In de bijlage bij deze brief wordt de samenwerking met deze landen nader geduid. | Zoals al eerder werd opgemerkt", //$NON-NLS-1$
			"NOTA_2012 | met de verwezenlijking van de doelen van internationale militaire samenwerking. | Luchtmobiel: onderzoek naar verdergaande samenwerking", //$NON-NLS-1$
			"NOTA_2012 | het consolideren en actief verder zoeken naar nieuwe | Cyber: Defensie zoekt nadere samenwerking met de VS", //$NON-NLS-1$
			"NOTA_2012 | Estland, Marokko, Vietnam, Jordanië en Chili. | Multinational Cooperation on Munitions", //$NON-NLS-1$
			// the interim letter holds pages 1 and 3 of 4
			"INTERIM_2019 | heeft het Belgische ministerie van Defensie het Franse bedrijf op | Operations.", //$NON-NLS-1$
			// the 2019 report holds 7 of its 13 pages, footed "Pagina 1 van 13" and then six times
			// "Pagina 2 van 13"; the 2021 report 4 of its 8
			"REPORT_2019 | Daarnaast zijn België en Nederland bezig met de gezamenlijke | digitalisering van het landoptreden en de aanschaf van onderzeeboten.", //$NON-NLS-1$
			"REPORT_2019 | gereed voor inzet als Land Component Command (LCC) van de VJTF. | krijgsmacht en bestaat uit vier ambitieniveaus.", //$NON-NLS-1$
			"REPORT_2019 | te weten: (1) ontwikkeling van nieuwe | afschrikking meer aan Europese landen laten.", //$NON-NLS-1$
			"REPORT_2019 | het European Defence Industrial | partners, projectvoorstellen ingediend bij de Europese Commissie.", //$NON-NLS-1$
			"REPORT_2019 | het politieke belang dat Nederland hecht aan een goede | Afgesproken is dat eind 2019 de politieke doelstelling", //$NON-NLS-1$
			"REPORT_2021 | met de Russische Federatie. | inzetten voor aansluiting bij het Duits-Franse project Main Ground Combat System", //$NON-NLS-1$
			"REPORT_2021 | op 25 juni 2021 een Status of Forces | De Britse regering heeft in maart 2021", //$NON-NLS-1$
			"REPORT_2021 | Deze verklaring is bijgevoegd bij | afschrikking en verdediging, inclusief relevante concepten", //$NON-NLS-1$
			// a sentence that ends with its page in a complete letter
			"REPORT_2020 | concepten en voorzieningen. | Informatie-uitwisseling en samenwerking wordt geborgd" //$NON-NLS-1$
	})
	void noSentenceRunsAcrossMissingPages(String letter, String pageEnd, String nextPageStart) {
		List<String> texts = texts(letter);
		assertTrue(texts.stream().anyMatch(text -> text.endsWith(pageEnd)), pageEnd);
		assertTrue(texts.stream().anyMatch(text -> text.startsWith(nextPageStart)), nextPageStart);
		assertFalse(texts.stream().anyMatch(text -> text.contains(pageEnd + ' ' + nextPageStart)), pageEnd + ' ' + nextPageStart);
	}

	static Stream<Arguments> unfinishedStatements() {
		return Stream.of(
				Arguments.of(SampleLetter.NOTA_2012, List.of("Daarbij kijken de", "tijdschema’s,", "actief verder zoeken naar nieuwe")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Arguments.of(SampleLetter.INTERIM_2019, List.of("het Franse bedrijf op")), //$NON-NLS-1$
				Arguments.of(SampleLetter.REPORT_2019, List.of("bezig met de gezamenlijke", "(1) ontwikkeling van nieuwe", //$NON-NLS-1$ //$NON-NLS-2$
						"het European Defence Industrial", "Nederland hecht aan een goede")), //$NON-NLS-1$ //$NON-NLS-2$
				Arguments.of(SampleLetter.REPORT_2020, List.of()),
				Arguments.of(SampleLetter.REPORT_2021, List.of("een Status of Forces", "Deze verklaring is bijgevoegd bij", //$NON-NLS-1$ //$NON-NLS-2$
						"zowel in crisis- en conflictsituaties als onder de grens van"))); //$NON-NLS-1$
	}

	@ParameterizedTest
	@MethodSource("unfinishedStatements")
	void onlyMissingPagesLeaveSentencesUnfinished(SampleLetter letter, List<String> endings) {
		List<String> unfinished = ImportedLetters.texts(ImportedLetters.report(letter)).stream().filter(text -> !FINISHED.matcher(text).matches()).toList();
		assertEquals(endings.size(), unfinished.size(), unfinished.toString());
		for (int i = 0; i < endings.size(); i++) {
			assertTrue(unfinished.get(i).endsWith(endings.get(i)), unfinished.get(i));
		}
	}

	static Stream<Arguments> statementsStartingInMidSentence() {
		return Stream.of(
				Arguments.of(SampleLetter.NOTA_2012, List.of("leiden tot vergroting", "ombuigingen oog hebben")), //$NON-NLS-1$ //$NON-NLS-2$
				Arguments.of(SampleLetter.INTERIM_2019, List.of()),
				Arguments.of(SampleLetter.REPORT_2019, List.of("digitalisering van het landoptreden", "krijgsmacht en bestaat", "afschrikking meer aan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"partners, projectvoorstellen")), //$NON-NLS-1$
				Arguments.of(SampleLetter.REPORT_2020, List.of()),
				Arguments.of(SampleLetter.REPORT_2021, List.of("inzetten voor aansluiting", "afschrikking en verdediging"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@ParameterizedTest
	@MethodSource("statementsStartingInMidSentence")
	void onlyMissingPagesStartStatementsInMidSentence(SampleLetter letter, List<String> starts) {
		List<String> lowerCase = ImportedLetters.texts(ImportedLetters.report(letter)).stream().filter(text -> Character.isLowerCase(text.charAt(0))).toList();
		assertEquals(starts.size(), lowerCase.size(), lowerCase.toString());
		for (int i = 0; i < starts.size(); i++) {
			assertTrue(lowerCase.get(i).startsWith(starts.get(i)), lowerCase.get(i));
		}
	}

	private static List<String> texts(String letter) {
		return ImportedLetters.texts(ImportedLetters.report(ImportedLetters.named(letter)));
	}
}

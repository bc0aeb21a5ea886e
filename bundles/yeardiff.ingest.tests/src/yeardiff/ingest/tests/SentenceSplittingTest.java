package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * Statements are whole Dutch sentences: abbreviations, initials, ordinals, amounts, decimal
 * commas and parentheses do not end them, enumeration items do. The expected texts are copied
 * from the letters.
 */
class SentenceSplittingTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"REPORT_2019 | De in oktober aangetreden eerste minister van België, mw. Sophie Wilmès, heeft de defensiestaf de opdracht gegeven om een plan op te stellen voor de volgende federale regering, om alle capaciteitendoelstellingen van de NAVO te halen in de periode 2020-2035.", //$NON-NLS-1$
			"REPORT_2019 | Nederland is constructief-kritisch t.a.v. China en wil op basis van gedeelde belangen met China samenwerken, met oog voor ideologische verschillen.", //$NON-NLS-1$
			"REPORT_2019 | De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard (0,95% van het Bruto Binnenlands Product (BBP)).", //$NON-NLS-1$
			"REPORT_2019 | Reeds goedgekeurde projecten lopen door, maar er kunnen geen nieuwe projecten worden gestart.", //$NON-NLS-1$
			"REPORT_2019 | Daarnaast namen 50 Duitse militairen deel aan de noodhulp die Nederland in september 2019 na orkaan Dorian aan de Bahama’s bood met onder meer het Nederlandse marineschip Zr.Ms. Johan de Witt.", //$NON-NLS-1$
			"REPORT_2019 | De Britse defensiebegroting bedraagt in 2019-2020 £39,5 miljard (ongeveer €46,2 miljard, 2,1% van het BBP) en stijgt in 2020 naar £ 41,3 miljard (ongeveer €48,3 miljard, 2,1% van het BBP).", //$NON-NLS-1$
			"INTERIM_2019 | Deze brief is een tussentijdse update op de jaarlijkse rapportage over internationale militaire samenwerking (Kamerstuk 33 279, nr. 28), zoals u op 13 december jl. hebt ontvangen en ik u in december 2019 wederom zal sturen.", //$NON-NLS-1$
			"INTERIM_2019 | In het actieplan van 2018 is een aantal prioriteitsgebieden benoemd, te weten: (1) samenwerking in de Joint Expeditionary Force, (2) cyberdefensie, (3) safety, (4) de adaptieve krijgsmacht en (5) marinierssamenwerking.", //$NON-NLS-1$
			"REPORT_2020 | De defensiebegroting van de Verenigde Staten, de National Defense Authorization Act, bedroeg $ 738 miljard in het begrotingsjaar 2020, dat loopt van oktober 2019 t/m oktober 2020.", //$NON-NLS-1$
			"REPORT_2020 | Deze onderwerpen zijn in gesprekken door de Bijzonder Vertegenwoordiger ICG EDS (Generaal b.d. Middendorp) met de Europese Commissie toegelicht en zijn opgenomen in een non-paper van de Commissie ten behoeve van een meerjarig werkprogramma EDF voor de periode 2021–2027.", //$NON-NLS-1$
			"REPORT_2020 | In 2020 is doorgerekend dat met het huidige hiervoor beschikbare budget er voor slechts ca. 60% van de extra functies daadwerkelijk financiële ruimte is.", //$NON-NLS-1$
			"REPORT_2020 | De Britse scheepsbouw zal ook een flinke boost krijgen met de aanschaf van acht Type 26 en vijf type 31 fregatten en een nieuw adaptief fregat van het Type 32.", //$NON-NLS-1$
			"REPORT_2020 | De extra uitgaven voor Defensie zijn een eerste voorschot op de Britse Integrated Review, die begin 2021 gepubliceerd zal worden.", //$NON-NLS-1$
			"REPORT_2021 | Op 25 en 26 oktober jl. organiseerde Nederland samen met Pakistan een online conferentie over VN-vredesmissies, in aanloop naar de online VN ministeriële bijeenkomst over peacekeeping op 7-8 december jl.", //$NON-NLS-1$
			"REPORT_2021 | De ministeriële werd georganiseerd door Zuid-Korea met als doel politieke, materiële en personele steun van VN-lidstaten voor VN-vredesmissies te werven.", //$NON-NLS-1$
			"REPORT_2021 | Een deel van de Duits-Nederlandse tankeenheid 414 Pantserbataljon, dat deel uitmaakt van de Nederlandse 43e Gemechaniseerde Brigade en de Duitse 1. Panzerdivision, is in de tweede helft van 2021 ingezet in enhanced Forward Presence (eFP) in Litouwen (Kamerstuk 29521, nr. 420).", //$NON-NLS-1$
			"REPORT_2021 | Nederland speelt een belangrijke rol als gast- en doorvoerland voor de VS.", //$NON-NLS-1$
			"NOTA_2012 | In zijn recente rapport ‘Europese Defensiesamenwerking. Soevereiniteit en Handelingsvermogen’, constateert de AIV dat defensiesamenwerking en soevereiniteit geen tegenpolen zijn.", //$NON-NLS-1$
			"NOTA_2012 | Wat willen we bereiken (doel)?", //$NON-NLS-1$
			"NOTA_2012 | Gezamenlijke aankoop en/of sharing van militaire capaciteiten;" //$NON-NLS-1$
	})
	void sentenceOfTheLetter(String letter, String sentence) {
		List<String> texts = ImportedLetters.texts(ImportedLetters.report(ImportedLetters.named(letter)));
		assertTrue(texts.contains(sentence), sentence);
	}

	@Test
	void abbreviationsInitialsAndEnumerations() throws ImportException {
		String letter = """
				Duitsland

				De commandant, J.M. Smit, leidt o.a. de eenheid, d.w.z. ongeveer 300 militairen. Er zijn bijv. \
				fregatten ingezet (zie nr. 12 e.d.). De uitgaven stegen tot € 1,5 miljard. Daarna volgde een evaluatie:
				- de eerste fase is afgerond;
				- de tweede fase volgt in 2024.
				""";
		Report report = new ReportImporter().read(letter.getBytes(StandardCharsets.UTF_8), "brief.txt", ImportOptions.defaults().withYear(2023)); //$NON-NLS-1$
		assertEquals(List.of(
				"De commandant, J.M. Smit, leidt o.a. de eenheid, d.w.z. ongeveer 300 militairen.", //$NON-NLS-1$
				"Er zijn bijv. fregatten ingezet (zie nr. 12 e.d.).", //$NON-NLS-1$
				"De uitgaven stegen tot € 1,5 miljard.", //$NON-NLS-1$
				"Daarna volgde een evaluatie:", //$NON-NLS-1$
				"de eerste fase is afgerond;", //$NON-NLS-1$
				"de tweede fase volgt in 2024."), //$NON-NLS-1$
				ImportedLetters.texts(report));
	}

	@Test
	void statementIdsHashTheirTextWithinTheirSection() {
		Report report = ImportedLetters.report(ImportedLetters.named("REPORT_2019")); //$NON-NLS-1$
		for (Statement statement : ImportedLetters.statements(report)) {
			assertTrue(statement.getId().matches("2019/[a-z0-9-]+/[0-9a-f]{8}(-\\d+)?"), statement.getId()); //$NON-NLS-1$
		}
		assertEquals(ImportedLetters.statements(report).size(), ImportedLetters.statements(report).stream().map(Statement::getId).distinct().count());
	}
}

package yeardiff.ingest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import yeardiff.ingest.internal.LineJoiner;

/**
 * Line ends of the letters, joined by the spelling rules alone and by what the letter spells
 * elsewhere: the typesetter's hyphen goes, the writer's stays. The words the joiner knows are
 * lines of the 2020 report.
 */
class LineJoinerTest {

	private final LineJoiner joiner = new LineJoiner(List.of(
			"Daarin gaat aandacht uit naar China, Rusland, Iran, Noord-Korea en het bestrijden van terrorisme.", //$NON-NLS-1$
			"zeventig jaarlijks in Noord-Noorwegen plaats, waarbij sinds januari 2020", //$NON-NLS-1$
			"De Duitse defensie-uitgaven zijn de afgelopen jaren aanzienlijk verhoogd.", //$NON-NLS-1$
			"European Defence Industrial Development Programme (EDIDP) en het Europees Defensiefonds (EDF).")); //$NON-NLS-1$

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"toezicht te houden op het Noord- | poolgebied en op die manier | toezicht te houden op het Noordpoolgebied en op die manier", //$NON-NLS-1$
			"fysieke ontmoe- | tingen in 2020 | fysieke ontmoetingen in 2020", //$NON-NLS-1$
			"voor het Europees Defensie- | fonds (EDF), is | voor het Europees Defensiefonds (EDF), is", //$NON-NLS-1$
			"In 2024 zullen de defensie- | uitgaven stijgen | In 2024 zullen de defensie-uitgaven stijgen", //$NON-NLS-1$
			"de ontwikkeling van de Duits- | Nederlandse defensiesamenwerking | de ontwikkeling van de Duits-Nederlandse defensiesamenwerking", //$NON-NLS-1$
			"het Noord- | Atlantische Verdrag | het Noord-Atlantische Verdrag", //$NON-NLS-1$
			"de aanschaf van negen extra F- | 35's | de aanschaf van negen extra F-35's", //$NON-NLS-1$
			"ter verbetering van EU- | NAVO samenwerking | ter verbetering van EU-NAVO samenwerking", //$NON-NLS-1$
			"ten behoeve van hun VN- | uitzending. | ten behoeve van hun VN-uitzending.", //$NON-NLS-1$
			"over vervanging van de Tornado- | jachtvliegtuigen | over vervanging van de Tornado-jachtvliegtuigen", //$NON-NLS-1$
			"de samenwerking in EU-, NAVO- | en VN-verband | de samenwerking in EU-, NAVO- en VN-verband" //$NON-NLS-1$
	})
	void joinsLineEnds(String left, String right, String joined) {
		assertEquals(joined, joiner.join(left, right));
	}

	/**
	 * A text extraction of a justified, hyphenated print of a letter (as {@code pdftotext -layout}
	 * gives it): most of its line-end hyphens break words the letter spells whole elsewhere, so the
	 * ones it is silent on are the typesetter's too, while the letter's own hyphenated words and an
	 * abbreviation before a compound stay.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"gereed gemaakt in een lead nati- | on framework-concept. | gereed gemaakt in een lead nation framework-concept.", //$NON-NLS-1$
			"munitievoorraden. Na- | val Training: het | munitievoorraden. Naval Training: het", //$NON-NLS-1$
			"initiatieven: Permanent gestructureerde samenwerking (PES- | CO-landen), het | initiatieven: Permanent gestructureerde samenwerking (PESCO-landen), het", //$NON-NLS-1$
			"De Britse defensie- | uitgaven stijgen | De Britse defensie-uitgaven stijgen", //$NON-NLS-1$
			"de nauwe Duits- | Nederlandse samenwerking | de nauwe Duits-Nederlandse samenwerking", //$NON-NLS-1$
			"bijdrage aan de VN- | missies in Mali | bijdrage aan de VN-missies in Mali", //$NON-NLS-1$
			"zal de focus Irak wor - | den verlegd | zal de focus Irak worden verlegd", //$NON-NLS-1$
			"de samenwerking gaat door - | een besluit volgt | de samenwerking gaat door - een besluit volgt" //$NON-NLS-1$
	})
	void joinsLineEndsOfAHyphenatedTextExtraction(String left, String right, String joined) {
		LineJoiner measured = new LineJoiner(List.of(
				"Nederland en de partners werken aan de ontwik-", //$NON-NLS-1$
				"keling van de gezamenlijke capaciteiten. De ontwikkeling", //$NON-NLS-1$
				"van de Naval Training is in 2020 gestart; de sa-", //$NON-NLS-1$
				"menwerking in PESCO verloopt goed en de samenwerking", //$NON-NLS-1$
				"met de lead nation gaat door. De defensie-uitgaven van", //$NON-NLS-1$
				"de partners stijgen. Het project wordt gecontinu-", //$NON-NLS-1$
				"eerd: het gecontinueerd project loopt tot 2025. Er worden", //$NON-NLS-1$
				"nieuwe afspraken gemaakt."), true); //$NON-NLS-1$
		assertEquals(joined, measured.join(left, right));
	}
}

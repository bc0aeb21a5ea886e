package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * A next year's letter written for this test: the Norwegian section of the 2019 report (its
 * sentences as the letter prints them) rewritten by hand the way the ministry rewrites from year to
 * year — synonyms, clauses reordered, active made passive, figures and years moved on, one
 * sentence split in two and two merged into one. The linking has never seen these sentences; it
 * must pair each rewritten sentence with its original and nothing with the wrong one.
 */
class RewrittenSectionTest {

	private static final String ORIGINAL = String.join("\n", //
			"Rapportage internationale militaire samenwerking 2019", //$NON-NLS-1$
			"Noorwegen", //$NON-NLS-1$
			"Noorwegen wil robuustere capaciteiten aanschaffen om tegenstanders af te schrikken en snel te kunnen reageren op externe dreigingen. " //$NON-NLS-1$
					+ "Het hoge noorden en de Noord-Atlantische Oceaan nemen in het Noorse defensiebeleid een centrale plek in.", //$NON-NLS-1$
			"Nederland is een belangrijke defensiepartner voor Noorwegen. In de Noorse internationale veiligheidsstrategie worden Nederland, " //$NON-NLS-1$
					+ "Duitsland, het Verenigd Koninkrijk en de Verenigde Staten aangemerkt als strategische partners. " //$NON-NLS-1$
					+ "Noorwegen is tevens op 20 september toegetreden tot het EI2.", //$NON-NLS-1$
			"Ook in 2019 is de nauwe samenwerking met Noorwegen voortgezet. De Joint Arctic Training (koudweertraining) van het Nederlandse " //$NON-NLS-1$
					+ "Korps Mariniers vindt jaarlijks in Noord-Noorwegen plaats en vanaf januari 2020 wordt vanaf de locatie Skjold getraind. " //$NON-NLS-1$
					+ "Nederlandse mariniers oefenen reeds jaren met de Amerikaanse en Britse mariniers in Noorwegen. In 2020 trainen de " //$NON-NLS-1$
					+ "Amerikaanse, Britse en Nederlandse mariniers allemaal in de omgeving van Bardufoss. Met het oog op het intensiveren van de " //$NON-NLS-1$
					+ "samenwerking met de Noren en een efficiënt gebruik van de Noorse trainingsfaciliteiten, is nu tevens voorzien dat het Korps " //$NON-NLS-1$
					+ "Mariniers zijn jaarlijkse bergtraining in september/oktober 2020 in Noorwegen zal uitvoeren.", //$NON-NLS-1$
			"Tot slot hebben Noorwegen en Nederland in 2019 weer nauw samengewerkt op operationeel gebied. Zo leveren beide landen " //$NON-NLS-1$
					+ "militairen aan de Enhanced Forward Presence in Litouwen.", //$NON-NLS-1$
			""); //$NON-NLS-1$

	private static final String REWRITTEN = String.join("\n", //
			"Rapportage internationale militaire samenwerking 2020", //$NON-NLS-1$
			"Noorwegen", //$NON-NLS-1$
			"Om tegenstanders af te schrikken en snel op dreigingen van buitenaf te reageren, schaft Noorwegen robuustere capaciteiten aan. " //$NON-NLS-1$
					+ "Een centrale plaats in het Noorse defensiebeleid wordt ingenomen door het hoge noorden en de Noord-Atlantische Oceaan.", //$NON-NLS-1$
			"Voor Noorwegen is Nederland een belangrijke partner op defensiegebied. Nederland, Duitsland, het Verenigd Koninkrijk en de " //$NON-NLS-1$
					+ "Verenigde Staten worden in de internationale veiligheidsstrategie van Noorwegen als strategische partners aangemerkt. " //$NON-NLS-1$
					+ "Sinds september 2019 is Noorwegen lid van het EI2.", //$NON-NLS-1$
			"De hechte samenwerking met Noorwegen is ook in 2020 doorgezet. Het Nederlandse Korps Mariniers houdt zijn koudweertraining, " //$NON-NLS-1$
					+ "de Joint Arctic Training, elk jaar in Noord-Noorwegen. Sinds januari 2020 wordt daarbij getraind vanaf de locatie Skjold. " //$NON-NLS-1$
					+ "Al jaren oefenen Nederlandse mariniers in Noorwegen samen met Britse en Amerikaanse mariniers, en sinds 2020 trainen zij " //$NON-NLS-1$
					+ "allemaal rond Bardufoss. Het Korps Mariniers heeft zijn jaarlijkse bergtraining in september en oktober 2020 in Noorwegen " //$NON-NLS-1$
					+ "uitgevoerd, om de samenwerking met de Noren te intensiveren en de Noorse oefenfaciliteiten efficiënt te gebruiken.", //$NON-NLS-1$
			"Ook op operationeel gebied werkten Nederland en Noorwegen in 2020 opnieuw nauw samen. Beide landen leverden militairen aan " //$NON-NLS-1$
					+ "de enhanced Forward Presence in Litouwen.", //$NON-NLS-1$
			""); //$NON-NLS-1$

	/** Each original sentence (by a piece of it) and the pieces of its rewritten counterparts. */
	private static final String[][] PAIRS = { //
			{ "robuustere capaciteiten aanschaffen", "schaft Noorwegen robuustere capaciteiten aan" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "nemen in het Noorse defensiebeleid een centrale plek in", "wordt ingenomen door het hoge noorden" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "belangrijke defensiepartner voor Noorwegen", "belangrijke partner op defensiegebied" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "In de Noorse internationale veiligheidsstrategie", "in de internationale veiligheidsstrategie van Noorwegen" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "toegetreden tot het EI2", "lid van het EI2" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "Ook in 2019 is de nauwe samenwerking", "De hechte samenwerking met Noorwegen" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "vindt jaarlijks in Noord-Noorwegen plaats", "houdt zijn koudweertraining", "wordt daarbij getraind vanaf de locatie Skjold" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "oefenen reeds jaren met de Amerikaanse", "Al jaren oefenen Nederlandse mariniers" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "allemaal in de omgeving van Bardufoss", "Al jaren oefenen Nederlandse mariniers" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "zijn jaarlijkse bergtraining in september/oktober 2020", "heeft zijn jaarlijkse bergtraining" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "weer nauw samengewerkt op operationeel gebied", "Ook op operationeel gebied werkten" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "Zo leveren beide landen militairen", "Beide landen leverden militairen" } }; //$NON-NLS-1$ //$NON-NLS-2$

	/** Of the twelve rewritten sentences, how many the linking pairs with their original at least. */
	private static final int FOUND = 12;

	@Test
	void theLinkingPairsARewrittenSectionWithItsOriginal() {
		Report original = Letters.text(ORIGINAL, 2019);
		Report rewritten = Letters.text(REWRITTEN, 2020);
		ReportComparison comparison = new ReportComparator().compare(original, rewritten);
		int found = 0;
		List<String> wrong = new ArrayList<>();
		for (String[] pair : PAIRS) {
			Statement earlier = LabelledPairs.find(original, pair[0]);
			List<Statement> wanted = new ArrayList<>();
			for (int k = 1; k < pair.length; k++) {
				wanted.add(LabelledPairs.find(rewritten, pair[k]));
			}
			List<Statement> partners = LabelledPairs.partnersOf(comparison, earlier, true);
			if (partners.stream().anyMatch(wanted::contains)) {
				found++;
			} else if (!partners.isEmpty()) {
				wrong.add(pair[0] + " -> " + partners.get(0).getText()); //$NON-NLS-1$
			} else {
				System.out.println("Rewritten section: not paired: " + pair[0]); //$NON-NLS-1$
			}
		}
		assertEquals(List.of(), wrong, "pairs with the wrong sentence"); //$NON-NLS-1$
		assertTrue(found >= FOUND, found + " of " + PAIRS.length + " rewritten sentences paired"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

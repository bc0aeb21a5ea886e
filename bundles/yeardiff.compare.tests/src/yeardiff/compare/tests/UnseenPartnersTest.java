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
 * Two years of a letter about partners the bundled letters never had a section for (Polen,
 * Canada), written for this test in the letters' style: the second year rewords every sentence,
 * reorders them, moves figures and years on, splits one sentence in two, reports a plan done, drops
 * one subject and brings a new one. Nothing in the linking was made for these sentences, these
 * partners or their programmes; it must pair each rewritten sentence with its original, leave the
 * dropped and the new subject alone, and never pair one partner's figures with the other's. The
 * labels below were written with the text, before the comparison was run on it.
 */
class UnseenPartnersTest {

	private static final String FIRST = String.join("\n", //
			"Rapportage internationale militaire samenwerking 2022", //$NON-NLS-1$
			"Polen", //$NON-NLS-1$
			"Polen is voor Nederland een belangrijke partner aan de oostflank van het bondgenootschap. " //$NON-NLS-1$
					+ "De Poolse defensie-uitgaven bedragen in 2022 ongeveer € 13,4 miljard, ofwel 2,4% van het BBP. " //$NON-NLS-1$
					+ "De Poolse regering heeft aangekondigd dat het budget in 2023 zal stijgen tot 3% van het BBP.", //$NON-NLS-1$
			"In 2022 heeft Nederland met een Patriot-luchtverdedigingseenheid bijgedragen aan de bescherming van het Poolse " //$NON-NLS-1$
					+ "luchtruim bij Rzeszów. Daarnaast hebben Nederlandse en Poolse mariniers in het voorjaar in de Oostzee geoefend " //$NON-NLS-1$
					+ "tijdens de oefening BALTOPS. De Poolse minister van Defensie bracht in oktober een bezoek aan de vliegbasis " //$NON-NLS-1$
					+ "Gilze-Rijen.", //$NON-NLS-1$
			"Nederland en Polen verkennen samenwerking op het gebied van militaire mobiliteit langs de corridor van Rotterdam " //$NON-NLS-1$
					+ "naar Warschau. De Poolse landmacht neemt naar verwachting in 2023 de eerste K2-gevechtstanks uit Zuid-Korea in " //$NON-NLS-1$
					+ "gebruik.", //$NON-NLS-1$
			"Canada", //$NON-NLS-1$
			"Canada leidt de multinationale eFP-battlegroup in Letland, waaraan Nederland een compagnie bijdraagt. " //$NON-NLS-1$
					+ "De Canadese defensie-uitgaven komen in 2022 neer op 1,3% van het BBP. " //$NON-NLS-1$
					+ "Nederlandse en Canadese F-35-vliegers trainen samen in de Verenigde Staten.", //$NON-NLS-1$
			""); //$NON-NLS-1$

	private static final String SECOND = String.join("\n", //
			"Rapportage internationale militaire samenwerking 2023", //$NON-NLS-1$
			"Polen", //$NON-NLS-1$
			"Aan de oostflank van de NAVO is Polen een belangrijke partner voor Nederland. " //$NON-NLS-1$
					+ "In 2023 bedroeg het Poolse defensiebudget circa € 16,2 miljard. Dat komt neer op 3,9% van het BBP.", //$NON-NLS-1$
			"Het Poolse luchtruim bij Rzeszów werd tot april 2023 mede beschermd door een Nederlandse Patriot-eenheid. " //$NON-NLS-1$
					+ "Tijdens BALTOPS oefenden Poolse en Nederlandse mariniers opnieuw samen in de Oostzee. " //$NON-NLS-1$
					+ "In september 2023 ondertekenden beide ministers een intentieverklaring over samenwerking bij cyberverdediging.", //$NON-NLS-1$
			"Inmiddels zijn de eerste K2-tanks uit Zuid-Korea bij de Poolse landmacht ingestroomd. " //$NON-NLS-1$
					+ "Ook de verkenning van militaire mobiliteit op de corridor Rotterdam-Warschau is in 2023 voortgezet.", //$NON-NLS-1$
			"Canada", //$NON-NLS-1$
			"Het Canadese defensiebudget kwam in 2023 uit op 1,4% van het BBP. " //$NON-NLS-1$
					+ "In Letland draagt Nederland met een compagnie bij aan de door Canada geleide eFP-battlegroup, die in 2023 tot " //$NON-NLS-1$
					+ "een brigade wordt uitgebreid. Canadese en Nederlandse vliegers volgen hun F-35-opleiding samen in de " //$NON-NLS-1$
					+ "Verenigde Staten.", //$NON-NLS-1$
			""); //$NON-NLS-1$

	/** Each sentence of the first year (by a piece of it) and the pieces of its counterparts in the second. */
	static final String[][] PAIRS = { //
			{ "Polen is voor Nederland een belangrijke partner", "is Polen een belangrijke partner voor Nederland" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "De Poolse defensie-uitgaven bedragen in 2022", "bedroeg het Poolse defensiebudget circa", "Dat komt neer op 3,9%" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "Patriot-luchtverdedigingseenheid", "Het Poolse luchtruim bij Rzeszów" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "tijdens de oefening BALTOPS", "Tijdens BALTOPS oefenden" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "verkennen samenwerking op het gebied van militaire mobiliteit", "Ook de verkenning van militaire mobiliteit" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "de eerste K2-gevechtstanks uit Zuid-Korea", "de eerste K2-tanks uit Zuid-Korea" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "Canada leidt de multinationale eFP-battlegroup", "door Canada geleide eFP-battlegroup" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "De Canadese defensie-uitgaven komen in 2022", "Het Canadese defensiebudget kwam in 2023" }, //$NON-NLS-1$ //$NON-NLS-2$
			{ "F-35-vliegers trainen samen", "volgen hun F-35-opleiding samen" } }; //$NON-NLS-1$ //$NON-NLS-2$

	/** A subject the second year no longer speaks of, and one it speaks of for the first time. */
	private static final String DROPPED = "bracht in oktober een bezoek aan de vliegbasis"; //$NON-NLS-1$
	private static final String ADDED = "intentieverklaring over samenwerking bij cyberverdediging"; //$NON-NLS-1$

	/** Of the nine rewritten sentences, how many the linking pairs with their counterpart at least. */
	private static final int FOUND = 9;

	@Test
	void rewrittenSentencesAboutUnseenPartnersPairAndUnrelatedOnesDoNot() {
		Report first = Letters.text(FIRST, 2022);
		Report second = Letters.text(SECOND, 2023);
		ReportComparison comparison = new ReportComparator().withRepository(List.of(first, second)).compare(first, second);
		List<String> found = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (String[] pair : PAIRS) {
			List<Statement> wanted = new ArrayList<>();
			for (int k = 1; k < pair.length; k++) {
				wanted.add(LabelledPairs.find(second, pair[k]));
			}
			List<Statement> partners = LabelledPairs.partnersOf(comparison, LabelledPairs.find(first, pair[0]), true);
			if (partners.stream().anyMatch(wanted::contains)) {
				found.add(pair[0]);
			} else if (!partners.isEmpty()) {
				wrong.add(pair[0] + " -> " + partners.get(0).getText()); //$NON-NLS-1$
			}
		}
		assertEquals(List.of(), wrong, "pairs with the wrong sentence"); //$NON-NLS-1$
		assertTrue(found.size() >= FOUND, found.size() + " of " + PAIRS.length + " rewritten sentences paired: " + found); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), LabelledPairs.partnersOf(comparison, LabelledPairs.find(first, DROPPED), true), "a dropped subject is paired"); //$NON-NLS-1$
		assertEquals(List.of(), LabelledPairs.partnersOf(comparison, LabelledPairs.find(second, ADDED), false), "a new subject is paired"); //$NON-NLS-1$
	}

	@Test
	void eachUnseenPartnerIsASectionOfItsOwnAndFiguresStayWithTheirPartner() {
		Report first = Letters.text(FIRST, 2022);
		Report second = Letters.text(SECOND, 2023);
		ReportComparison comparison = new ReportComparator().withRepository(List.of(first, second)).compare(first, second);
		assertEquals(List.of("polen", "canada"), comparison.sections().stream().map(section -> section.partner()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		Statement polishBudget = LabelledPairs.find(first, "De Poolse defensie-uitgaven bedragen"); //$NON-NLS-1$
		Statement canadianBudget = LabelledPairs.find(first, "De Canadese defensie-uitgaven komen"); //$NON-NLS-1$
		assertTrue(LabelledPairs.partnersOf(comparison, polishBudget, true).stream().noneMatch(s -> s.getText().contains("Canadese"))); //$NON-NLS-1$
		assertTrue(LabelledPairs.partnersOf(comparison, canadianBudget, true).stream().noneMatch(s -> s.getText().contains("Poolse"))); //$NON-NLS-1$
	}
}

package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.export.ComparisonHtml;
import yeardiff.model.api.Report;

/**
 * The HTML page of 2019 against 2020, read back as XML, and of small reports full of markup
 * characters.
 */
class ComparisonHtmlTest {

	private static String html;
	private static HtmlPage page;

	@BeforeAll
	static void render() throws Exception {
		html = new ComparisonHtml().render(ComparedLetters.COMPARISON, ComparedLetters.REPORT_2019,
				ComparedLetters.REPORT_2020);
		page = new HtmlPage(html);
	}

	@Test
	void theBelgianBudgetPairShowsBothTextsWithTheirDifferencesMarked() throws Exception {
		Element pair = pairFrom(ComparedLetters.BUDGET_2019);
		List<Element> cells = HtmlPage.all(pair, "td"); //$NON-NLS-1$
		assertEquals(ComparedLetters.BUDGET_2020, HtmlPage.statementText(cells.get(2)));
		assertEquals("changed\u2605", cells.get(0).getTextContent()); //$NON-NLS-1$
		assertEquals("pair changed significant", pair.getAttribute("class")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(HtmlPage.all(cells.get(0), "div").isEmpty()); //$NON-NLS-1$
		assertTrue(cells.get(1).getTextContent().startsWith("p. 1 \u00b7 2019/belgie-luxemburg/"), cells.get(1)::getTextContent); //$NON-NLS-1$
		assertTrue(cells.get(2).getTextContent().startsWith("p. 1 \u00b7 2020/belgie-luxemburg/"), cells.get(2)::getTextContent); //$NON-NLS-1$
		assertTrue(HtmlPage.all(cells.get(1), "del").stream().anyMatch(del -> del.getTextContent().contains("4,9")), //$NON-NLS-1$ //$NON-NLS-2$
				cells.get(1)::getTextContent);
		assertTrue(HtmlPage.all(cells.get(2), "ins").stream().anyMatch(ins -> ins.getTextContent().contains("4,76")), //$NON-NLS-1$ //$NON-NLS-2$
				cells.get(2)::getTextContent);
		assertTrue(HtmlPage.all(cells.get(1), "ins").isEmpty());
		assertTrue(HtmlPage.all(cells.get(2), "del").isEmpty());
	}

	@Test
	void theFactChangesAreListedUnderThePair() throws Exception {
		Element pair = pairFrom(ComparedLetters.BUDGET_2019);
		Element facts = HtmlPage.all(pair, "following-sibling::tr[1]").get(0); //$NON-NLS-1$
		assertEquals("facts significant", facts.getAttribute("class")); //$NON-NLS-1$ //$NON-NLS-2$
		List<Element> changes = HtmlPage.all(facts, ".//li"); //$NON-NLS-1$
		assertEquals(List.of("€4,9 miljard \u2192 € 4,76 miljard (\u2212140 miljoen EUR)", //$NON-NLS-1$
				"\u2212 0,95% van het Bruto Binnenlands Product (BBP)"), //$NON-NLS-1$
				changes.stream().map(Element::getTextContent).toList());
		assertEquals("€4,9 miljard", HtmlPage.all(changes.get(0), "del").get(0).getTextContent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("€ 4,76 miljard", HtmlPage.all(changes.get(0), "ins").get(0).getTextContent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("0,95% van het Bruto Binnenlands Product (BBP)", //$NON-NLS-1$
				HtmlPage.all(changes.get(1), "del").get(0).getTextContent()); //$NON-NLS-1$
	}

	@Test
	void thePairStandsInItsPartnersSection() throws Exception {
		Element pair = pairFrom(ComparedLetters.BUDGET_2019);
		Element section = HtmlPage.all(pair, "ancestor::section").get(0); //$NON-NLS-1$
		assertEquals("België en Luxemburg", HtmlPage.all(section, "h2").get(0).getTextContent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("België en Luxemburg", HtmlPage.all(section, "p[@class='headings']").get(0).getTextContent()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("Status", "2019", "2020"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				HtmlPage.all(section, ".//thead/tr/th").stream().map(Element::getTextContent).toList()); //$NON-NLS-1$
	}

	@Test
	void aPartnerOnlyTheLaterReportHasIsNamedAsNotReportedBefore() throws Exception {
		Element heading = page.all("//section[h2='Frankrijk']/p[@class='headings']").get(0); //$NON-NLS-1$
		// the 2019 extraction lacks the pages of the French section
		assertEquals("(not reported) \u2192 Frankrijk", heading.getTextContent()); //$NON-NLS-1$
		// ... and the page with the German heading, but not all German text: the importer knew it by its words
		Element german = page.all("//section[h2='Duitsland']/p[@class='headings']").get(0); //$NON-NLS-1$
		assertEquals("(Duitsland) \u2192 Duitsland", german.getTextContent()); //$NON-NLS-1$
	}

	@Test
	void newAndDroppedStatementsAreShownPlainOnTheirOwnSide() throws Exception {
		Element added = pairTo("De nieuwe mijnenbestrijdingsvaartuigen zullen instromen vanaf 2024."); //$NON-NLS-1$
		List<Element> cells = HtmlPage.all(added, "td"); //$NON-NLS-1$
		assertEquals("new\u2605", cells.get(0).getTextContent()); //$NON-NLS-1$
		assertEquals("", cells.get(1).getTextContent()); //$NON-NLS-1$
		assertTrue(HtmlPage.all(cells.get(2), "ins").isEmpty());

		Element dropped = pairFrom("Reeds goedgekeurde projecten lopen door, maar er kunnen geen nieuwe projecten worden gestart."); //$NON-NLS-1$
		cells = HtmlPage.all(dropped, "td"); //$NON-NLS-1$
		assertEquals("dropped", cells.get(0).getTextContent()); //$NON-NLS-1$
		assertEquals("", cells.get(2).getTextContent()); //$NON-NLS-1$
		assertTrue(HtmlPage.all(cells.get(1), "del").isEmpty());
	}

	@Test
	void theSummaryCountsEachPartnersPairsByStatus() throws Exception {
		ReportComparison comparison = ComparedLetters.COMPARISON;
		List<Element> rows = page.all("//table[@class='summary']/tbody/tr"); //$NON-NLS-1$
		assertEquals(comparison.sections().size() + 1, rows.size());
		assertEquals(List.of("Partner", "unchanged", "reworded", "changed", "new", "dropped", "moved", "Significant"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				page.all("//table[@class='summary']/thead/tr/th").stream().map(Element::getTextContent).toList()); //$NON-NLS-1$
		long pairs = 0;
		for (int i = 0; i < comparison.sections().size(); i++) {
			SectionComparison section = comparison.sections().get(i);
			List<Element> cells = HtmlPage.all(rows.get(i), "td"); //$NON-NLS-1$
			assertEquals(section.partnerName(), cells.get(0).getTextContent());
			String anchor = HtmlPage.all(cells.get(0), "a").get(0).getAttribute("href").substring(1); //$NON-NLS-1$ //$NON-NLS-2$
			List<Element> rendered = page.all("//section[@id='" + anchor + "']//tr[starts-with(@class, 'pair ')]"); //$NON-NLS-1$ //$NON-NLS-2$
			for (PairStatus status : PairStatus.values()) {
				long shown = rendered.stream().filter(row -> row.getAttribute("class").startsWith("pair " + status.jsonName())) //$NON-NLS-1$ //$NON-NLS-2$
						.count();
				assertEquals(Long.toString(shown), cells.get(1 + status.ordinal()).getTextContent(),
						section.partnerName() + ' ' + status);
			}
			pairs += rendered.size();
		}
		List<Element> total = HtmlPage.all(rows.get(rows.size() - 1), "td"); //$NON-NLS-1$
		assertEquals("Total", total.get(0).getTextContent()); //$NON-NLS-1$
		long sum = 0;
		for (PairStatus status : PairStatus.values()) {
			sum += Long.parseLong(total.get(1 + status.ordinal()).getTextContent());
		}
		assertEquals(pairs, sum);
		assertEquals(page.all("//tr[contains(@class, 'pair ') and contains(@class, ' significant')]").size(), //$NON-NLS-1$
				Integer.parseInt(total.get(7).getTextContent()));
	}

	@Test
	void markupInTheLettersIsEscaped() throws Exception {
		Report from = SmallReports.report("2019", "Rapportage <2019> & co", "Noorwegen & <Denemarken>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"De «A & B»-groep telt <3 landen en 'veel' \"partners\"."); //$NON-NLS-1$
		Report to = SmallReports.report("2020", "Rapportage <2020> & co", "Noorwegen & <Denemarken>", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"De «A & B»-groep telt >4 landen en 'veel' \"partners\"."); //$NON-NLS-1$
		String small = new ComparisonHtml().render(SmallReports.compare(from, to), from, to);
		HtmlPage smallPage = new HtmlPage(small);
		assertEquals("Rapportage <2019> & co (2019) compared with Rapportage <2020> & co (2020)", smallPage.text("/html/head/title")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("Noorwegen & <Denemarken>", smallPage.text("//section/h2")); //$NON-NLS-1$ //$NON-NLS-2$
		List<Element> cells = smallPage.all("//tr[starts-with(@class, 'pair ')]/td"); //$NON-NLS-1$
		assertEquals("De «A & B»-groep telt <3 landen en 'veel' \"partners\".", HtmlPage.statementText(cells.get(1))); //$NON-NLS-1$
		assertEquals("De «A & B»-groep telt >4 landen en 'veel' \"partners\".", HtmlPage.statementText(cells.get(2))); //$NON-NLS-1$
		assertFalse(small.contains("<3"), small); //$NON-NLS-1$
		assertFalse(small.contains("<D"), small); //$NON-NLS-1$
		assertTrue(small.contains("«A &amp; B»"), small); //$NON-NLS-1$
	}

	@Test
	void theLettersOwnAmpersandsAndGuillemetsAreEscapedAndKept() throws Exception {
		assertTrue(html.contains("op het gebied van climate &amp; defence."), "climate & defence"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("De Belgische regering pleit voor een «effectieve Europese defensie» met een solide industriële basis ten behoeve van de Europese strategische autonomie, maar de NAVO blijft de hoeksteen van het veiligheidsbeleid.", //$NON-NLS-1$
				HtmlPage.statementText(HtmlPage.all(pairTo("De Belgische regering pleit voor een «effectieve Europese defensie» met een solide industriële basis ten behoeve van de Europese strategische autonomie, maar de NAVO blijft de hoeksteen van het veiligheidsbeleid."), "td").get(2))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void thePageNeedsNothingFromOutside() {
		String lower = html.toLowerCase(Locale.ROOT);
		assertTrue(lower.startsWith("<!doctype html>")); //$NON-NLS-1$
		assertTrue(lower.contains("<style>")); //$NON-NLS-1$
		for (String external : List.of("<script", "<link", "<img", "src=", "url(", "http:", "https:", "@import")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			assertFalse(lower.contains(external), external);
		}
	}

	@Test
	void theSameComparisonGivesTheSamePage() {
		assertEquals(html, new ComparisonHtml().render(ComparedLetters.COMPARISON, ComparedLetters.REPORT_2019,
				ComparedLetters.REPORT_2020));
	}

	private static Element pairFrom(String text) throws Exception {
		return pairWith(1, text);
	}

	private static Element pairTo(String text) throws Exception {
		return pairWith(2, text);
	}

	private static Element pairWith(int column, String text) throws Exception {
		List<Element> found = page.all("//tr[starts-with(@class, 'pair ')]").stream() //$NON-NLS-1$
				.filter(row -> HtmlPage.statementText(HtmlPage.all(row, "td").get(column)).equals(text)).toList(); //$NON-NLS-1$
		assertEquals(1, found.size(), text);
		return found.get(0);
	}
}

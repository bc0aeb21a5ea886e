package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import yeardiff.draft.DraftBuilder;
import yeardiff.draft.StaleChecks;
import yeardiff.draft.StaleFinding;
import yeardiff.model.api.Footnote;
import yeardiff.model.api.Report;
import yeardiff.model.meta.ReportFactory;
import yeardiff.testing.Letters;
import yeardiff.testing.SmallReport;
import yeardiff.export.DraftHtml;
import yeardiff.export.DraftText;

/**
 * A draft as the plain text of a letter and as an HTML page with the stale statements marked.
 */
class DraftExportTest {

	private static final String STRATEGIES = "Deze heeft in maart een Interim National Security Strategic Guidance gepubliceerd, in afwachting van de nieuwe "
			+ "National Security Strategy en National Defense Strategy die begin 2022 worden verwacht.";

	@Test
	void rendersTheLetterAsText() {
		Report previous = new SmallReport("2021", 2021, "Rapportage internationale defensiesamenwerking 2021")
				.section("inleiding", null)
				.paragraph("Hierbij informeer ik u over de samenwerking in 2021.", "Internationale samenwerking is van groot belang.")
				.section("noorwegen", "Noorwegen")
				.paragraph("Het Noorse defensiebudget bedroeg in 2021 64,5 miljard NOK.")
				.paragraph("De Joint Arctic Training vond plaats in Skjold.", "Mariniers & commando's oefenden mee.")
				.report();
		Footnote footnote = ReportFactory.eINSTANCE.createFootnote();
		footnote.setNumber(1);
		footnote.setText("Kamerstuk 33279, nr. 30.");
		previous.getFootnotes().add(footnote);

		assertEquals("""
				Rapportage internationale defensiesamenwerking 2022

				Hierbij informeer ik u over de samenwerking in 2021. Internationale samenwerking is van groot belang.

				Noorwegen

				Het Noorse defensiebudget bedroeg in 2021 64,5 miljard NOK.

				De Joint Arctic Training vond plaats in Skjold. Mariniers & commando's oefenden mee.

				__________
				1 Kamerstuk 33279, nr. 30.
				""", DraftText.render(new DraftBuilder().start(previous, 2022)));
	}

	@Test
	void rendersARealLetterWithItsHeadings() {
		String text = DraftText.render(new DraftBuilder().start(Letters.report("2021"), 2022));
		assertTrue(text.startsWith("Rapportage internationale defensiesamenwerking 2022\n\nHierbij informeer ik u over de voornaamste "
				+ "ontwikkelingen in de internationale defensiesamenwerking in het afgelopen jaar. Internationale samenwerking is van groot belang"), text);
		assertTrue(text.contains("\n\nOrganisatie van Veiligheid en Samenwerking in Europa\n\nDe OVSE is van blijvend belang voor de Europese "
				+ "veiligheid en biedt een belangrijk platform voor dialoog met Rusland hierover. De OVSE blijft intensief betrokken"), text);
	}

	@Test
	void marksTheStaleStatementsInHtml() {
		Report draft = new DraftBuilder().start(Letters.report("2021"), 2022);
		List<StaleFinding> findings = new StaleChecks().check(draft, Letters.history(), null);
		String html = DraftHtml.render(draft, findings);

		assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<title>Rapportage internationale defensiesamenwerking 2022</title>"), html);
		Matcher marks = Pattern.compile("<mark class=\"stale\" id=\"([^\"]+)\" data-kinds=\"([^\"]+)\" title=\"[^\"]+\">([^<]+)</mark>").matcher(html);
		StringBuilder marked = new StringBuilder();
		while (marks.find()) {
			marked.append(marks.group(2)).append(' ').append(marks.group(3)).append('\n');
		}
		assertEquals("due-commitment Ter versterking van de samenwerking op militaire mobiliteit besloten de ministers in 2021 tot oprichting van een "
				+ "binationaal Office for Military Mobility, dat in 2022 wordt ingericht in Ulm.\n"
				+ "due-commitment In december 2021 trad een nieuwe Duitse Bondsregering aan, die naar verwachting in 2022 nieuwe plannen zal presenteren.\n"
				+ "unchanged-fact Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).\n"
				+ "past-future " + STRATEGIES + "\n"
				+ "due-commitment Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar (3,6% BBP) en in 2022 stijgt het "
				+ "budget met 36 miljard USD naar een totaal van 768 miljard USD.\n", marked.toString());
		assertTrue(html.contains("<li><a href=\"#" + Letters.statement(draft, STRATEGIES).getId()
				+ "\">Deze heeft in maart een Interim National Security Strategic Guidance\u2026</a> <span class=\"kind\">past-future</span> "
				+ "Speaks of begin 2022 as still to come, but the report on 2022 looks back on that time: say what happened.</li>"), html);
		assertTrue(html.contains("performance, protection en safety &amp; security benadrukt."), "escaped");
		assertTrue(html.contains("<h2>Verenigde Staten</h2>"));
		assertEquals(-1, html.indexOf("<script"));
	}

	@Test
	void saysWhenNothingNeedsChecking() {
		Report draft = new DraftBuilder().start(Letters.report("2021"), 2022);
		assertTrue(DraftHtml.render(draft, List.of()).contains("<h2>Statements to check</h2>\n<p>No statement needs checking.</p>"));
	}
}

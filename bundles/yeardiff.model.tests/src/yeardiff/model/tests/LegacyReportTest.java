package yeardiff.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import yeardiff.model.api.Amount;
import yeardiff.model.api.Fact;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Share;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.meta.ReportPackage;
import yeardiff.model.resource.ReportResource;

/**
 * A repository written before facts had measures still reads: {@code fixtures/report-1.0.xmi} is
 * the 2019 report exactly as model 1.0 (namespace {@code http://yeardiff.org/model/report/1.0})
 * saved it, before this version existed.
 */
@SuppressWarnings("nls")
class LegacyReportTest {

	private static final String FIXTURE = "/fixtures/report-1.0.xmi";
	private static final String BELGIAN_BUDGET = "De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard (0,95% van het Bruto Binnenlands Product (BBP)).";

	@Test
	void reportSavedByModel10LoadsWithItsStatementsAndFacts() throws IOException {
		byte[] bytes = fixture();
		assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("xmlns:report=\"http://yeardiff.org/model/report/1.0\""),
				"the fixture is a model 1.0 file");
		Report report = ReportResource.fromBytes(bytes, Report.class);
		assertEquals("2019", report.getId());
		assertEquals("BS2019021031", report.getReference());
		Statement budget = statement(report, BELGIAN_BUDGET);
		assertNotNull(budget, "the Belgian budget statement");
		assertEquals("belgie-luxemburg", ((Section) budget.eContainer().eContainer()).getSubject().getId());
		Amount amount = (Amount) budget.getFacts().get(1);
		assertEquals(4.9e9, amount.getValue());
		assertEquals("EUR", amount.getCurrency());
		Share share = (Share) budget.getFacts().get(2);
		assertEquals(0.95, share.getValue());
		for (Fact fact : budget.getFacts()) {
			assertNull(fact.getMeasure(), "1.0 files know no measures: " + fact.getText());
		}
	}

	@Test
	void legacyReportIsSavedUnderTheCurrentNamespaceAndKeepsNewFeatures() throws IOException {
		Report report = ReportResource.fromBytes(fixture(), Report.class);
		Statement budget = statement(report, BELGIAN_BUDGET);
		var measure = ReportFactory.eINSTANCE.createMeasure();
		measure.setKind(MeasureKind.DEFENCE_BUDGET);
		budget.getFacts().get(1).setMeasure(measure);
		String saved = new String(ReportResource.toBytes(report), StandardCharsets.UTF_8);
		assertTrue(saved.contains(ReportPackage.eNS_URI), saved.substring(0, 400));
		assertFalse(saved.contains("http://yeardiff.org/model/report/1.0"));
		Report again = ReportResource.fromBytes(saved.getBytes(StandardCharsets.UTF_8), Report.class);
		assertEquals(MeasureKind.DEFENCE_BUDGET, statement(again, BELGIAN_BUDGET).getFacts().get(1).getMeasure().getKind());
	}

	private static Statement statement(Report report, String text) {
		var contents = report.eAllContents();
		while (contents.hasNext()) {
			if (contents.next() instanceof Statement statement && text.equals(statement.getText())) {
				return statement;
			}
		}
		return null;
	}

	private static byte[] fixture() throws IOException {
		try (InputStream in = LegacyReportTest.class.getResourceAsStream(FIXTURE)) {
			assertNotNull(in, FIXTURE + " on the class path");
			return in.readAllBytes();
		}
	}
}

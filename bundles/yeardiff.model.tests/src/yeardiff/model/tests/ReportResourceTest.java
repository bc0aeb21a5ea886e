package yeardiff.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.model.api.Amount;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Modality;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.api.Subject;
import yeardiff.model.api.SubjectKind;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.meta.ReportPackage;
import yeardiff.model.resource.ReportResource;
import yeardiff.model.validation.ReportConstraints;

class ReportResourceTest {

	private static final ReportFactory FACTORY = ReportFactory.eINSTANCE;
	private static final String BELGIAN_BUDGET = "De Belgische defensie-uitgaven bedragen in 2019 €4,9 miljard."; //$NON-NLS-1$

	@Test
	void sameReportSavedTwiceGivesIdenticalBytes() throws IOException {
		byte[] first = ReportResource.toBytes(belgianReport());
		byte[] second = ReportResource.toBytes(belgianReport());
		assertArrayEquals(first, second);
	}

	@Test
	void savedReportReadsBackWithItsFactsAndCommitmentReference() throws IOException {
		byte[] bytes = ReportResource.toBytes(belgianReport());
		String xml = new String(bytes, StandardCharsets.UTF_8);
		assertTrue(xml.contains(ReportPackage.eNS_URI), xml);
		assertFalse(xml.contains("xmi:uuid"), xml); //$NON-NLS-1$

		Report report = ReportResource.fromBytes(bytes, Report.class);
		Section section = report.getSections().get(0);
		assertEquals("België en Luxemburg", section.getHeading()); //$NON-NLS-1$
		assertSame(report.getSubjects().get(0), section.getSubject());
		Statement statement = section.getParagraphs().get(0).getStatements().get(0);
		assertEquals(BELGIAN_BUDGET, statement.getText());
		Amount amount = (Amount) statement.getFacts().get(0);
		assertEquals(4.9e9, amount.getValue());
		assertEquals("EUR", amount.getCurrency()); //$NON-NLS-1$
		assertEquals("€4,9 miljard", amount.getText()); //$NON-NLS-1$
		assertSame(statement.getFacts().get(1), statement.getCommitment().getDue());
	}

	@Test
	void externalEntitiesAreRefused(@TempDir Path dir) throws IOException {
		Path secret = dir.resolve("secret.txt"); //$NON-NLS-1$
		Files.writeString(secret, "TOP-SECRET-CONTENT"); //$NON-NLS-1$
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<report:Report xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:report=\"http://yeardiff.org/model/report/1.0\"" //$NON-NLS-1$
				+ " xmi:version=\"2.0\" title=\"&x;\"/>"; //$NON-NLS-1$
		IOException refused = assertThrows(IOException.class,
				() -> ReportResource.fromBytes(xml.getBytes(StandardCharsets.UTF_8), Report.class));
		assertFalse(String.valueOf(refused.getMessage()).contains("TOP-SECRET-CONTENT")); //$NON-NLS-1$
	}

	@Test
	void malformedXmiIsAnIoError() {
		assertThrows(IOException.class, () -> ReportResource.fromBytes("<report:Report".getBytes(StandardCharsets.UTF_8), //$NON-NLS-1$
				Report.class));
	}

	@Test
	void constraintsFindEmptyStatementsAndFactsOutsideTheirStatement() {
		Report report = belgianReport();
		assertEquals(Diagnostic.OK, ReportConstraints.validate(report).getSeverity());

		Statement statement = report.getSections().get(0).getParagraphs().get(0).getStatements().get(0);
		statement.getFacts().get(0).setEnd(BELGIAN_BUDGET.length() + 5);
		Diagnostic outside = ReportConstraints.validate(report);
		assertEquals(Diagnostic.ERROR, outside.getSeverity());
		assertEquals(ReportConstraints.FACT_OUTSIDE_STATEMENT, outside.getChildren().get(0).getCode());

		statement.getFacts().clear();
		statement.setCommitment(null);
		statement.setText(" "); //$NON-NLS-1$
		Diagnostic empty = ReportConstraints.validate(report);
		assertEquals(ReportConstraints.STATEMENT_WITHOUT_TEXT, empty.getChildren().get(0).getCode());
	}

	private static Report belgianReport() {
		Report report = FACTORY.createReport();
		report.setId("2019"); //$NON-NLS-1$
		report.setYear(2019);
		report.setKind(ReportKind.YEARLY);
		report.setTitle("Rapportage internationale militaire samenwerking 2019"); //$NON-NLS-1$
		Subject belgium = FACTORY.createSubject();
		belgium.setId("belgie-luxemburg"); //$NON-NLS-1$
		belgium.setName("België en Luxemburg"); //$NON-NLS-1$
		belgium.setKind(SubjectKind.PARTNER);
		report.getSubjects().add(belgium);
		Section section = FACTORY.createSection();
		section.setId("2019/belgie-luxemburg"); //$NON-NLS-1$
		section.setHeading("België en Luxemburg"); //$NON-NLS-1$
		section.setSubject(belgium);
		report.getSections().add(section);
		Paragraph paragraph = FACTORY.createParagraph();
		paragraph.setPage(1);
		section.getParagraphs().add(paragraph);
		Statement statement = FACTORY.createStatement();
		statement.setId("2019/belgie-luxemburg/1a2b3c4d"); //$NON-NLS-1$
		statement.setText(BELGIAN_BUDGET);
		statement.setPage(1);
		paragraph.getStatements().add(statement);
		Amount amount = FACTORY.createAmount();
		amount.setValue(4.9e9);
		amount.setCurrency("EUR"); //$NON-NLS-1$
		int begin = BELGIAN_BUDGET.indexOf('€');
		amount.setBegin(begin);
		amount.setEnd(begin + "€4,9 miljard".length()); //$NON-NLS-1$
		amount.setText("€4,9 miljard"); //$NON-NLS-1$
		statement.getFacts().add(amount);
		TimeRef year = FACTORY.createTimeRef();
		year.setPrecision(TimePrecision.YEAR);
		year.setYear(2019);
		year.setBegin(BELGIAN_BUDGET.indexOf("2019")); //$NON-NLS-1$
		year.setEnd(year.getBegin() + 4);
		year.setText("2019"); //$NON-NLS-1$
		statement.getFacts().add(year);
		Commitment commitment = FACTORY.createCommitment();
		commitment.setId(statement.getId() + "/c"); //$NON-NLS-1$
		commitment.setModality(Modality.ZAL);
		commitment.setDue(year);
		statement.setCommitment(commitment);
		return report;
	}
}

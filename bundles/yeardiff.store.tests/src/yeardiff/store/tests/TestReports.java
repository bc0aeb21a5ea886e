package yeardiff.store.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.emf.ecore.util.EcoreUtil;

import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.ReportKind;
import yeardiff.model.api.Section;
import yeardiff.model.api.Source;
import yeardiff.model.api.SourceKind;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.resource.ReportResource;

/**
 * Small reports built by hand, so that the store's tests do not depend on the importer: what
 * matters here is which bytes go into which commit, not how a letter is read.
 */
final class TestReports {

	static final String IMPORTER_VERSION = "1.0.0.test"; //$NON-NLS-1$

	private TestReports() {
	}

	/** A yearly report with one section holding the statements, in order. */
	static Report yearly(String id, int year, String title, String... statements) {
		return report(id, year, ReportKind.YEARLY, title, statements);
	}

	static Report report(String id, int year, ReportKind kind, String title, String... statements) {
		ReportFactory factory = ReportFactory.eINSTANCE;
		Report report = factory.createReport();
		report.setId(id);
		report.setYear(year);
		report.setKind(kind);
		report.setTitle(title);
		Source source = factory.createSource();
		source.setFileName(id + ".txt"); //$NON-NLS-1$
		source.setKind(SourceKind.TEXT);
		source.setImporterVersion(IMPORTER_VERSION);
		report.setSource(source);
		Section section = factory.createSection();
		section.setId(id + "-s1"); //$NON-NLS-1$
		section.setHeading("Duitsland"); //$NON-NLS-1$
		section.setLevel(1);
		report.getSections().add(section);
		Paragraph paragraph = factory.createParagraph();
		paragraph.setPage(1);
		section.getParagraphs().add(paragraph);
		for (int i = 0; i < statements.length; i++) {
			Statement statement = factory.createStatement();
			statement.setId(id + "-s1-" + (i + 1)); //$NON-NLS-1$
			statement.setText(statements[i]);
			statement.setPage(1);
			paragraph.getStatements().add(statement);
		}
		return report;
	}

	/** The text of the report's first statement. */
	static String firstStatement(Report report) {
		return report.getSections().get(0).getParagraphs().get(0).getStatements().get(0).getText();
	}

	/** The XMI bytes the model bundle writes for the report, computed without the store. */
	static byte[] xmi(Report report) {
		try {
			return ReportResource.toBytes(EcoreUtil.copy(report));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

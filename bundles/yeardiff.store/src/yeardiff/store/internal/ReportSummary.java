package yeardiff.store.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jgit.lib.ObjectId;

import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * The few fields of a report that a listing shows, kept beside the report's model in
 * {@code reports/<id>/summary.properties} so that listing a repository reads a few hundred bytes
 * per report instead of parsing every model. A summary names the model blob it was made from: a
 * summary that does not match the model beside it (someone committed a model with Git directly) is
 * ignored and the model parsed instead, so listings are always right.
 *
 * <p>One summary per report, rather than one index of all reports, keeps imports of different
 * reports on two machines free of merge conflicts.</p>
 *
 * @param model the id of the {@code report.xmi} blob this summary describes
 */
public record ReportSummary(String id, int year, String kind, String title, String date, String reference,
		int statements, ObjectId model) {

	private static final String ID = "id"; //$NON-NLS-1$
	private static final String YEAR = "year"; //$NON-NLS-1$
	private static final String KIND = "kind"; //$NON-NLS-1$
	private static final String TITLE = "title"; //$NON-NLS-1$
	private static final String DATE = "date"; //$NON-NLS-1$
	private static final String REFERENCE = "reference"; //$NON-NLS-1$
	private static final String STATEMENTS = "statements"; //$NON-NLS-1$
	private static final String MODEL = "model"; //$NON-NLS-1$

	/** The summary of a report whose XMI bytes have blob id {@code model}. */
	public static ReportSummary of(Report report, ObjectId model) {
		int statements = 0;
		for (TreeIterator<EObject> contents = report.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement) {
				statements++;
			}
		}
		return new ReportSummary(report.getId(), report.getYear(), report.getKind().getLiteral(), report.getTitle(),
				report.getDate(), report.getReference(), statements, model);
	}

	/**
	 * Reads a summary; {@code null} when the bytes are not one (a damaged or foreign file is
	 * treated like a missing one: the model answers instead).
	 */
	public static ReportSummary parse(byte[] bytes) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
			return new ReportSummary(properties.getProperty(ID), Integer.parseInt(properties.getProperty(YEAR)),
					properties.getProperty(KIND), properties.getProperty(TITLE), properties.getProperty(DATE),
					properties.getProperty(REFERENCE), Integer.parseInt(properties.getProperty(STATEMENTS)),
					ObjectId.fromString(properties.getProperty(MODEL)));
		} catch (IOException | IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}

	/**
	 * The summary as a properties file, UTF-8, keys in a fixed order and no time stamp: the same
	 * report always gives the same bytes, as its model does.
	 */
	public byte[] toBytes() {
		StringBuilder text = new StringBuilder();
		line(text, ID, id);
		line(text, YEAR, Integer.toString(year));
		line(text, KIND, kind);
		line(text, TITLE, title);
		line(text, DATE, date);
		line(text, REFERENCE, reference);
		line(text, STATEMENTS, Integer.toString(statements));
		line(text, MODEL, model.name());
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder text, String key, String value) {
		if (value == null) {
			return;
		}
		text.append(key).append(" = "); //$NON-NLS-1$
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> text.append("\\\\"); //$NON-NLS-1$
			case '\n' -> text.append("\\n"); //$NON-NLS-1$
			case '\r' -> text.append("\\r"); //$NON-NLS-1$
			case '\t' -> text.append("\\t"); //$NON-NLS-1$
			case '\f' -> text.append("\\f"); //$NON-NLS-1$
			case ' ' -> text.append(i == 0 ? "\\ " : " "); //$NON-NLS-1$ //$NON-NLS-2$
			default -> text.append(c);
			}
		}
		text.append('\n');
	}
}

package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import yeardiff.extract.StatementEnricher;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.DocumentReference;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/**
 * Every statement of the five sample letters enriched as before: the facts, commitment and
 * references of each, attribute by attribute, against {@code golden/facts.tsv}.
 * <p>
 * The golden file was produced once by the previous implementation of the extraction (before its
 * cue prefilters and shared lower-casing), from the statements the importer made of the five
 * letters, and checked by spot-reading a sample of its lines against the letters. It guards the
 * rewrite for speed: a change to what is extracted must show up here as a deliberate change to the
 * file. Each statement is a line {@code statement <year> <text>} followed by a line per fact,
 * one for the commitment (its due time as the index of the fact) and one per reference, the
 * fields separated by tabs.
 */
@SuppressWarnings("nls")
class EnrichedLettersTest {

	private static final String GOLDEN = "/golden/facts.tsv";
	private static final String STATEMENT = "statement";
	private static final String STATEMENT_ID = "s";
	private static final String TAB = "\t";

	/** The statements the importer made of the five letters: the file is read to its end. */
	private static final int STATEMENTS = 707;

	private final StatementEnricher enricher = new StatementEnricher();

	@Test
	void everyStatementEnrichedAsBefore() throws IOException {
		List<List<String>> cases = cases();
		assertEquals(STATEMENTS, cases.size(), "statements in the golden file");
		List<String> differences = new ArrayList<>();
		for (List<String> expected : cases) {
			String[] header = expected.get(0).split(TAB, 3);
			Statement statement = ReportFactory.eINSTANCE.createStatement();
			statement.setId(STATEMENT_ID);
			statement.setText(header[2]);
			enricher.enrich(statement, Integer.parseInt(header[1]));
			List<String> actual = describe(statement, Integer.parseInt(header[1]));
			if (!expected.equals(actual)) {
				differences.add(String.join("\n", expected) + "\n-- now --\n" + String.join("\n", actual));
			}
		}
		assertEquals(List.of(), differences);
	}

	/**
	 * The lines that describe a statement's enrichment: the statement, its facts, its commitment,
	 * its references.
	 */
	static List<String> describe(Statement statement, int reportYear) {
		List<String> lines = new ArrayList<>();
		lines.add(String.join(TAB, STATEMENT, Integer.toString(reportYear), statement.getText()));
		for (Fact fact : statement.getFacts()) {
			lines.add("fact" + TAB + attributes(fact));
		}
		Commitment commitment = statement.getCommitment();
		if (commitment != null) {
			lines.add("commitment" + TAB + attributes(commitment) + TAB + "due=" + statement.getFacts().indexOf(commitment.getDue()));
		}
		for (DocumentReference reference : statement.getReferences()) {
			lines.add("reference" + TAB + attributes(reference));
		}
		return lines;
	}

	/** The class and the set attributes of an object, in the model's order. */
	private static String attributes(EObject object) {
		StringBuilder line = new StringBuilder(object.eClass().getName());
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eIsSet(attribute)) {
				line.append(TAB).append(attribute.getName()).append('=').append(object.eGet(attribute));
			}
		}
		return line.toString();
	}

	private static List<List<String>> cases() throws IOException {
		List<List<String>> cases = new ArrayList<>();
		try (InputStream in = EnrichedLettersTest.class.getResourceAsStream(GOLDEN)) {
			assertTrue(in != null, GOLDEN + " on the class path");
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith(STATEMENT + TAB)) {
					cases.add(new ArrayList<>());
				}
				cases.get(cases.size() - 1).add(line);
			}
		}
		return cases;
	}
}

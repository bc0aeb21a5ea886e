package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.extract.StatementEnricher;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Modality;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/** The importer's one call: a statement filled from its own text, and refilled when it changes. */
@SuppressWarnings("nls")
class StatementEnricherTest {

	private final StatementEnricher enricher = new StatementEnricher();

	@Test
	void fillsFactsCommitmentAndReferences() {
		Statement statement = statement("2020/belgie-luxemburg/3", LetterSentences.FRIGATES_2020);
		enricher.enrich(statement, 2020);
		assertEquals(List.of("twee nieuwe fregatten", "2028–2029", "2030"), statement.getFacts().stream().map(Fact::getText).toList());
		assertEquals("2020/belgie-luxemburg/3/c", statement.getCommitment().getId());
		assertEquals(Modality.VOORZIEN, statement.getCommitment().getModality());
		assertSame(statement.getFacts().get(1), statement.getCommitment().getDue(), "due refers to the statement's own fact");
		assertEquals(List.of(), statement.getReferences());
	}

	@Test
	void refillsFromChangedText() {
		Statement statement = statement("2019/intro/1", LetterSentences.INTERIM_PURPOSE);
		enricher.enrich(statement, 2019);
		assertEquals("33279", statement.getReferences().get(0).getDossier());
		assertEquals("28", statement.getReferences().get(0).getNumber());
		statement.setText(LetterSentences.BELGIAN_BUDGET_2019);
		enricher.enrich(statement, 2019);
		assertEquals(List.of("2019", "€4,9 miljard", "0,95% van het Bruto Binnenlands Product (BBP)"),
				statement.getFacts().stream().map(Fact::getText).toList());
		assertNull(statement.getCommitment(), "the old commitment is gone");
		assertEquals(List.of(), statement.getReferences(), "the old reference is gone");
	}

	private static Statement statement(String id, String text) {
		Statement statement = ReportFactory.eINSTANCE.createStatement();
		statement.setId(id);
		statement.setText(text);
		return statement;
	}
}

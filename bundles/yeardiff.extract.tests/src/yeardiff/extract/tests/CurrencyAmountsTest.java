package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import yeardiff.extract.FactExtractor;
import yeardiff.extract.FactValues;
import yeardiff.extract.StatementEnricher;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Amount;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/**
 * Amounts in any currency ICU knows, by code or Dutch or English name, and a bare unit that several
 * currencies share ("kronen") told by its context: the adjective in the sentence, the country of
 * the section, a currency named before it. Sentences written the way the letters state budgets.
 */
@SuppressWarnings("nls")
class CurrencyAmountsTest {

	private final FactExtractor extractor = new FactExtractor();

	/** Sentence | the amount's words | value in base units | currency. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Het Deense defensiebudget bedraagt in 2021 4,5 miljard Deense kronen.                  | 4,5 miljard Deense kronen     | 4.5e9   | DKK
			Zweden verhoogt zijn begroting met 27 miljard Zweedse kronen tot 2025.                  | 27 miljard Zweedse kronen     | 2.7e10  | SEK
			Polen besteedt in 2022 ruim 57,8 miljard złoty aan defensie.                            | 57,8 miljard złoty            | 5.78e10 | PLN
			De Poolse regering trekt 12 miljard zloty extra uit.                                    | 12 miljard zloty              | 1.2e10  | PLN
			Zwitserland koopt F-35's voor 6 miljard Zwitserse frank.                                | 6 miljard Zwitserse frank     | 6e9     | CHF
			Japan verhoogt zijn defensiebudget tot 6.800 miljard yen.                               | 6.800 miljard yen             | 6.8e12  | JPY
			De Canadese krijgsmacht krijgt 8,1 miljard Canadese dollar extra.                       | 8,1 miljard Canadese dollar   | 8.1e9   | CAD
			De begroting bedroeg DKK 4,5 miljard in 2021.                                           | DKK 4,5 miljard               | 4.5e9   | DKK
			Het budget stijgt naar 64,5 miljard NOK (€ 6,1 miljard) in 2021.                        | 64,5 miljard NOK              | 6.45e10 | NOK
			Het Amerikaanse defensiebudget bedroeg in 2021 732 miljard US dollar.                   | 732 miljard US dollar         | 7.32e11 | USD
			Het Britse defensiebudget kwam neer op 46 miljard pond (2,5% BBP).                      | 46 miljard pond               | 4.6e10  | GBP
			Het Deense defensiebudget stijgt tot 30 miljard kronen in 2023.                         | 30 miljard kronen             | 3e10    | DKK
			De Noorse regering stelt 3,5 miljard kronen extra beschikbaar.                          | 3,5 miljard kronen            | 3.5e9   | NOK
			Zweden besteedt 90 miljard Zweedse kronen, waarvan 12 miljard kronen aan materieel.     | 12 miljard kronen             | 1.2e10  | SEK
			Het Deense budget groeit met 4 miljard Danish kroner.                                   | 4 miljard Danish kroner       | 4e9     | DKK
			""")
	void amountInAnotherCurrency(String sentence, String words, double value, String currency) {
		Fact amount = extractor.extract(sentence).stream().filter(fact -> fact.getText().equals(words)).findFirst()
				.orElseThrow(() -> new AssertionError(words + " not among " + extractor.extract(sentence).stream().map(Fact::getText).toList()));
		assertEquals("amount", FactValues.kind(amount));
		assertEquals(value, FactValues.value(amount), value * 1e-9);
		assertEquals(currency, FactValues.unit(amount));
	}

	/** "kronen" alone in a sentence that says nothing more is told by the section's partner, not always NOK. */
	@Test
	void bareKronenTakesTheSectionsCountry() {
		String sentence = "De regering stelt de komende jaren 10 miljard kronen extra beschikbaar.";
		assertEquals(List.of("DKK"), currencies(sentence, "Denemarken"));
		assertEquals(List.of("SEK"), currencies(sentence, "Zweden"));
		assertEquals(List.of("NOK"), currencies(sentence, "Noorwegen"));
		assertEquals(List.of(), currencies(sentence, "Navo"), "no country, no adjective: no amount rather than a guess");
	}

	@Test
	void wordsThatAreNoCurrencyStayNoAmount() {
		assertTrue(extractor.extract("Nederland leverde 270 militairen en 4 fregatten.").stream().noneMatch(Amount.class::isInstance));
		assertTrue(extractor.extract("De NRF 2 oefening vond plaats in 2019.").stream().noneMatch(Amount.class::isInstance));
	}

	/** The currencies of the amounts the enricher finds in the sentence, in a section about the named subject. */
	private static List<String> currencies(String sentence, String subject) {
		ReportFactory factory = ReportFactory.eINSTANCE;
		Section section = factory.createSection();
		section.setSubject(SubjectRegistry.standard().subjectOf(subject).toModel());
		Paragraph paragraph = factory.createParagraph();
		section.getParagraphs().add(paragraph);
		Statement statement = factory.createStatement();
		statement.setId("2021/x/1");
		statement.setText(sentence);
		paragraph.getStatements().add(statement);
		new StatementEnricher().enrich(statement, 2021);
		return statement.getFacts().stream().filter(Amount.class::isInstance).map(fact -> ((Amount) fact).getCurrency()).toList();
	}
}

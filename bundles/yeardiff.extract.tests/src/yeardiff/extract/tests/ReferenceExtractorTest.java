package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static yeardiff.extract.tests.LetterSentences.INTERIM_PURPOSE;
import static yeardiff.extract.tests.LetterSentences.ISR_TASK_FORCE_2021;
import static yeardiff.extract.tests.LetterSentences.NATO_PLANS_2021;
import static yeardiff.extract.tests.LetterSentences.PREPOSITIONED_STOCKS_2021;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.extract.ReferenceExtractor;
import yeardiff.model.api.DocumentReference;

/** Kamerstuk citations as the letters write them. */
@SuppressWarnings("nls")
class ReferenceExtractorTest {

	private final ReferenceExtractor extractor = new ReferenceExtractor();

	@Test
	void dossierWrittenWithSpace() {
		assertEquals(List.of("Kamerstuk 33 279, nr. 28 -> 33279/28"), references(INTERIM_PURPOSE));
	}

	@Test
	void subDossier() {
		assertEquals(List.of("Kamerstuk 21 501-28, nr. 190 -> 21501-28/190"), references("(Kamerstuk 21 501-28, nr. 190)"));
		assertEquals(List.of("Kamerstuk 21501-28, nr. 217 -> 21501-28/217"), references(PREPOSITIONED_STOCKS_2021));
	}

	@Test
	void shortFormWithHyphenatedNumber() {
		assertEquals(List.of("Kamerstuk 33279-31 -> 33279/31"), references("(Kamerstuk 33279-31)"));
	}

	@Test
	void budgetChapter() {
		assertEquals(List.of("Kamerstuk 35925 X, nr. 17 -> 35925 X/17"),
				references("System (MGCS) (Kamerstuk 35925 X, nr. 17)."));
	}

	@Test
	void severalNumbersOfOneDossier() {
		String text = "Kamerstuk 28676, nrs. 356, 371 en 376";
		assertEquals(List.of(text + " -> 28676/356", text + " -> 28676/371", text + " -> 28676/376"), references(NATO_PLANS_2021));
		assertEquals(List.of("Kamerstuk 28 676, nr. 284 en nr. 279 -> 28676/284", "Kamerstuk 28 676, nr. 284 en nr. 279 -> 28676/279"),
				references("Middels bovenstaande passage doe ik gestalte aan de toezeggingen (Kamerstuk 28 676, nr. 284 en nr. 279) uw Kamer te informeren"));
	}

	@Test
	void inSentenceOrder() {
		assertEquals(List.of("Kamerstuk 29521, nr. 426 -> 29521/426"), references(ISR_TASK_FORCE_2021));
		assertEquals(List.of("Kamerstuk 21 501-02, nr. 1888 -> 21501-02/1888", "Kamerstuk 21 501-20, nr. 1342 -> 21501-20/1342"),
				references("de afspraken die door de Raad Buitenlandse Zaken van 25 juni 2018 (Kamerstuk 21 501-02, nr. 1888) en de Europese "
						+ "Raad van 28–29 juni 2018 (Kamerstuk 21 501-20, nr. 1342) zijn gemaakt."));
	}

	@Test
	void noReferenceWithoutKamerstuk() {
		assertEquals(List.of(), references("Onze referentie BS2019021031"));
	}

	private List<String> references(String text) {
		return extractor.extract(text).stream().map(ReferenceExtractorTest::describe).toList();
	}

	private static String describe(DocumentReference reference) {
		return reference.getText() + " -> " + reference.getDossier() + "/" + reference.getNumber();
	}
}

package yeardiff.words.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import yeardiff.words.DutchWordAnalyzer;
import yeardiff.words.DutchWords;

class DutchWordsTest {

	@Test
	void foldingTakesCaseAndDiacriticsAway() {
		assertEquals("belgie en israel", DutchWords.fold("België en Israël")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void termsAreFoldedWordsWithoutFunctionWordsInTheirOrder() {
		assertEquals(List.of("belgische", "fregatten", "2019", "4,9", "miljard"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				DutchWords.terms("De Belgische fregatten worden in 2019 voor ongeveer €4,9 miljard vervangen, tevens...") //$NON-NLS-1$
						.subList(0, 5));
	}

	@Test
	void quotedEnglishFunctionWordsAreStopWordsToo() {
		assertEquals(List.of("partnership", "peace", "defence", "research", "development"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				DutchWords.terms("Partnership for Peace, Defence Research and Development")); //$NON-NLS-1$
		assertTrue(DutchWords.isStopWord("The")); //$NON-NLS-1$
		assertTrue(DutchWords.isStopWord("daarnaast")); //$NON-NLS-1$
		assertFalse(DutchWords.isStopWord("fregat")); //$NON-NLS-1$
	}

	@Test
	void pluralsAndInflectionsShareAStem() {
		assertEquals(DutchWords.stem("fregat"), DutchWords.stem("fregatten")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(DutchWords.stems("de Belgische fregatten"), DutchWords.stems("het Belgisch fregat")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2019", DutchWords.stem("2019")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theLuceneAnalyzerGivesTheSameStems() throws IOException {
		String text = "De Verenigde Staten en België leveren negen fregatten voor de NAVO."; //$NON-NLS-1$
		List<String> indexed = new ArrayList<>();
		try (DutchWordAnalyzer analyzer = new DutchWordAnalyzer(); TokenStream stream = analyzer.tokenStream("text", text)) { //$NON-NLS-1$
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				indexed.add(term.toString());
			}
			stream.end();
		}
		assertEquals(DutchWords.stems(text), indexed);
		assertTrue(indexed.contains(DutchWords.stem("belgie")), indexed.toString()); //$NON-NLS-1$
	}
}

package yeardiff.words.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

	@Test
	void compoundsSplitIntoTheWordsOfTheVocabulary() {
		// the stems of words that stand on their own elsewhere in the texts
		java.util.Set<String> vocabulary = new java.util.HashSet<>();
		for (String word : List.of("helikopter", "vliegers", "opleidingen", "mijnen", "bestrijding", "capaciteit", "bondgenoten", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"samen")) { //$NON-NLS-1$
			vocabulary.add(DutchWords.stem(word));
		}
		assertEquals(List.of(DutchWords.stem("helikopter"), DutchWords.stem("vliegers"), DutchWords.stem("opleidingen")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				DutchWords.compoundParts(DutchWords.stem("helikoptervliegeropleidingen"), vocabulary::contains)); //$NON-NLS-1$
		// a linking "s" between the parts
		List<String> parts = DutchWords.compoundParts(DutchWords.stem("mijnenbestrijdingscapaciteit"), vocabulary::contains); //$NON-NLS-1$
		assertTrue(parts.contains(DutchWords.stem("capaciteit")), parts.toString()); //$NON-NLS-1$
		assertTrue(parts.contains(DutchWords.stem("bestrijding")), parts.toString()); //$NON-NLS-1$
		// a noun made with "-schap" is about the word it is made of
		assertEquals(List.of(DutchWords.stem("bondgenoten")), DutchWords.compoundParts(DutchWords.stem("bondgenootschap"), vocabulary::contains)); //$NON-NLS-1$ //$NON-NLS-2$
		// no compound of the vocabulary's words, and no part shorter than four letters
		assertEquals(List.of(), DutchWords.compoundParts(DutchWords.stem("interoperabiliteit"), vocabulary::contains)); //$NON-NLS-1$
		assertEquals(List.of(), DutchWords.compoundParts("samenwerking", vocabulary::contains)); //$NON-NLS-1$
	}

	@Test
	void aModifierTheTextsWriteOnlyInCompoundsIsFoundWhereItBeginsSeveral() {
		// "drugs" is never a word of its own here, but begins three compounds, one of them completed
		// by a known word ("bestrijding")
		Set<String> vocabulary = Set.of(DutchWords.stem("drugsbestrijding"), DutchWords.stem("drugssmokkel"), //$NON-NLS-1$ //$NON-NLS-2$
				DutchWords.stem("drugsvangsten"), DutchWords.stem("bestrijding"), DutchWords.stem("kustwacht")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<String, String> modifiers = DutchWords.boundModifiers(vocabulary, vocabulary::contains);
		String drugs = DutchWords.leadingModifier(DutchWords.stem("drugsvangsten"), modifiers); //$NON-NLS-1$
		assertEquals(drugs, DutchWords.leadingModifier(DutchWords.stem("drugssmokkel"), modifiers)); //$NON-NLS-1$
		assertEquals(DutchWords.stem("drugs"), drugs); //$NON-NLS-1$
		// a word that begins no other, and a beginning no known word completes, is no modifier
		assertNull(DutchWords.leadingModifier(DutchWords.stem("kustwacht"), modifiers)); //$NON-NLS-1$
		Set<String> alone = Set.of(DutchWords.stem("drugsbestrijding"), DutchWords.stem("bestrijding")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Map.of(), DutchWords.boundModifiers(alone, alone::contains));
	}
}

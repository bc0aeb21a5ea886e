package yeardiff.extract.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.samples.SampleLetter;

/** The sentences the tests quote are the letters' own words, not paraphrases. */
class LetterSentencesTest {

	@Test
	void everyQuotedSentenceIsInALetter() throws IllegalAccessException {
		List<String> letters = new ArrayList<>();
		for (SampleLetter letter : SampleLetter.all()) {
			letters.add(LetterText.of(letter));
		}
		int checked = 0;
		for (Field field : LetterSentences.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String sentence = (String) field.get(null);
				assertTrue(letters.stream().anyMatch(text -> text.contains(sentence)), field.getName());
				checked++;
			}
		}
		assertTrue(checked > 50, "quoted sentences found: " + checked); //$NON-NLS-1$
	}
}

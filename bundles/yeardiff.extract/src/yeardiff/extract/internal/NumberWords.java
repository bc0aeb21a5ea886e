package yeardiff.extract.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Dutch cardinal number words ("negen", "veertien", "drieëntwintig") and their values.
 * <p>
 * The table is ICU's Dutch spell-out run backwards: {@link RuleBasedNumberFormat#parse} accepts
 * ordinals ("tweede" parses as 2) and stops inside compounds written without ICU's soft hyphens
 * ("drieëntwintig" parses as 3), while formatting every cardinal once gives exactly the words the
 * letters use.
 */
public final class NumberWords {

	/** Numbers written in words in the letters stay far below this; digits take over long before. */
	private static final int LARGEST = 1000;

	private static final String SOFT_HYPHEN = "\u00ad"; //$NON-NLS-1$

	private static final Map<String, Integer> VALUES = table();

	private NumberWords() {
	}

	/**
	 * The value of a cardinal number word, case aside; empty for any other word. One is only known
	 * stressed ("één"): unstressed "een" is the indefinite article far more often than a number.
	 */
	public static OptionalInt valueOf(String word) {
		Integer value = VALUES.get(word.toLowerCase(Locale.ROOT));
		return value == null ? OptionalInt.empty() : OptionalInt.of(value);
	}

	private static Map<String, Integer> table() {
		Map<String, Integer> table = new HashMap<>();
		RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(new ULocale("nl"), RuleBasedNumberFormat.SPELLOUT); //$NON-NLS-1$
		table.put(spellOut.format(1, "%spellout-cardinal-stressed"), 1); //$NON-NLS-1$
		for (int value = 2; value <= LARGEST; value++) {
			table.put(spellOut.format(value, "%spellout-cardinal").replace(SOFT_HYPHEN, ""), value); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Map.copyOf(table);
	}
}

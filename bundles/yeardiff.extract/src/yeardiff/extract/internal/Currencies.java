package yeardiff.extract.internal;

import java.text.Normalizer;
import java.util.Collections;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

/**
 * The names of money, from ICU's currency data: every currency by its ISO code ({@code DKK}), its
 * Dutch and English names, singular and plural ("Deense kroon", "Deense kronen", "Danish krone"),
 * and the bare unit those names end in ("kronen", "frank", "zloty", "dollar"). A bare unit may name
 * several currencies; the statement and its section tell which ({@link AmountRecognizer}).
 */
final class Currencies {

	private static final ULocale DUTCH = ULocale.forLanguageTag("nl"); //$NON-NLS-1$
	private static final ULocale ENGLISH = ULocale.ENGLISH;
	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+"); //$NON-NLS-1$
	private static final String[] PLURAL_FORMS = { "one", "other" }; //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * Currencies in use on or after this day: the letters report on current budgets, and an old currency's
	 * name ("Belgische frank") must not claim a bare unit. A fixed day keeps the reading of a letter
	 * the same from year to year.
	 */
	private static final Date IN_USE_SINCE = new GregorianCalendar(2024, 0, 1).getTime();

	/** Normalised full name to the codes it names ("euro", "deense kronen"). */
	private static final Map<String, Set<String>> BY_NAME;
	/** Normalised bare unit to the codes whose names end in it ("kronen", "dollar"). */
	private static final Map<String, Set<String>> BY_UNIT;
	/** Code to the adjectives of its Dutch and English names ("deense", "danish"). */
	private static final Map<String, Set<String>> ADJECTIVES;
	/** The codes of the currencies in use. */
	private static final Set<String> CODES;
	/** The most words a currency's name has ("Nieuwe Taiwanese dollar"). */
	private static final int MAX_WORDS = 4;

	static {
		Map<String, Set<String>> byName = new HashMap<>();
		Map<String, Set<String>> byUnit = new HashMap<>();
		Map<String, Set<String>> adjectives = new HashMap<>();
		Set<String> codes = new LinkedHashSet<>();
		for (Currency currency : Currency.getAvailableCurrencies()) {
			String code = currency.getCurrencyCode();
			if (!Currency.isAvailable(code, IN_USE_SINCE, null)) {
				continue;
			}
			codes.add(code);
			for (ULocale language : List.of(DUTCH, ENGLISH)) {
				addName(byName, byUnit, adjectives, code, currency.getName(language, Currency.LONG_NAME, null));
				for (String form : PLURAL_FORMS) {
					addName(byName, byUnit, adjectives, code, currency.getName(language, Currency.PLURAL_LONG_NAME, form, null));
				}
			}
		}
		BY_NAME = Collections.unmodifiableMap(byName);
		BY_UNIT = Collections.unmodifiableMap(byUnit);
		CODES = Collections.unmodifiableSet(codes);
		ADJECTIVES = Collections.unmodifiableMap(adjectives);
	}

	private Currencies() {
	}

	private static void addName(Map<String, Set<String>> byName, Map<String, Set<String>> byUnit, Map<String, Set<String>> adjectives,
			String code, String name) {
		if (name == null || name.indexOf('(') >= 0) {
			return;
		}
		String key = key(name);
		add(byName, code, key);
		int split = Math.max(key.lastIndexOf(' '), key.lastIndexOf('-'));
		if (split > 0) {
			add(byUnit, code, key.substring(split + 1));
			adjectives.computeIfAbsent(code, any -> new LinkedHashSet<>()).add(key.substring(0, split));
		}
	}

	private static void add(Map<String, Set<String>> byName, String code, String key) {
		byName.computeIfAbsent(key, any -> new LinkedHashSet<>()).add(code);
	}

	/** The form names are compared in: lower case, no accents, "ł" as "l" ("złoty" is "zloty"), single spaces. */
	static String key(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll(""); //$NON-NLS-1$
		plain = plain.replace('\u0142', 'l').replace('\u0141', 'L');
		return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip(); //$NON-NLS-1$
	}

	/** Whether the capitals are the ISO code of a currency in use ("DKK", not "dkk" or "NRF"). */
	static boolean isCode(String capitals) {
		return CODES.contains(capitals);
	}

	/**
	 * The codes a name may stand for, empty when it names no currency. A currency's whole name
	 * ("euro") names it even where another's ends in it ("WIR-euro"); a bare unit ("kronen") names
	 * every currency whose name ends in it.
	 */
	static Set<String> named(String name) {
		String key = key(name);
		Set<String> codes = BY_NAME.get(key);
		return codes != null ? codes : BY_UNIT.getOrDefault(key, Set.of());
	}

	/** Whether a currency's name may have this many words. */
	static int maxWords() {
		return MAX_WORDS;
	}

	/** The adjectives of the currency's names ("deense" for DKK, "noorse" for NOK). */
	static Set<String> adjectives(String code) {
		return ADJECTIVES.getOrDefault(code, Set.of());
	}

	/** The currency of a country (ISO 3166 code), or null when ICU knows none. */
	static String ofCountry(String country) {
		String[] codes = Currency.getAvailableCurrencyCodes(new ULocale("und", country), IN_USE_SINCE); //$NON-NLS-1$
		return codes == null || codes.length == 0 ? null : codes[0];
	}

}

package yeardiff.extract.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Amount;
import yeardiff.model.api.Fact;
import yeardiff.model.meta.ReportFactory;

/**
 * Money: "€4,9 miljard", "£ 39,5 miljard", "$ 738 miljard", "64,5 miljard NOK", "732 miljard US
 * dollar", "1.200 miljoen euro", "4,5 miljard Deense kronen", "12 miljard złoty", "DKK 4,5
 * miljard", in base units. Any currency ICU knows is named by its code or its Dutch or English name
 * ({@link Currencies}). A bare unit that several currencies share ("kronen", "dollar", "pond",
 * "frank") is told by its context: an adjective of one of them in the statement ("het Deense
 * budget ... 30 miljard kronen"), the country of the section the statement stands in, a currency of
 * the same unit named before it in the statement; failing those, "dollar" is the US dollar and
 * "pond" the pound sterling, as Dutch uses them, and any other bare unit is no amount. A scaled
 * number without a currency ("een stijging van 4,8 miljard") takes the currency of the amount before
 * it in the same statement: the letters only leave the currency out when it was just named.
 */
public final class AmountRecognizer extends FactRecognizer {

	private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)"; //$NON-NLS-1$
	private static final String SCALE = "(miljard|miljoen|mld\\.|mln\\.)"; //$NON-NLS-1$

	/** "€ 4,76 miljard", "DKK 4,5 miljard": a symbol, or a code before a scaled number. */
	private static final Pattern SYMBOL_FIRST = Pattern.compile(
			"(?:([€£$¥])\\s?" + NUMBER + "(?:\\s" + SCALE + ")?|(?<!\\p{L})([A-Z]{3})\\s" + NUMBER + "\\s" + SCALE + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** "64,5 miljard NOK", "1,5 miljard euro", "46 miljard pond", and a bare "4,8 miljard". */
	private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\d.,])" + NUMBER + "(?:\\s" + SCALE + ")?"); //$NON-NLS-1$ //$NON-NLS-2$

	/** A word of a currency's name: letters, with hyphens inside ("Nieuw-Zeelandse"). */
	private static final Pattern WORD = Pattern.compile("\\G[\\s\u00a0]+(\\p{L}+(?:-\\p{L}+)*)"); //$NON-NLS-1$

	private static final Pattern WORDS = Pattern.compile("[^\\p{L}-]+"); //$NON-NLS-1$

	private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "£", "GBP", "$", "USD", "¥", "JPY"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** What a bare unit means in Dutch when nothing says otherwise. */
	private static final Map<String, String> USUAL = Map.of("dollar", "USD", "dollars", "USD", "pond", "GBP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	@Override
	public void find(StatementText statement, List<Fact> facts) {
		if (!statement.hasDigit()) {
			return;
		}
		String text = statement.text();
		Matcher symbolFirst = SYMBOL_FIRST.matcher(text);
		Matcher numberFirst = NUMBER_FIRST.matcher(text);
		String lastCurrency = null;
		boolean symbol = symbolFirst.find();
		boolean number = numberFirst.find();
		int from = 0;
		while (from < text.length()) {
			// a match still ahead of the position is the first from there on: search again only past it
			if (symbol && symbolFirst.start() < from) {
				symbol = symbolFirst.find(from);
			}
			if (number && numberFirst.start() < from) {
				number = numberFirst.find(from);
			}
			if (!symbol && !number) {
				return;
			}
			if (symbol && (!number || symbolFirst.start() <= numberFirst.start())) {
				String sign = symbolFirst.group(1);
				String currency = sign != null ? SYMBOLS.get(sign) : code(symbolFirst.group(4));
				if (currency == null) {
					// capitals that are no currency code ("NRF 2 miljard"): the number may still be an amount
					from = symbolFirst.start(4) + 3;
					continue;
				}
				String digits = sign != null ? symbolFirst.group(2) : symbolFirst.group(5);
				String scale = sign != null ? symbolFirst.group(3) : symbolFirst.group(6);
				// "€ 7,014 miljard euro": the currency's name after it is redundant, and part of the amount
				CurrencyName after = currencyAfter(statement, symbolFirst.end(), currency);
				int end = after != null && currency.equals(after.code()) ? after.end() : symbolFirst.end();
				add(facts, amount(statement, symbolFirst.start(), end, digits, scale, currency));
				lastCurrency = currency;
				from = end;
				continue;
			}
			String scale = numberFirst.group(2);
			CurrencyName after = currencyAfter(statement, numberFirst.end(), lastCurrency);
			if (after != null && after.code() != null) {
				add(facts, amount(statement, numberFirst.start(), after.end(), numberFirst.group(1), scale, after.code()));
				lastCurrency = after.code();
				from = after.end();
				continue;
			}
			if (after == null && scale != null && lastCurrency != null) {
				add(facts, amount(statement, numberFirst.start(), numberFirst.end(), numberFirst.group(1), scale, lastCurrency));
			}
			from = after != null ? after.end() : numberFirst.end();
		}
	}

	/** Adds an amount whose number could be read; see {@link #MAX_DIGITS}. */
	private static void add(List<Fact> facts, Amount amount) {
		if (!Double.isNaN(amount.getValue())) {
			facts.add(amount);
		}
	}

	/** A currency's name in the text, with the code it stands for there (null when the context does not tell). */
	private record CurrencyName(String code, int end) {
	}

	/**
	 * The currency named right after a number: the longest run of up to four words that names one.
	 *
	 * @return null when no currency is named there
	 */
	private static CurrencyName currencyAfter(StatementText statement, int at, String lastCurrency) {
		String text = statement.text();
		Matcher word = WORD.matcher(text);
		int[] ends = new int[Currencies.maxWords()];
		int words = 0;
		int position = at;
		// anchored at the position: find() would try every later position of a long statement in vain
		while (words < ends.length && word.region(position, text.length()).lookingAt()) {
			position = word.end();
			ends[words++] = position;
		}
		if (words > 0 && Currencies.isCode(text.substring(at, ends[0]).strip())) {
			return new CurrencyName(text.substring(at, ends[0]).strip(), ends[0]);
		}
		for (int count = words; count > 0; count--) {
			String name = text.substring(at, ends[count - 1]);
			Set<String> codes = Currencies.named(name);
			if (!codes.isEmpty()) {
				return new CurrencyName(choose(codes, Currencies.key(name), statement, lastCurrency), ends[count - 1]);
			}
		}
		return null;
	}

	/** The one currency of the candidates the statement means, or null when it does not tell. */
	private static String choose(Set<String> codes, String name, StatementText statement, String lastCurrency) {
		if (codes.size() == 1) {
			return codes.iterator().next();
		}
		String byAdjective = null;
		Set<String> words = new HashSet<>(Arrays.asList(WORDS.split(statement.text().toLowerCase(Locale.ROOT))));
		for (String code : codes) {
			if (Currencies.adjectives(code).stream().anyMatch(words::contains)) {
				if (byAdjective != null) {
					byAdjective = null;
					break;
				}
				byAdjective = code;
			}
		}
		if (byAdjective != null) {
			return byAdjective;
		}
		String country = statement.country() == null ? null : Currencies.ofCountry(statement.country());
		if (country != null && codes.contains(country)) {
			return country;
		}
		if (lastCurrency != null && codes.contains(lastCurrency)) {
			return lastCurrency;
		}
		return USUAL.get(name);
	}

	/** The currency of an ISO code in capitals ("DKK"), or null when it is none. */
	private static String code(String capitals) {
		return Currencies.isCode(capitals) ? capitals : null;
	}

	private static Amount amount(StatementText text, int begin, int end, String digits, String scale, String currency) {
		Amount amount = ReportFactory.eINSTANCE.createAmount();
		amount.setValue(dutchNumber(digits, powerOfTen(scale)));
		amount.setCurrency(currency);
		return place(amount, text, begin, end);
	}

	private static int powerOfTen(String scale) {
		if (scale == null) {
			return 0;
		}
		return scale.startsWith("miljard") || scale.startsWith("mld") ? 9 : 6; //$NON-NLS-1$ //$NON-NLS-2$
	}
}

package yeardiff.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Amount;
import yeardiff.model.api.Fact;
import yeardiff.model.meta.ReportFactory;

/**
 * Money: "€4,9 miljard", "£ 39,5 miljard", "$ 738 miljard", "64,5 miljard NOK", "732 miljard US
 * dollar", "1.200 miljoen euro", in base units. A scaled number without a currency ("een stijging
 * van 4,8 miljard") takes the currency of the amount before it in the same statement: the letters
 * only leave the currency out when it was just named.
 */
public final class AmountRecognizer extends FactRecognizer {

	private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)"; //$NON-NLS-1$
	private static final String SCALE = "(miljard|miljoen|mld\\.|mln\\.)"; //$NON-NLS-1$
	private static final String CURRENCY_WORD = "(euro|EUR|pond|GBP|NOK|Noorse kronen|kronen|US dollar|USD|dollar)"; //$NON-NLS-1$

	/** "€ 4,76 miljard", "€ 7,014 miljard euro": symbol first, the currency word after it is redundant. */
	private static final Pattern SYMBOL_FIRST = Pattern.compile(
			"([€£$])\\s?" + NUMBER + "(?:\\s" + SCALE + ")?(?:\\s" + CURRENCY_WORD + "\\b)?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** "64,5 miljard NOK", "1,5 miljard euro", "46 miljard pond", and a bare "4,8 miljard". */
	private static final Pattern NUMBER_FIRST = Pattern.compile(
			"(?<![\\d.,])" + NUMBER + "(?:\\s" + SCALE + ")?(?:\\s" + CURRENCY_WORD + "\\b)?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** What every currency symbol and word contains, in lower case. */
	private static final List<String> CURRENCY_MARKS = List.of("€", "£", "$", "eur", "pond", "gbp", "nok", "kronen", "dollar", "usd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private static final Map<String, String> CURRENCIES = Map.ofEntries(
			Map.entry("€", "EUR"), Map.entry("euro", "EUR"), Map.entry("eur", "EUR"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("£", "GBP"), Map.entry("pond", "GBP"), Map.entry("gbp", "GBP"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("$", "USD"), Map.entry("us dollar", "USD"), Map.entry("usd", "USD"), Map.entry("dollar", "USD"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			Map.entry("nok", "NOK"), Map.entry("noorse kronen", "NOK"), Map.entry("kronen", "NOK")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	@Override
	public void find(StatementText statement, List<Fact> facts) {
		// an amount names its currency, or follows one that does
		if (!statement.hasDigit() || !statement.mentionsAny(CURRENCY_MARKS)) {
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
				String currency = CURRENCIES.get(symbolFirst.group(1));
				add(facts, amount(statement, symbolFirst.start(), symbolFirst.end(), symbolFirst.group(2), symbolFirst.group(3), currency));
				lastCurrency = currency;
				from = symbolFirst.end();
				continue;
			}
			String scale = numberFirst.group(2);
			String currencyWord = numberFirst.group(3);
			if (currencyWord != null) {
				String currency = CURRENCIES.get(currencyWord.toLowerCase(Locale.ROOT));
				add(facts, amount(statement, numberFirst.start(), numberFirst.end(), numberFirst.group(1), scale, currency));
				lastCurrency = currency;
			} else if (scale != null && lastCurrency != null) {
				add(facts, amount(statement, numberFirst.start(), numberFirst.end(), numberFirst.group(1), scale, lastCurrency));
			}
			from = numberFirst.end();
		}
	}

	/** Adds an amount whose number could be read; see {@link #MAX_DIGITS}. */
	private static void add(List<Fact> facts, Amount amount) {
		if (!Double.isNaN(amount.getValue())) {
			facts.add(amount);
		}
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

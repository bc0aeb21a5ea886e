package yeardiff.extract.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Fact;

/**
 * Finds the facts of one kind in a statement. The recognizers may propose overlapping facts; the
 * extractor keeps the earliest, longest of them.
 */
public abstract class FactRecognizer {

	/**
	 * Words before a value that make it an estimate: "ongeveer €46,2 miljard", "circa tien landen";
	 * "naar schatting" qualifies its clause and may stand a few words earlier ("naar schatting
	 * uitkomt op 1,81%").
	 */
	private static final Pattern APPROXIMATION = Pattern.compile(
			"(?i)(?:(?:\\bongeveer|\\bcirca|\\bca\\.|\\bbijna|\\bruim|\\bzo['\u2019]n|\\brond|\\bomstreeks|\\bnagenoeg|\\bpakweg)\\s*" //$NON-NLS-1$
					+ "|\\bnaar schatting(?:\\s+[\\p{L}]+){0,3}\\s+)$"); //$NON-NLS-1$

	/** Words one of which every approximation cue contains, in lower case. */
	private static final List<String> APPROXIMATION_WORDS = List.of("ongeveer", "circa", "ca.", "bijna", "ruim", "zo'n", "zo\u2019n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"rond", "omstreeks", "nagenoeg", "pakweg", "naar schatting"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * The most digits a number may have to be read as a value: the largest budgets are thousands of
	 * billions, thirteen digits written in full, and a share or a count has fewer still. A longer
	 * run of digits is no amount (an account number, a table run together, or an attack: parsing a
	 * megabyte of digits as a decimal takes minutes).
	 */
	protected static final int MAX_DIGITS = 18;

	/** How far before a value an approximation cue may start. */
	private static final int CUE_REACH = 40;

	/** Adds the facts of this recognizer's kind found in {@code text} to {@code facts}. */
	public abstract void find(StatementText text, List<Fact> facts);

	/** Sets the fact's span in {@code text} and whether the words before it make it approximate. */
	protected static <F extends Fact> F place(F fact, StatementText text, int begin, int end) {
		fact.setText(text.text().substring(begin, end));
		fact.setBegin(begin);
		fact.setEnd(end);
		fact.setApproximate(fact.isApproximate() || text.mentionsAny(APPROXIMATION_WORDS) && approximated(text.text(), begin));
		return fact;
	}

	private static boolean approximated(String text, int begin) {
		Matcher cue = APPROXIMATION.matcher(text);
		cue.region(Math.max(0, begin - CUE_REACH), begin);
		cue.useTransparentBounds(true);
		return cue.find();
	}

	/**
	 * The value of a number in Dutch notation ("." groups thousands, "," separates decimals) times
	 * ten to the power {@code scale}: decimal arithmetic, so that "4,9 miljard" is exactly the
	 * double nearest to 4.9E9.
	 *
	 * @return the value, or {@link Double#NaN} for a number of more than {@link #MAX_DIGITS} digits
	 */
	protected static double dutchNumber(String digits, int scale) {
		if (!isReadableNumber(digits)) {
			return Double.NaN;
		}
		return new BigDecimal(digits.replace(".", "").replace(',', '.')).movePointRight(scale).doubleValue(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Whether {@code number} has at most {@link #MAX_DIGITS} digits, counted without its separators. */
	protected static boolean isReadableNumber(String number) {
		int digits = 0;
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (c >= '0' && c <= '9' && ++digits > MAX_DIGITS) {
				return false;
			}
		}
		return true;
	}
}

package yeardiff.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import yeardiff.model.api.Fact;
import yeardiff.model.api.Period;
import yeardiff.model.api.PeriodBound;
import yeardiff.model.api.PeriodKind;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;
import yeardiff.model.meta.ReportFactory;

/**
 * The period a value is for, read from the time references of its clause. "stijgt in 2020 naar
 * ..." in a 2019 letter is for 2020; "in 2019-2020" and "in begrotingsjaar 2021/2022" are fiscal
 * years; "tegen 2030" is a deadline, "per juni 2021" and "vanaf 2024" a start, "tot mei 2021" an
 * end. A year that only serves as a point of reference ("ten opzichte van 2019", "sinds 2013",
 * "boven het budget voor 2020") or belongs to a name ("de Defensienota 2018") is not the period.
 * Without a period in its clause, a value is for the year its words say ("dit jaar", "vorig jaar",
 * "het huidige budget", "komend jaar") or else for the year the report covers.
 */
public final class PeriodReader {

	/** How far before a year the words that bound it or make it a reference may stand. */
	private static final int CUE_REACH = 32;

	/** Words right before a year that make it a point of reference, not the period of a value. */
	private static final Pattern REFERENCE_BEFORE = Pattern.compile(
			"\\b(?:ten opzichte van|t\\.o\\.v\\.|vergeleken met|sinds|boven[^,;()]*|uit|in vergelijking met)\\s+(?:het\\s+|de\\s+)?(?:(?:begrotings)?jaar\\s+)?$"); //$NON-NLS-1$

	/** A capitalised word right before a year: the year is part of a name ("Defensienota 2018", "VJTF 2019"). */
	private static final Pattern NAME_BEFORE = Pattern.compile("(?<=\\S\\s)\\p{Lu}[\\p{L}\\-]*\\s+$"); //$NON-NLS-1$

	private static final Pattern BY = Pattern.compile("(?:\\btegen|\\buiterlijk|\\bvóór|\\bvoor eind)\\s+(?:het\\s+jaar\\s+|eind\\s+)?$"); //$NON-NLS-1$
	private static final Pattern FROM = Pattern.compile("(?:\\bper|\\bvanaf|\\bmet ingang van)\\s+(?:begin\\s+|medio\\s+|eind\\s+)?$"); //$NON-NLS-1$
	private static final Pattern UNTIL = Pattern.compile("(?:\\btot(?: en met| uiterlijk)?|\\bt/m)\\s+(?:begin\\s+|medio\\s+|eind\\s+)?$"); //$NON-NLS-1$
	private static final Pattern FISCAL = Pattern.compile("(?:begrotingsjaar|boekjaar|fiscal year)\\s+$"); //$NON-NLS-1$

	private static final Pattern THIS_YEAR = Pattern.compile("\\b(?:dit jaar|huidige|momenteel|thans|dit begrotingsjaar)\\b"); //$NON-NLS-1$
	private static final Pattern LAST_YEAR = Pattern.compile("\\b(?:vorig jaar|vorige jaar|afgelopen jaar)\\b"); //$NON-NLS-1$
	private static final Pattern NEXT_YEAR = Pattern.compile("\\b(?:komend jaar|komende jaar|volgend jaar|volgende jaar)\\b"); //$NON-NLS-1$

	private PeriodReader() {
	}

	/**
	 * Whether a time reference can be the period of a value: not a point of reference, not part of
	 * a name.
	 */
	public static boolean canBePeriod(String text, TimeRef time) {
		String before = before(text, time.getBegin());
		if (REFERENCE_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).find()) {
			return false;
		}
		// the sentence's first word is capitalised whatever it is ("In 2024 zullen ...")
		int sentenceStart = time.getBegin() - before.length();
		return time.getPrecision() != TimePrecision.YEAR && time.getPrecision() != TimePrecision.RANGE
				|| !NAME_BEFORE.matcher(sentenceStart == 0 ? ' ' + before : before).find();
	}

	/**
	 * The period a time reference makes. A year followed by "en" and the next year ("in 2023 en
	 * 2024") is the range of both; two consecutive years are a fiscal year when written with a slash
	 * or after "begrotingsjaar", or when {@code money} (the value is a budget or a share of it).
	 *
	 * @param text the statement
	 * @param time the time reference
	 * @param facts all facts of the statement, to find the second year of "2023 en 2024"
	 * @param money whether the value the period is for is money or a share of GDP
	 */
	public static Period of(String text, TimeRef time, List<Fact> facts, boolean money) {
		Period period = ReportFactory.eINSTANCE.createPeriod();
		period.setBound(bound(text, time.getBegin()));
		period.setYear(time.getYear());
		String before = before(text, time.getBegin()).toLowerCase(Locale.ROOT);
		switch (time.getPrecision()) {
			case RANGE -> {
				period.setEndYear(time.getEndYear());
				boolean consecutive = time.getEndYear() == time.getYear() + 1;
				boolean fiscal = consecutive && (time.getText().contains("/") || money || FISCAL.matcher(before).find()); //$NON-NLS-1$
				period.setKind(fiscal ? PeriodKind.FISCAL_YEAR : PeriodKind.RANGE);
			}
			case MONTH, DATE -> {
				period.setKind(PeriodKind.MONTH);
				period.setMonth(time.getMonth());
			}
			default -> {
				TimeRef next = joinedYear(text, time, facts);
				if (next != null) {
					period.setKind(PeriodKind.RANGE);
					period.setEndYear(next.getYear());
				} else {
					period.setKind(FISCAL.matcher(before).find() ? PeriodKind.FISCAL_YEAR : PeriodKind.YEAR);
				}
			}
		}
		return period;
	}

	/** The year of "2023 en 2024" after {@code time}, or null. */
	public static TimeRef joinedYear(String text, TimeRef time, List<Fact> facts) {
		if (time.getPrecision() != TimePrecision.YEAR) {
			return null;
		}
		// where a year joined by "en" may begin: after the white space that follows "en" (or within
		// it), found once here rather than by cutting the text up to every later year of a long statement
		int en = skipWhitespace(text, time.getEnd());
		if (!text.startsWith("en", en)) { //$NON-NLS-1$
			return null;
		}
		int earliest = en + 2;
		int latest = skipWhitespace(text, earliest);
		for (Fact fact : facts) {
			if (fact instanceof TimeRef next && next.getPrecision() == TimePrecision.YEAR && next.getYear() > time.getYear()
					&& next.getBegin() >= earliest && next.getBegin() <= latest) {
				return next;
			}
		}
		return null;
	}

	/** The first offset from {@code from} on that holds no white space (as {@link String#strip()} tells it). */
	private static int skipWhitespace(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * The period a clause without a time reference speaks of: the year its words name relative to
	 * the report's, or the report's year.
	 */
	public static Period implied(String clause, int reportYear) {
		String lower = clause.toLowerCase(Locale.ROOT);
		int year = reportYear;
		if (LAST_YEAR.matcher(lower).find()) {
			year = reportYear - 1;
		} else if (NEXT_YEAR.matcher(lower).find()) {
			year = reportYear + 1;
		} else if (THIS_YEAR.matcher(lower).find()) {
			year = reportYear;
		}
		Period period = ReportFactory.eINSTANCE.createPeriod();
		period.setKind(PeriodKind.YEAR);
		period.setBound(PeriodBound.WITHIN);
		period.setYear(year);
		return period;
	}

	/** Whether a clause names a year relative to the report's ("dit jaar", "vorig jaar", "het huidige budget"). */
	public static boolean namesRelativeYear(String clause) {
		String lower = clause.toLowerCase(Locale.ROOT);
		return THIS_YEAR.matcher(lower).find() || LAST_YEAR.matcher(lower).find() || NEXT_YEAR.matcher(lower).find();
	}

	/** The period of a time that is itself the value (a delivery year, the end of a mandate). */
	public static Period ofValue(String text, TimeRef time, List<Fact> facts) {
		return of(text, time, facts, false);
	}

	private static PeriodBound bound(String text, int begin) {
		String before = before(text, begin).toLowerCase(Locale.ROOT);
		if (UNTIL.matcher(before).find()) {
			return PeriodBound.UNTIL;
		}
		if (BY.matcher(before).find()) {
			return PeriodBound.BY;
		}
		if (FROM.matcher(before).find()) {
			return PeriodBound.FROM;
		}
		return PeriodBound.WITHIN;
	}

	private static String before(String text, int begin) {
		return text.substring(Math.max(0, begin - CUE_REACH), Math.max(0, Math.min(begin, text.length())));
	}
}

package yeardiff.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.Fact;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;
import yeardiff.model.meta.ReportFactory;

/**
 * Points and periods in time: years ("in 2021"), ranges ("2028–2029", "2020-2035", the fiscal
 * year "2021/2022"), dates ("21 mei 2019"), months ("september 2020"; "september/oktober 2020"
 * is one month reference to September, the month the period starts in) and quarters ("het eerste
 * kwartaal van 2021").
 * <p>
 * Vaguer parts of a year become the quarter in which they end, so that a commitment due "eind
 * 2021" is not called late before the year is out: begin → Q1; voorjaar, eerste helft → Q2;
 * medio, zomer → Q3; najaar, tweede helft, eind → Q4.
 */
public final class TimeRecognizer extends FactRecognizer {

	private static final String YEAR = "((?:19|20)\\d\\d)(?![\\w\u2019'])(?![.,]\\d)"; //$NON-NLS-1$
	private static final String MONTH = "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"; //$NON-NLS-1$

	private static final Pattern DATE = Pattern.compile(
			"(?<![\\w.,])(\\d{1,2})(?:\\s*(?:en|-|\u2013)\\s*\\d{1,2})?\\s+" + MONTH + "\\s+" + YEAR, Pattern.CASE_INSENSITIVE); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Pattern MONTH_OF_YEAR = Pattern.compile(
			"\\b(?:(?:begin|medio|half|eind)\\s+)?" + MONTH + "(?:\\s*(?:/|en|tot|t/m|-|\u2013)\\s*" + MONTH + ")?\\s+(?:van\\s+)?" + YEAR, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Pattern.CASE_INSENSITIVE);

	private static final Pattern QUARTER = Pattern.compile(
			"\\b(?:het\\s+)?(eerste|tweede|derde|vierde|[1-4]e)\\s+kwartaal\\s+(?:van\\s+)?" + YEAR, Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private static final Pattern PART_OF_YEAR = Pattern.compile(
			"\\b(begin|medio|eind|voorjaar|zomer|najaar|(?:de\\s+)?(?:eerste|tweede)\\s+helft)\\s+(?:van\\s+)?" + YEAR, //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RANGE = Pattern.compile(
			"(?<![\\w.,/-])((?:19|20)\\d\\d)\\s*(?:\u2013|\u2014|-|/|t/m|tot en met)\\s*(\\d{4}|\\d{2})(?![\\w\u2019'])(?![.,]\\d)"); //$NON-NLS-1$

	private static final Pattern SINGLE_YEAR = Pattern.compile("(?<![\\w.,/\u2013-])" + YEAR); //$NON-NLS-1$

	private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"augustus", "september", "oktober", "november", "december"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final Map<String, Integer> QUARTERS = Map.of("eerste", 1, "tweede", 2, "derde", 3, "vierde", 4, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"1e", 1, "2e", 2, "3e", 3, "4e", 4); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private static final Map<String, Integer> PARTS = Map.of("begin", 1, "voorjaar", 2, "eerste helft", 2, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"medio", 3, "zomer", 3, "najaar", 4, "tweede helft", 4, "eind", 4); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The word every quarter names, in lower case. */
	private static final String QUARTER_WORD = "kwartaal"; //$NON-NLS-1$

	/** Words one of which every part of a year contains, in lower case. */
	private static final List<String> PART_WORDS = List.of("begin", "medio", "eind", "voorjaar", "zomer", "najaar", "helft"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** Ranges longer than this are not periods but two unrelated years. */
	private static final int LONGEST_RANGE = 50;

	@Override
	public void find(StatementText statement, List<Fact> facts) {
		if (!statement.hasYear()) {
			return;
		}
		if (statement.mentionsAny(MONTHS)) {
			findDates(statement, facts);
		}
		if (statement.mentions(QUARTER_WORD)) {
			findQuarters(statement, facts);
		}
		if (statement.mentionsAny(PART_WORDS)) {
			findPartsOfYear(statement, facts);
		}
		findYears(statement, facts);
	}

	/** Dates ("21 mei 2019") and months ("september 2020"). */
	private static void findDates(StatementText statement, List<Fact> facts) {
		String text = statement.text();
		Matcher date = DATE.matcher(text);
		while (date.find()) {
			TimeRef ref = time(TimePrecision.DATE, Integer.parseInt(date.group(3)));
			ref.setMonth(month(date.group(2)));
			ref.setDay(Integer.parseInt(date.group(1)));
			facts.add(place(ref, statement, date.start(), date.end()));
		}
		Matcher month = MONTH_OF_YEAR.matcher(text);
		while (month.find()) {
			TimeRef ref = time(TimePrecision.MONTH, Integer.parseInt(month.group(3)));
			ref.setMonth(month(month.group(1)));
			facts.add(place(ref, statement, month.start(), month.end()));
		}
	}

	/** Quarters ("het eerste kwartaal van 2021"). */
	private static void findQuarters(StatementText statement, List<Fact> facts) {
		Matcher quarter = QUARTER.matcher(statement.text());
		while (quarter.find()) {
			TimeRef ref = time(TimePrecision.QUARTER, Integer.parseInt(quarter.group(2)));
			ref.setQuarter(QUARTERS.get(quarter.group(1).toLowerCase(Locale.ROOT)));
			facts.add(place(ref, statement, quarter.start(), quarter.end()));
		}
	}

	/** "begin 2021", "de tweede helft van 2020": the quarter in which they end. */
	private static void findPartsOfYear(StatementText statement, List<Fact> facts) {
		Matcher part = PART_OF_YEAR.matcher(statement.text());
		while (part.find()) {
			TimeRef ref = time(TimePrecision.QUARTER, Integer.parseInt(part.group(2)));
			String partName = NameKey.of(part.group(1)).replaceFirst("^de ", ""); //$NON-NLS-1$ //$NON-NLS-2$
			ref.setQuarter(PARTS.get(partName));
			facts.add(place(ref, statement, part.start(), part.end()));
		}
	}

	/** Ranges of years and single years. */
	private static void findYears(StatementText statement, List<Fact> facts) {
		for (MatchResult range : statement.matchesAtYears(RANGE)) {
			int start = Integer.parseInt(range.group(1));
			int end = Integer.parseInt(range.group(2));
			if (range.group(2).length() == 2) {
				end += start / 100 * 100;
			}
			if (end > start && end - start <= LONGEST_RANGE) {
				TimeRef ref = time(TimePrecision.RANGE, start);
				ref.setEndYear(end);
				facts.add(place(ref, statement, range.start(), range.end()));
			}
		}
		for (MatchResult year : statement.matchesAtYears(SINGLE_YEAR)) {
			facts.add(place(time(TimePrecision.YEAR, Integer.parseInt(year.group(1))), statement, year.start(), year.end()));
		}
	}

	private static TimeRef time(TimePrecision precision, int year) {
		TimeRef ref = ReportFactory.eINSTANCE.createTimeRef();
		ref.setPrecision(precision);
		ref.setYear(year);
		return ref;
	}

	private static int month(String name) {
		return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
	}
}

package yeardiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.internal.StatementText;
import yeardiff.model.api.Commitment;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Modality;
import yeardiff.model.api.TimePrecision;
import yeardiff.model.api.TimeRef;
import yeardiff.model.meta.ReportFactory;

/**
 * Tells forward-looking statements — what the ministry says will, is expected to, is planned to
 * happen — from reports of what happened, so that later years can be audited against them.
 * <p>
 * The cue words decide the modality, the most hedged first: "naar verwachting" / "wordt verwacht",
 * "waarschijnlijk", "ziet uit naar", "op termijn" (verwacht) over "is voorzien" (voorzien) over "is
 * gepland", "het is de bedoeling", "de beoogde", "het voornemen" / "de intentie", "wordt
 * voorbereid" (gepland) over "streeft naar" (streeft) over "zal" / "zullen" (zal); then, when none of
 * these nor a time to come (below) decides, "moet" / "moeten" with a time to come (streeft), work
 * going on now ("momenteel wordt ... aangepast") and a period ahead ("de komende periode", "komend
 * jaar", "op korte termijn") (gepland). A statement in the present
 * tense about a time after the report's year ("vanaf januari 2020 wordt getraind" in the 2019
 * report) is planned (gepland), its cue the time words. Past forms ("was gepland", "werd verwacht")
 * and the conditional "zou" are no commitment, nor is "zal" in a clause about a year before the
 * report's, nor a cue other than "zal" in a clause in the past or perfect tense.
 */
public final class CommitmentDetector {

	private static final String PAST = "(?<!\\bwas\\s)(?<!\\bwaren\\s)(?<!\\bwerd\\s)(?<!\\bwerden\\s)"; //$NON-NLS-1$

	private static final Pattern EXPECTED = Pattern.compile("(?i)\\bnaar verwachting\\b|\\bde verwachting is\\b|\\bis de verwachting\\b|" //$NON-NLS-1$
			+ PAST + "\\b(?:wordt|worden)\\s+(?:[\\p{L}\\d\u2013-]+\\s+){0,8}?verwacht\\b|" //$NON-NLS-1$
			+ PAST + "\\bverwacht(?:en)?\\b"); //$NON-NLS-1$

	private static final Pattern FORESEEN = Pattern.compile("(?i)\\bvoorzien is\\b|\\b(?:is|zijn|wordt|worden)\\s+(?:[\\p{L}]+\\s+){0,3}?voorzien\\b(?!\\s+in\\b)"); //$NON-NLS-1$

	private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:is|zijn|wordt|worden|staat|staan)\\s+(?:[\\p{L}]+\\s+){0,3}?gepland\\b|" //$NON-NLS-1$
			+ PAST + "\\bgepland\\s+(?:voor|in|op|vanaf)\\b"); //$NON-NLS-1$

	private static final Pattern STRIVES = Pattern.compile("(?i)\\bstreeft\\b(?:\\s+(?:ernaar|naar))?|\\bstreven\\s+(?:naar|ernaar)\\b|\\bhet streven\\b"); //$NON-NLS-1$

	private static final Pattern WILL = Pattern.compile("(?i)\\b(?:zal|zullen)\\b"); //$NON-NLS-1$

	/** Hedged looks ahead: "waarschijnlijk", "ziet uit naar", "op termijn". */
	private static final Pattern LIKELY = Pattern.compile(
			"(?i)\\bwaarschijnlijk\\b|\\b(?:zien|ziet|kijken|kijkt)\\s+(?:[\\p{L}]+\\s+){0,4}?uit\\s+naar\\b|\\bop\\s+termijn\\b"); //$NON-NLS-1$

	/** Intentions and plans in other words than "gepland". */
	private static final Pattern INTENDED = Pattern.compile("(?i)\\bhet\\s+is\\s+de\\s+bedoeling\\b|\\bde\\s+bedoeling\\s+is\\b|\\bbeoogde?\\b|" //$NON-NLS-1$
			+ "\\b(?:het\\s+voornemen|de\\s+intentie)\\b|\\b(?:wordt|worden)\\s+(?:[\\p{L}]+\\s+){0,6}?voorbereid\\b"); //$NON-NLS-1$

	/**
	 * Weaker signs of what is still to come, read only when no other cue and no time to come
	 * decides: work going on now ("momenteel wordt ... aangepast") and a period ahead ("de komende
	 * periode", "komend jaar", "op korte termijn").
	 */
	private static final Pattern UNDER_WAY = Pattern.compile("(?i)\\b(?:momenteel|op\\s+dit\\s+moment)\\b|" //$NON-NLS-1$
			+ "\\bde\\s+komende\\s+(?:periode|jaren|maanden)\\b|\\bkomend\\s+jaar\\b|\\bop\\s+korte\\s+termijn\\b"); //$NON-NLS-1$

	/**
	 * Aims: a "moet" / "moeten" that the check on times confines to what is still to come. ("Met
	 * als doel" and "in de toekomst" are no cue: the letters use them as often to describe what
	 * exists.)
	 */
	private static final Pattern AIMED = Pattern.compile("(?i)\\b(?:moet|moeten)\\b"); //$NON-NLS-1$

	private static final Pattern INTENTION = Pattern.compile("(?i)het\\s+voornemen|de\\s+intentie"); //$NON-NLS-1$

	/** The perfect tense: "zijn geïdentificeerd", "is vastgesteld"; not the future perfect ("moet zijn gerealiseerd"). */
	private static final Pattern PERFECT_TENSE = Pattern
			.compile("(?i)(?<!\\b(?:moet|moeten|zal|zullen)\\s)\\b(?:is|zijn|werd|werden|was|waren)\\s+(?:ge|be|ver|ont|her)\\p{L}+[dt]\\b|" //$NON-NLS-1$
					+ "\\b(?:ge|be|ver|ont|her)\\p{L}+[dt]\\s+(?:is|zijn)\\b"); //$NON-NLS-1$

	/** Time words that place a present-tense statement in the future: "vanaf januari 2020", "in 2023". */
	private static final Pattern FUTURE_PREPOSITION = Pattern.compile("(?i)\\b(?:vanaf|per|in|tegen|tot|na|voor)(?:\\s+(?:het|de))?\\s*$"); //$NON-NLS-1$

	/** Clause boundaries: a "zal" speaks of the times in its own clause. */
	/** Texts longer than this have their clause boundaries found once (see {@link #boundaries}). */
	private static final int LONG_TEXT = 4096;
	private static final ThreadLocal<Boundaries[]> LAST_BOUNDARIES = ThreadLocal.withInitial(() -> new Boundaries[2]);

	private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()]|\\s(?:en|maar|terwijl|waarbij|nadat|dat|die|omdat|zodat|wanneer)\\s"); //$NON-NLS-1$

	/** Clause boundaries for tense: parenthesised amounts and "en" do not end the clause a verb governs. */
	private static final Pattern TENSE_BOUNDARY = Pattern.compile("[;:]|,\\s|\\sen\\s(?=(?:in|vanaf|per|tegen|na)\\s)"); //$NON-NLS-1$

	/** Verbs that put a statement in the past, whatever year it names ("heeft ... in 2021 voorgesteld", "bedroeg in 2021"). */
	private static final Pattern PAST_TENSE = Pattern.compile(
			"(?i)\\b(?:was|waren|werd|werden|had|hadden|heeft|hebben|bedroeg|bedroegen|kwam|kwamen|vond|vonden|leverde|leverden|legde|legden|" //$NON-NLS-1$
					+ "besloot|besloten|presenteerde|presenteerden|stond|stonden|is\\s+begonnen)\\b"); //$NON-NLS-1$

	private static final int PREPOSITION_REACH = 12;

	/**
	 * The cues other than "zal", the most hedged first: the first that occurs decides the modality.
	 * Each comes with words one of which every match of its pattern contains.
	 */
	private static final List<Cue> CUES = List.of(new Cue(EXPECTED, List.of("verwacht"), Modality.VERWACHT, false), //$NON-NLS-1$
			new Cue(LIKELY, List.of("waarschijnlijk", "uit naar", "termijn"), Modality.VERWACHT, true), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Cue(FORESEEN, List.of("voorzien"), Modality.VOORZIEN, false), //$NON-NLS-1$
			new Cue(PLANNED, List.of("gepland"), Modality.GEPLAND, false), //$NON-NLS-1$
			new Cue(INTENDED, List.of("bedoeling", "beoogd", "voornemen", "intentie", "voorbereid"), Modality.GEPLAND, true), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			new Cue(STRIVES, List.of("streeft", "streven"), Modality.STREEFT, false)); //$NON-NLS-1$ //$NON-NLS-2$

	/** The cues read after "zal" and the times to come. */
	private static final List<Cue> LATE_CUES = List.of(new Cue(AIMED, List.of("moet"), Modality.STREEFT, true), //$NON-NLS-1$
			new Cue(UNDER_WAY, List.of("momenteel", "moment", "komende", "komend", "termijn"), Modality.GEPLAND, true)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The words of the "zal" cue. */
	private static final List<String> WILL_WORDS = List.of("zal", "zullen"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The commitment a statement makes, or null when it does not look ahead.
	 *
	 * @param text the statement text
	 * @param facts the statement's facts, as {@link FactExtractor} found them in {@code text}: the
	 *            due time is one of them
	 * @param reportYear the year the report covers: times before it are past
	 * @return a new commitment without id, or null
	 */
	public Commitment detect(String text, List<Fact> facts, int reportYear) {
		return detect(StatementText.of(text), facts, reportYear);
	}

	/** The commitment a statement makes, for a caller that checks the same text for more than commitments. */
	Commitment detect(StatementText statement, List<Fact> facts, int reportYear) {
		String text = statement.text();
		Commitment cued = cued(CUES, statement, facts, reportYear);
		if (cued != null) {
			return cued;
		}
		if (statement.mentionsAny(WILL_WORDS)) {
			Matcher will = WILL.matcher(text);
			while (will.find()) {
				if (!aboutThePast(text, facts, reportYear, will.start())) {
					return commitment(Modality.ZAL, will.group(), due(text, facts, reportYear, will.start(), will.end(), true));
				}
			}
		}
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time && time.getYear() > reportYear && introducedAsFuture(text, time)
					&& !PAST_TENSE.matcher(clause(text, time.getBegin())).find()) {
				return commitment(Modality.GEPLAND, time.getText(), time);
			}
		}
		return cued(LATE_CUES, statement, facts, reportYear);
	}

	/** The commitment the first of {@code cues} found looking ahead makes, or null. */
	private static Commitment cued(List<Cue> cues, StatementText statement, List<Fact> facts, int reportYear) {
		String text = statement.text();
		for (Cue cue : cues) {
			// the patterns try every position of the text: most statements have none of their words
			if (statement.mentionsAny(cue.words())) {
				Matcher matcher = cue.pattern().matcher(text);
				while (matcher.find()) {
					if (cue.presentOnly() && !looksAhead(text, facts, reportYear, matcher)) {
						continue;
					}
					// a wider cue speaks of the time in its own clause, an intention of the time in what
					// follows it ("het is de bedoeling dat de app eind 2020 live gaat"): "is in 2021
					// toegetreden en heeft de intentie uitgesproken toe te treden" intends nothing for 2021
					TimeRef due = cue.pattern() == INTENDED ? dueAfter(text, facts, reportYear, matcher.end())
							: due(text, facts, reportYear, matcher.start(), matcher.end(), cue.presentOnly());
					return commitment(cue.modality(), matcher.group(), due);
				}
			}
		}
		return null;
	}

	private static Commitment commitment(Modality modality, String cue, TimeRef due) {
		Commitment commitment = ReportFactory.eINSTANCE.createCommitment();
		commitment.setModality(modality);
		commitment.setCue(cue);
		commitment.setDue(due);
		return commitment;
	}

	/**
	 * The time the commitment is due: of the times not before the report's year, the one in the
	 * cue's clause nearest to the cue, else (unless {@code sameClauseOnly}) the nearest elsewhere.
	 * "Voorzien is dat ... in de periode 2028–2029" names its time in the clause the cue governs;
	 * "zal" always names it in its own.
	 */
	private static TimeRef due(String text, List<Fact> facts, int reportYear, int cueBegin, int cueEnd, boolean sameClauseOnly) {
		TimeRef nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time && lastYear(time) >= reportYear) {
				boolean sameClause = !crossesClause(text, Math.min(cueEnd, time.getBegin()), Math.max(cueBegin, time.getEnd()));
				if (sameClauseOnly && !sameClause) {
					continue;
				}
				int distance = (time.getBegin() >= cueEnd ? time.getBegin() - cueEnd : cueBegin - time.getEnd())
						+ (sameClause ? 0 : text.length());
				if (distance < nearestDistance) {
					nearest = time;
					nearestDistance = distance;
				}
			}
		}
		return nearest;
	}

	/** The first time not before the report's year that comes after the cue, or null. */
	private static TimeRef dueAfter(String text, List<Fact> facts, int reportYear, int cueEnd) {
		TimeRef first = null;
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time && lastYear(time) >= reportYear && time.getBegin() >= cueEnd
					&& (first == null || time.getBegin() < first.getBegin())) {
				first = time;
			}
		}
		return first;
	}

	private static int lastYear(TimeRef time) {
		return time.getPrecision() == TimePrecision.RANGE ? time.getEndYear() : time.getYear();
	}

	private static boolean crossesClause(String text, int begin, int end) {
		if (text.length() > LONG_TEXT) {
			return begin < end && boundaries(CLAUSE_BOUNDARY, text, true, 0).crossed(begin, end);
		}
		return begin < end && CLAUSE_BOUNDARY.matcher(text.substring(begin, end)).find();
	}

	/**
	 * The boundaries of a long text, found once and kept for the next question about the same text:
	 * a statement runs to megabytes when a letter's line breaks are lost, and then holds thousands of
	 * cues and times, each of which searched the text between them again.
	 */
	private static Boundaries boundaries(Pattern pattern, String text, boolean overlapping, int slot) {
		Boundaries[] last = LAST_BOUNDARIES.get();
		if (last[slot] == null || last[slot].text != text) {
			last[slot] = new Boundaries(pattern, text, overlapping);
		}
		return last[slot];
	}

	/** Where a boundary pattern matches in a text, so that a question about a span costs a binary search. */
	private static final class Boundaries {

		final String text;
		private final int[] starts;
		private final int[] ends;
		/** The least end of the matches from the i-th on. */
		private final int[] leastEnd;

		/** @param overlapping whether a match may start inside another (as a search in any part of the text finds it) */
		Boundaries(Pattern pattern, String text, boolean overlapping) {
			this.text = text;
			List<int[]> found = new ArrayList<>();
			Matcher matcher = pattern.matcher(text);
			int from = 0;
			while (from <= text.length() && matcher.find(from)) {
				found.add(new int[] { matcher.start(), matcher.end() });
				from = overlapping ? matcher.start() + 1 : Math.max(matcher.end(), matcher.start() + 1);
			}
			starts = new int[found.size()];
			ends = new int[found.size()];
			leastEnd = new int[found.size() + 1];
			leastEnd[found.size()] = Integer.MAX_VALUE;
			for (int i = found.size() - 1; i >= 0; i--) {
				starts[i] = found.get(i)[0];
				ends[i] = found.get(i)[1];
				leastEnd[i] = Math.min(ends[i], leastEnd[i + 1]);
			}
		}

		boolean crossed(int begin, int end) {
			return leastEnd[firstStartingAtOrAfter(begin)] <= end;
		}

		String clause(int offset) {
			int next = firstStartingAtOrAfter(offset);
			int end = next < starts.length ? starts[next] : text.length();
			int begin = 0;
			for (int i = next - 1; i >= 0; i--) {
				if (ends[i] <= offset) {
					begin = ends[i];
					break;
				}
			}
			return text.substring(begin, end);
		}

		private int firstStartingAtOrAfter(int offset) {
			int low = 0;
			int high = starts.length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (starts[middle] < offset) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			return low;
		}
	}

	/** Whether the clause around a "zal" names years, all of them before the report's. */
	private static boolean aboutThePast(String text, List<Fact> facts, int reportYear, int willBegin) {
		boolean anyYear = false;
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time) {
				int begin = Math.min(willBegin, time.getBegin());
				int end = Math.max(willBegin, time.getEnd());
				if (!crossesClause(text, begin, end)) {
					if (lastYear(time) >= reportYear) {
						return false;
					}
					anyYear = true;
				}
			}
		}
		return anyYear;
	}

	/** The clause around an offset, for telling its tense. */
	private static String clause(String text, int offset) {
		if (text.length() > LONG_TEXT) {
			return boundaries(TENSE_BOUNDARY, text, false, 1).clause(offset);
		}
		int begin = 0;
		int end = text.length();
		Matcher boundary = TENSE_BOUNDARY.matcher(text);
		while (boundary.find()) {
			if (boundary.end() <= offset) {
				begin = boundary.end();
			} else if (boundary.start() >= offset) {
				end = boundary.start();
				break;
			}
		}
		return text.substring(begin, end);
	}

	private static boolean introducedAsFuture(String text, TimeRef time) {
		int from = Math.max(0, time.getBegin() - PREPOSITION_REACH);
		return FUTURE_PREPOSITION.matcher(text.substring(from, time.getBegin())).find();
	}

	/**
	 * Whether a cue of the wider kinds looks ahead where it stands: its clause is not in the past or
	 * perfect tense ("de beoogde resultaten zijn geïdentificeerd" reports what was done) and names
	 * no year before the report's; a "moet" needs a time to come in its clause ("tegen 2030 ...
	 * moeten stijgen", "eind 2019 moet zijn gerealiseerd"), since "we moeten niet naïef zijn" promises
	 * nothing.
	 */
	private static boolean looksAhead(String text, List<Fact> facts, int reportYear, Matcher cue) {
		String clause = clause(text, cue.start());
		if (INTENTION.matcher(cue.group()).matches()) {
			// "heeft de intentie uitgesproken": the past is the saying, what is intended is to come
			return !aboutThePast(text, facts, reportYear, cue.start());
		}
		if (PAST_TENSE.matcher(clause).find() || PERFECT_TENSE.matcher(clause).find()) {
			return false;
		}
		// a hedge or an intention governs what follows it, whatever year an aside names ("zien uit
		// naar ratificatie van het in 2018 ondertekende raamwerk"); a period or a "moet" does not
		if (cue.pattern() != LIKELY && cue.pattern() != INTENDED && aboutThePast(text, facts, reportYear, cue.start())) {
			return false;
		}
		if (!cue.group().toLowerCase(java.util.Locale.ROOT).startsWith("moet")) { //$NON-NLS-1$
			return true;
		}
		TimeRef time = due(text, facts, reportYear, cue.start(), cue.end(), true);
		return time != null || UNDER_WAY.matcher(clause).find();
	}

	/**
	 * @param presentOnly whether the cue also occurs in statements about the past, so that it counts
	 *            only where {@link #looksAhead} finds it looking ahead
	 */
	private record Cue(Pattern pattern, List<String> words, Modality modality, boolean presentOnly) {
	}
}

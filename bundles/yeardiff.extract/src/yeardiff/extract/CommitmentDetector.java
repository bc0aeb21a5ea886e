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
 * The cue words decide the modality, the most hedged first: "naar verwachting" / "wordt verwacht"
 * (verwacht) over "is voorzien" (voorzien) over "is gepland" (gepland) over "streeft naar"
 * (streeft) over "zal" / "zullen" (zal). A statement in the present tense about a time after the
 * report's year ("vanaf januari 2020 wordt getraind" in the 2019 report) is planned (gepland), its
 * cue the time words. Past forms ("was gepland", "werd verwacht") and the conditional "zou" are no
 * commitment, nor is "zal" in a clause about a year before the report's.
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

	/** Time words that place a present-tense statement in the future: "vanaf januari 2020", "in 2023". */
	private static final Pattern FUTURE_PREPOSITION = Pattern.compile("(?i)\\b(?:vanaf|per|in|tegen|tot|na|voor)(?:\\s+(?:het|de))?\\s*$"); //$NON-NLS-1$

	/** Clause boundaries: a "zal" speaks of the times in its own clause. */
	private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,;:()]|\\s(?:en|maar|terwijl|waarbij|nadat|dat|die|omdat|zodat|wanneer)\\s"); //$NON-NLS-1$

	/** Clause boundaries for tense: parenthesised amounts and "en" do not end the clause a verb governs. */
	private static final Pattern TENSE_BOUNDARY = Pattern.compile("[;:]|,\\s"); //$NON-NLS-1$

	/** Verbs that put a statement in the past, whatever year it names ("heeft ... in 2021 voorgesteld", "bedroeg in 2021"). */
	private static final Pattern PAST_TENSE = Pattern.compile(
			"(?i)\\b(?:was|waren|werd|werden|had|hadden|heeft|hebben|bedroeg|bedroegen|kwam|kwamen|vond|vonden|leverde|leverden|legde|legden|" //$NON-NLS-1$
					+ "besloot|besloten|presenteerde|presenteerden|stond|stonden|is\\s+begonnen)\\b"); //$NON-NLS-1$

	private static final int PREPOSITION_REACH = 12;

	/**
	 * The cues other than "zal", the most hedged first: the first that occurs decides the modality.
	 * Each comes with words one of which every match of its pattern contains.
	 */
	private static final List<Cue> CUES = List.of(new Cue(EXPECTED, List.of("verwacht"), Modality.VERWACHT), //$NON-NLS-1$
			new Cue(FORESEEN, List.of("voorzien"), Modality.VOORZIEN), //$NON-NLS-1$
			new Cue(PLANNED, List.of("gepland"), Modality.GEPLAND), //$NON-NLS-1$
			new Cue(STRIVES, List.of("streeft", "streven"), Modality.STREEFT)); //$NON-NLS-1$ //$NON-NLS-2$

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
		Boundaries clauses = new Boundaries(CLAUSE_BOUNDARY, text, true);
		for (Cue cue : CUES) {
			// the patterns try every position of the text: most statements have none of their words
			if (statement.mentionsAny(cue.words())) {
				Matcher matcher = cue.pattern().matcher(text);
				if (matcher.find()) {
					return commitment(cue.modality(), matcher.group(), due(clauses, facts, reportYear, matcher.start(), matcher.end(), false));
				}
			}
		}
		if (statement.mentionsAny(WILL_WORDS)) {
			Matcher will = WILL.matcher(text);
			while (will.find()) {
				if (!aboutThePast(clauses, facts, reportYear, will.start())) {
					return commitment(Modality.ZAL, will.group(), due(clauses, facts, reportYear, will.start(), will.end(), true));
				}
			}
		}
		Boundaries tense = null;
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time && time.getYear() > reportYear && introducedAsFuture(text, time)
					&& !PAST_TENSE.matcher((tense = tense == null ? new Boundaries(TENSE_BOUNDARY, text, false) : tense).clause(time.getBegin())).find()) {
				return commitment(Modality.GEPLAND, time.getText(), time);
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
	private static TimeRef due(Boundaries clauses, List<Fact> facts, int reportYear, int cueBegin, int cueEnd, boolean sameClauseOnly) {
		TimeRef nearest = null;
		int nearestDistance = Integer.MAX_VALUE;
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time && lastYear(time) >= reportYear) {
				boolean sameClause = !clauses.crossed(Math.min(cueEnd, time.getBegin()), Math.max(cueBegin, time.getEnd()));
				if (sameClauseOnly && !sameClause) {
					continue;
				}
				int distance = (time.getBegin() >= cueEnd ? time.getBegin() - cueEnd : cueBegin - time.getEnd())
						+ (sameClause ? 0 : clauses.text.length());
				if (distance < nearestDistance) {
					nearest = time;
					nearestDistance = distance;
				}
			}
		}
		return nearest;
	}

	private static int lastYear(TimeRef time) {
		return time.getPrecision() == TimePrecision.RANGE ? time.getEndYear() : time.getYear();
	}


	/** Whether the clause around a "zal" names years, all of them before the report's. */
	private static boolean aboutThePast(Boundaries clauses, List<Fact> facts, int reportYear, int willBegin) {
		boolean anyYear = false;
		for (Fact fact : facts) {
			if (fact instanceof TimeRef time) {
				int begin = Math.min(willBegin, time.getBegin());
				int end = Math.max(willBegin, time.getEnd());
				if (!clauses.crossed(begin, end)) {
					if (lastYear(time) >= reportYear) {
						return false;
					}
					anyYear = true;
				}
			}
		}
		return anyYear;
	}

	/**
	 * Where a boundary pattern matches in a statement, found in one pass, so that asking whether a
	 * span holds a boundary, or where the clause around an offset is, costs a binary search instead
	 * of a search through the text: a statement runs to megabytes when a letter's line breaks are
	 * lost, and then holds thousands of times and cues.
	 */
	private static final class Boundaries {

		final String text;
		private final int[] starts;
		private final int[] ends;
		/** The least end of the matches from the i-th on, to tell whether any of them ends by an offset. */
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

		/** Whether a match lies wholly inside {@code begin..end}. */
		boolean crossed(int begin, int end) {
			return begin < end && leastEnd[firstStartingAtOrAfter(begin)] <= end;
		}

		/** The clause around an offset: between the last match that ends by it and the first that starts at or after it. */
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

	private static boolean introducedAsFuture(String text, TimeRef time) {
		int from = Math.max(0, time.getBegin() - PREPOSITION_REACH);
		return FUTURE_PREPOSITION.matcher(text.substring(from, time.getBegin())).find();
	}

	private record Cue(Pattern pattern, List<String> words, Modality modality) {
	}
}

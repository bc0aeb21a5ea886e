package yeardiff.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Amount;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.Period;
import yeardiff.model.api.PeriodBound;
import yeardiff.model.api.Share;
import yeardiff.model.api.TimeRef;
import yeardiff.model.meta.ReportFactory;

/**
 * Says of every fact of a sentence what it measures and for when, from the words of its clause:
 * <ul>
 * <li>an amount is a change of the budget when the nearest cue before it is a change ("een
 * verhoging van ... 3,5 miljard NOK", "gestegen met € 1,7 miljard") or it stands "boven" a budget,
 * an investment after investing words ("investeren", "besteed aan", "alloceren"), and the defence
 * budget when its sentence speaks of budget or spending; a value in parentheses right after
 * another amount is the same value in another currency and measures what that one measures;</li>
 * <li>a percentage of GDP is the share of GDP (a norm or goal, "de 2% NAVO-norm", is kept apart
 * under the subject "norm", and so is a floor, "ten minste 2%");</li>
 * <li>a count of persons is the personnel of the mission or unit named in its clause, any other
 * count a quantity of what it counts;</li>
 * <li>a time reference that is no other value's period is a delivery year after delivery words
 * ("geleverd", "instromen", "in dienst"), the end of a mandate after "tot" with deployment words
 * ("verlengd", "inzet", "mandaat").</li>
 * </ul>
 * The period of a value is the nearest time reference of its clause that can be one (see
 * {@link PeriodReader}).
 */
public final class MeasureReader {

	private static final int CUE_REACH = 60;

	/** How far into a sentence a year may start and still date all of it ("In 2020 ...", "Per juni 2021 ..."). */
	private static final int SENTENCE_HEAD = 8;

	/** Change, level and investment cues before an amount; the one nearest the amount decides. */
	private static final Pattern AMOUNT_CUE = Pattern.compile("(?<change>\\b(?:stijging|verhoging|ophoging|budgetverhoging|budgetophoging|groei|daling|toename|verlaging|extra)\\b)" //$NON-NLS-1$
			+ "|(?<by>\\bmet\\b)" //$NON-NLS-1$
			+ "|(?<level>\\b(?:tot|naar|totaal van|bedraagt|bedroeg|bedragen|bedroegen|neer op)\\b)" //$NON-NLS-1$
			+ "|(?<invest>\\b(?:investeren|investeert|investering|investeringen|geïnvesteerd|gestoken|besteed aan|alloceren|subsidie|financiering)\\b)"); //$NON-NLS-1$

	private static final Pattern CHANGE_VERB = Pattern.compile("\\b(?:gestegen|stijgt|stijgen|groeit|groeien|verhoogd|verhoogt|toegenomen|neemt toe|gedaald|daalt)\\b"); //$NON-NLS-1$
	/** Words right after an amount that make it a change: "boven het budget", "(verhoging van 10%)". */
	private static final Pattern ABOVE_AFTER = Pattern.compile(
			"^\\s*(?:(?:\\([^)]*\\)\\s*)?(?:boven|bovenop|extra|meer dan)\\b|\\([^)]*\\b(?:verhoging|stijging|groei|toename|ophoging)\\b)"); //$NON-NLS-1$
	private static final Pattern BUDGET_WORDS = Pattern.compile("(?:budget|begroting|uitgaven|defensie-uitgaven)"); //$NON-NLS-1$
	private static final Pattern CONVERSION_BETWEEN = Pattern.compile("^\\s*\\(\\s*(?:ongeveer|circa|ca\\.|ruim|bijna)?\\s*$"); //$NON-NLS-1$
	private static final double LARGEST_SPENDING_SHARE = 5;
	private static final int LEVEL_REACH = 24;
	private static final Pattern LEVEL_BEFORE = Pattern.compile("(?:groeipad|\\btot|\\bnaar|neer op)\\s+(?:\\p{L}+\\s+){0,2}$"); //$NON-NLS-1$
	private static final Pattern NORM = Pattern.compile("\\b(?:norm|navo-norm|doel|navo-doel|afspraken|afspraak|pledge|gemiddelde|ten minste|minstens)\\b"); //$NON-NLS-1$

	private static final Pattern DELIVERY = Pattern.compile("\\b(?:geleverd|levering|leveren|afgeleverd|opgeleverd|instromen|instroom|in dienst|in gebruik)\\b"); //$NON-NLS-1$
	private static final Pattern MANDATE = Pattern.compile("\\b(?:verlengd|verlenging|verlengen|mandaat|inzet|deelname|missie|bijdrage|voortduurt|voortgezet|bekleden|functieduur)\\b"); //$NON-NLS-1$

	/** A name: capitalised words or acronyms in a row ("Enhanced Forward Presence", "RSM", "EU Battle Group"). */
	private static final Pattern NAME = Pattern.compile("(?:\\b\\p{Lu}[\\p{L}\\d\\-’']*)(?:\\s+\\p{Lu}[\\p{L}\\d\\-’']*)*"); //$NON-NLS-1$

	/** Capitalised words that are not what a value is about: the author, months, the Kamer. */
	private static final Set<String> NOT_NAMES = Set.of("nederland", "nederlandse", "defensie", "kamer", "het", "de", "een", "dit", "deze", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"in", "op", "ook", "daarnaast", "tevens", "verder", "voorts", "januari", "februari", "maart", "april", "mei", "juni", "juli", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"augustus", "september", "oktober", "november", "december"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final Pattern WORD = Pattern.compile("\\p{Ll}[\\p{Ll}\\-]{6,}"); //$NON-NLS-1$

	private MeasureReader() {
	}

	/**
	 * The measure of each fact of a sentence, in the facts' order.
	 *
	 * @param text the sentence
	 * @param facts its facts, sorted by position
	 * @param reportYear the year the report covers, for values that name no period
	 */
	public static List<Measure> read(String text, List<Fact> facts, int reportYear) {
		if (facts.isEmpty()) {
			// most sentences state no number: the importer asks for every one
			return List.of();
		}
		Clauses clauses = Clauses.of(text);
		String lower = text.toLowerCase(Locale.ROOT);
		List<Measure> measures = new ArrayList<>();
		Set<TimeRef> periods = new HashSet<>();
		Measure previousAmount = null;
		Fact previousAmountFact = null;
		Period previousPeriod = null;
		for (Fact fact : facts) {
			Measure measure = ReportFactory.eINSTANCE.createMeasure();
			if (fact instanceof TimeRef) {
				measures.add(measure);
				continue;
			}
			if (fact instanceof Amount && previousAmount != null && conversion(text, previousAmountFact, fact)) {
				measure.setKind(previousAmount.getKind());
				measure.setSubject(previousAmount.getSubject());
				measure.setPeriod(copy(previousAmount.getPeriod()));
				measures.add(measure);
				continue;
			}
			measure.setKind(kind(lower, clauses, fact));
			measure.setSubject(subject(text, clauses, fact, measure.getKind()));
			TimeRef time = period(text, clauses, fact, facts);
			String clause = text.substring(clauses.start(fact.getBegin()), clauses.end(fact.getBegin()));
			if (time != null) {
				periods.add(time);
				TimeRef joined = PeriodReader.joinedYear(text, time, facts);
				if (joined != null) {
					periods.add(joined);
				}
				measure.setPeriod(PeriodReader.of(text, time, facts, fact instanceof Amount || fact instanceof Share));
			} else if (PeriodReader.namesRelativeYear(clause) || previousPeriod == null) {
				TimeRef head = sentenceHead(text, facts);
				measure.setPeriod(head != null && !PeriodReader.namesRelativeYear(clause)
						? PeriodReader.of(text, head, facts, fact instanceof Amount || fact instanceof Share)
						: PeriodReader.implied(clause, reportYear));
			} else {
				// "46 miljard pond (2,5% BBP); een stijging van 4,8 miljard": the sentence goes on about the same period
				measure.setPeriod(copy(previousPeriod));
			}
			previousPeriod = measure.getPeriod();
			if (fact instanceof Amount) {
				previousAmount = measure;
				previousAmountFact = fact;
			}
			measures.add(measure);
		}
		for (int i = 0; i < facts.size(); i++) {
			if (facts.get(i) instanceof TimeRef time && !periods.contains(time)) {
				timeMeasure(text, lower, clauses, time, facts, reportYear, measures.get(i));
			}
		}
		return measures;
	}

	private static void timeMeasure(String text, String lower, Clauses clauses, TimeRef time, List<Fact> facts, int reportYear,
			Measure measure) {
		String clause = lower.substring(clauses.start(time.getBegin()), clauses.end(time.getBegin()));
		Period period = PeriodReader.ofValue(text, time, facts);
		if (period.getBound() == PeriodBound.UNTIL && MANDATE.matcher(lower).find()) {
			measure.setKind(MeasureKind.MANDATE_END);
		} else if (DELIVERY.matcher(clause).find() && (time.getEndYear() > 0 ? time.getEndYear() : time.getYear()) >= reportYear) {
			measure.setKind(MeasureKind.DELIVERY_YEAR);
		} else {
			measure.setKind(MeasureKind.OTHER);
			return;
		}
		measure.setPeriod(period);
		measure.setSubject(measure.getKind() == MeasureKind.MANDATE_END ? name(text, clauses, time) : thing(text, clauses, time, facts));
	}

	private static MeasureKind kind(String lower, Clauses clauses, Fact fact) {
		return switch (fact) {
			case Amount amount -> amountKind(lower, clauses, amount);
			case Share share -> ShareRecognizer.GDP.equals(share.getBasis()) || spendingLevel(lower, share) ? MeasureKind.GDP_SHARE
					: MeasureKind.OTHER;
			case Count count -> CountRecognizer.PERSONS.equals(count.getUnit()) ? MeasureKind.PERSONNEL : MeasureKind.QUANTITY;
			default -> MeasureKind.OTHER;
		};
	}

	/**
	 * A percentage of no stated basis that a spending path reaches ("een groeipad tot 1,24% in
	 * 2025"): a level the size of a share of GDP (under {@value #LARGEST_SPENDING_SHARE}%), reached
	 * ("tot", "naar", "neer op"), never a rate ("een stijging van 4,1%").
	 */
	private static boolean spendingLevel(String lower, Share share) {
		if (share.getBasis() != null || share.getValue() >= LARGEST_SPENDING_SHARE) {
			return false;
		}
		String before = lower.substring(Math.max(0, share.getBegin() - LEVEL_REACH), share.getBegin());
		return LEVEL_BEFORE.matcher(before).find();
	}

	private static MeasureKind amountKind(String lower, Clauses clauses, Amount amount) {
		int from = Math.max(clauses.start(amount.getBegin()), amount.getBegin() - CUE_REACH);
		String before = lower.substring(from, amount.getBegin());
		String after = lower.substring(amount.getEnd(), Math.min(lower.length(), amount.getEnd() + CUE_REACH));
		if (ABOVE_AFTER.matcher(after).find()) {
			return MeasureKind.BUDGET_CHANGE;
		}
		Matcher cue = AMOUNT_CUE.matcher(before);
		if (!cue.find()) {
			// "..., namelijk € 6,8 miljard": the words that say what it is stand earlier in the sentence
			before = lower.substring(0, amount.getBegin());
			cue = AMOUNT_CUE.matcher(before);
		} else {
			cue.reset();
		}
		String last = null;
		int lastEnd = 0;
		boolean changeNoun = false;
		while (cue.find()) {
			changeNoun |= cue.group("change") != null; //$NON-NLS-1$
			last = cue.group("change") != null ? "change" : cue.group("by") != null ? "by" : cue.group("level") != null ? "level" : "invest"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			lastEnd = cue.end();
		}
		boolean budgetSentence = BUDGET_WORDS.matcher(lower).find();
		// "gestegen met € 1,7 miljard" is a change, "met een begroting van € 39,2 miljard" a level
		boolean changeBy = "by".equals(last) && (changeNoun || CHANGE_VERB.matcher(lower.substring(0, amount.getBegin())).find()) //$NON-NLS-1$
				&& !BUDGET_WORDS.matcher(before.substring(lastEnd)).find();
		if ("change".equals(last) || changeBy) { //$NON-NLS-1$
			return MeasureKind.BUDGET_CHANGE;
		}
		if ("invest".equals(last)) { //$NON-NLS-1$
			return MeasureKind.INVESTMENT;
		}
		String clause = lower.substring(clauses.start(amount.getBegin()), clauses.end(amount.getBegin()));
		if (AMOUNT_CUE.matcher(clause).results().anyMatch(m -> m.group("invest") != null) && !BUDGET_WORDS.matcher(clause).find()) { //$NON-NLS-1$
			return MeasureKind.INVESTMENT;
		}
		return budgetSentence ? MeasureKind.DEFENCE_BUDGET : MeasureKind.OTHER;
	}

	/** Whether {@code fact} is {@code previous} in another currency: "£39,5 miljard (ongeveer €46,2 miljard". */
	private static boolean conversion(String text, Fact previous, Fact fact) {
		return fact.getBegin() >= previous.getEnd()
				&& CONVERSION_BETWEEN.matcher(text.substring(previous.getEnd(), fact.getBegin())).find();
	}

	private static String subject(String text, Clauses clauses, Fact fact, MeasureKind kind) {
		return switch (kind) {
			case PERSONNEL -> name(text, clauses, fact);
			case QUANTITY -> fact instanceof Count count ? count.getCounted() : null;
			case GDP_SHARE -> NORM.matcher(text.substring(clauses.start(fact.getBegin()), fact.getBegin()).toLowerCase(Locale.ROOT)).find()
					? "norm" : null; //$NON-NLS-1$
			case INVESTMENT -> name(text, clauses, fact);
			default -> null;
		};
	}

	/** What a delivery year or a mandate's end is about: the thing counted in the clause, a name, or its longest noun. */
	private static String thing(String text, Clauses clauses, TimeRef time, List<Fact> facts) {
		for (Fact fact : facts) {
			if (fact instanceof Count count && count.getCounted() != null && clauses.same(fact.getBegin(), time.getBegin())) {
				return count.getCounted();
			}
		}
		String named = name(text, clauses, time);
		if (named != null) {
			return named;
		}
		String clause = text.substring(clauses.start(time.getBegin()), clauses.end(time.getBegin()));
		String longest = null;
		Matcher word = WORD.matcher(clause);
		while (word.find()) {
			if (!DELIVERY.matcher(word.group()).find() && (longest == null || word.group().length() > longest.length())) {
				longest = word.group();
			}
		}
		return longest;
	}

	/**
	 * The first name after the fact in its clause, else the last one before it: the mission, unit
	 * or programme a value is about.
	 */
	private static String name(String text, Clauses clauses, Fact fact) {
		int start = clauses.start(fact.getBegin());
		int end = clauses.end(fact.getBegin());
		String after = null;
		String before = null;
		Matcher name = NAME.matcher(text);
		name.region(start, end);
		name.useTransparentBounds(true);
		while (name.find()) {
			String found = trimName(name.group());
			if (found == null || name.start() == 0) {
				continue;
			}
			if (name.start() >= fact.getEnd()) {
				after = found;
				break;
			}
			if (name.end() <= fact.getBegin()) {
				before = found;
			}
		}
		return after != null ? after : before;
	}

	private static String trimName(String name) {
		List<String> words = new ArrayList<>(List.of(name.split("\\s+"))); //$NON-NLS-1$
		// nationality adjectives ("Belgische", "Duitse") and the partners themselves are not what is measured
		words.removeIf(word -> NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) || word.length() > 4 && (word.endsWith("se") || word.endsWith("sche")) //$NON-NLS-1$ //$NON-NLS-2$
				|| SubjectRegistry.standard().resolve(word).isPresent());
		return words.isEmpty() ? null : String.join(" ", words); //$NON-NLS-1$
	}

	/** The time reference of the fact's clause that is its period: the nearest one that can be. */
	private static TimeRef period(String text, Clauses clauses, Fact fact, List<Fact> facts) {
		TimeRef best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Fact other : facts) {
			if (other instanceof TimeRef time && clauses.same(time.getBegin(), fact.getBegin()) && PeriodReader.canBePeriod(text, time)) {
				int distance = time.getBegin() >= fact.getEnd() ? time.getBegin() - fact.getEnd() : fact.getBegin() - time.getEnd();
				if (distance < bestDistance) {
					best = time;
					bestDistance = distance;
				}
			}
		}
		return best;
	}

	/** "In 2020 ..." at the head of a sentence dates the whole sentence. */
	private static TimeRef sentenceHead(String text, List<Fact> facts) {
		for (Fact other : facts) {
			if (other instanceof TimeRef time && time.getBegin() <= SENTENCE_HEAD && PeriodReader.canBePeriod(text, time)) {
				return time;
			}
		}
		return null;
	}

	private static Period copy(Period period) {
		if (period == null) {
			return null;
		}
		Period copy = ReportFactory.eINSTANCE.createPeriod();
		copy.setKind(period.getKind());
		copy.setBound(period.getBound());
		copy.setYear(period.getYear());
		copy.setEndYear(period.getEndYear());
		copy.setMonth(period.getMonth());
		return copy;
	}
}

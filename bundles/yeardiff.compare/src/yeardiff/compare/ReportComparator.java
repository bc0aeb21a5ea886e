package yeardiff.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import yeardiff.compare.WordEdit.Kind;
import yeardiff.compare.internal.ContentWords;
import yeardiff.compare.internal.FactComparator;
import yeardiff.compare.internal.PartnerUnit;
import yeardiff.compare.internal.StatementMatcher;
import yeardiff.compare.internal.StatementMatcher.Match;
import yeardiff.compare.internal.StatementProfile;
import yeardiff.compare.internal.UnitAligner;
import yeardiff.compare.internal.UnitAligner.UnitPair;
import yeardiff.compare.internal.WordDiffer;
import yeardiff.compare.internal.WordWeights;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * Compares two reports partner by partner: pairs each partner's statements across the years even
 * when they were reworded, reordered, split or moved to another section, diffs each pair by word,
 * and compares the facts inside by value. Plain Java over the model; the CLI, the exports and the
 * workbench all call this.
 */
public final class ReportComparator {

	/**
	 * How much more of the other statement a split sentence's parts together must cover (likeness of
	 * all words) than its first part alone.
	 */
	private static final double SPLIT_GAIN = 0.05;
	private static final double SPLIT_PART_THRESHOLD = 0.25;
	/** How much of the threshold statements stating the same kind of quantity need. */
	private static final double QUANTITY_FACTOR = 0.6;
	/** How much of the threshold two statements in the same place between two pairs need. */
	private static final double IN_PLACE_THRESHOLD = 0.6;
	/** How much of the threshold two statements right beside the two statements of one pair need. */
	private static final double BESIDE_THRESHOLD = 0.6;
	/**
	 * How close to a pair's own likeness a leftover statement must come to join it: the parts of a
	 * merged sentence are each about as like it as the other; a neighbouring subject is much less.
	 */
	private static final double LEFTOVER_SHARE = 0.8;


	private final SubjectRegistry registry;
	private final ComparisonOptions options;
	/** Word rarity over the whole repository, or null to measure it over the two reports compared. */
	private final WordWeights repositoryWeights;
	private final PairingCorrections corrections;

	public ReportComparator() {
		this(SubjectRegistry.standard(), ComparisonOptions.defaults());
	}

	public ReportComparator(SubjectRegistry registry, ComparisonOptions options) {
		this(registry, options, null, PairingCorrections.none());
	}

	private ReportComparator(SubjectRegistry registry, ComparisonOptions options, WordWeights repositoryWeights,
			PairingCorrections corrections) {
		this.registry = registry;
		this.options = options;
		this.repositoryWeights = repositoryWeights;
		this.corrections = corrections;
	}

	/**
	 * This comparator, honouring the reviewers' corrections: statements linked by hand are always
	 * paired (with confidence 1), statements unlinked never.
	 */
	public ReportComparator withCorrections(PairingCorrections newCorrections) {
		return new ReportComparator(registry, options, repositoryWeights, newCorrections);
	}

	/**
	 * This comparator, weighing words by how rare they are across {@code reports} (all reports of
	 * the repository) instead of across the two reports compared: a name that every year repeats in
	 * one place stays rare, though both reports of a comparison mention it. Measured once, here.
	 */
	public ReportComparator withRepository(java.util.Collection<Report> reports) {
		return new ReportComparator(registry, options, WordWeights.of(reports), corrections);
	}

	/** The subjects this comparator knows: which sections answer for a partner. */
	SubjectRegistry registry() {
		return registry;
	}

	public ReportComparison compare(Report from, Report to) {
		return compare(from, to, null);
	}

	/**
	 * @param partner a subject id to compare only that partner (a composite such as
	 *            {@code belgie-luxemburg} also answers for its members), or null for all
	 */
	public ReportComparison compare(Report from, Report to, String partner) {
		return compare(from, to, partner, false);
	}

	/**
	 * Compares only what the two reports say about {@code partner}: statements that moved in from
	 * another partner's section show as new. Much cheaper than {@link #compare(Report, Report, String)}
	 * when one partner is followed through many reports, as a timeline does.
	 */
	public ReportComparison compareWithin(Report from, Report to, String partner) {
		return compare(from, to, partner, true);
	}

	private ReportComparison compare(Report from, Report to, String partner, boolean within) {
		List<Unit> units = new ArrayList<>();
		List<StatementProfile> all = new ArrayList<>();
		for (UnitPair pair : new UnitAligner(registry).align(PartnerUnit.of(from), PartnerUnit.of(to))) {
			if (within && partner != null && !Partners.covers(registry, pair.key(), partner)) {
				continue;
			}
			Unit unit = new Unit(pair, from.getYear(), to.getYear());
			units.add(unit);
			all.addAll(unit.from);
			all.addAll(unit.to);
		}
		StatementMatcher matcher = new StatementMatcher(repositoryWeights != null ? repositoryWeights : new WordWeights(all));
		PairingCorrections.Resolved review = corrections.resolve(from, to);
		applyLinks(units, review, matcher);
		for (Unit unit : units) {
			pairWithinUnit(unit, matcher, review);
		}
		pairMoves(units, SectionNesting.parents(from, to), matcher, review);
		for (Unit unit : units) {
			attachSplitsAndMerges(unit, units, matcher, review);
		}
		for (Unit unit : units) {
			pairQuantities(unit, matcher, review);
		}
		for (Unit unit : units) {
			pairInPlace(unit, matcher, review);
		}
		for (Unit unit : units) {
			pairBesidePairs(unit, matcher, review);
		}
		for (Unit unit : units) {
			attachLeftovers(unit, units, matcher, review);
		}
		FactComparator facts = new FactComparator(from.getYear(), to.getYear());
		List<SectionComparison> sections = new ArrayList<>();
		for (Unit unit : units) {
			if (partner == null || Partners.covers(registry, unit.pair.key(), partner)) {
				sections.add(unit.toComparison(facts));
			}
		}
		return new ReportComparison(from.getId(), to.getId(), sections);
	}

	/**
	 * Pairs what reviewers linked by hand before anything else; a statement linked to one already
	 * paired joins that pair as a further part (a split or merge the reviewer saw).
	 */
	private static void applyLinks(List<Unit> units, PairingCorrections.Resolved review, StatementMatcher matcher) {
		for (Statement[] link : review.links()) {
			int[] fromPlace = place(units, link[0], true);
			int[] toPlace = place(units, link[1], false);
			if (fromPlace == null || toPlace == null) {
				continue;
			}
			Unit source = units.get(fromPlace[0]);
			Unit target = units.get(toPlace[0]);
			boolean fromTaken = source.takenFrom[fromPlace[1]];
			boolean toTaken = target.takenTo[toPlace[1]];
			if (!fromTaken && !toTaken) {
				StatementProfile earlier = source.from.get(fromPlace[1]);
				StatementProfile later = target.to.get(toPlace[1]);
				boolean sameUnit = source == target;
				PendingPair pair = new PendingPair(earlier, later, sameUnit ? fromPlace[1] : -1, toPlace[1],
						matcher.similarity(earlier, later), !sameUnit, 1);
				pair.source = source;
				pair.corrected = true;
				target.pairs.add(pair);
				source.takenFrom[fromPlace[1]] = true;
				target.takenTo[toPlace[1]] = true;
			} else if (fromTaken && !toTaken) {
				PendingPair pair = pairHolding(units, link[0], true);
				if (pair != null) {
					pair.alsoTo.add(link[1]);
					target.takenTo[toPlace[1]] = true;
				}
			} else if (toTaken && !fromTaken) {
				PendingPair pair = pairHolding(units, link[1], false);
				if (pair != null) {
					pair.alsoFrom.add(link[0]);
					source.takenFrom[fromPlace[1]] = true;
				}
			}
		}
	}

	/** The unit and index of a statement on one side, or null when the comparison leaves it out. */
	private static int[] place(List<Unit> units, Statement statement, boolean earlier) {
		for (int u = 0; u < units.size(); u++) {
			List<StatementProfile> side = earlier ? units.get(u).from : units.get(u).to;
			for (int i = 0; i < side.size(); i++) {
				if (side.get(i).statement() == statement) {
					return new int[] { u, i };
				}
			}
		}
		return null;
	}

	private static PendingPair pairHolding(List<Unit> units, Statement statement, boolean earlier) {
		for (Unit unit : units) {
			for (PendingPair pair : unit.pairs) {
				if (earlier ? pair.from.statement() == statement || pair.alsoFrom.contains(statement)
						: pair.to.statement() == statement || pair.alsoTo.contains(statement)) {
					return pair;
				}
			}
		}
		return null;
	}

	private void pairWithinUnit(Unit unit, StatementMatcher matcher, PairingCorrections.Resolved review) {
		// One assignment over the whole section.
		double threshold = options.threshold();
		List<Match> matches = matcher.match(unit.from, unit.to,
				(i, j) -> review.forbids(unit.from.get(i).statement(), unit.to.get(j).statement()) ? 0 : threshold, unit.takenFrom,
				unit.takenTo);
		addPairs(unit, matches);
	}

	/**
	 * The year's figures (budget, share of GDP) restated in other words: a lower bar, but only
	 * between statements that state the same kind of quantity, and only for what neither a pair
	 * nor a split or merged sentence took (a share of GDP split off the budget's sentence belongs
	 * to it, not to another figure).
	 */
	private void pairQuantities(Unit unit, StatementMatcher matcher, PairingCorrections.Resolved review) {
		double bar = options.threshold() * QUANTITY_FACTOR;
		addPairs(unit, matcher.match(unit.from, unit.to,
				(i, j) -> !review.forbids(unit.from.get(i).statement(), unit.to.get(j).statement())
						&& unit.from.get(i).sharesQuantity(unit.to.get(j)) ? bar : 0,
				unit.takenFrom, unit.takenTo));
	}

	/**
	 * A statement left unpaired between two pairs that keep their order, and one of the other
	 * report standing between the same two pairs, say the same thing in the same place of the
	 * section: the ministry rewrote a sentence and kept the paragraph around it. Their place is
	 * evidence of its own, so they need only some likeness ({@link #IN_PLACE_THRESHOLD} of the
	 * threshold), solved as one assignment over each stretch between two pairs.
	 */
	private void pairInPlace(Unit unit, StatementMatcher matcher, PairingCorrections.Resolved review) {
		List<int[]> anchors = new ArrayList<>();
		for (PendingPair pair : unit.pairs) {
			if (pair.source == unit && pair.fromIndex >= 0 && pair.toIndex >= 0 && !pair.moved) {
				anchors.add(new int[] { pair.fromIndex, pair.toIndex });
			}
		}
		if (anchors.isEmpty()) {
			return;
		}
		int[] fromStretch = new int[unit.from.size()];
		for (int i = 0; i < fromStretch.length; i++) {
			for (int[] anchor : anchors) {
				if (anchor[0] < i) {
					fromStretch[i]++;
				}
			}
		}
		int[] toStretch = new int[unit.to.size()];
		for (int j = 0; j < toStretch.length; j++) {
			for (int[] anchor : anchors) {
				if (anchor[1] < j) {
					toStretch[j]++;
				}
			}
		}
		// Only a stretch where as many statements are left on either side: the same number of
		// sentences dropped and added is a rewrite; more on one side is news or a paragraph dropped.
		Map<Integer, Integer> leftFrom = new HashMap<>();
		for (int i = 0; i < fromStretch.length; i++) {
			if (!unit.takenFrom[i]) {
				leftFrom.merge(Integer.valueOf(fromStretch[i]), Integer.valueOf(1), Integer::sum);
			}
		}
		Map<Integer, Integer> leftTo = new HashMap<>();
		for (int j = 0; j < toStretch.length; j++) {
			if (!unit.takenTo[j]) {
				leftTo.merge(Integer.valueOf(toStretch[j]), Integer.valueOf(1), Integer::sum);
			}
		}
		double bar = options.threshold() * IN_PLACE_THRESHOLD;
		addPairs(unit, matcher.match(unit.from, unit.to, (i, j) -> {
			Integer stretch = Integer.valueOf(fromStretch[i]);
			boolean samePlace = fromStretch[i] == toStretch[j] && leftFrom.get(stretch).equals(leftTo.get(stretch));
			return samePlace && !review.forbids(unit.from.get(i).statement(), unit.to.get(j).statement()) ? bar : 0;
		}, unit.takenFrom, unit.takenTo));
	}

	/**
	 * Two statements left unpaired right after (or right before) the two statements of one pair:
	 * the sentence that followed a paragraph's sentence still follows it. Their place is evidence
	 * of its own, so they need only some likeness ({@link #BESIDE_THRESHOLD} of the threshold),
	 * solved as one assignment over the section.
	 */
	private void pairBesidePairs(Unit unit, StatementMatcher matcher, PairingCorrections.Resolved review) {
		java.util.Set<Long> beside = new java.util.HashSet<>();
		for (PendingPair pair : unit.pairs) {
			if (pair.source == unit && pair.fromIndex >= 0 && pair.toIndex >= 0) {
				beside.add(Long.valueOf(key(pair.fromIndex + 1, pair.toIndex + 1)));
				beside.add(Long.valueOf(key(pair.fromIndex - 1, pair.toIndex - 1)));
			}
		}
		if (beside.isEmpty()) {
			return;
		}
		double bar = options.threshold() * BESIDE_THRESHOLD;
		addPairs(unit, matcher.match(unit.from, unit.to,
				(i, j) -> beside.contains(Long.valueOf(key(i, j))) && !review.forbids(unit.from.get(i).statement(), unit.to.get(j).statement())
						? bar : 0,
				unit.takenFrom, unit.takenTo));
	}

	private static long key(int i, int j) {
		return ((long) i << 32) ^ (j & 0xffffffffL);
	}

	/** Adds pairs of the unit's own statements; those out of the order of all its pairs moved. */
	private static void addPairs(Unit unit, List<Match> matches) {
		List<Match> all = new ArrayList<>(matches);
		for (PendingPair pair : unit.pairs) {
			if (pair.fromIndex >= 0 && pair.source == unit) {
				all.add(new Match(pair.fromIndex, pair.toIndex, pair.similarity, pair.confidence));
			}
		}
		boolean[] inOrder = StatementMatcher.inOrder(all);
		for (int i = 0; i < matches.size(); i++) {
			Match match = matches.get(i);
			PendingPair pair = new PendingPair(unit.from.get(match.from()), unit.to.get(match.to()), match.from(), match.to(),
					match.similarity(), !inOrder[i], match.confidence());
			pair.source = unit;
			unit.pairs.add(pair);
		}
	}

	/**
	 * Pairs what is left unpaired across partners: a statement that moved to another section. A
	 * statement that moved between a theme and the organisation it stands in (the UN's peacekeeping
	 * reform and the UN, when a letter drops the theme's own heading) stays within one subject
	 * area: it needs less than a move between partners, more than a pair within one section.
	 */
	private void pairMoves(List<Unit> units, Map<String, String> parents, StatementMatcher matcher,
			PairingCorrections.Resolved review) {
		List<StatementProfile> from = new ArrayList<>();
		List<int[]> fromPlaces = new ArrayList<>();
		List<StatementProfile> to = new ArrayList<>();
		List<int[]> toPlaces = new ArrayList<>();
		for (int u = 0; u < units.size(); u++) {
			Unit unit = units.get(u);
			for (int i = 0; i < unit.from.size(); i++) {
				if (!unit.takenFrom[i]) {
					from.add(unit.from.get(i));
					fromPlaces.add(new int[] { u, i });
				}
			}
			for (int j = 0; j < unit.to.size(); j++) {
				if (!unit.takenTo[j]) {
					to.add(unit.to.get(j));
					toPlaces.add(new int[] { u, j });
				}
			}
		}
		boolean[] takenFrom = new boolean[from.size()];
		boolean[] takenTo = new boolean[to.size()];
		double moveThreshold = options.moveThreshold();
		double nestedThreshold = (options.threshold() + moveThreshold) / 2;
		for (Match match : matcher.match(from, to, (i, j) -> {
			if (review.forbids(from.get(i).statement(), to.get(j).statement())) {
				return 0;
			}
			String fromKey = units.get(fromPlaces.get(i)[0]).pair.key();
			String toKey = units.get(toPlaces.get(j)[0]).pair.key();
			return fromKey.equals(parents.get(toKey)) || toKey.equals(parents.get(fromKey)) ? nestedThreshold : moveThreshold;
		}, takenFrom, takenTo)) {
			int[] fromPlace = fromPlaces.get(match.from());
			int[] toPlace = toPlaces.get(match.to());
			units.get(fromPlace[0]).takenFrom[fromPlace[1]] = true;
			Unit target = units.get(toPlace[0]);
			target.takenTo[toPlace[1]] = true;
			boolean sameUnit = fromPlace[0] == toPlace[0];
			PendingPair moved = new PendingPair(from.get(match.from()), to.get(match.to()), sameUnit ? fromPlace[1] : -1,
					toPlace[1], match.similarity(), !sameUnit, match.confidence());
			moved.source = units.get(fromPlace[0]);
			target.pairs.add(moved);
		}
	}

	/**
	 * An unpaired statement that continues a paired one: the later report split a sentence in two
	 * (or merged two into one). A statement of the earlier report may join a pair that moved to
	 * another partner's section, when its own section is the one the pair came from.
	 */
	private static void attachSplitsAndMerges(Unit unit, List<Unit> units, StatementMatcher matcher,
			PairingCorrections.Resolved review) {
		for (int j = 0; j < unit.to.size(); j++) {
			if (unit.takenTo[j]) {
				continue;
			}
			StatementProfile part = unit.to.get(j);
			for (PendingPair pair : unit.pairs) {
				if (pair.from == null || review.forbids(pair.from.statement(), part.statement())
						|| matcher.wordSimilarity(pair.from, part) < SPLIT_PART_THRESHOLD) {
					continue;
				}
				double together = matcher.wordSimilarity(pair.from, new StatementProfile(pair.to, part));
				if (together > matcher.wordSimilarity(pair.from, pair.to) + SPLIT_GAIN) {
					pair.alsoTo.add(part.statement());
					unit.takenTo[j] = true;
					break;
				}
			}
		}
		List<PendingPair> fromHere = new ArrayList<>();
		for (Unit other : units) {
			for (PendingPair pair : other.pairs) {
				if (pair.source == unit) {
					fromHere.add(pair);
				}
			}
		}
		for (int i = 0; i < unit.from.size(); i++) {
			if (unit.takenFrom[i]) {
				continue;
			}
			StatementProfile part = unit.from.get(i);
			for (PendingPair pair : fromHere) {
				if (pair.to == null || review.forbids(part.statement(), pair.to.statement())
						|| matcher.wordSimilarity(part, pair.to) < SPLIT_PART_THRESHOLD) {
					continue;
				}
				double together = matcher.wordSimilarity(new StatementProfile(pair.from, part), pair.to);
				if (together > matcher.wordSimilarity(pair.from, pair.to) + SPLIT_GAIN) {
					pair.alsoFrom.add(part.statement());
					unit.takenFrom[i] = true;
					break;
				}
			}
		}
	}

	/**
	 * A statement left unpaired whose closest statement of the other report is already paired, and
	 * close enough to be paired on its own (the threshold; a move's threshold across sections),
	 * joins that pair: the later letter merged two sentences about one subject into one (or split
	 * one in two) and the one-to-one pairing could give the merged sentence to only one of them.
	 * Unlike {@link #attachSplitsAndMerges} this asks no gain in covered words: the budget and its
	 * share of GDP merged into one sentence share the subject, not the words.
	 */
	private void attachLeftovers(Unit unit, List<Unit> units, StatementMatcher matcher, PairingCorrections.Resolved review) {
		for (int j = 0; j < unit.to.size(); j++) {
			if (unit.takenTo[j]) {
				continue;
			}
			StatementProfile part = unit.to.get(j);
			PendingPair best = null;
			double bestSimilarity = 0;
			for (PendingPair pair : unit.pairs) {
				if (pair.from == null || review.forbids(pair.from.statement(), part.statement())) {
					continue;
				}
				double similarity = matcher.similarity(pair.from, part);
				if (similarity > bestSimilarity) {
					best = pair;
					bestSimilarity = similarity;
				}
			}
			if (best != null && bestSimilarity >= (best.source == unit ? options.threshold() : options.moveThreshold())
					&& bestSimilarity >= LEFTOVER_SHARE * best.similarity
					&& !closerUnpaired(part, unit.from, unit.takenFrom, bestSimilarity, matcher, true)) {
				best.alsoTo.add(part.statement());
				unit.takenTo[j] = true;
			}
		}
		List<PendingPair> fromHere = new ArrayList<>();
		for (Unit other : units) {
			for (PendingPair pair : other.pairs) {
				if (pair.source == unit && pair.to != null) {
					fromHere.add(pair);
				}
			}
		}
		for (int i = 0; i < unit.from.size(); i++) {
			if (unit.takenFrom[i]) {
				continue;
			}
			StatementProfile part = unit.from.get(i);
			PendingPair best = null;
			double bestSimilarity = 0;
			for (PendingPair pair : fromHere) {
				if (review.forbids(part.statement(), pair.to.statement())) {
					continue;
				}
				double similarity = matcher.similarity(part, pair.to);
				if (similarity > bestSimilarity) {
					best = pair;
					bestSimilarity = similarity;
				}
			}
			if (best != null && bestSimilarity >= (best.moved && best.fromIndex < 0 ? options.moveThreshold() : options.threshold())
					&& bestSimilarity >= LEFTOVER_SHARE * best.similarity
					&& !closerUnpaired(part, unit.to, unit.takenTo, bestSimilarity, matcher, false)) {
				best.alsoFrom.add(part.statement());
				unit.takenFrom[i] = true;
			}
		}
	}

	/** Whether a statement still unpaired on the other side is at least as like {@code part}. */
	private static boolean closerUnpaired(StatementProfile part, List<StatementProfile> others, boolean[] taken, double similarity,
			StatementMatcher matcher, boolean partIsLater) {
		for (int k = 0; k < others.size(); k++) {
			if (!taken[k] && (partIsLater ? matcher.similarity(others.get(k), part) : matcher.similarity(part, others.get(k))) >= similarity) {
				return true;
			}
		}
		return false;
	}

	/** A partner's statements on both sides while they are being paired. */
	private static final class Unit {
		final UnitPair pair;
		final List<StatementProfile> from;
		final List<StatementProfile> to;
		final boolean[] takenFrom;
		final boolean[] takenTo;
		final List<PendingPair> pairs = new ArrayList<>();

		Unit(UnitPair pair, int fromYear, int toYear) {
			this.pair = pair;
			from = profiles(pair.from(), fromYear);
			to = profiles(pair.to(), toYear);
			takenFrom = new boolean[from.size()];
			takenTo = new boolean[to.size()];
		}

		private static List<StatementProfile> profiles(PartnerUnit unit, int year) {
			return unit == null ? List.of() : unit.statements().stream().map(s -> new StatementProfile(s, year)).toList();
		}

		SectionComparison toComparison(FactComparator facts) {
			List<PendingPair> ordered = new ArrayList<>(pairs);
			for (int j = 0; j < to.size(); j++) {
				if (!takenTo[j]) {
					ordered.add(new PendingPair(null, to.get(j), -1, j, 0, false, 0));
				}
			}
			ordered.sort(Comparator.comparingInt(pending -> pending.toIndex));
			List<StatementPair> result = new ArrayList<>();
			int nextDropped = 0;
			for (PendingPair pending : ordered) {
				if (pending.fromIndex >= 0) {
					nextDropped = emitDropped(result, nextDropped, pending.fromIndex, facts);
				}
				result.add(pending.toPair(facts));
			}
			emitDropped(result, nextDropped, from.size(), facts);
			return new SectionComparison(pair.key(), pair.name(), pair.from() == null ? null : pair.from().heading(),
					pair.to() == null ? null : pair.to().heading(), List.copyOf(result));
		}

		private int emitDropped(List<StatementPair> result, int start, int end, FactComparator facts) {
			int i = start;
			for (; i < end; i++) {
				if (!takenFrom[i]) {
					result.add(new PendingPair(from.get(i), null, i, -1, 0, false, 0).toPair(facts));
				}
			}
			return Math.max(start, end);
		}
	}

	/** A pair while pairing goes on: split parts may still join it. */
	private static final class PendingPair {
		final StatementProfile from;
		final StatementProfile to;
		final int fromIndex;
		final int toIndex;
		final double similarity;
		final boolean moved;
		final double confidence;
		/** The section the earlier statement stands in. */
		Unit source;
		/** Whether a reviewer linked the two statements. */
		boolean corrected;
		final List<Statement> alsoFrom = new ArrayList<>();
		final List<Statement> alsoTo = new ArrayList<>();

		PendingPair(StatementProfile from, StatementProfile to, int fromIndex, int toIndex, double similarity, boolean moved,
				double confidence) {
			this.confidence = confidence;
			this.from = from;
			this.to = to;
			this.fromIndex = fromIndex;
			this.toIndex = toIndex;
			this.similarity = similarity;
			this.moved = moved;
		}

		StatementPair toPair(FactComparator facts) {
			if (from == null) {
				Statement added = to.statement();
				return new StatementPair(PairStatus.NEW, 0, null, added, List.of(), List.of(),
						facts.compare(List.of(), List.of(added)), WordDiffer.whole(Kind.INSERT, added.getText()),
						added.getCommitment() != null, false, 0, false);
			}
			if (to == null) {
				Statement dropped = from.statement();
				return new StatementPair(PairStatus.DROPPED, 0, dropped, null, List.of(), List.of(),
						facts.compare(List.of(dropped), List.of()), WordDiffer.whole(Kind.DELETE, dropped.getText()),
						dropped.getCommitment() != null, false, 0, false);
			}
			List<Statement> fromStatements = new ArrayList<>();
			fromStatements.add(from.statement());
			fromStatements.addAll(alsoFrom);
			List<Statement> toStatements = new ArrayList<>();
			toStatements.add(to.statement());
			toStatements.addAll(alsoTo);
			List<FactChange> changes = facts.compare(fromStatements, toStatements);
			String fromText = join(fromStatements);
			String toText = join(toStatements);
			// What the statement claims changed when a fact's value did, and also when its commitment
			// did in other words: a promise ("zal ... leveren") reported as done ("heeft ... geleverd"),
			// a due time moved. The same words read under a later letter's date (a draft copying last
			// year's sentence) are the same claim: the draft's stale checks speak to their tense.
			boolean commitmentChanged = facts.commitmentChanged(fromStatements, toStatements);
			boolean sameWords = ContentWords.sameness(fromText).equals(ContentWords.sameness(toText));
			PairStatus status;
			if (!changes.isEmpty() || commitmentChanged && !sameWords) {
				status = PairStatus.CHANGED;
			} else if (moved) {
				status = PairStatus.MOVED;
			} else if (sameWords) {
				status = PairStatus.UNCHANGED;
			} else {
				status = PairStatus.REWORDED;
			}
			return new StatementPair(status, Math.round(similarity * 1000) / 1000.0, from.statement(), to.statement(),
					List.copyOf(alsoFrom), List.copyOf(alsoTo), changes, WordDiffer.diff(fromText, toText),
					commitmentChanged, moved, confidence, corrected);
		}

		private static String join(List<Statement> statements) {
			return String.join(" ", statements.stream().map(Statement::getText).toList()); //$NON-NLS-1$
		}
	}
}

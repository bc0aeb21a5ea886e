package yeardiff.bench.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;

import yeardiff.compare.PairStatus;
import yeardiff.compare.ReportComparator;
import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;
import yeardiff.model.util.ReadingOrder;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;
import yeardiff.store.ReportRepository;

/**
 * A long history of yearly reports whose year-on-year change follows what the real letters show.
 * The rates are measured first ({@link CorpusRates}): the product's comparison, weighing words by
 * their rarity across all five sample letters as it does in the sample repository, over the
 * consecutive real yearly reports (2019, 2020, 2021). The 2019 and 2021 extractions lack pages and
 * the 2020 one is complete (the samples' README), so 2019 to 2020 shows what became of the 2019
 * statements and 2020 to 2021 where the 2021 statements came from. Then, from the complete 2020
 * report on, each year's report is made from the year before by drawing, for every statement,
 * whether it is replaced (dropped, and a new statement added) with the measured share of statements
 * without a counterpart, and for the others whether a fact changes, the words change or the
 * statement moves, with the shares measured among the statements found again. New statements are
 * real prose: statements of the other letters, then statements dropped years before coming back,
 * each put in a paragraph of a section about the subject its own section was about (anywhere when
 * the report has none). A seeded random source makes the corpus the same in every run. Each year is
 * set as a PDF ({@link SamplePdf}) and imported like any letter, so ids, facts and commitments are
 * the importer's own. The rates of the real letters and those of the corpus made, measured the same
 * way, are both printed, so the figures can be judged against them.
 */
final class SyntheticCorpus {

	static final int FIRST_YEAR = 1995;
	private static final long SEED = 33_279;
	private static final List<SampleLetter> YEARLY = List.of(SampleLetter.REPORT_2019, SampleLetter.REPORT_2020, SampleLetter.REPORT_2021);
	/** The one real yearly report that holds every page of its letter. */
	private static final SampleLetter COMPLETE = SampleLetter.REPORT_2020;
	private static final List<SampleLetter> OTHER_PROSE = List.of(SampleLetter.REPORT_2019, SampleLetter.REPORT_2021, SampleLetter.INTERIM_2019,
			SampleLetter.NOTA_2012);

	/** A number in Dutch notation that is not part of a word: "4,9", "1.200", "270", "2025". */
	private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![\\p{L}\\d])"); //$NON-NLS-1$
	/** Phrase swaps that keep a sentence's meaning and facts, as another writer might put it. */
	@SuppressWarnings("nls")
	private static final String[][] SYNONYMS = { { " ook ", " eveneens " }, { " daarnaast ", " bovendien " }, { " belangrijke ", " voorname " },
			{ " verder ", " voorts " }, { " samenwerking ", " samenwerkingsrelatie " }, { " in het kader van ", " binnen " },
			{ " onder meer ", " onder andere " }, { " met ", " samen met " }, { " de komende jaren ", " in de komende jaren " }, { " goed ", " uitstekend " },
			{ " intensief ", " nauw " }, { " verschillende ", " diverse " }, { " gezamenlijke ", " gemeenschappelijke " } };
	/** Words a writer adds or leaves out without changing what a sentence says. */
	@SuppressWarnings("nls")
	private static final String[] FILLERS = { "ook", "tevens", "verder", "nog", "daarbij", "inmiddels" };

	private final Fixtures fixtures;
	private final PrintStream log;

	SyntheticCorpus(Fixtures fixtures, PrintStream log) {
		this.fixtures = fixtures;
		this.log = log;
	}

	/**
	 * The change between the consecutive real yearly reports, words weighed over all five letters
	 * (the sample repository); only the 2020 letter is complete.
	 */
	CorpusRates measuredRates() throws Exception {
		List<Report> chain = new ArrayList<>();
		for (SampleLetter letter : YEARLY) {
			chain.add(fixtures.report(letter));
		}
		List<Report> letters = new ArrayList<>();
		for (SampleLetter letter : SampleLetter.all()) {
			letters.add(fixtures.report(letter));
		}
		Report complete = fixtures.report(COMPLETE);
		return CorpusRates.measure(chain, new ReportComparator().withRepository(letters), report -> report == complete);
	}

	/**
	 * Creates one repository per size in {@code folders} (size to folder): the first {@code size}
	 * reports of one generated history, one commit each.
	 *
	 * @return the rates measured over the largest repository's reports, as the comparison sees them
	 */
	CorpusRates build(Map<Integer, Path> folders) throws Exception {
		CorpusRates real = measuredRates();
		log.println("bench: real yearly letters 2019-2021 (2019's statements seen against the complete 2020, 2021's against 2020): " //$NON-NLS-1$
				+ real.describe());
		Random random = new Random(SEED);
		List<Prose> pool = pool(random);
		int largest = folders.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		Map<Integer, ReportRepository> repositories = new LinkedHashMap<>();
		List<Report> made = new ArrayList<>();
		ReportImporter importer = new ReportImporter();
		try {
			for (Map.Entry<Integer, Path> folder : folders.entrySet()) {
				repositories.put(folder.getKey(), ReportRepository.init(folder.getValue()));
			}
			Report edited = EcoreUtil.copy(fixtures.report(SampleLetter.REPORT_2020));
			Draws draws = new Draws(real);
			ReportComparator pairwise = new ReportComparator();
			for (int offset = 0; offset < largest; offset++) {
				int year = FIRST_YEAR + offset;
				if (offset > 0) {
					edit(edited, draws, random, pool, year);
				}
				byte[] pdf = SamplePdf.render(dated(edited, year));
				String id = Integer.toString(year);
				Report report = importer.read(pdf, id + ".pdf", ImportOptions.defaults().withYear(year).withId(id)); //$NON-NLS-1$
				if (!made.isEmpty()) {
					draws.correct(CorpusRates.measure(List.of(made.get(made.size() - 1), report), pairwise, all -> true));
				}
				made.add(report);
				for (Map.Entry<Integer, ReportRepository> repository : repositories.entrySet()) {
					if (offset < repository.getKey().intValue()) {
						repository.getValue().importReport(report, pdf, "pdf", false); //$NON-NLS-1$
					}
				}
			}
		} finally {
			repositories.values().forEach(ReportRepository::close);
		}
		CorpusRates generated = CorpusRates.measure(made, new ReportComparator().withRepository(made), report -> true);
		log.println(String.format(Locale.ROOT, "bench: synthetic corpus of %d reports: %s", Integer.valueOf(largest), generated.describe())); //$NON-NLS-1$
		return generated;
	}

	/**
	 * The shares each year's edits are drawn with. They start at the rates measured on the real
	 * letters and follow what the comparison then finds between the last two reports made: an edit
	 * is not always seen as what it was meant to be (new prose from another letter may be paired
	 * with the statement it replaced, as a rewording; a statement moved next to its old place is not
	 * out of order), so each share is corrected by how far the measured one lies from the real one.
	 */
	private static final class Draws {

		/** How much of the difference one correction takes up: enough to settle within a few years, not to swing. */
		private static final double DAMPING = 0.5;
		/** The largest share drawn: a report must keep some statements from one year to the next. */
		private static final double MOST = 0.9;

		private final CorpusRates target;
		double replaced;
		double changed;
		double reworded;
		double moved;

		Draws(CorpusRates target) {
			this.target = target;
			replaced = target.turnover();
			changed = target.shareOfKept(PairStatus.CHANGED);
			reworded = target.shareOfKept(PairStatus.REWORDED);
			moved = target.shareOfKept(PairStatus.MOVED);
		}

		void correct(CorpusRates measured) {
			replaced = corrected(replaced, target.turnover(), measured.turnover());
			changed = corrected(changed, target.shareOfKept(PairStatus.CHANGED), measured.shareOfKept(PairStatus.CHANGED));
			reworded = corrected(reworded, target.shareOfKept(PairStatus.REWORDED), measured.shareOfKept(PairStatus.REWORDED));
			moved = corrected(moved, target.shareOfKept(PairStatus.MOVED), measured.shareOfKept(PairStatus.MOVED));
			double kept = changed + reworded + moved;
			if (kept > 1) {
				changed /= kept;
				reworded /= kept;
				moved /= kept;
			}
		}

		private static double corrected(double drawn, double wanted, double seen) {
			return Math.min(MOST, Math.max(0, drawn + DAMPING * (wanted - seen)));
		}
	}

	/** A statement's text and the subject of the section it stood in (null for none). */
	private record Prose(String text, String subject) {

		static Prose of(Statement statement) {
			Section section = (Section) statement.eContainer().eContainer();
			return new Prose(statement.getText(), section.getSubject() == null ? null : section.getSubject().getId());
		}
	}

	/** The statements of the other real letters, in a random order: the prose new statements are taken from. */
	private List<Prose> pool(Random random) throws Exception {
		Set<String> known = new HashSet<>();
		ReadingOrder.statements(fixtures.report(SampleLetter.REPORT_2020)).forEach(statement -> known.add(statement.getText()));
		List<Prose> pool = new ArrayList<>();
		for (SampleLetter letter : OTHER_PROSE) {
			for (Statement statement : ReadingOrder.statements(fixtures.report(letter))) {
				if (known.add(statement.getText()) && statement.getText().length() > 40) {
					pool.add(Prose.of(statement));
				}
			}
		}
		Collections.shuffle(pool, random);
		return pool;
	}

	/** The report as the letter of {@code year}: its title and date moved to that year. */
	private static Report dated(Report report, int year) {
		Report dated = EcoreUtil.copy(report);
		String original = Integer.toString(report.getYear());
		if (dated.getTitle() != null) {
			dated.setTitle(dated.getTitle().replace(original, Integer.toString(year)));
		}
		if (dated.getDate() != null) {
			// yearly reports go out in the spring after the year they cover
			dated.setDate((year + 1) + dated.getDate().substring(4));
		}
		dated.setYear(year);
		return dated;
	}

	/** This year's edits on last year's report, drawn with this year's shares. */
	private static void edit(Report report, Draws draws, Random random, List<Prose> pool, int year) {
		List<Statement> statements = ReadingOrder.statements(report);
		List<Paragraph> paragraphs = new ArrayList<>();
		Map<String, List<Paragraph>> bySubject = new HashMap<>();
		for (Statement statement : statements) {
			Paragraph paragraph = (Paragraph) statement.eContainer();
			if (!paragraphs.contains(paragraph)) {
				paragraphs.add(paragraph);
				Section section = (Section) paragraph.eContainer();
				if (section.getSubject() != null) {
					bySubject.computeIfAbsent(section.getSubject().getId(), subject -> new ArrayList<>()).add(paragraph);
				}
			}
		}
		List<Prose> droppedNow = new ArrayList<>();
		int replaced = 0;
		for (Statement statement : statements) {
			Paragraph paragraph = (Paragraph) statement.eContainer();
			if (random.nextDouble() < draws.replaced) {
				droppedNow.add(Prose.of(statement));
				if (paragraph.getStatements().size() > 1) {
					paragraph.getStatements().remove(statement);
					replaced++;
				} else {
					// a paragraph keeps at least one statement: the new one takes the old one's place
					statement.setText(next(pool, random, year).text());
				}
				continue;
			}
			double draw = random.nextDouble();
			if (draw < draws.changed) {
				statement.setText(changed(statement.getText(), random, year));
			} else if ((draw -= draws.changed) < draws.reworded) {
				statement.setText(reworded(statement.getText(), random));
			} else if ((draw -= draws.reworded) < draws.moved && paragraph.getStatements().size() > 1) {
				paragraph.getStatements().remove(statement);
				Paragraph to = paragraphs.get(random.nextInt(paragraphs.size()));
				to.getStatements().add(random.nextInt(to.getStatements().size() + 1), statement);
			}
		}
		// as many come as went, so that the report keeps its length over a hundred years
		for (int i = 0; i < replaced; i++) {
			Prose prose = next(pool, random, year);
			List<Paragraph> places = prose.subject() == null ? null : bySubject.get(prose.subject());
			if (places == null) {
				places = paragraphs;
			}
			Paragraph to = places.get(random.nextInt(places.size()));
			Statement statement = ReportFactory.eINSTANCE.createStatement();
			statement.setText(prose.text());
			statement.setPage(to.getPage());
			to.getStatements().add(random.nextInt(to.getStatements().size() + 1), statement);
		}
		// what leaves the report may come back years later, after the prose still waiting
		pool.addAll(droppedNow);
	}

	private static Prose next(List<Prose> pool, Random random, int year) {
		return pool.isEmpty() ? new Prose(made(random, year), null) : pool.remove(0);
	}

	/**
	 * The statement with one fact changed: its first number raised by 3 to 30 percent with as many
	 * decimals, or moved on a year when it is a year; a sentence without numbers gains a year.
	 */
	static String changed(String text, Random random, int year) {
		Matcher number = NUMBER.matcher(text);
		if (!number.find()) {
			return text.substring(0, Math.max(0, text.length() - 1)) + " in " + (year + 2 + random.nextInt(5)) + '.'; //$NON-NLS-1$
		}
		String whole = number.group(1).replace(".", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String replacement;
		boolean isYear = number.group(2) == null && whole.length() == 4 && (whole.startsWith("19") || whole.startsWith("20")); //$NON-NLS-1$ //$NON-NLS-2$
		if (isYear) {
			replacement = Integer.toString(Integer.parseInt(whole) + 1 + random.nextInt(2));
		} else {
			int decimals = number.group(2) == null ? 0 : number.group(2).length();
			double value = Double.parseDouble(whole + (decimals == 0 ? "" : "." + number.group(2))); //$NON-NLS-1$ //$NON-NLS-2$
			double raised = value * (1.03 + random.nextDouble() * 0.27);
			if (decimals == 0 && Math.round(raised) == Math.round(value)) {
				raised = value + 1;
			}
			replacement = String.format(Locale.ROOT, "%." + decimals + 'f', Double.valueOf(raised)).replace('.', ','); //$NON-NLS-1$
		}
		return text.substring(0, number.start()) + replacement + text.substring(number.end());
	}

	/** The statement in other words: one or two phrase swaps, or a filler word added or left out; its facts stay. */
	static String reworded(String text, Random random) {
		String reworded = text;
		int edits = 1 + random.nextInt(2);
		for (int i = 0; i < edits; i++) {
			int start = random.nextInt(SYNONYMS.length);
			boolean swapped = false;
			for (int j = 0; j < SYNONYMS.length && !swapped; j++) {
				String[] synonym = SYNONYMS[(start + j) % SYNONYMS.length];
				int from = random.nextBoolean() ? 0 : 1;
				if (reworded.contains(synonym[from])) {
					reworded = reworded.replaceFirst(Pattern.quote(synonym[from]), Matcher.quoteReplacement(synonym[1 - from]));
					swapped = true;
				}
			}
			if (!swapped) {
				reworded = filler(reworded, random);
			}
		}
		return reworded.equals(text) ? filler(text, random) : reworded;
	}

	private static String filler(String text, Random random) {
		for (String word : FILLERS) {
			if (text.contains(' ' + word + ' ')) {
				return text.replaceFirst(' ' + word + ' ', " "); //$NON-NLS-1$
			}
		}
		int space = text.indexOf(' ', text.indexOf(' ') + 1);
		if (space < 0) {
			return text + ' ' + FILLERS[random.nextInt(FILLERS.length)];
		}
		return text.substring(0, space + 1) + FILLERS[random.nextInt(FILLERS.length)] + text.substring(space);
	}

	/** A new statement when the real prose is used up: a count that differs from year to year. */
	private static String made(Random random, int year) {
		return String.format(Locale.ROOT, "In %d namen %d militairen deel aan gezamenlijke oefeningen in dit kader.", //$NON-NLS-1$
				Integer.valueOf(year), Integer.valueOf(20 + random.nextInt(30) * 10));
	}
}

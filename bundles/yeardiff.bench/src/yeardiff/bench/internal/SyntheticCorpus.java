package yeardiff.bench.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;

import yeardiff.ingest.ImportOptions;
import yeardiff.ingest.ReportImporter;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;
import yeardiff.samples.SampleLetter;
import yeardiff.testing.SamplePdf;
import yeardiff.store.ReportRepository;

/**
 * Thirty yearly reports, 1995 to 2024, made from the real letters so that the figures over a long
 * history rest on real prose: the 2019, 2020 and 2021 reports each give ten years, and from year to
 * year within those ten, edits pile up the way a ministry's letters change: some amounts restated,
 * some statements reworded, a few dropped, new ones added. Every edit follows from the year and
 * the statement's position, so the corpus is the same in every run. Each year is set as a PDF
 * ({@link SamplePdf}) and imported like any letter, so ids, facts and commitments are the
 * importer's own.
 */
final class SyntheticCorpus {

	static final int FIRST_YEAR = 1995;
	static final int YEARS = 30;
	private static final int YEARS_PER_LETTER = 10;
	private static final List<SampleLetter> LETTERS = List.of(SampleLetter.REPORT_2019, SampleLetter.REPORT_2020, SampleLetter.REPORT_2021);

	/** An amount before a scale word: "4,9 miljard", "120 miljoen". */
	private static final Pattern AMOUNT = Pattern.compile("(\\d+)(?:,(\\d+))? (miljard|miljoen)"); //$NON-NLS-1$
	/** Word swaps that keep the sentence's meaning, as a new minister's staff might write it. */
	private static final String[][] REWORDINGS = { { " ook ", " eveneens " }, { " daarnaast ", " bovendien " }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			{ " belangrijke ", " voorname " }, { " verder ", " voorts " }, { " samenwerking ", " samenwerkingsrelatie " }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ " in het kader van ", " binnen " }, { " onder meer ", " onder andere " } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final int REWORD_EVERY = 9;
	private static final int RESTATE_EVERY = 5;
	private static final int DROP_EVERY = 31;
	private static final int ADD_EVERY = 4;
	/** Each restatement raises an amount by this factor. */
	private static final double RAISE = 1.08;

	private final Fixtures fixtures;

	SyntheticCorpus(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	/** Creates the repository in {@code folder}: thirty imports, one commit each. */
	void build(Path folder) throws Exception {
		ReportImporter importer = new ReportImporter();
		try (ReportRepository repository = ReportRepository.init(folder)) {
			Report edited = null;
			for (int offset = 0; offset < YEARS; offset++) {
				int year = FIRST_YEAR + offset;
				if (offset % YEARS_PER_LETTER == 0) {
					edited = EcoreUtil.copy(fixtures.report(LETTERS.get(offset / YEARS_PER_LETTER)));
				} else {
					edit(edited, year);
				}
				byte[] pdf = SamplePdf.render(dated(edited, year));
				String id = Integer.toString(year);
				Report report = importer.read(pdf, id + ".pdf", ImportOptions.defaults().withYear(year).withId(id)); //$NON-NLS-1$
				repository.importReport(report, pdf, "pdf", false); //$NON-NLS-1$
			}
		}
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

	/** This year's edits on last year's text; they stay in the years that follow. */
	private static void edit(Report report, int year) {
		List<Section> sections = new ArrayList<>();
		report.getSections().forEach(section -> collect(section, sections));
		int position = 0;
		for (int s = 0; s < sections.size(); s++) {
			Section section = sections.get(s);
			for (Paragraph paragraph : section.getParagraphs()) {
				for (Statement statement : List.copyOf(paragraph.getStatements())) {
					position++;
					int turn = (position * 7 + year * 13) % (REWORD_EVERY * RESTATE_EVERY * DROP_EVERY);
					if (turn % DROP_EVERY == 0 && paragraph.getStatements().size() > 1) {
						paragraph.getStatements().remove(statement);
					} else if (turn % RESTATE_EVERY == 0) {
						statement.setText(restated(statement.getText()));
					} else if (turn % REWORD_EVERY == 0) {
						statement.setText(reworded(statement.getText()));
					}
				}
			}
			if ((s + year) % ADD_EVERY == 0 && !section.getParagraphs().isEmpty()) {
				added(section.getParagraphs().get(section.getParagraphs().size() - 1), year, s);
			}
		}
	}

	private static void collect(Section section, List<Section> sections) {
		sections.add(section);
		section.getSubsections().forEach(subsection -> collect(subsection, sections));
	}

	/** Every amount of the statement raised by {@link #RAISE}, with as many decimals as it had (at least one). */
	static String restated(String text) {
		Matcher matcher = AMOUNT.matcher(text);
		StringBuilder restated = new StringBuilder();
		while (matcher.find()) {
			int decimals = matcher.group(2) == null ? 1 : matcher.group(2).length();
			double value = Double.parseDouble(matcher.group(1) + '.' + (matcher.group(2) == null ? "0" : matcher.group(2))); //$NON-NLS-1$
			String raised = String.format(Locale.ROOT, "%." + decimals + 'f', Double.valueOf(value * RAISE)).replace('.', ','); //$NON-NLS-1$
			matcher.appendReplacement(restated, Matcher.quoteReplacement(raised + ' ' + matcher.group(3)));
		}
		matcher.appendTail(restated);
		return restated.toString();
	}

	/** The statement with its first swappable phrase swapped; unchanged when it has none. */
	static String reworded(String text) {
		for (String[] rewording : REWORDINGS) {
			if (text.contains(rewording[0])) {
				return text.replaceFirst(Pattern.quote(rewording[0]), Matcher.quoteReplacement(rewording[1]));
			}
		}
		return text;
	}

	/** A new statement at the end of the paragraph: a count that differs from year to year. */
	private static void added(Paragraph paragraph, int year, int section) {
		Statement statement = ReportFactory.eINSTANCE.createStatement();
		int last = paragraph.getStatements().isEmpty() ? 1 : paragraph.getStatements().get(paragraph.getStatements().size() - 1).getPage();
		statement.setPage(last);
		statement.setText(String.format(Locale.ROOT, "In %d namen %d militairen deel aan gezamenlijke oefeningen in dit kader.", //$NON-NLS-1$
				Integer.valueOf(year), Integer.valueOf(20 + (year + section) % 9 * 10)));
		paragraph.getStatements().add(statement);
	}
}

package yeardiff.ingest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.ingest.ImportException;
import yeardiff.ingest.ImportOptions;
import yeardiff.model.api.ReportKind;

/**
 * What kind of letter this is, which year it covers and the id it is filed under.
 *
 * <p>A yearly report says its year in its title ("Rapportage internationale militaire samenwerking
 * 2019", "Jaarrapportage internationale defensiesamenwerking 2022", "Internationale
 * defensiesamenwerking 2023"), or, printed as a Kamerstuk without letterhead, in its opening sentence ("In deze
 * rapportage ga ik in op de belangrijkste ontwikkelingen in 2020"); it is filed under that year. An
 * interim letter covers the year of its date and is filed under its date. A nota is what its title
 * says; one without a date needs the year from the caller. The caller's year and id always win.</p>
 *
 * @param id the report id
 * @param year the year covered
 * @param kind yearly report, interim letter or nota
 * @param title the title, the series' title with the year for a yearly report printed without one
 * @param date the letter date (ISO-8601), or {@code null}
 */
public record LetterMetadata(String id, int year, ReportKind kind, String title, String date) {

	private static final Pattern TITLE_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})$"); //$NON-NLS-1$
	private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b"); //$NON-NLS-1$
	/** A word naming a report: "rapportage", "jaarrapportage", "voortgangsrapportage", "jaarverslag". */
	private static final Pattern REPORT_WORD = Pattern.compile("\\b\\p{L}*(?:rapportage|verslag)\\b"); //$NON-NLS-1$
	private static final String REPORT_SENTENCE = "deze rapportage"; //$NON-NLS-1$
	private static final String YEARLY_TITLE = "Rapportage internationale militaire samenwerking "; //$NON-NLS-1$

	/**
	 * Reads kind, year and id from the letterhead and the body.
	 *
	 * @throws ImportException {@code YEAR_UNKNOWN} when neither the letter nor the options give the year
	 */
	public static LetterMetadata infer(LetterheadFields head, List<Block> blocks, ImportOptions options, String fileName) throws ImportException {
		String title = head.title();
		Optional<Integer> reportYear = reportSentenceYear(blocks);
		ReportKind kind;
		if (title != null && title.toLowerCase(Locale.ROOT).startsWith("nota")) { //$NON-NLS-1$
			kind = ReportKind.NOTA;
		} else if (title != null ? isYearlyTitle(title) : reportYear.isPresent()) {
			kind = ReportKind.YEARLY;
		} else {
			kind = ReportKind.INTERIM;
		}
		int year = options.year();
		if (year == 0) {
			year = inferYear(kind, title, head.date(), reportYear);
		}
		if (year == 0) {
			throw new ImportException(ImportException.Reason.YEAR_UNKNOWN, Messages.bind(Messages.yearUnknown, fileName));
		}
		if (title == null && kind == ReportKind.YEARLY) {
			title = YEARLY_TITLE + year;
		}
		String id = options.id();
		if (id == null) {
			id = kind == ReportKind.YEARLY || head.date() == null ? Integer.toString(year) : head.date();
		}
		return new LetterMetadata(id, year, kind, title, head.date());
	}

	private static int inferYear(ReportKind kind, String title, String date, Optional<Integer> reportYear) {
		if (title != null) {
			Matcher matcher = TITLE_YEAR.matcher(title.strip());
			if (matcher.find() && kind == ReportKind.YEARLY) {
				return Integer.parseInt(matcher.group(1));
			}
		}
		if (kind == ReportKind.YEARLY && reportYear.isPresent()) {
			return reportYear.get().intValue();
		}
		if (kind != ReportKind.YEARLY && date != null) {
			return Integer.parseInt(date.substring(0, 4));
		}
		return 0;
	}

	/**
	 * Whether a title is that of a yearly report: a report by name ("Rapportage ...",
	 * "Jaarrapportage ...", "Voortgangsrapportage ...", "Jaarverslag ...") or a subject followed by
	 * the year it covers ("Internationale defensiesamenwerking 2022"). An interim letter's title names
	 * its subject only ("Samenwerking met strategische partners").
	 */
	static boolean isYearlyTitle(String title) {
		String lower = title.strip().toLowerCase(Locale.ROOT);
		return REPORT_WORD.matcher(lower).find() || TITLE_YEAR.matcher(lower).find();
	}

	/** The one year the sentence introducing "deze rapportage" names, if it names exactly one. */
	private static Optional<Integer> reportSentenceYear(List<Block> blocks) {
		DutchSentenceSplitter splitter = new DutchSentenceSplitter();
		for (Block block : blocks) {
			if (!(block instanceof Block.Paragraph paragraph)) {
				continue;
			}
			for (PagedText item : paragraph.items()) {
				String text = item.text();
				for (DutchSentenceSplitter.Span span : splitter.split(text)) {
					String sentence = text.substring(span.start(), span.end());
					if (sentence.toLowerCase(Locale.ROOT).contains(REPORT_SENTENCE)) {
						List<String> years = YEAR.matcher(sentence).results().map(MatchResult::group).distinct().toList();
						return years.size() == 1 ? Optional.of(Integer.valueOf(years.get(0))) : Optional.empty();
					}
				}
			}
		}
		return Optional.empty();
	}
}

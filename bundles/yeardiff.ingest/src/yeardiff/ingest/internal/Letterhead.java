package yeardiff.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a ministry letter that are not its text: the letterhead of the first page (return
 * address, addressee, the ministry's address column, date, reference, subject, copy-to and the
 * "Bij beantwoording" note), the running header of later pages, the signature and the header of
 * a Kamerstuk print. A text extraction interleaves them with the first lines of the body, so they
 * are recognised line by line by their words, never by their place.
 */
public final class Letterhead {

	/** Lines that only a first page carries: addresses are never a line of body text there. */
	private static final List<Pattern> FIRST_PAGE = patterns(
			">?\\s*Retouradres\\b.*", //$NON-NLS-1$
			// the addressee, also where a narrow column breaks it ("... der Staten-" + "Generaal")
			"(?:[Aa]an )?(?:de )?Voorzitter van de (?:Tweede|Eerste)(?: Kamer)?(?: der(?: Staten-(?:Generaal)?)?)?(?: Ministerie van Defensie)?", //$NON-NLS-1$
			"(?:Tweede |Eerste )?Kamer der Staten-Generaal", //$NON-NLS-1$
			"(?:der )?Staten-Generaal", //$NON-NLS-1$
			"Generaal", //$NON-NLS-1$
			"Ministerie van Defensie", //$NON-NLS-1$
			"\\p{Lu}\\p{Ll}+ \\d{1,4}[a-z]?", //$NON-NLS-1$
			"MPC \\d+\\s*[A-Z]?", //$NON-NLS-1$
			"Postbus \\d+", //$NON-NLS-1$
			"\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)*", //$NON-NLS-1$
			"Afschrift aan", //$NON-NLS-1$
			"(?:Betreft|Onderwerp):?(?:\\s.*)?", //$NON-NLS-1$
			"Bijlage\\(n\\).*", //$NON-NLS-1$
			"Uw (?:brief|referentie)\\b.*", //$NON-NLS-1$
			"Bij beantwoording datum,?(?: onze(?: referentie en betreft vermelden\\.)?)?", //$NON-NLS-1$
			"(?:onze )?referentie en betreft(?: vermelden\\.)?", //$NON-NLS-1$
			"vermelden\\.", //$NON-NLS-1$
			"Vergaderjaar \\d{4}\\s*[\u2013-]\\s*\\d{4}", //$NON-NLS-1$
			// a parliamentary print's colophon: "kst-33279-37 ISSN 0921 - 7371 ’s-Gravenhage 2021"
			"(?:kst-[\\d-]+\\s+)?ISSN\\s+\\d{4}\\s*-\\s*\\d{3}[\\dX](?:\\s+.*)?", //$NON-NLS-1$
			"(?:Den Haag|\u2019s-Gravenhage|'s-Gravenhage),\\s+\\d{1,2}[ -]\\S+[ -]\\d{4}"); //$NON-NLS-1$

	/** Lines that the running header repeats on every page. */
	private static final List<Pattern> EVERY_PAGE = patterns(
			"Datum:?(?:\\s+\\d{1,2}[ -]\\S+[ -]\\d{4})?(?:\\s+Afschrift aan)?", //$NON-NLS-1$
			"(?:Onze referentie|Ons kenmerk|Kenmerk):?(?:\\s+\\S+)?", //$NON-NLS-1$
			"\\p{Lu}{2,4}\\d{6,}", //$NON-NLS-1$
			"(?:www\\.)?defensie\\.nl"); //$NON-NLS-1$

	/**
	 * The labels of a letterhead's fields: their values stand beside or below them. House styles
	 * differ in the words ("Betreft" or "Onderwerp", "Onze referentie" or "Ons kenmerk") and in a
	 * colon after them.
	 */
	private static final Pattern LABEL = Pattern.compile("(?:Datum|Onze referentie|Uw referentie|Ons kenmerk|Uw kenmerk|Betreft|Onderwerp|Kenmerk):?"); //$NON-NLS-1$
	private static final Pattern DATE_LABEL = Pattern.compile("Datum:?"); //$NON-NLS-1$
	private static final Pattern SUBJECT_LABEL = Pattern.compile("(?:Betreft|Onderwerp):?"); //$NON-NLS-1$
	private static final Pattern DATE_LINE = Pattern.compile("(?:Datum:?|Den Haag,|\u2019s-Gravenhage,|'s-Gravenhage,)\\s+(\\d{1,2}[ -]\\S+[ -]\\d{4})(?:\\s+Afschrift aan)?"); //$NON-NLS-1$
	private static final Pattern REFERENCE = Pattern.compile("(?:(?:Onze referentie|Ons kenmerk|Kenmerk):?\\s+)?(\\p{Lu}{2,4}\\d{6,})"); //$NON-NLS-1$
	private static final Pattern SUBJECT_LINE = Pattern.compile("(?:Betreft|Onderwerp):?\\s+(\\S.*)"); //$NON-NLS-1$
	private static final Pattern DATE = Pattern.compile("(\\d{1,2})[ -](\\p{L}+|\\d{1,2})[ -](\\d{4})"); //$NON-NLS-1$
	private static final Pattern SIGNATORY = Pattern.compile("(?:De |DE )?(?:Minister|MINISTER|Staatssecretaris|STAATSSECRETARIS) (?:van|VAN) (?:Defensie|DEFENSIE),?"); //$NON-NLS-1$
	/** "Drs. A.Th.B. Bijleveld-Schouten": academic titles, initials, a surname. */
	private static final Pattern SIGNATURE = Pattern.compile(
			"(?:(?:Drs|Dr|Mr|Ir|Ing|Prof)\\.\\s*)*((?:\\p{Lu}\\p{Ll}{0,2}\\.)+\\s*(?:\\p{Ll}+ )*\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)*)"); //$NON-NLS-1$
	private static final Pattern DOSSIER = Pattern.compile("(\\d{2}\\s?\\d{3})\\s+\\p{Lu}\\p{L}.*"); //$NON-NLS-1$
	private static final Pattern PRINT_NUMBER = Pattern.compile("Nr\\.\\s*(\\d+)(?:\\s+\\p{Lu}.*)?"); //$NON-NLS-1$

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("februari", 2), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("maart", 3), Map.entry("april", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Map.entry("augustus", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("december", 12)); //$NON-NLS-1$

	private Letterhead() {
	}

	/** Whether a line of the first page is letterhead. */
	public static boolean isFirstPageFurniture(String line) {
		return matchesAny(FIRST_PAGE, line) || isRunningHeader(line);
	}

	/** Whether a line is a letterhead label alone ("Datum", "Onze referentie", "Betreft", "Onderwerp:"). */
	public static boolean isLabel(String line) {
		return LABEL.matcher(line.strip()).matches();
	}

	/** Whether a line is the date's label alone ("Datum", "Datum:"). */
	public static boolean isDateLabel(String line) {
		return DATE_LABEL.matcher(line.strip()).matches();
	}

	/** Whether a line is the subject's label alone ("Betreft", "Onderwerp:"). */
	public static boolean isSubjectLabel(String line) {
		return SUBJECT_LABEL.matcher(line.strip()).matches();
	}

	/** Whether a line is the running header any page may repeat. */
	public static boolean isRunningHeader(String line) {
		return matchesAny(EVERY_PAGE, line);
	}

	/** Whether a line introduces the signature ("De Minister van Defensie,"). */
	public static boolean isSignatory(String line) {
		return SIGNATORY.matcher(line).matches();
	}

	/** The signer's name a signature line holds, without academic titles. */
	public static Optional<String> signature(String line) {
		Matcher matcher = SIGNATURE.matcher(line);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The letter date a "Datum ..." or "Den Haag, ..." line gives, as ISO-8601. */
	public static Optional<String> date(String line) {
		Matcher matcher = DATE_LINE.matcher(line);
		return matcher.matches() ? isoDate(matcher.group(1)) : Optional.empty();
	}

	/** The reference ("BS2019021031") a line gives. */
	public static Optional<String> reference(String line) {
		Matcher matcher = REFERENCE.matcher(line);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The subject a "Betreft ..." or "Onderwerp: ..." line gives on the same line. */
	public static Optional<String> subject(String line) {
		Matcher matcher = SUBJECT_LINE.matcher(line);
		return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
	}

	/** The dossier number of a Kamerstuk print's header line ("33 279 Internationale ..."). */
	public static Optional<String> dossier(String line) {
		Matcher matcher = DOSSIER.matcher(line);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The document number of a Kamerstuk print's "Nr. 37 BRIEF VAN ..." line. */
	public static Optional<String> printNumber(String line) {
		Matcher matcher = PRINT_NUMBER.matcher(line);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** "12 december 2019" or "19-06-2019" as ISO-8601. */
	public static Optional<String> isoDate(String text) {
		Matcher matcher = DATE.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String monthText = matcher.group(2).toLowerCase(Locale.ROOT);
		Integer month = Character.isDigit(monthText.charAt(0)) ? Integer.valueOf(monthText) : MONTHS.get(monthText);
		if (month == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)), month.intValue(), Integer.parseInt(matcher.group(1))).toString());
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	private static boolean matchesAny(List<Pattern> patterns, String line) {
		String text = line.strip();
		return patterns.stream().anyMatch(pattern -> pattern.matcher(text).matches());
	}

	private static List<Pattern> patterns(String... regexes) {
		return Arrays.stream(regexes).map(Pattern::compile).toList();
	}
}

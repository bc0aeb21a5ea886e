package yeardiff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import yeardiff.model.api.DocumentReference;
import yeardiff.model.meta.ReportFactory;

/**
 * Finds the parliamentary papers a statement cites ("Kamerstuk 21 501-28, nr. 190"), so that a
 * reader can follow a statement to its sources and comparison can tell a new citation from
 * reworded text. Dossiers are normalised ("33 279" and "33279" are one dossier); a reference to
 * several numbers of one dossier ("nrs. 356, 371 en 376") yields one reference per number.
 */
public final class ReferenceExtractor {

	/**
	 * "Kamerstuk", the dossier (five digits, possibly written "33 279", possibly with a sub-dossier
	 * "-28" or a budget chapter in Roman numerals), then either ", nr. 28" (also "nrs. 1, 2 en 3")
	 * or, in the short form "Kamerstuk 33279-31", the number after a hyphen.
	 */
	private static final Pattern REFERENCE = Pattern.compile(
			"Kamerstuk(?:ken)?\\s+(\\d{2})\\s?(\\d{3})(?:-(\\d{1,4}|[A-Z]{1,3})(?!\\d))?(\\s+[IVXLC]+\\b)?" //$NON-NLS-1$
					+ "(?:,\\s*(nrs?\\.\\s*\\d+(?:\\s*(?:,|en)\\s*(?:nrs?\\.\\s*)?\\d+)*))?"); //$NON-NLS-1$

	/** The word every reference starts with. */
	private static final String KAMERSTUK = "Kamerstuk"; //$NON-NLS-1$

	private static final Pattern NUMBER = Pattern.compile("\\d+"); //$NON-NLS-1$

	/** The references in the text, in the order they occur. */
	public List<DocumentReference> extract(String text) {
		List<DocumentReference> references = new ArrayList<>();
		for (ReferenceSpan span : spans(text)) {
			for (String number : span.numbers()) {
				DocumentReference reference = ReportFactory.eINSTANCE.createDocumentReference();
				reference.setText(text.substring(span.begin(), span.end()));
				reference.setDossier(span.dossier());
				reference.setNumber(number);
				references.add(reference);
			}
		}
		return references;
	}

	/** Where references are, so that their digits are not taken for amounts or years. */
	static List<ReferenceSpan> spans(String text) {
		List<ReferenceSpan> spans = new ArrayList<>();
		if (!text.contains(KAMERSTUK)) {
			return spans;
		}
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			String dossier = matcher.group(1) + matcher.group(2);
			String suffix = matcher.group(3);
			String chapter = matcher.group(4);
			String numbers = matcher.group(5);
			List<String> parsedNumbers = new ArrayList<>();
			if (numbers != null) {
				if (suffix != null) {
					dossier += '-' + suffix;
				}
				Matcher number = NUMBER.matcher(numbers);
				while (number.find()) {
					parsedNumbers.add(number.group());
				}
			} else if (suffix != null && chapter == null && Character.isDigit(suffix.charAt(0))) {
				parsedNumbers.add(suffix);
			} else if (suffix != null) {
				dossier += '-' + suffix;
			}
			if (chapter != null) {
				dossier += ' ' + chapter.strip();
			}
			if (parsedNumbers.isEmpty()) {
				parsedNumbers.add(null);
			}
			spans.add(new ReferenceSpan(matcher.start(), matcher.end(), dossier, parsedNumbers));
		}
		return spans;
	}

	/** One citation in a text: its offsets, dossier and the numbers it cites (a null number: the dossier as a whole). */
	record ReferenceSpan(int begin, int end, String dossier, List<String> numbers) {
	}
}

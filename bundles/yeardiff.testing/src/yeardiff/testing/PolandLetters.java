package yeardiff.testing;

import java.nio.charset.StandardCharsets;

import yeardiff.samples.SampleLetter;

/**
 * The 2020 and 2021 sample letters with a partner the standard subjects list by no name: the 2020
 * letter gains a section on Poland with a promise for 2021, the 2021 letter a sentence saying it was
 * kept, standing in the French section (as missing pages put statements in other partners'
 * sections). Poland is a country Yeardiff knows by its rule only, so its heading becomes the
 * subject {@code polen}; but a sentence that merely names it is about Poland only for a
 * repository whose users taught the subject ({@code yeardiff subject add polen Polen}).
 */
public final class PolandLetters {

	/** The 2020 promise, the first statement of the section on Poland. */
	public static final String PROMISE_2020 = "Nederland en Polen zullen in 2021 samen de oefening Anakonda houden, met eenheden van de " //$NON-NLS-1$
			+ "11 Luchtmobiele Brigade op het oefenterrein Drawsko Pomorskie."; //$NON-NLS-1$
	/** The 2021 sentence on it, in the French section. */
	public static final String KEPT_2021 = "Met Polen is in 2021 tijdens Anakonda geoefend."; //$NON-NLS-1$
	/** What the user teaches: the subject's id and name. */
	public static final String ID = "polen"; //$NON-NLS-1$
	public static final String NAME = "Polen"; //$NON-NLS-1$

	private PolandLetters() {
	}

	/** The 2020 letter's text with its section on Poland, before the United Kingdom's. */
	public static byte[] letter2020() {
		return insert(SampleLetter.REPORT_2020, "\nVerenigd Koninkrijk \n", //$NON-NLS-1$
				"\nPolen \n\n" + PROMISE_2020 + " \n\nVerenigd Koninkrijk \n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The 2021 letter's text with the sentence on Poland after the French section's first paragraph. */
	public static byte[] letter2021() {
		String paragraph = "gegeven in de afgelopen vier jaar. \n \n"; //$NON-NLS-1$
		return insert(SampleLetter.REPORT_2021, paragraph, paragraph + KEPT_2021 + " \n \n"); //$NON-NLS-1$
	}

	private static byte[] insert(SampleLetter letter, String at, String replacement) {
		String text = new String(letter.bytes(), StandardCharsets.UTF_8);
		int index = text.indexOf(at);
		if (index < 0 || text.indexOf(at, index + 1) >= 0) {
			throw new IllegalStateException(letter.fileName() + " does not hold «" + at.strip() + "» once"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return (text.substring(0, index) + replacement + text.substring(index + at.length())).getBytes(StandardCharsets.UTF_8);
	}
}

package yeardiff.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * One of the five real letters (Kamerstuk dossier 33 279) that Yeardiff ships as its sample
 * repository and tests itself on. They are the text layers of the published PDFs, exactly as a
 * PDF text extractor gave them: letterheads, footers, hyphenation and missing pages included.
 *
 * @param fileName the letter's file name under {@code letters/}
 * @param year the year to import it as when the letter itself does not say (the 2012 nota carries
 *            no date), or 0 when the importer finds it in the text
 */
public record SampleLetter(String fileName, int year) {

	public static final SampleLetter NOTA_2012 = new SampleLetter("2012-nota-internationale-militaire-samenwerking.txt", 2012); //$NON-NLS-1$
	public static final SampleLetter INTERIM_2019 = new SampleLetter("2019-06-19-samenwerking-met-strategische-partners.txt", 0); //$NON-NLS-1$
	public static final SampleLetter REPORT_2019 = new SampleLetter("2019-rapportage-internationale-militaire-samenwerking.txt", 0); //$NON-NLS-1$
	public static final SampleLetter REPORT_2020 = new SampleLetter("2020-rapportage-internationale-militaire-samenwerking.txt", 0); //$NON-NLS-1$
	public static final SampleLetter REPORT_2021 = new SampleLetter("2021-rapportage-internationale-defensiesamenwerking.txt", 0); //$NON-NLS-1$

	public SampleLetter {
		Objects.requireNonNull(fileName);
	}

	/** All sample letters, oldest first: the order in which the sample repository imports them. */
	public static List<SampleLetter> all() {
		return List.of(NOTA_2012, INTERIM_2019, REPORT_2019, REPORT_2020, REPORT_2021);
	}

	/** Opens the letter's bytes; the caller closes the stream. */
	public InputStream open() {
		InputStream in = SampleLetter.class.getResourceAsStream("/letters/" + fileName); //$NON-NLS-1$
		if (in == null) {
			throw new IllegalStateException("sample letter missing from the bundle: " + fileName); //$NON-NLS-1$
		}
		return in;
	}

	/** The letter's bytes. */
	public byte[] bytes() {
		try (InputStream in = open()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package yeardiff.ingest.internal;

/**
 * What the letterhead, the signature and a print's header say about the letter; {@code null} where
 * they say nothing.
 *
 * @param title the subject line ("Betreft") or the title of a nota
 * @param date the letter date, ISO-8601
 * @param reference the ministry's reference ("BS2019021031")
 * @param kamerstuk the Kamerstuk number of a print ("33 279, nr. 37")
 * @param minister the name that signs the letter
 */
public record LetterheadFields(String title, String date, String reference, String kamerstuk, String minister) {
}

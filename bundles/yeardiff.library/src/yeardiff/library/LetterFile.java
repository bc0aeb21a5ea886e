package yeardiff.library;

import java.util.Objects;

/**
 * A letter handed to the library as bytes, such as one of the sample letters the command line and
 * the workbench build their sample repository from: the library does not know where letters come
 * from, so the samples stay with the callers that offer them.
 *
 * @param fileName the letter's file name, kept in the repository as its source's name
 * @param content the letter's bytes (PDF or text extraction)
 * @param year the year to import it as when the letter itself does not say (the 2012 nota carries no
 *            date), or 0 when the importer finds it in the letter
 */
public record LetterFile(String fileName, byte[] content, int year) {

	public LetterFile {
		Objects.requireNonNull(fileName);
		Objects.requireNonNull(content);
	}
}

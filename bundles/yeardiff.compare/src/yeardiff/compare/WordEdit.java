package yeardiff.compare;

/**
 * One run of a word diff: text both statements share, or text only the earlier ({@link Kind#DELETE})
 * or only the later ({@link Kind#INSERT}) one has. Runs hold whole words with the white space
 * between them, so joining the EQUAL and DELETE runs gives the earlier text back, and joining the
 * EQUAL and INSERT runs the later.
 */
public record WordEdit(Kind kind, String text) {

	public enum Kind {
		EQUAL, DELETE, INSERT
	}
}

package yeardiff.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.WordEdit;
import yeardiff.compare.WordEdit.Kind;
import yeardiff.export.internal.MarkedText;
import yeardiff.export.internal.MarkedText.Segment;

/**
 * How a word diff becomes the two marked texts the exports show.
 */
class MarkedTextTest {

	/* "De Belgische uitgaven bedragen €4,9 miljard." against "In 2020 bedroeg het budget € 4,76 miljard." */
	private static final List<WordEdit> DIFF = List.of(edit(Kind.DELETE, "De"), edit(Kind.INSERT, "In"), //$NON-NLS-1$ //$NON-NLS-2$
			edit(Kind.EQUAL, " "), edit(Kind.DELETE, "Belgische"), edit(Kind.INSERT, "2020"), edit(Kind.EQUAL, " "), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			edit(Kind.DELETE, "uitgaven bedragen"), edit(Kind.INSERT, "bedroeg het budget"), edit(Kind.EQUAL, " €"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			edit(Kind.DELETE, "4,9"), edit(Kind.INSERT, " 4,76"), edit(Kind.EQUAL, " miljard.")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	@Test
	void theEarlierSideMarksWhatOnlyItHasAsOneRun() {
		MarkedText earlier = MarkedText.earlier(DIFF);
		assertEquals("De Belgische uitgaven bedragen €4,9 miljard.", earlier.text()); //$NON-NLS-1$
		assertEquals(List.of(new Segment("De Belgische uitgaven bedragen", true), new Segment(" €", false), //$NON-NLS-1$ //$NON-NLS-2$
				new Segment("4,9", true), new Segment(" miljard.", false)), earlier.segments()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theLaterSideKeepsSpacesOutOfItsMarks() {
		MarkedText later = MarkedText.later(DIFF);
		assertEquals("In 2020 bedroeg het budget € 4,76 miljard.", later.text()); //$NON-NLS-1$
		assertEquals(List.of(new Segment("In 2020 bedroeg het budget", true), new Segment(" € ", false), //$NON-NLS-1$ //$NON-NLS-2$
				new Segment("4,76", true), new Segment(" miljard.", false)), later.segments()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aPlainTextHasNoMarks() {
		assertEquals(List.of(new Segment("Nieuw.", false)), MarkedText.plain("Nieuw.").segments()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), MarkedText.plain("").segments()); //$NON-NLS-1$
	}

	private static WordEdit edit(Kind kind, String text) {
		return new WordEdit(kind, text);
	}
}

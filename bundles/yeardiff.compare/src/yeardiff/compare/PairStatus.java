package yeardiff.compare;

import java.util.Locale;

/**
 * What happened to a statement between two reports.
 */
public enum PairStatus {
	/** The same text. */
	UNCHANGED,
	/** Other words, the same facts. */
	REWORDED,
	/**
	 * What the statement claims changed: a fact changed its value (or appeared or disappeared), or
	 * its commitment did (a promise reported as done, a due time moved).
	 */
	CHANGED,
	/** Only in the later report. */
	NEW,
	/** Only in the earlier report. */
	DROPPED,
	/** Found again in another section, or out of the order of its neighbours. */
	MOVED;

	/** The name used in the JSON contract and on the command line. */
	public String jsonName() {
		return name().toLowerCase(Locale.ROOT);
	}
}

package yeardiff.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import yeardiff.compare.ComparisonOptions;
import yeardiff.compare.StatementPair;

/**
 * What the user chose on the Yeardiff preference page about comparing reports: how similar two
 * statements must be to be paired, and which changes count as significant (marked for a reviewer
 * in the compare editor). Read by the compare editor each time it compares.
 */
public final class ComparisonPreferences {

	/** The preference node, shared with {@link yeardiff.ui.RepositorySelection}. */
	public static final String NODE = "yeardiff.ui"; //$NON-NLS-1$
	public static final String THRESHOLD = "similarityThreshold"; //$NON-NLS-1$
	public static final String SIGNIFICANT_FACTS = "significantFactChanges"; //$NON-NLS-1$
	public static final String SIGNIFICANT_COMMITMENTS = "significantCommitmentChanges"; //$NON-NLS-1$

	/** The threshold in percent, the unit of the preference page's scale. */
	public static final int DEFAULT_THRESHOLD_PERCENT = (int) Math.round(ComparisonOptions.defaults().threshold() * 100);

	private ComparisonPreferences() {
	}

	/** The comparison options with the threshold the user chose. */
	public static ComparisonOptions options() {
		int percent = node().getInt(THRESHOLD, DEFAULT_THRESHOLD_PERCENT);
		return ComparisonOptions.defaults().withThreshold(percent / 100.0);
	}

	/** Whether a pair is significant by the kinds of change the user asked to be marked. */
	public static boolean significant(StatementPair pair) {
		IEclipsePreferences node = node();
		return node.getBoolean(SIGNIFICANT_FACTS, true) && !pair.factChanges().isEmpty()
				|| node.getBoolean(SIGNIFICANT_COMMITMENTS, true) && pair.commitmentChanged();
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}

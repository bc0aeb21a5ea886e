package yeardiff.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** The defaults of the comparison preferences: the comparator's own threshold, both kinds significant. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ComparisonPreferences.NODE);
		defaults.putInt(ComparisonPreferences.THRESHOLD, ComparisonPreferences.DEFAULT_THRESHOLD_PERCENT);
		defaults.putBoolean(ComparisonPreferences.SIGNIFICANT_FACTS, true);
		defaults.putBoolean(ComparisonPreferences.SIGNIFICANT_COMMITMENTS, true);
	}
}

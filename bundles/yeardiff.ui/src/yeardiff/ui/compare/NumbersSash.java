package yeardiff.ui.compare;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

/**
 * Where the sash between the compare editor's panes and its numbers that moved stands, as the user
 * last left it: kept in the workbench's dialog settings, so every compare editor opens with it, in
 * this session and the next.
 */
final class NumbersSash {

	private static final String SECTION = "CompareEditor"; //$NON-NLS-1$
	private static final String KEY = "numbersSashWeights"; //$NON-NLS-1$
	/** The panes above get most of the height at first; a partner's numbers get the rest, about five rows at 1280×800. */
	private static final int[] DEFAULT = { 60, 40 };

	private NumbersSash() {
	}

	/** The weights of the panes above and the numbers below. */
	static int[] weights() {
		String[] stored = settings().getArray(KEY);
		if (stored == null || stored.length != 2) {
			return DEFAULT.clone();
		}
		try {
			int[] weights = Arrays.stream(stored).mapToInt(Integer::parseInt).toArray();
			return weights[0] > 0 && weights[1] > 0 ? weights : DEFAULT.clone();
		} catch (NumberFormatException e) {
			// Settings edited by hand: the default serves until the user moves the sash.
			return DEFAULT.clone();
		}
	}

	static void remember(int[] weights) {
		if (weights.length == 2 && weights[0] > 0 && weights[1] > 0) {
			settings().put(KEY, Arrays.stream(weights).mapToObj(Integer::toString).toArray(String[]::new));
		}
	}

	private static IDialogSettings settings() {
		IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(NumbersSash.class)).getDialogSettings();
		IDialogSettings section = all.getSection(SECTION);
		return section != null ? section : all.addNewSection(SECTION);
	}
}

package yeardiff.compare.internal;

import java.util.List;
import java.util.Map;

/**
 * Words the letters use interchangeably from year to year, read as one concept: a partner by its
 * name or its adjective ("Verenigde Staten", "VS", "Amerikaanse"), the budget by any of its names
 * ("defensiebudget", "defensiebegroting", "defensie-uitgaven"). Matched on folded text, so
 * compounds that contain a concept word carry the concept too.
 */
final class Vocabulary {

	/** Concept → the folded word beginnings or compound parts that stand for it. */
	private static final Map<String, List<String>> CONCEPTS = Map.of(
			"@budget", List.of("budget", "begroting", "uitgaven"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"@bbp", List.of("bbp", "binnenlands"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"@belgie", List.of("belgie", "belgisch"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"@duitsland", List.of("duitsland", "duitse"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"@frankrijk", List.of("frankrijk", "franse"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"@noorwegen", List.of("noorwegen", "noorse", "noren"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"@vk", List.of("koninkrijk", "britse", "brits"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"@vs", List.of("staten", "amerikaans", "vs")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Vocabulary() {
	}

	/** Whether a concept is a partner (as opposed to a thing such as the budget). */
	static boolean isPartner(String concept) {
		return !"@budget".equals(concept) && !"@bbp".equals(concept); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The concept a folded word stands for, or null. */
	static String concept(String word) {
		for (Map.Entry<String, List<String>> entry : CONCEPTS.entrySet()) {
			for (String part : entry.getValue()) {
				if (part.length() <= 3 ? word.equals(part) : word.contains(part)) {
					return entry.getKey();
				}
			}
		}
		return null;
	}
}

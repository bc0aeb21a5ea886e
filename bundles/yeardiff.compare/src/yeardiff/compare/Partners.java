package yeardiff.compare;

import java.util.List;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;

/**
 * Which sections answer for a partner asked about: the partner's own, and those of a composite it
 * belongs to ("België en Luxemburg" answers for België) or of the members of a composite asked about.
 */
final class Partners {

	private Partners() {
	}

	static boolean covers(SubjectRegistry registry, String unitKey, String partner) {
		if (unitKey.equals(partner)) {
			return true;
		}
		return members(registry, unitKey).contains(partner) || members(registry, partner).contains(unitKey);
	}

	private static List<String> members(SubjectRegistry registry, String id) {
		return registry.byId(id).map(SubjectDefinition::members).orElse(List.of());
	}
}

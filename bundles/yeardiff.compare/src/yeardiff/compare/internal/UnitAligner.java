package yeardiff.compare.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import yeardiff.extract.SubjectDefinition;
import yeardiff.extract.SubjectRegistry;

/**
 * Pairs the partner units of two reports by subject. A composite subject on one side ("België en
 * Luxemburg") is paired with its members on the other ("België", "Luxemburg") as one unit; a unit
 * with no counterpart is paired with nothing (a new or dropped partner).
 */
public final class UnitAligner {

	/** Two units about the same subject; either may be null. */
	public record UnitPair(String key, String name, PartnerUnit from, PartnerUnit to) {
	}

	private final SubjectRegistry registry;

	public UnitAligner(SubjectRegistry registry) {
		this.registry = registry;
	}

	public List<UnitPair> align(List<PartnerUnit> fromUnits, List<PartnerUnit> toUnits) {
		Map<String, PartnerUnit> from = byKey(fromUnits);
		Map<String, PartnerUnit> to = byKey(toUnits);
		List<UnitPair> pairs = new ArrayList<>();
		Set<String> usedFrom = new HashSet<>();
		Set<String> usedTo = new HashSet<>();

		for (PartnerUnit toUnit : toUnits) {
			if (usedTo.contains(toUnit.key())) {
				continue;
			}
			PartnerUnit fromUnit = from.get(toUnit.key());
			if (fromUnit != null) {
				pairs.add(new UnitPair(toUnit.key(), toUnit.name(), fromUnit, toUnit));
				usedFrom.add(fromUnit.key());
				usedTo.add(toUnit.key());
				continue;
			}
			Optional<UnitPair> composite = compositePair(toUnit, from, to, usedFrom, usedTo);
			if (composite.isPresent()) {
				pairs.add(composite.get());
			}
		}
		for (PartnerUnit toUnit : toUnits) {
			if (usedTo.add(toUnit.key())) {
				pairs.add(new UnitPair(toUnit.key(), toUnit.name(), null, toUnit));
			}
		}
		for (PartnerUnit fromUnit : fromUnits) {
			if (usedFrom.add(fromUnit.key())) {
				pairs.add(new UnitPair(fromUnit.key(), fromUnit.name(), fromUnit, null));
			}
		}
		return pairs;
	}

	/**
	 * A unit of the later report that is a composite (or a member of one) whose counterpart in the
	 * earlier report is split differently.
	 */
	private Optional<UnitPair> compositePair(PartnerUnit toUnit, Map<String, PartnerUnit> from, Map<String, PartnerUnit> to,
			Set<String> usedFrom, Set<String> usedTo) {
		Optional<SubjectDefinition> subject = registry.byId(toUnit.key());
		if (subject.isEmpty()) {
			return Optional.empty();
		}
		if (!subject.get().members().isEmpty()) {
			// Later report: one composite section; earlier: member sections.
			List<PartnerUnit> members = present(subject.get().members(), from, usedFrom);
			if (!members.isEmpty()) {
				members.forEach(member -> usedFrom.add(member.key()));
				usedTo.add(toUnit.key());
				PartnerUnit merged = PartnerUnit.merge(toUnit.key(), toUnit.name(), members);
				return Optional.of(new UnitPair(toUnit.key(), toUnit.name(), merged, toUnit));
			}
			return Optional.empty();
		}
		// Later report: member sections; earlier: one composite section.
		for (SubjectDefinition composite : registry.all()) {
			if (composite.members().contains(toUnit.key()) && from.containsKey(composite.id()) && !usedFrom.contains(composite.id())) {
				List<PartnerUnit> members = present(composite.members(), to, usedTo);
				members.forEach(member -> usedTo.add(member.key()));
				usedFrom.add(composite.id());
				PartnerUnit merged = PartnerUnit.merge(composite.id(), composite.name(), members);
				return Optional.of(new UnitPair(composite.id(), composite.name(), from.get(composite.id()), merged));
			}
		}
		return Optional.empty();
	}

	private static List<PartnerUnit> present(List<String> keys, Map<String, PartnerUnit> units, Set<String> used) {
		List<PartnerUnit> present = new ArrayList<>();
		for (String key : keys) {
			PartnerUnit unit = units.get(key);
			if (unit != null && !used.contains(key)) {
				present.add(unit);
			}
		}
		return present;
	}

	private static Map<String, PartnerUnit> byKey(List<PartnerUnit> units) {
		Map<String, PartnerUnit> byKey = new LinkedHashMap<>();
		units.forEach(unit -> byKey.put(unit.key(), unit));
		return byKey;
	}
}

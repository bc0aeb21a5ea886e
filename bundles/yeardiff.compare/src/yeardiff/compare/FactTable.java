package yeardiff.compare;

import java.util.ArrayList;
import java.util.List;

import yeardiff.compare.internal.PartnerUnit;
import yeardiff.extract.FactMeasures;
import yeardiff.extract.FactValues;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Count;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * The facts of many reports as rows, filtered by partner, year and kind.
 */
public final class FactTable {

	private final SubjectRegistry registry;

	public FactTable(SubjectRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @param partner a subject id (members of a composite count for it and it for them), or null
	 * @param year a year covered, or 0 for all
	 * @param kind "amount", "share", "count", "time", or null for all
	 */
	public List<FactRow> rows(List<Report> reports, String partner, int year, String kind) {
		List<FactRow> rows = new ArrayList<>();
		for (Report report : reports) {
			if (year != 0 && report.getYear() != year) {
				continue;
			}
			for (PartnerUnit unit : PartnerUnit.of(report)) {
				if (partner != null && !Partners.covers(registry, unit.key(), partner)) {
					continue;
				}
				for (Statement statement : unit.statements()) {
					for (Fact fact : statement.getFacts()) {
						String factKind = FactValues.kind(fact);
						if (kind == null || kind.equals(factKind)) {
							rows.add(new FactRow(report.getId(), report.getYear(), unit.key(), unit.heading(), statement.getId(),
									statement.getText(), statement.getPage(), factKind, FactValues.value(fact),
									FactValues.unit(fact), fact.getText(), fact instanceof Count count ? count.getCounted() : null,
									FactMeasures.name(FactMeasures.of(fact)), FactMeasures.period(FactMeasures.of(fact))));
						}
					}
				}
			}
		}
		return rows;
	}
}

package yeardiff.extract;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import yeardiff.extract.internal.MeasureReader;
import yeardiff.model.api.Fact;
import yeardiff.model.api.Measure;
import yeardiff.model.api.MeasureKind;
import yeardiff.model.api.Period;
import yeardiff.model.api.PeriodKind;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.meta.ReportFactory;

/**
 * What each fact measures and for when: a partner's defence budget, a change of it, its share of
 * GDP, an investment, the personnel of a mission, a quantity, a delivery year or the end of a
 * mandate, with the programme or mission it is about and the {@link Period} the value is for. The
 * rules read the words of the clause around the number (see the extraction's
 * {@code MeasureReader}); the section's partner is the subject unless the clause names another.
 * <p>
 * The importer stores the measures in the model (model 1.1). For reports saved before, the
 * comparison, timelines and fact tables ask {@link #of(Fact)}, which reads them from the
 * statement when they are absent, so older repositories give the same answers without a re-import.
 */
public final class FactMeasures {

	private FactMeasures() {
	}

	/**
	 * Sets the measure of every fact of the statement from its text, replacing any there was.
	 *
	 * @param statement a statement whose facts are extracted
	 * @param reportYear the year the report covers: the period of a value whose clause names none
	 */
	public static void assign(Statement statement, int reportYear) {
		List<Fact> facts = statement.getFacts();
		List<Measure> measures = MeasureReader.read(text(statement), facts, reportYear);
		for (int i = 0; i < facts.size(); i++) {
			facts.get(i).setMeasure(measures.get(i));
		}
	}

	/**
	 * The fact's measure: the stored one, or for a fact of a report saved before measures existed,
	 * the one its statement's words give (not stored: reading a report never changes it).
	 */
	public static Measure of(Fact fact) {
		if (fact.getMeasure() != null) {
			return fact.getMeasure();
		}
		if (!(fact.eContainer() instanceof Statement statement)) {
			// without its sentence a number says nothing of what it measures
			Measure unknown = ReportFactory.eINSTANCE.createMeasure();
			unknown.setKind(MeasureKind.OTHER);
			return unknown;
		}
		List<Fact> facts = statement.getFacts();
		return MeasureReader.read(text(statement), facts, reportYear(statement)).get(facts.indexOf(fact));
	}

	/** Whether the fact measures something the comparison follows (anything but {@link MeasureKind#OTHER}). */
	public static boolean isMeasure(Fact fact) {
		Measure measure = of(fact);
		return measure.getKind() != MeasureKind.OTHER;
	}

	/**
	 * The measure as the JSON and CSV name it: its kind ({@code defence-budget}, {@code gdp-share},
	 * {@code personnel}, ...) followed by {@code :subject} when it is about a programme, mission or
	 * thing rather than the section's partner ({@code personnel:Enhanced Forward Presence}).
	 */
	public static String name(Measure measure) {
		String kind = measure.getKind().getLiteral();
		return measure.getSubject() == null ? kind : kind + ':' + measure.getSubject();
	}

	/**
	 * The period as the JSON names it: {@code 2020}; a fiscal year {@code 2019/2020}; a range
	 * {@code 2028-2029}; a month {@code 2021-06}; null for none.
	 */
	public static String period(Measure measure) {
		Period period = measure.getPeriod();
		if (period == null) {
			return null;
		}
		return switch (period.getKind()) {
			case FISCAL_YEAR -> period.getEndYear() > period.getYear() ? period.getYear() + "/" + period.getEndYear() //$NON-NLS-1$
					: Integer.toString(period.getYear());
			case RANGE -> period.getYear() + "-" + period.getEndYear(); //$NON-NLS-1$
			case MONTH -> String.format(Locale.ROOT, "%d-%02d", period.getYear(), period.getMonth()); //$NON-NLS-1$
			default -> Integer.toString(period.getYear());
		};
	}

	/**
	 * The last calendar year the period touches: where on a time axis a value stands (a fiscal year
	 * 2019/2020 and a range 2023-2024 at their end year), or 0 for none.
	 */
	public static int lastYear(Measure measure) {
		Period period = measure.getPeriod();
		if (period == null) {
			return 0;
		}
		return (period.getKind() == PeriodKind.RANGE || period.getKind() == PeriodKind.FISCAL_YEAR) && period.getEndYear() > 0
				? period.getEndYear() : period.getYear();
	}

	/** Whether the period includes the calendar year {@code year}. */
	public static boolean covers(Measure measure, int year) {
		Period period = measure.getPeriod();
		return period != null && period.getYear() <= year && year <= Math.max(period.getYear(), period.getEndYear());
	}

	private static String text(Statement statement) {
		return statement.getText() == null ? "" : statement.getText(); //$NON-NLS-1$
	}

	private static int reportYear(Statement statement) {
		for (EObject container = statement.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Report report) {
				return report.getYear();
			}
		}
		return 0;
	}
}

package yeardiff.compare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import yeardiff.compare.Timeline;

/**
 * The periods of a timeline's time axis: one place per period with data, in time order, each at the
 * last calendar year it touches (a fiscal year and a range at their end year, a month in its year),
 * a value without a period at its report's year.
 */
class TimelinePeriodsTest {

	@Test
	void periodsStandInTimeOrderOncePerPeriod() {
		Timeline.Series budget = new Timeline.Series("amount", "GBP", "defensiebudget (GBP)", List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				point("2019", 2019, "2019/2020"), point("2020", 2020, null), point("2021", 2021, "2025"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Timeline.Series share = new Timeline.Series("share", "percent", "aandeel van het BBP", List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				point("2019", 2019, "2019"), point("2020", 2020, "2023-2024"), point("2021", 2021, "2021-06"), point("2021", 2021, "2025"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		assertEquals(List.of("2019", "2019/2020", "2020", "2021-06", "2023-2024", "2025"), Timeline.periods(List.of(budget, share))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(List.of("2019/2020", "2020", "2025"), Timeline.periods(List.of(budget))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Timeline.Point point(String report, int year, String period) {
		return new Timeline.Point(report, year, 1, report + "/partner/0", "1", period, false); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

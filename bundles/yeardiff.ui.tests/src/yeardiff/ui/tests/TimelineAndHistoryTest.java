package yeardiff.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Format;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.compare.Timeline;
import yeardiff.library.StatementVersion;
import yeardiff.ui.editors.ReportEditor;
import yeardiff.ui.testing.BackgroundJobsFinish;
import yeardiff.ui.testing.Screenshots;
import yeardiff.ui.testing.UiThread;
import yeardiff.ui.views.SearchView;
import yeardiff.ui.views.StatementHistoryView;
import yeardiff.ui.views.TimelineView;

@ExtendWith(BackgroundJobsFinish.class)
class TimelineAndHistoryTest {

	/** The Joint Arctic Training at Skjold, as the 2020 letter says it (page 5). */
	private static final String SKJOLD_2020 = "2020/noorwegen/fc34d4a1"; //$NON-NLS-1$

	@TempDir
	Path repository;

	@Test
	void timelineOfTheUnitedKingdomChartsTheBudgetByReportYear() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		TimelineView view = (TimelineView) window.getActivePage().showView(TimelineView.ID);
		view.show(repository, "verenigd-koninkrijk", "Verenigd Koninkrijk"); //$NON-NLS-1$ //$NON-NLS-2$
		UiThread.waitUntil("the timeline of the United Kingdom", () -> view.timeline() != null); //$NON-NLS-1$

		// One unit at a time: the euro amounts.
		int euros = Arrays.asList(view.unitChooser().getItems()).indexOf("EUR"); //$NON-NLS-1$
		assertTrue(euros >= 0, Arrays.toString(view.unitChooser().getItems()));
		view.unitChooser().select(euros);
		view.unitChooser().notifyListeners(SWT.Selection, new Event());
		// The letters of 2019 and 2020 put the British defence budget at about €202 and € 198 miljard.
		ISeries<?> budget = Arrays.stream(view.chart().getSeriesSet().getSeries())
				.filter(series -> Arrays.equals(series.getYSeries(), new double[] { 202e9, 198e9 })).findFirst().orElse(null);
		assertNotNull(budget, "no budget series of €202 and €198 miljard"); //$NON-NLS-1$
		// The x axis holds the periods the timeline gives (the period a value is for, not the
		// report's year), only those with data, in time order.
		List<String> periods = view.periods();
		Timeline.Series budgetSeries = view.timeline().series().stream()
				.filter(series -> series.points().stream().mapToDouble(Timeline.Point::value).boxed().toList().equals(List.of(202e9, 198e9)))
				.findFirst().orElseThrow();
		assertArrayEquals(budgetSeries.points().stream().mapToDouble(point -> periods.indexOf(point.periodOrYear())).toArray(),
				budget.getXSeries());
		assertEquals(periods.size(), periods.stream().distinct().count(), periods.toString());
		List<Integer> firstYears = periods.stream().map(period -> Integer.valueOf(period.substring(0, 4))).toList();
		assertEquals(firstYears.stream().sorted().toList(), firstYears, "periods out of time order: " + periods); //$NON-NLS-1$
		assertTrue(periods.contains("2019") && periods.contains("2020"), periods.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		Format values = view.chart().getAxisSet().getYAxis(0).getTick().getFormat();
		assertEquals("€ 202 mld", values.format(Double.valueOf(202e9))); //$NON-NLS-1$
		for (ISeries<?> series : view.chart().getSeriesSet().getSeries()) {
			assertTrue(series.getId().startsWith("Amount: "), "an amount series named otherwise: " + series.getId()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// A report may give a measure for several periods (the 2019 letter gives the 2019 and the 2020
		// budget), and the timeline keeps two different figures one letter gives for one period
		// (TimelineBuilder); the same figure for the same period is one point.
		assertTrue(view.timeline().series().stream().allMatch(series -> series.points().stream()
				.map(point -> point.report() + '@' + point.period() + '=' + point.value()).distinct().count() == series.points().size()),
				"one report's figure for one period twice in a series"); //$NON-NLS-1$
		IWorkbenchPartReference part = window.getActivePage().getReference(view);
		window.getActivePage().setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save(window.getShell(), "timeline"); //$NON-NLS-1$
		window.getActivePage().setPartState(part, IWorkbenchPage.STATE_RESTORED);
		// Closed again, so that the next tests' screenshots show the default layout.
		window.getActivePage().hideView(view);
	}

	@Test
	void historyOfTheArcticTrainingAtSkjoldListsBothVersions() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		StatementHistoryView view = (StatementHistoryView) window.getActivePage().showView(StatementHistoryView.ID);
		view.show(SKJOLD_2020);
		UiThread.waitUntil("the history of the Skjold statement", () -> view.history() != null); //$NON-NLS-1$

		List<StatementVersion> versions = view.history().versions();
		// June 2019 first tells of the Joint Arctic Training; December 2019 adds Skjold; 2020 restates it.
		assertEquals(List.of("2019-06-19", "2019", "2020"), versions.stream().map(StatementVersion::report).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("new", versions.get(0).status()); //$NON-NLS-1$
		assertTrue(versions.get(0).text().contains("Joint Arctic Training"), versions.get(0).text()); //$NON-NLS-1$
		TableItem[] rows = view.table().getTable().getItems();
		assertEquals(3, rows.length);
		assertEquals("2019-06-19", rows[0].getText(0)); //$NON-NLS-1$
		assertEquals("3", rows[1].getText(3)); //$NON-NLS-1$
		assertEquals("5", rows[2].getText(3)); //$NON-NLS-1$
		assertTrue(rows[2].getText(5).startsWith("De Joint Arctic Training (koudweertraining) van het Nederlandse Korps Mariniers vindt al sinds"), //$NON-NLS-1$
				rows[2].getText(5));
		// The latest version is chosen: its diff with December 2019 shows the words 2020 added.
		String diff = view.diff().getText();
		int added = diff.lastIndexOf("al sinds de jaren zeventig"); //$NON-NLS-1$
		assertTrue(added >= 0, diff);
		assertNotNull(view.diff().getStyleRangeAtOffset(added), "the added words are not marked"); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "history"); //$NON-NLS-1$
	}

	@Test
	void searchFindsTheStatementsAboutSkjold() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		SearchView search = (SearchView) window.getActivePage().showView(SearchView.ID);
		search.search("Skjold"); //$NON-NLS-1$
		UiThread.waitUntil("hits for Skjold", () -> search.results().getTable().getItemCount() > 0); //$NON-NLS-1$
		List<String> texts = Arrays.stream(search.results().getTable().getItems()).map(item -> item.getText(3)).toList();
		assertTrue(texts.stream().anyMatch(text -> text.contains("vanaf de locatie Skjold")), texts.toString()); //$NON-NLS-1$
		Screenshots.save(window.getShell(), "search"); //$NON-NLS-1$
	}

	@Test
	void reportViewerRevealsTheSkjoldStatementWithItsPage() throws Exception {
		IWorkbenchWindow window = SampleRepository.open(repository);
		ReportEditor editor = ReportEditor.open(window.getActivePage(), repository, "2020", SKJOLD_2020); //$NON-NLS-1$
		String selected = editor.text().getSelectionText();
		assertTrue(selected.startsWith("De Joint Arctic Training (koudweertraining)"), selected); //$NON-NLS-1$
		assertTrue(editor.text().getText().contains("[p. 5] "), "no page marker for page 5"); //$NON-NLS-1$ //$NON-NLS-2$
		Screenshots.save(window.getShell(), "report-viewer"); //$NON-NLS-1$
	}
}

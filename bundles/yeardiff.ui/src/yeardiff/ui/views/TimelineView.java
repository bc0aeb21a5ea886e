package yeardiff.ui.views;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import yeardiff.compare.FactFormat;
import yeardiff.compare.ReportComparator;
import yeardiff.compare.Timeline;
import yeardiff.compare.TimelineBuilder;
import yeardiff.extract.SubjectRegistry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.editors.ReportEditor;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.preferences.ComparisonPreferences;

/**
 * A partner's facts over all reports ({@link TimelineBuilder}): a line chart with one series per
 * fact the reports keep restating, and the same points as a table. Clicking a point or a row opens
 * the statement that states it.
 */
public final class TimelineView extends ViewPart {

	public static final String ID = "yeardiff.ui.views.timeline"; //$NON-NLS-1$

	/** How near (in pixels) a click must be to a point to open its statement. */
	private static final int HIT_DISTANCE = 8;
	/** Pixels between year ticks: wide enough that SWTChart never steps by a fraction of a year. */
	private static final int YEAR_TICK_PIXELS = 120;
	private static final int[] SERIES_COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
			SWT.COLOR_DARK_RED, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

	/** One point of the table: the series it belongs to and the point. */
	public record Row(Timeline.Series series, Timeline.Point point) {
	}

	private Chart chart;
	private TableViewer table;
	private Path repository;
	private Timeline timeline;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		chart = new Chart(sash, SWT.NONE);
		chart.getTitle().setText(Messages.TimelineView_empty);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.TimelineView_year);
		chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.TimelineView_value);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getPlotArea().getControl().addListener(SWT.MouseDown, this::pointClicked);
		Composite tableArea = new Composite(sash, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		table = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.TimelineView_series, 3, row -> row.series().label());
		column(layout, Messages.TimelineView_year, 1, row -> Integer.toString(row.point().year()));
		column(layout, Messages.TimelineView_report, 1, row -> row.point().report());
		column(layout, Messages.TimelineView_value, 1, row -> value(row.series(), row.point()));
		column(layout, Messages.TimelineView_statement, 6, row -> row.point().text());
		table.addDoubleClickListener(event -> openRow(event.getSelection()));
		table.addOpenListener(event -> openRow(event.getSelection()));
		sash.setWeights(2, 1);
		getSite().setSelectionProvider(table);
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	private static String value(Timeline.Series series, Timeline.Point point) {
		return FactFormat.scaled(point.value()) + (series.unit() == null ? "" : " " + series.unit()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Shows the timeline of {@code partner} (a subject id) over the reports of {@code directory}. */
	public void show(Path directory, String partner, String partnerName) {
		setPartName(NLS.bind(Messages.TimelineView_title, partnerName));
		Job job = Job.create(NLS.bind(Messages.TimelineView_building, partnerName), monitor -> {
			try (ReportRepository store = ReportRepository.open(directory)) {
				ReportComparator comparator = new ReportComparator(SubjectRegistry.standard(), ComparisonPreferences.options());
				Timeline built = new TimelineBuilder(comparator).build(store.loadAll(), partner, null);
				chart.getDisplay().asyncExec(() -> {
					if (!chart.isDisposed()) {
						repository = directory;
						setTimeline(built, partnerName);
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return Status.error(NLS.bind(Messages.TimelineView_failed, partnerName, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void setTimeline(Timeline shown, String partnerName) {
		timeline = shown;
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		for (int axis : chart.getAxisSet().getYAxisIds()) {
			if (axis != 0) {
				chart.getAxisSet().deleteYAxis(axis);
			}
		}
		// One value axis per unit: billions of euros and percentages of GDP do not share a scale.
		Map<String, Integer> axes = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		int index = 0;
		for (Timeline.Series series : shown.series()) {
			String unit = series.unit() == null ? "" : series.unit(); //$NON-NLS-1$
			Integer axis = axes.computeIfAbsent(unit, key -> Integer.valueOf(axes.isEmpty() ? 0 : chart.getAxisSet().createYAxis()));
			chart.getAxisSet().getYAxis(axis.intValue()).getTitle().setText(unit.isEmpty() ? Messages.TimelineView_value : unit);
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
					series.kind() + ' ' + index + ' ' + series.label());
			line.setYAxisId(axis.intValue());
			line.setDescription(unit + ": " + series.label()); //$NON-NLS-1$
			line.setXSeries(series.points().stream().mapToDouble(point -> point.year()).toArray());
			line.setYSeries(series.points().stream().mapToDouble(Timeline.Point::value).toArray());
			line.setLineColor(chart.getDisplay().getSystemColor(SERIES_COLORS[index % SERIES_COLORS.length]));
			line.setSymbolColor(line.getLineColor());
			series.points().forEach(point -> rows.add(new Row(series, point)));
			index++;
		}
		chart.getTitle().setText(shown.series().isEmpty() ? NLS.bind(Messages.TimelineView_noFacts, partnerName) : partnerName);
		chart.getAxisSet().adjustRange();
		yearAxis(shown);
		chart.redraw();
		table.setInput(rows);
	}

	/** Whole years on the x axis, with half a year of room on either side so end points show. */
	private void yearAxis(Timeline shown) {
		IntSummaryStatistics years = shown.series().stream().flatMap(series -> series.points().stream())
				.mapToInt(Timeline.Point::year).summaryStatistics();
		if (years.getCount() == 0) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.setRange(new Range(years.getMin() - 0.5, years.getMax() + 0.5));
		x.getTick().setFormat(new DecimalFormat("0")); //$NON-NLS-1$
		x.getTick().setTickMarkStepHint(YEAR_TICK_PIXELS);
	}

	/** The chart, for the UI tests. */
	public Chart chart() {
		return chart;
	}

	/** The timeline shown, or null before the first one is built. */
	public Timeline timeline() {
		return timeline;
	}

	private void pointClicked(Event event) {
		if (timeline == null) {
			return;
		}
		ISeries<?>[] shown = chart.getSeriesSet().getSeries();
		for (int s = 0; s < shown.length && s < timeline.series().size(); s++) {
			List<Timeline.Point> points = timeline.series().get(s).points();
			for (int i = 0; i < points.size(); i++) {
				Point pixel = shown[s].getPixelCoordinates(i);
				if (Math.abs(pixel.x - event.x) <= HIT_DISTANCE && Math.abs(pixel.y - event.y) <= HIT_DISTANCE) {
					open(points.get(i));
					return;
				}
			}
		}
	}

	private void openRow(org.eclipse.jface.viewers.ISelection selection) {
		if (((IStructuredSelection) selection).getFirstElement() instanceof Row row) {
			open(row.point());
		}
	}

	private void open(Timeline.Point point) {
		try {
			ReportEditor.open(getSite().getPage(), repository, point.report(), point.statementId());
		} catch (PartInitException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}

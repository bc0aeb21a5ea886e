package yeardiff.ui.views;

import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
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
import yeardiff.library.LibraryException;
import yeardiff.library.PairingReview;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.editors.ReportEditor;
import yeardiff.ui.internal.Labels;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.preferences.ComparisonPreferences;

/**
 * A partner's facts over all reports ({@link TimelineBuilder}): a line chart of one unit at a time
 * (chosen above it: euros, pounds, shares of GDP and troop numbers do not share a scale), values
 * written as the letters write them ({@code £ 41,3 mld}, {@code 2,1 %}), the x axis in the years
 * that have data only, and all points as a table. Clicking a point or a row opens the statement
 * that states it.
 */
public final class TimelineView extends ViewPart {

	public static final String ID = "yeardiff.ui.views.timeline"; //$NON-NLS-1$

	/** How near (in pixels) a click must be to a point to open its statement. */
	private static final int HIT_DISTANCE = 8;
	/** Pixels between period ticks: at most one tick per period. */
	private static final int PERIOD_TICK_PIXELS = 60;
	private static final int[] SERIES_COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
			SWT.COLOR_DARK_RED, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

	/** One point of the table: the series it belongs to and the point. */
	public record Row(Timeline.Series series, Timeline.Point point) {
	}

	private Combo unitChooser;
	private Chart chart;
	private TableViewer table;
	private Path repository;
	private Timeline timeline;
	private String partnerName = ""; //$NON-NLS-1$
	/** The units of the timeline shown, in the chooser's order. */
	private final List<String> units = new ArrayList<>();
	/** The series drawn, in the chart's order. */
	private final List<Timeline.Series> drawn = new ArrayList<>();
	/** The periods on the x axis: only those with data, in order. */
	private final List<String> periods = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite top = new Composite(sash, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginHeight = 2;
		top.setLayout(layout);
		Label unitLabel = new Label(top, SWT.NONE);
		unitLabel.setText(Messages.TimelineView_unit);
		unitChooser = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		unitChooser.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		unitChooser.addListener(SWT.Selection, event -> drawUnit(unitChooser.getSelectionIndex()));
		chart = new Chart(top, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		chart.getTitle().setText(Messages.TimelineView_empty);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.TimelineView_period);
		chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.TimelineView_value);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getPlotArea().getControl().addListener(SWT.MouseDown, this::pointClicked);
		Composite tableArea = new Composite(sash, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		table = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.TimelineView_series, 3, 140, row -> seriesName(row.series()));
		column(columns, Messages.TimelineView_period, 1, 60, row -> row.point().periodOrYear());
		column(columns, Messages.TimelineView_report, 1, 60, row -> row.point().report());
		column(columns, Messages.TimelineView_value, 2, 110, row -> FactFormat.compact(row.series().unit(), row.point().value()));
		column(columns, Messages.TimelineView_statement, 6, 200, row -> row.point().text());
		table.addOpenListener(event -> openRow(event.getSelection()));
		sash.setWeights(3, 2);
		getSite().setSelectionProvider(table);
	}

	private void column(TableColumnLayout layout, String title, int weight, int minimum, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	/**
	 * A series' name: what it measures, by the kind of fact and the words that introduce it in the
	 * letters, so that a budget and a share of GDP never read alike.
	 */
	private static String seriesName(Timeline.Series series) {
		return Labels.factKind(series.kind()) + ": " + series.label(); //$NON-NLS-1$
	}

	/** Shows the timeline of {@code partner} (a subject id) over the reports of {@code directory}. */
	public void show(Path directory, String partner, String name) {
		setPartName(NLS.bind(Messages.TimelineView_title, name));
		Job job = Job.create(NLS.bind(Messages.TimelineView_building, name), monitor -> {
			try (ReportRepository store = ReportRepository.open(directory)) {
				// The repository's comparison, as the command line's timeline makes it (corrections honoured).
				ReportComparator comparator = PairingReview.comparator(store, ComparisonPreferences.options());
				Timeline built = new TimelineBuilder(comparator).build(store.loadAll(), partner, null);
				chart.getDisplay().asyncExec(() -> {
					if (!chart.isDisposed()) {
						repository = directory;
						setTimeline(built, name);
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException | LibraryException e) {
				return Status.error(NLS.bind(Messages.TimelineView_failed, name, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private void setTimeline(Timeline shown, String name) {
		timeline = shown;
		partnerName = name;
		units.clear();
		Map<String, Integer> found = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Timeline.Series series : shown.series()) {
			found.merge(unitOf(series), Integer.valueOf(series.points().size()), Integer::sum);
			series.points().forEach(point -> rows.add(new Row(series, point)));
		}
		// The unit with the most points first: a partner's budget in its own currency, as a rule.
		found.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(entry -> units.add(entry.getKey()));
		unitChooser.setItems(units.stream().map(TimelineView::unitLabel).toArray(String[]::new));
		unitChooser.getParent().layout(true, true);
		table.setInput(rows);
		drawUnit(units.isEmpty() ? -1 : 0);
	}

	private static String unitOf(Timeline.Series series) {
		return series.unit() == null ? "" : series.unit(); //$NON-NLS-1$
	}

	/** How the chooser names a unit: a currency by its code, the others in the user's words. */
	private static String unitLabel(String unit) {
		return switch (unit) {
			case "percent" -> Messages.TimelineView_unitPercent; //$NON-NLS-1$
			case "persons" -> Messages.TimelineView_unitPersons; //$NON-NLS-1$
			case "items" -> Messages.TimelineView_unitItems; //$NON-NLS-1$
			case "year" -> Messages.TimelineView_unitYear; //$NON-NLS-1$
			case "" -> Messages.TimelineView_value; //$NON-NLS-1$
			default -> unit;
		};
	}

	/** Draws the series of the unit at {@code index} of the chooser (none for -1). */
	private void drawUnit(int index) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		drawn.clear();
		periods.clear();
		if (index < 0 || timeline == null) {
			chart.getTitle().setText(timeline == null ? Messages.TimelineView_empty : NLS.bind(Messages.TimelineView_noFacts, partnerName));
			chart.redraw();
			return;
		}
		unitChooser.select(index);
		String unit = units.get(index);
		for (Timeline.Series series : timeline.series()) {
			if (unitOf(series).equals(unit)) {
				drawn.add(series);
			}
		}
		periods.addAll(Timeline.periods(drawn));
		Map<String, Integer> names = new LinkedHashMap<>();
		for (int s = 0; s < drawn.size(); s++) {
			Timeline.Series series = drawn.get(s);
			String name = seriesName(series);
			// Two series that read alike still get names of their own (the chart keys series by id).
			int seen = names.merge(name, Integer.valueOf(1), Integer::sum).intValue();
			String id = seen == 1 ? name : name + " (" + seen + ')'; //$NON-NLS-1$
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
			line.setXSeries(series.points().stream().mapToDouble(point -> periods.indexOf(point.periodOrYear())).toArray());
			line.setYSeries(series.points().stream().mapToDouble(Timeline.Point::value).toArray());
			line.setLineColor(chart.getDisplay().getSystemColor(SERIES_COLORS[s % SERIES_COLORS.length]));
			line.setSymbolColor(line.getLineColor());
		}
		chart.getTitle().setText(partnerName + " — " + unitLabel(unit)); //$NON-NLS-1$
		chart.getAxisSet().getYAxis(0).getTitle().setText(unitLabel(unit));
		chart.getAxisSet().getYAxis(0).getTick().setFormat(new ValueFormat(unit));
		chart.getAxisSet().adjustRange();
		periodAxis();
		chart.redraw();
	}

	/** One place per period with data, evenly spaced, with half a place of room at either end. */
	private void periodAxis() {
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.setRange(new Range(-0.5, Math.max(0, periods.size() - 1) + 0.5));
		x.getTick().setFormat(new PeriodFormat());
		x.getTick().setTickMarkStepHint(PERIOD_TICK_PIXELS);
		IAxis y = chart.getAxisSet().getYAxis(0);
		Range range = y.getRange();
		// Room above and below, so that the highest and lowest points are not cut by the frame.
		double margin = Math.max((range.upper - range.lower) * 0.1, Math.abs(range.upper) * 0.05);
		y.setRange(new Range(range.lower - margin, range.upper + margin));
	}

	/** The y axis' labels: values as the letters write them. */
	private static final class ValueFormat extends Format {
		private static final long serialVersionUID = 1L;
		private final String unit;

		ValueFormat(String unit) {
			this.unit = unit;
		}

		@Override
		public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
			return target.append(FactFormat.compact(unit.isEmpty() ? null : unit, ((Number) number).doubleValue()));
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			return null;
		}
	}

	/** The x axis' labels: the period at a whole position, nothing between two periods. */
	private final class PeriodFormat extends Format {
		private static final long serialVersionUID = 1L;

		@Override
		public StringBuffer format(Object number, StringBuffer target, FieldPosition position) {
			double at = ((Number) number).doubleValue();
			long index = Math.round(at);
			if (Math.abs(at - index) < 1e-6 && index >= 0 && index < periods.size()) {
				target.append(periods.get((int) index));
			}
			return target;
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			return null;
		}
	}

	/** The chart, for the UI tests. */
	public Chart chart() {
		return chart;
	}

	/** The unit chooser, for the UI tests. */
	public Combo unitChooser() {
		return unitChooser;
	}

	/** The periods on the x axis of the unit shown, for the UI tests. */
	public List<String> periods() {
		return List.copyOf(periods);
	}

	/** The timeline shown, or null before the first one is built. */
	public Timeline timeline() {
		return timeline;
	}

	private void pointClicked(Event event) {
		ISeries<?>[] shown = chart.getSeriesSet().getSeries();
		for (int s = 0; s < shown.length && s < drawn.size(); s++) {
			List<Timeline.Point> points = drawn.get(s).points();
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

package yeardiff.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import yeardiff.compare.FactFormat;
import yeardiff.compare.FactMove;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Statement;
import yeardiff.ui.internal.Messages;

/**
 * The compare editor's numbers that moved ({@link MovedNumber}, the command line's
 * {@code factMoves}) for the partner selected in the structure pane, or the partner of the pair
 * selected: measure, the earlier and the later value with the period each is for, the difference,
 * and the pages of both statements. It stands under both panes across the editor's whole width, so
 * that a reviewer reads the values without widening columns: the difference, the pages and the
 * values are as wide as their longest text, the measure takes the rest and wraps onto more lines
 * where that is not enough (only when even that cannot be had do the values wrap too). Every cell
 * says its whole text as a tooltip, the pages both statements. A row leads to its pair.
 */
public final class NumbersPanel {

	/** The columns, in their order. */
	public static final int MEASURE = 0;
	public static final int FROM = 1;
	public static final int TO = 2;
	public static final int DELTA = 3;
	public static final int PAGES = 4;
	private static final int COLUMNS = 5;
	/** Space left and right of a cell's text, in pixels. */
	static final int MARGIN = 6;
	/** Space above and below a cell's lines, in pixels. */
	private static final int V_MARGIN = 2;
	/** What a column header needs beside its text (the header button's border and padding), in pixels. */
	private static final int HEADER_PADDING = 24;
	private static final String ARROW = " ↔ "; //$NON-NLS-1$

	private final Composite control;
	private final Label title;
	private final TableViewer viewer;
	private final String fromReport;
	private final String toReport;
	private final int[] headerWidths = new int[COLUMNS];
	/** How each cell was last drawn, by row and column: what a reviewer sees of it. */
	private final Map<MovedNumber, DrawnCell[]> drawn = new IdentityHashMap<>();
	private List<MovedNumber> rows = List.of();
	private PartnerNode partner;
	private boolean fitting;

	NumbersPanel(Composite parent, String fromReport, String toReport, Consumer<StatementPair> reveal) {
		this.fromReport = fromReport;
		this.toReport = toReport;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		layout.verticalSpacing = 2;
		control.setLayout(layout);
		title = new Label(control, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		title.setText(Messages.CompareEditor_numbersChoosePartner);
		viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.CompareEditor_measure, row -> row.move().label(), row -> row.move().label());
		column(fromReport, row -> value(row.move().from()), row -> value(row.move().from()));
		column(toReport, row -> value(row.move().to()), row -> value(row.move().to()));
		column(Messages.CompareEditor_delta, NumbersPanel::delta, NumbersPanel::delta);
		column(Messages.CompareEditor_pages, this::pages, this::statements);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		// The header alone decides a column's least width: measured while the table is empty.
		GC gc = new GC(table);
		try {
			for (int column = 0; column < COLUMNS; column++) {
				TableColumn header = table.getColumn(column);
				header.pack();
				headerWidths[column] = Math.max(header.getWidth(), gc.textExtent(header.getText()).x + HEADER_PADDING);
			}
		} finally {
			gc.dispose();
		}
		table.addListener(SWT.MeasureItem, this::measure);
		table.addListener(SWT.EraseItem, event -> event.detail &= ~SWT.FOREGROUND);
		table.addListener(SWT.PaintItem, this::paint);
		table.addListener(SWT.Resize, event -> fit());
		// A row leads to its pair: both statements side by side, the fact boxed in each.
		viewer.addOpenListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof MovedNumber row
					&& row.pair() != null) {
				reveal.accept(row.pair());
			}
		});
	}

	private void column(String header, Function<MovedNumber, String> text, Function<MovedNumber, String> toolTip) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setMoveable(false);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((MovedNumber) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return toolTip.apply((MovedNumber) element);
			}
		});
	}

	/**
	 * Shows the numbers that moved for {@code shown} (none chosen: null), with the rows of
	 * {@code pair} selected when it is one of the partner's.
	 */
	void show(PartnerNode shown, StatementPair pair) {
		if (shown != partner) {
			partner = shown;
			rows = shown == null ? List.of() : MovedNumber.of(shown.section());
			drawn.clear();
			title.setText(shown == null ? Messages.CompareEditor_numbersChoosePartner
					: NLS.bind(rows.isEmpty() ? Messages.CompareEditor_noNumbersFor : Messages.CompareEditor_numbersFor, shown.displayName()));
			fitColumns();
			viewer.setInput(rows);
			control.layout(true, true);
			// The rows may have brought a scroll bar that narrows the table.
			fit();
		}
		List<MovedNumber> ofPair = rows.stream().filter(row -> pair != null && (row.fromPair() == pair || row.toPair() == pair)).toList();
		viewer.setSelection(new StructuredSelection(ofPair), true);
	}

	/** The panel, to lay out in the editor. */
	public Control getControl() {
		return control;
	}

	/** The table's viewer, for the UI tests. */
	public TableViewer viewer() {
		return viewer;
	}

	/** What the title line says, for the UI tests. */
	public String title() {
		return title.getText();
	}

	/**
	 * A cell as it was drawn: its lines, the x where its widest line ends (in the table's
	 * coordinates) and the height of its row.
	 */
	public record DrawnCell(List<String> lines, int textRight, int rowHeight) {
	}

	/** How the cell of {@code row} in {@code column} was last drawn, or null when it was not drawn. */
	public DrawnCell drawn(MovedNumber row, int column) {
		DrawnCell[] cells = drawn.get(row);
		return cells == null ? null : cells[column];
	}

	/** The partner shown, or null. */
	public PartnerNode partner() {
		return partner;
	}

	/** A value as the letter writes it, with the period it is for. */
	private static String value(FactMove.MeasureValue value) {
		if (value == null) {
			return Messages.CompareEditor_none;
		}
		return value.period() == null ? value.text() : value.text() + " (" + value.period() + ')'; //$NON-NLS-1$
	}

	/** The difference as the letters write numbers, with words for a value that came or went. */
	static String delta(MovedNumber row) {
		FactMove move = row.move();
		if (move.from() == null) {
			return Messages.CompareEditor_added;
		}
		if (move.to() == null) {
			return Messages.CompareEditor_removed;
		}
		return FactFormat.delta(move.kind(), move.unit(), move.delta());
	}

	/** Where the values are written: the page in each report (the column's header names the reports). */
	private String pages(MovedNumber row) {
		return page(row.fromStatement()) + ARROW + page(row.toStatement());
	}

	private static String page(Statement statement) {
		return statement == null ? Messages.CompareEditor_none : NLS.bind(Messages.CompareEditor_page, Integer.valueOf(statement.getPage()));
	}

	/** Both statements, each with its report and page: the pages column's tooltip. */
	private String statements(MovedNumber row) {
		return statement(fromReport, row.fromStatement()) + '\n' + statement(toReport, row.toStatement());
	}

	private static String statement(String report, Statement statement) {
		if (statement == null) {
			return report + ": " + Messages.CompareEditor_none; //$NON-NLS-1$
		}
		return NLS.bind(Messages.CompareEditor_reportPage, report, Integer.valueOf(statement.getPage())) + ": " + statement.getText(); //$NON-NLS-1$
	}

	/** The table's width changed: the columns are fitted to it again, and the rows measured again. */
	private void fit() {
		if (fitting || rows.isEmpty()) {
			return;
		}
		int[] before = widths();
		fitColumns();
		if (!Arrays.equals(before, widths())) {
			// The rows' heights follow their wrapped cells: new items are measured anew.
			IStructuredSelection selection = viewer.getStructuredSelection();
			drawn.clear();
			viewer.setInput(rows);
			viewer.setSelection(selection);
		}
	}

	private int[] widths() {
		int[] widths = new int[COLUMNS];
		for (int column = 0; column < COLUMNS; column++) {
			widths[column] = viewer.getTable().getColumn(column).getWidth();
		}
		return widths;
	}

	/** Sets the columns' widths for the rows shown and the table's width (see {@link #widths(int, int[], int[])}). */
	private void fitColumns() {
		Table table = viewer.getTable();
		int available = table.getClientArea().width;
		if (available <= 0) {
			return;
		}
		int[] natural = headerWidths.clone();
		int[] least = headerWidths.clone();
		GC gc = new GC(table);
		try {
			ColumnLabelProvider[] labels = new ColumnLabelProvider[COLUMNS];
			for (int column = 0; column < COLUMNS; column++) {
				labels[column] = (ColumnLabelProvider) viewer.getLabelProvider(column);
			}
			for (MovedNumber row : rows) {
				for (int column = 0; column < COLUMNS; column++) {
					String text = labels[column].getText(row);
					natural[column] = Math.max(natural[column], gc.textExtent(text).x + 2 * MARGIN);
					for (String word : text.split(" ")) { //$NON-NLS-1$
						least[column] = Math.max(least[column], gc.textExtent(word).x + 2 * MARGIN);
					}
				}
			}
		} finally {
			gc.dispose();
		}
		int[] widths = widths(available, natural, least);
		fitting = true;
		try {
			for (int column = 0; column < COLUMNS; column++) {
				TableColumn tableColumn = table.getColumn(column);
				if (tableColumn.getWidth() != widths[column]) {
					tableColumn.setWidth(widths[column]);
				}
			}
		} finally {
			fitting = false;
		}
	}

	/**
	 * The columns' widths in {@code available} pixels: the difference and the pages as wide as their
	 * longest text; the two values too while the measure keeps a third of its longest text, and the
	 * measure all that is left (it wraps); when that cannot be had, the measure and the values share
	 * what is left in proportion to their longest texts, none narrower than its longest word.
	 *
	 * @param natural each column's width for its longest text on one line (header included)
	 * @param least each column's width for its longest word (header included)
	 */
	static int[] widths(int available, int[] natural, int[] least) {
		int[] widths = natural.clone();
		int rest = available - natural[DELTA] - natural[PAGES];
		int measure = rest - natural[FROM] - natural[TO];
		if (measure >= Math.max(least[MEASURE], natural[MEASURE] / 3)) {
			widths[MEASURE] = measure;
			return widths;
		}
		int wanted = natural[MEASURE] + natural[FROM] + natural[TO];
		for (int column : new int[] { MEASURE, FROM, TO }) {
			widths[column] = Math.max(least[column], (int) ((long) Math.max(rest, 0) * natural[column] / wanted));
		}
		return widths;
	}

	/** A cell's lines at the column's width: words as they fit, a word wider than the column on a line of its own. */
	static List<String> lines(GC gc, String text, int width) {
		// Most cells fit: one measurement instead of one per word (GTK measures every cell often).
		if (gc.textExtent(text).x <= width) {
			return List.of(text);
		}
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) { //$NON-NLS-1$
			String longer = line.isEmpty() ? word : line + " " + word; //$NON-NLS-1$
			if (!line.isEmpty() && gc.textExtent(longer).x > width) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			} else {
				line.setLength(0);
				line.append(longer);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private int textWidth(int column) {
		return viewer.getTable().getColumn(column).getWidth() - 2 * MARGIN;
	}

	private void measure(Event event) {
		TableItem item = (TableItem) event.item;
		String text = item.getText(event.index);
		int lines = lines(event.gc, text, textWidth(event.index)).size();
		event.width = event.gc.textExtent(text).x + 2 * MARGIN;
		event.height = Math.max(event.height, lines * event.gc.getFontMetrics().getHeight() + 2 * V_MARGIN);
	}

	private void paint(Event event) {
		TableItem item = (TableItem) event.item;
		List<String> lines = lines(event.gc, item.getText(event.index), textWidth(event.index));
		int lineHeight = event.gc.getFontMetrics().getHeight();
		int y = event.y + Math.max(0, (event.height - lines.size() * lineHeight) / 2);
		int widest = 0;
		for (String line : lines) {
			event.gc.drawText(line, event.x + MARGIN, y, true);
			widest = Math.max(widest, event.gc.textExtent(line).x);
			y += lineHeight;
		}
		if (item.getData() instanceof MovedNumber row) {
			drawn.computeIfAbsent(row, key -> new DrawnCell[COLUMNS])[event.index] = new DrawnCell(lines, event.x + MARGIN + widest, event.height);
		}
	}
}

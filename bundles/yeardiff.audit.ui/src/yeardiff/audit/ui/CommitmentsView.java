package yeardiff.audit.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import yeardiff.audit.AuditException;
import yeardiff.audit.CommitmentQuery;
import yeardiff.audit.CommitmentRecord;
import yeardiff.audit.Evidence;
import yeardiff.audit.VerdictLog;
import yeardiff.audit.VerdictView;
import yeardiff.audit.ui.internal.DueWindow;
import yeardiff.audit.ui.internal.Messages;
import yeardiff.audit.ui.internal.StatusLabels;
import yeardiff.audit.ui.internal.StatusImages;
import yeardiff.library.LibraryException;
import yeardiff.library.RepositoryAudit;
import yeardiff.model.api.CommitmentStatus;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;

/**
 * The Commitments view: every commitment of the open repository's reports with the status the
 * audit or an auditor gave it, overdue ones first, filtered by partner, status, year and due time.
 * Below the table the selected commitment stands beside the later statements that speak to it, with
 * the auditors' verdicts on it, so that a verdict can be checked against the letters.
 *
 * <p>The audit runs in a background job whenever the repository changes or a verdict is recorded;
 * its selection ({@link CommitmentRecord}s) drives the Record Verdict command.</p>
 */
public final class CommitmentsView extends ViewPart {

	public static final String ID = "yeardiff.audit.ui.views.commitments"; //$NON-NLS-1$

	private static final String ALL = ""; //$NON-NLS-1$
	private static final int SHORT_COMMIT = 10;

	private final int currentYear = Year.now().getValue();
	private final Consumer<Path> repositoryListener = path -> getSite().getShell().getDisplay().asyncExec(this::refresh);
	private RepositorySelection repositories;
	private StatusImages images;
	private TableViewer table;
	private ComboViewer partnerFilter;
	private ComboViewer statusFilter;
	private ComboViewer yearFilter;
	private ComboViewer dueFilter;
	private Label summary;
	private Text commitmentText;
	private TableViewer evidenceTable;
	private TableViewer verdictTable;
	private List<CommitmentRecord> records = List.of();
	private Path shown;
	private Job verdictJob;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		createFilterBar(parent);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createTable(sash);
		createDetails(sash);
		sash.setWeights(3, 2);
		images = new StatusImages(table.getControl());

		MenuManager menu = new MenuManager();
		table.getControl().setMenu(menu.createContextMenu(table.getControl()));
		getSite().registerContextMenu(menu, table);
		getSite().setSelectionProvider(table);
		table.addSelectionChangedListener(event -> showDetails(selected()));

		repositories = getSite().getService(RepositorySelection.class);
		repositories.addListener(repositoryListener);
		refresh();
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(9).margins(4, 2).applyTo(bar);
		partnerFilter = filter(bar, Messages.CommitmentsView_partner);
		statusFilter = filter(bar, Messages.CommitmentsView_status);
		yearFilter = filter(bar, Messages.CommitmentsView_year);
		dueFilter = filter(bar, Messages.CommitmentsView_due);
		dueFilter.setLabelProvider(LabelProvider.createTextProvider(element -> ((DueWindow) element).label()));
		dueFilter.setInput(DueWindow.values());
		dueFilter.setSelection(new StructuredSelection(DueWindow.ANY));
		statusFilter.setInput(statuses());
		statusFilter.setSelection(new StructuredSelection(ALL));
		summary = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(summary);
	}

	private ComboViewer filter(Composite bar, String label) {
		new Label(bar, SWT.NONE).setText(label);
		ComboViewer combo = new ComboViewer(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setContentProvider(ArrayContentProvider.getInstance());
		combo.setLabelProvider(LabelProvider.createTextProvider(element -> ALL.equals(element) ? Messages.CommitmentsView_all
				: element instanceof CommitmentStatus status ? StatusLabels.of(status) : String.valueOf(element)));
		combo.addSelectionChangedListener(event -> {
			if (table != null) {
				table.refresh();
				updateSummary();
			}
		});
		return combo;
	}

	private static Object[] statuses() {
		Object[] values = new Object[CommitmentStatus.VALUES.size() + 1];
		values[0] = ALL;
		for (int i = 0; i < CommitmentStatus.VALUES.size(); i++) {
			values[i + 1] = CommitmentStatus.VALUES.get(i);
		}
		return values;
	}

	private void createTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		column(layout, Messages.CommitmentsView_columnStatus, 16, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return statusText((CommitmentRecord) element);
			}

			@Override
			public Image getImage(Object element) {
				CommitmentRecord record = (CommitmentRecord) element;
				return images.image(record.status(), record.verdict() != null);
			}

			@Override
			public String getToolTipText(Object element) {
				CommitmentRecord record = (CommitmentRecord) element;
				return record.verdict() == null ? record.reason() : record.verdict().rationale();
			}
		});
		column(layout, Messages.CommitmentsView_columnDue, 10, text(record -> record.due() == null ? "" : record.due())); //$NON-NLS-1$
		column(layout, Messages.CommitmentsView_columnPartner, 10, text(record -> record.partner() == null ? "" : record.partner())); //$NON-NLS-1$
		column(layout, Messages.CommitmentsView_columnReport, 9, text(CommitmentRecord::report));
		column(layout, Messages.CommitmentsView_columnStatement, 55, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((CommitmentRecord) element).statement().getText();
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		table.setFilters(new RecordFilter());
		table.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer viewer, Object first, Object second) {
				// overdue first; otherwise the audit's own order: by report, then by statement
				return query().overdueFirst().compare((CommitmentRecord) first, (CommitmentRecord) second);
			}
		});
	}

	private String statusText(CommitmentRecord record) {
		String status = StatusLabels.of(record.status());
		if (DueWindow.isOverdue(record, currentYear)) {
			status = NLS.bind(Messages.CommitmentsView_overdue, status);
		}
		return record.verdict() == null ? status : NLS.bind(Messages.CommitmentsView_byAuditor, status);
	}

	private static ColumnLabelProvider text(java.util.function.Function<CommitmentRecord, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CommitmentRecord) element);
			}
		};
	}

	private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private void createDetails(Composite parent) {
		SashForm details = new SashForm(parent, SWT.HORIZONTAL);
		Group commitment = group(details, Messages.CommitmentsView_commitment);
		commitmentText = new Text(commitment, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(commitmentText);

		Group evidence = group(details, Messages.CommitmentsView_evidence);
		evidenceTable = detailTable(evidence);
		detailColumn(evidenceTable, Messages.CommitmentsView_columnReport, 12, element -> ((Evidence) element).report());
		detailColumn(evidenceTable, Messages.CommitmentsView_columnPage, 6, element -> String.valueOf(((Evidence) element).page()));
		detailColumn(evidenceTable, Messages.CommitmentsView_columnCommit, 10, element -> shortCommit(((Evidence) element).commit()));
		detailColumn(evidenceTable, Messages.CommitmentsView_columnStatement, 72, element -> ((Evidence) element).text());

		Group verdicts = group(details, Messages.CommitmentsView_verdicts);
		verdictTable = detailTable(verdicts);
		detailColumn(verdictTable, Messages.CommitmentsView_columnDate, 20, element -> ((VerdictView) element).date());
		detailColumn(verdictTable, Messages.CommitmentsView_columnStatus, 12, element -> StatusLabels.of(((VerdictView) element).status()));
		detailColumn(verdictTable, Messages.CommitmentsView_columnAuthor, 16, element -> ((VerdictView) element).author());
		detailColumn(verdictTable, Messages.CommitmentsView_columnRationale, 40, element -> ((VerdictView) element).rationale());
		detailColumn(verdictTable, Messages.CommitmentsView_columnCommit, 12, element -> shortCommit(((VerdictView) element).commit()));
		details.setWeights(3, 5, 4);
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
		return group;
	}

	private static TableViewer detailTable(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		holder.setLayout(new TableColumnLayout());
		TableViewer viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	private static void detailColumn(TableViewer viewer, String title, int weight,
			java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Objects.toString(text.apply(element), ""); //$NON-NLS-1$
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		((TableColumnLayout) viewer.getTable().getParent().getLayout()).setColumnData(column.getColumn(),
				new ColumnWeightData(weight, 40));
	}

	private static String shortCommit(String commit) {
		return commit == null ? "" : commit.substring(0, Math.min(SHORT_COMMIT, commit.length())); //$NON-NLS-1$
	}

	/** Audits the open repository again, in the background, keeping the selected commitment selected. */
	public void refresh() {
		if (table == null || table.getControl().isDisposed()) {
			return;
		}
		Path directory = repositories.current();
		Job job = Job.create(NLS.bind(Messages.CommitmentsView_auditing, directory), monitor -> {
			List<CommitmentRecord> audited;
			String problem = null;
			if (!Files.isDirectory(directory)) {
				audited = List.of();
				problem = NLS.bind(Messages.CommitmentsView_noRepository, directory);
			} else {
				try (ReportRepository repository = ReportRepository.open(directory)) {
					// The command line's audit, with the subjects the repository's users taught.
					audited = RepositoryAudit.audit(repository, currentYear);
				} catch (StoreException | LibraryException | AuditException e) {
					audited = List.of();
					problem = NLS.bind(Messages.CommitmentsView_failed, e.getMessage());
				}
			}
			List<CommitmentRecord> result = audited;
			String message = problem;
			table.getControl().getDisplay().asyncExec(() -> show(directory, result, message));
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private void show(Path directory, List<CommitmentRecord> audited, String problem) {
		// The audit of a repository the user has since left is not shown over the current one's.
		if (table.getControl().isDisposed() || !directory.equals(repositories.current())) {
			return;
		}
		CommitmentRecord before = selected();
		shown = directory;
		records = audited;
		setContentDescription(NLS.bind(Messages.CommitmentsView_of, directory));
		setFilterChoices();
		table.setInput(records);
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
		if (before != null) {
			records.stream().filter(record -> record.id().equals(before.id())).findFirst()
					.ifPresent(record -> table.setSelection(new StructuredSelection(record), true));
		}
		updateSummary();
	}

	private void setFilterChoices() {
		choices(partnerFilter, records.stream().map(CommitmentRecord::partner).filter(Objects::nonNull).toList());
		choices(yearFilter, records.stream().map(record -> Integer.valueOf(record.year())).toList());
	}

	private static void choices(ComboViewer combo, List<? extends Comparable<?>> values) {
		Object chosen = ((IStructuredSelection) combo.getSelection()).getFirstElement();
		TreeSet<Object> distinct = new TreeSet<>(Comparator.comparing(Object::toString));
		distinct.addAll(values);
		Object[] input = new Object[distinct.size() + 1];
		input[0] = ALL;
		System.arraycopy(distinct.toArray(), 0, input, 1, distinct.size());
		combo.setInput(input);
		combo.setSelection(new StructuredSelection(chosen != null && distinct.contains(chosen) ? chosen : ALL));
	}

	private void updateSummary() {
		int shown = table.getTable().getItemCount();
		long overdue = records.stream().filter(record -> DueWindow.isOverdue(record, currentYear)).count();
		summary.setText(NLS.bind(Messages.CommitmentsView_count,
				new Object[] { Integer.valueOf(shown), Integer.valueOf(records.size()), Long.valueOf(overdue) }));
		summary.getParent().layout();
	}

	private CommitmentRecord selected() {
		Object element = table.getStructuredSelection().getFirstElement();
		return element instanceof CommitmentRecord record ? record : null;
	}

	private void showDetails(CommitmentRecord record) {
		if (verdictJob != null) {
			verdictJob.cancel();
		}
		verdictTable.setInput(List.of());
		if (record == null) {
			commitmentText.setText(""); //$NON-NLS-1$
			evidenceTable.setInput(List.of());
			return;
		}
		commitmentText.setText(NLS.bind(Messages.CommitmentsView_details, new Object[] { record.statement().getText(),
				record.report(), Integer.valueOf(record.statement().getPage()),
				record.due() == null ? Messages.CommitmentsView_noDue : record.due(), StatusLabels.of(record.automaticStatus()),
				record.reason() }));
		evidenceTable.setInput(record.evidence());
		Path directory = repositories.current();
		verdictJob = Job.create(NLS.bind(Messages.CommitmentsView_loadingVerdicts, record.id()), monitor -> {
			List<VerdictView> history;
			try (ReportRepository repository = ReportRepository.open(directory)) {
				history = new VerdictLog().history(repository, record.id());
			} catch (StoreException | AuditException e) {
				return Status.error(e.getMessage(), e);
			}
			if (!monitor.isCanceled()) {
				verdictTable.getControl().getDisplay().asyncExec(() -> {
					if (!verdictTable.getControl().isDisposed() && record.equals(selected())) {
						verdictTable.setInput(history.reversed());
					}
				});
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		verdictJob.setSystem(true);
		verdictJob.schedule();
	}

	/** The repository whose audit the view shows, or null before the first audit is in. */
	public Path repository() {
		return shown;
	}

	/** The commitments the audit found, in the audit's order, whatever the filters show. */
	public List<CommitmentRecord> records() {
		return records;
	}

	/** The selected commitment's evidence, for the UI tests. */
	public TableViewer evidenceViewer() {
		return evidenceTable;
	}

	/** The selected commitment's verdicts, latest first, for the UI tests. */
	public TableViewer verdictViewer() {
		return verdictTable;
	}

	/** The view's table, for commands that act on its selection and for the UI tests. */
	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (repositories != null) {
			repositories.removeListener(repositoryListener);
		}
		super.dispose();
	}

	/** The filter bar's choices as the headless query the {@code commitments} command also makes. */
	public CommitmentQuery query() {
		Object partner = RecordFilter.chosen(partnerFilter);
		Object status = RecordFilter.chosen(statusFilter);
		Object year = RecordFilter.chosen(yearFilter);
		Object due = RecordFilter.chosen(dueFilter);
		return CommitmentQuery.all(currentYear).withPartner(partner instanceof String id && !id.isEmpty() ? id : null)
				.withStatus(status instanceof CommitmentStatus wanted ? wanted : null)
				.withYear(year instanceof Integer reportYear ? reportYear.intValue() : 0)
				.withDue(due instanceof DueWindow window ? window.due() : CommitmentQuery.Due.ANY);
	}

	/** Shows the records the filter bar admits. */
	private final class RecordFilter extends ViewerFilter {

		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return query().matches((CommitmentRecord) element);
		}

		private static Object chosen(ComboViewer combo) {
			Object element = ((IStructuredSelection) combo.getSelection()).getFirstElement();
			return element == null ? ALL : element;
		}
	}
}

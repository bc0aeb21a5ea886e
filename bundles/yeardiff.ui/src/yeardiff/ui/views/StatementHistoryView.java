package yeardiff.ui.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import yeardiff.compare.WordDiff;
import yeardiff.library.LibraryException;
import yeardiff.library.ReportLibrary;
import yeardiff.library.StatementHistory;
import yeardiff.library.StatementVersion;
import yeardiff.model.api.Statement;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.editors.ReportEditor;
import yeardiff.ui.internal.DiffText;
import yeardiff.ui.internal.Labels;
import yeardiff.ui.internal.Messages;

/**
 * Where the selected statement first appeared and how it changed ({@link ReportLibrary#history}):
 * every version with its report, year, status, page and commit, and under the table the word diff
 * between the chosen version and the one before it. Follows the statement selected in the Reports
 * view or a Report viewer.
 */
public final class StatementHistoryView extends ViewPart {

	public static final String ID = "yeardiff.ui.views.history"; //$NON-NLS-1$
	private static final int SHORT_COMMIT = 8;

	private TableViewer table;
	private StyledText diff;
	private StatementHistory history;
	private String shownId;
	private final ISelectionListener follower = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		Composite tableArea = new Composite(sash, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		table = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.HistoryView_report, 2, StatementVersion::report);
		column(layout, Messages.HistoryView_year, 1, version -> Integer.toString(version.year()));
		column(layout, Messages.HistoryView_status, 2, version -> Labels.versionStatus(version.status()));
		column(layout, Messages.HistoryView_page, 1, version -> Integer.toString(version.page()));
		column(layout, Messages.HistoryView_commit, 2,
				version -> version.commit().substring(0, Math.min(SHORT_COMMIT, version.commit().length())));
		column(layout, Messages.HistoryView_text, 8, StatementVersion::text);
		diff = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		diff.setMargins(6, 4, 6, 4);
		sash.setWeights(3, 2);
		table.addSelectionChangedListener(event -> showDiff());
		table.addDoubleClickListener(event -> openVersion());
		getSite().getPage().addPostSelectionListener(follower);
		setContentDescription(Messages.HistoryView_hint);
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<StatementVersion, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((StatementVersion) element);
			}
		});
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Statement statement) {
			show(statement.getId());
		}
	}

	/** Shows the history of the statement with {@code statementId} in the open repository. */
	public void show(String statementId) {
		if (statementId.equals(shownId)) {
			return;
		}
		shownId = statementId;
		Path directory = getSite().getService(RepositorySelection.class).current();
		setContentDescription(NLS.bind(Messages.HistoryView_loading, statementId));
		Job job = Job.create(NLS.bind(Messages.HistoryView_loading, statementId), monitor -> {
			try (ReportLibrary library = ReportLibrary.open(directory)) {
				StatementHistory found = library.history(statementId);
				table.getControl().getDisplay().asyncExec(() -> setHistory(found));
				return Status.OK_STATUS;
			} catch (StoreException | LibraryException e) {
				table.getControl().getDisplay().asyncExec(() -> {
					if (!table.getControl().isDisposed()) {
						setContentDescription(NLS.bind(Messages.HistoryView_failed, e.getMessage()));
					}
				});
				return Status.OK_STATUS;
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void setHistory(StatementHistory found) {
		if (table.getControl().isDisposed() || !found.statementId().equals(shownId)) {
			return;
		}
		history = found;
		setContentDescription(NLS.bind(Messages.HistoryView_of, found.statementId(), Integer.valueOf(found.versions().size())));
		table.setInput(found.versions());
		List<StatementVersion> versions = found.versions();
		if (!versions.isEmpty()) {
			table.setSelection(new org.eclipse.jface.viewers.StructuredSelection(versions.get(versions.size() - 1)), true);
		}
	}

	/** The history shown, or null; for the UI tests. */
	public StatementHistory history() {
		return history;
	}

	/** The word diff of the chosen version with the one before, for the UI tests. */
	public StyledText diff() {
		return diff;
	}

	/** The versions table, for the UI tests. */
	public TableViewer table() {
		return table;
	}

	private void showDiff() {
		diff.setText(""); //$NON-NLS-1$
		Object selected = table.getStructuredSelection().getFirstElement();
		if (history == null || !(selected instanceof StatementVersion version)) {
			return;
		}
		int index = history.versions().indexOf(version);
		DiffText text = new DiffText(diff);
		if (index == 0) {
			text.appendPlain(NLS.bind(Messages.HistoryView_first, version.report()) + '\n', SWT.BOLD);
			text.appendPlain(version.text(), 0);
			return;
		}
		StatementVersion before = history.versions().get(index - 1);
		text.appendPlain(NLS.bind(Messages.HistoryView_diff, before.report(), version.report()) + '\n', SWT.BOLD);
		var edits = WordDiff.of(before.text(), version.text());
		text.append(edits, false);
		text.appendPlain("\n\n", 0); //$NON-NLS-1$
		text.append(edits, true);
	}

	private void openVersion() {
		if (table.getStructuredSelection().getFirstElement() instanceof StatementVersion version) {
			try {
				ReportEditor.open(getSite().getPage(), getSite().getService(RepositorySelection.class).current(),
						version.report(), version.statementId());
			} catch (PartInitException e) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			}
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(follower);
		super.dispose();
	}
}

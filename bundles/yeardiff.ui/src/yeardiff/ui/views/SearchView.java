package yeardiff.ui.views;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import yeardiff.search.ReportSearch;
import yeardiff.search.SearchException;
import yeardiff.search.SearchHit;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.editors.ReportEditor;
import yeardiff.ui.internal.Messages;

/**
 * Full-text search over every statement of the open repository ({@link ReportSearch}, the same
 * query language as {@code yeardiff search}): a query field and the hits with report, partner,
 * page and text. Double-clicking a hit opens its statement.
 */
public final class SearchView extends ViewPart {

	public static final String ID = "yeardiff.ui.views.search"; //$NON-NLS-1$
	private static final int MAX_HITS = 200;

	private Text query;
	private TableViewer results;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setMessage(Messages.SearchView_prompt);
		query.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		query.addListener(SWT.DefaultSelection, event -> search(query.getText()));
		Composite tableArea = new Composite(parent, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		results = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		results.getTable().setHeaderVisible(true);
		results.getTable().setLinesVisible(true);
		results.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, Messages.SearchView_report, 2, SearchHit::report);
		column(layout, Messages.SearchView_partner, 2, hit -> hit.partner() == null ? "" : hit.partner()); //$NON-NLS-1$
		column(layout, Messages.SearchView_page, 1, hit -> Integer.toString(hit.page()));
		column(layout, Messages.SearchView_text, 10, SearchHit::text);
		results.addDoubleClickListener(event -> open());
		getSite().setSelectionProvider(results);
	}

	private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<SearchHit, String> text) {
		TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((SearchHit) element);
			}
		});
	}

	/** Runs {@code words} as a query over the open repository, in the background. */
	public void search(String words) {
		if (words.isBlank()) {
			return;
		}
		if (!query.getText().equals(words)) {
			query.setText(words);
		}
		Path directory = getSite().getService(RepositorySelection.class).current();
		setContentDescription(NLS.bind(Messages.SearchView_searching, words));
		Job job = Job.create(NLS.bind(Messages.SearchView_searching, words), monitor -> {
			String outcome;
			List<SearchHit> hits = List.of();
			try (ReportRepository repository = ReportRepository.open(directory);
					ReportSearch search = ReportSearch.of(repository)) {
				hits = search.search(words, MAX_HITS);
				outcome = NLS.bind(Messages.SearchView_hits, Integer.valueOf(hits.size()), words);
			} catch (StoreException | SearchException | java.io.IOException e) {
				outcome = NLS.bind(Messages.SearchView_failed, e.getMessage());
			}
			String description = outcome;
			List<SearchHit> found = hits;
			results.getControl().getDisplay().asyncExec(() -> {
				if (!results.getControl().isDisposed()) {
					results.setInput(found);
					setContentDescription(description);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/** The hits table, for the UI tests. */
	public TableViewer results() {
		return results;
	}

	private void open() {
		if (results.getStructuredSelection().getFirstElement() instanceof SearchHit hit) {
			try {
				ReportEditor.open(getSite().getPage(), getSite().getService(RepositorySelection.class).current(), hit.report(),
						hit.statementId());
			} catch (PartInitException e) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			}
		}
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}
}

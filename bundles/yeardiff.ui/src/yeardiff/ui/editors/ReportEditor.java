package yeardiff.ui.editors;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.store.StoreException;
import yeardiff.ui.internal.Messages;

/**
 * The Report viewer: a letter as structured, read-only text (see {@link ReportDocument}). The
 * statement under the caret is the editor's selection, so that Properties and Statement History
 * follow the reader.
 */
public final class ReportEditor extends ReadOnlyEditor {

	public static final String ID = "yeardiff.ui.editors.report"; //$NON-NLS-1$

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final Map<RGB, Color> colors = new HashMap<>();
	private Report report;
	private ReportDocument document;
	private StyledText text;
	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ReportEditorInput reportInput)) {
			throw new PartInitException(NLS.bind(Messages.ReportEditor_wrongInput, input.getName()));
		}
		try {
			report = reportInput.load();
		} catch (StoreException e) {
			throw new PartInitException(NLS.bind(Messages.ReportEditor_loadFailed, reportInput.reportId(), e.getMessage()), e);
		}
		setSite(site);
		setInput(input);
		setPartName(reportInput.reportId());
		setTitleToolTip(report.getTitle());
		site.setSelectionProvider(new StatementSelection());
	}

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(2);
		document = new ReportDocument(report, rgb -> colors.computeIfAbsent(rgb, value -> new Color(value)));
		text.setText(document.text());
		text.setStyleRanges(document.styles());
		text.addCaretListener(event -> select(document.statementAt(event.caretOffset)));
	}

	/**
	 * Opens the report in a Report viewer (or brings its viewer to the front) and, when
	 * {@code statementId} is given, reveals that statement.
	 */
	public static ReportEditor open(IWorkbenchPage page, Path repository, String reportId, String statementId)
			throws PartInitException {
		ReportEditor editor = (ReportEditor) page.openEditor(new ReportEditorInput(repository, reportId), ID);
		if (statementId != null) {
			editor.reveal(statementId);
		}
		return editor;
	}

	/** The report holding a statement, from the statement's id ({@code 2020/duitsland/1a2b3c4d}). */
	public static String reportOf(String statementId) {
		int slash = statementId.indexOf('/');
		return slash < 0 ? statementId : statementId.substring(0, slash);
	}

	/** The report shown. */
	public Report report() {
		return report;
	}

	/** The widget, for the UI tests. */
	public StyledText text() {
		return text;
	}

	/** Selects the statement with {@code statementId} and scrolls to it; false when the report has none. */
	public boolean reveal(String statementId) {
		ReportDocument.Span span = document.find(statementId);
		if (span == null) {
			return false;
		}
		text.setSelection(span.offset(), span.offset() + span.length());
		text.setTopIndex(Math.max(0, text.getLineAtOffset(span.offset()) - 3));
		select(span.statement());
		return true;
	}

	private void select(Statement statement) {
		ISelection next = statement == null ? StructuredSelection.EMPTY : new StructuredSelection(statement);
		if (next.equals(selection)) {
			return;
		}
		selection = next;
		SelectionChangedEvent event = new SelectionChangedEvent(getSite().getSelectionProvider(), next);
		listeners.forEach(listener -> listener.selectionChanged(event));
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		super.dispose();
		colors.values().forEach(Color::dispose);
	}

	/** The statement under the caret, as the workbench's selection service sees it. */
	private final class StatementSelection implements ISelectionProvider {

		@Override
		public void addSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.add(listener);
		}

		@Override
		public ISelection getSelection() {
			return selection;
		}

		@Override
		public void removeSelectionChangedListener(ISelectionChangedListener listener) {
			listeners.remove(listener);
		}

		@Override
		public void setSelection(ISelection newSelection) {
			if (newSelection instanceof StructuredSelection structured && structured.getFirstElement() instanceof Statement statement) {
				reveal(statement.getId());
			}
		}
	}
}

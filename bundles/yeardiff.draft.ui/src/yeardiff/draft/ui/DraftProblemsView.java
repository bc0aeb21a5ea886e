package yeardiff.draft.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import yeardiff.draft.StaleFinding;
import yeardiff.draft.ui.internal.FindingKinds;
import yeardiff.draft.ui.internal.Messages;

/**
 * Draft Problems: the stale findings of the draft in the active draft editor, like the Problems
 * view of an IDE — what went out of date and what to do about it. A double-click takes the editor
 * to the statement. The view follows whichever draft editor was active last.
 */
public final class DraftProblemsView extends ViewPart {

	public static final String ID = "yeardiff.draft.ui.views.problems"; //$NON-NLS-1$

	private final Consumer<List<StaleFinding>> findingsListener = this::show;
	private final IPartListener2 editors = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof DraftEditor editor) {
				track(editor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				track(null);
			}
		}
	};
	private TableViewer table;
	private DraftEditor editor;

	@Override
	public void createPartControl(Composite parent) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		table = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		Image warning = PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK);
		column(layout, Messages.DraftProblemsView_columnKind, 18, finding -> FindingKinds.label(finding), warning);
		column(layout, Messages.DraftProblemsView_columnStatement, 45, StaleFinding::text, null);
		column(layout, Messages.DraftProblemsView_columnReason, 37, StaleFinding::reason, null);
		table.addDoubleClickListener(event -> {
			if (table.getStructuredSelection().getFirstElement() instanceof StaleFinding finding && editor != null) {
				getSite().getPage().activate(editor);
				editor.reveal(finding.statementId());
			}
		});
		getSite().setSelectionProvider(table);
		getSite().getPage().addPartListener(editors);
		track(getSite().getPage().getActiveEditor() instanceof DraftEditor active ? active : null);
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<StaleFinding, String> text, Image image) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((StaleFinding) element);
			}

			@Override
			public Image getImage(Object element) {
				return image;
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	private void track(DraftEditor next) {
		if (editor == next) {
			return;
		}
		if (editor != null) {
			editor.removeFindingsListener(findingsListener);
		}
		editor = next;
		if (editor == null) {
			show(List.of());
		} else {
			editor.addFindingsListener(findingsListener);
			show(editor.findings());
		}
	}

	private void show(List<StaleFinding> findings) {
		if (table.getControl().isDisposed()) {
			return;
		}
		table.setInput(findings);
		setContentDescription(editor == null ? Messages.DraftProblemsView_noEditor
				: NLS.bind(Messages.DraftProblemsView_count, editor.getPartName(), Integer.valueOf(findings.size())));
	}

	/** The findings shown, for the UI tests. */
	public TableViewer viewer() {
		return table;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editors);
		if (editor != null) {
			editor.removeFindingsListener(findingsListener);
		}
		super.dispose();
	}
}

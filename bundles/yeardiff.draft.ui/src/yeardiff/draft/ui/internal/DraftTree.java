package yeardiff.draft.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import yeardiff.draft.DraftEditing;
import yeardiff.draft.StaleFinding;
import yeardiff.draft.ui.internal.StatementLabels.Column;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;

/**
 * The draft editor's tree: sections, paragraphs' statements with their facts and commitment, the
 * statements the stale checks flag coloured with the reason as tooltip. A statement's text is
 * edited in its cell (double-click or F2); the edit goes to the editor as a {@link DraftEditing}
 * command.
 */
public final class DraftTree {

	private final TreeViewer viewer;
	private final Consumer<Command> execute;

	public DraftTree(Composite parent, Supplier<Map<String, List<StaleFinding>>> findings, Consumer<Command> execute) {
		this.execute = execute;
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TreeColumnLayout layout = new TreeColumnLayout();
		holder.setLayout(layout);
		viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new DraftTreeContent());
		ColumnViewerToolTipSupport.enableFor(viewer);
		TreeViewerColumn text = column(layout, Messages.DraftEditor_columnStatement, 70, Column.STATEMENT, findings);
		text.setEditingSupport(new StatementTextEditing());
		column(layout, Messages.DraftEditor_columnFacts, 18, Column.FACTS, findings);
		column(layout, Messages.DraftEditor_columnCommitment, 12, Column.COMMITMENT, findings);
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	private TreeViewerColumn column(TreeColumnLayout layout, String title, int weight, Column which,
			Supplier<Map<String, List<StaleFinding>>> findings) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new StatementLabels(which, findings));
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
		return column;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** Shows {@code draft}, all of it expanded. */
	public void show(Report draft) {
		viewer.setInput(draft);
		viewer.expandAll();
	}

	/** Edits a statement's text in its cell; the change goes through {@link DraftEditing#setText}. */
	private final class StatementTextEditing extends EditingSupport {

		private final TextCellEditor editor = new TextCellEditor(viewer.getTree());

		StatementTextEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return element instanceof Statement;
		}

		@Override
		protected Object getValue(Object element) {
			return ((Statement) element).getText();
		}

		@Override
		protected void setValue(Object element, Object value) {
			execute.accept(DraftEditing.setText((Statement) element, (String) value));
		}
	}
}

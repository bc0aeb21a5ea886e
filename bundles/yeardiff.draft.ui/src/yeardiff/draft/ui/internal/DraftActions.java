package yeardiff.draft.ui.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;

import yeardiff.draft.DraftEditing;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;

/**
 * What the draft editor's buttons, context menu, Undo and Redo do. Where a new statement or section
 * goes and how a statement moves across paragraphs are the headless {@link DraftEditing} rules;
 * these actions only ask for the text and pass the selection on.
 */
public final class DraftActions {

	private final BasicCommandStack commands;
	private final TreeViewer viewer;
	private final Supplier<Report> draft;
	/** The repository's subjects, with what its users taught: a new section's heading names one. */
	private final Supplier<SubjectRegistry> subjects;
	private final Supplier<Shell> shell;
	private final Consumer<Command> execute;
	private final Action undo;
	private final Action redo;
	private final Action addStatement;
	private final Action addSection;
	private final Action delete;
	private final Action moveUp;
	private final Action moveDown;

	public DraftActions(BasicCommandStack commands, TreeViewer viewer, Supplier<Report> draft, Supplier<SubjectRegistry> subjects,
			Supplier<Shell> shell, Consumer<Command> execute) {
		this.commands = commands;
		this.viewer = viewer;
		this.draft = draft;
		this.subjects = subjects;
		this.shell = shell;
		this.execute = execute;
		undo = action("", commands::undo); //$NON-NLS-1$
		redo = action("", commands::redo); //$NON-NLS-1$
		addStatement = action(Messages.DraftEditor_addStatement, this::addStatement);
		addSection = action(Messages.DraftEditor_addSection, this::addSection);
		delete = action(Messages.DraftEditor_delete, this::delete);
		moveUp = action(Messages.DraftEditor_moveUp, () -> move(-1));
		moveDown = action(Messages.DraftEditor_moveDown, () -> move(1));
		viewer.addSelectionChangedListener(event -> update());
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** A row of push buttons for the edits, above the tree. */
	public void createButtons(Composite parent) {
		Composite buttons = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 0).applyTo(buttons);
		for (IAction action : List.of(addStatement, addSection, delete, moveUp, moveDown)) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(action.getText());
			button.setData(action);
			button.addListener(SWT.Selection, event -> action.run());
			action.addPropertyChangeListener(event -> {
				if (IAction.ENABLED.equals(event.getProperty()) && !button.isDisposed()) {
					button.setEnabled(action.isEnabled());
				}
			});
		}
	}

	public void fillContextMenu(IMenuManager manager) {
		manager.add(undo);
		manager.add(redo);
		manager.add(new Separator());
		manager.add(addStatement);
		manager.add(addSection);
		manager.add(delete);
		manager.add(moveUp);
		manager.add(moveDown);
		manager.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Undo and Redo of the workbench (Edit menu, Ctrl+Z, Ctrl+Y) act on the editor's command stack while it is active. */
	public void activateUndoRedo(IHandlerService handlers) {
		undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
		redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, new ActionHandler(undo));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, new ActionHandler(redo));
	}

	/** Enables what applies to the selection and names what Undo and Redo would undo or redo. */
	public void update() {
		undo.setEnabled(commands.canUndo());
		undo.setText(NLS.bind(Messages.DraftEditor_undo, commands.canUndo() ? commands.getUndoCommand().getLabel() : "")); //$NON-NLS-1$
		redo.setEnabled(commands.canRedo());
		redo.setText(NLS.bind(Messages.DraftEditor_redo, commands.canRedo() ? commands.getRedoCommand().getLabel() : "")); //$NON-NLS-1$
		boolean selected = selected() != null;
		addStatement.setEnabled(selected);
		delete.setEnabled(selected);
		moveUp.setEnabled(selected);
		moveDown.setEnabled(selected);
	}

	private EObject selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof EObject element ? element : null;
	}

	private void addStatement() {
		EObject selected = selected();
		InputDialog dialog = new InputDialog(shell.get(), Messages.DraftEditor_newStatementTitle, Messages.DraftEditor_newStatementPrompt,
				"", text -> text.isBlank() ? Messages.DraftEditor_emptyText : null) { //$NON-NLS-1$
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL;
			}
		};
		if (dialog.open() == Window.OK) {
			execute.accept(DraftEditing.addStatementAfter(selected, dialog.getValue()));
		}
	}

	private void addSection() {
		InputDialog dialog = new InputDialog(shell.get(), Messages.DraftEditor_newSectionTitle, Messages.DraftEditor_newSectionPrompt, "", //$NON-NLS-1$
				text -> text.isBlank() ? Messages.DraftEditor_emptyText : null);
		if (dialog.open() == Window.OK) {
			execute.accept(DraftEditing.addSectionAfter(draft.get(), selected(), dialog.getValue(), subjects.get()));
		}
	}

	private void delete() {
		EObject selected = selected();
		if (selected instanceof Statement statement) {
			execute.accept(DraftEditing.deleteStatement(statement));
		} else if (selected instanceof Section section && MessageDialog.openConfirm(shell.get(), Messages.DraftEditor_deleteSectionTitle,
				NLS.bind(Messages.DraftEditor_deleteSection, section.getHeading()))) {
			execute.accept(DraftEditing.deleteSection(section));
		}
	}

	/** Moves the selected statement or section one place; the selection follows it. */
	private void move(int step) {
		EObject selected = selected();
		if (selected instanceof Section section) {
			execute.accept(DraftEditing.moveSectionBy(section, step));
		} else if (selected instanceof Statement statement) {
			execute.accept(DraftEditing.moveStatementBy(statement, step));
		}
		if (selected != null) {
			viewer.setSelection(new StructuredSelection(selected), true);
		}
	}
}

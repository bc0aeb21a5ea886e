package yeardiff.draft.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;

import yeardiff.draft.DraftEditing;
import yeardiff.draft.DraftStore;
import yeardiff.draft.DraftWorkingCopy;
import yeardiff.draft.StaleFinding;
import yeardiff.draft.ui.internal.DraftTreeContent;
import yeardiff.draft.ui.internal.Messages;
import yeardiff.draft.ui.internal.StatementLabels;
import yeardiff.draft.ui.internal.StatementLabels.Column;
import yeardiff.draft.ui.internal.WorkingCopies;
import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.resource.ReportResource;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Edits the draft of next year's report: statement texts inline, statements and sections added,
 * deleted and moved. Every edit is a {@link DraftEditing} command on the editor's command stack,
 * which the workbench's Undo and Redo drive, and reads the statement's facts and commitment again;
 * the stale checks run again after each edit and mark the statements that still need looking at.
 *
 * <p>Save commits the draft to the repository. Until then the editor keeps its unsaved work in a
 * working copy in the plug-in's state location every few seconds, so that a crash loses little: the
 * next time the draft is opened the editor offers the working copy back.</p>
 */
public final class DraftEditor extends EditorPart implements ISaveablePart2 {

	public static final String ID = "yeardiff.draft.ui.editors.draft"; //$NON-NLS-1$

	/** How often unsaved work is written to the working copy. */
	static final int AUTOSAVE_MILLIS = 3000;
	private static final int CHECK_DELAY_MILLIS = 400;
	private static final int SHORT_COMMIT = 10;
	/** The pale yellow of an information bar, the same in light and dark themes so that black text reads. */
	private static final Color OFFER = new Color(new RGB(0xff, 0xf4, 0xce));

	private final BasicCommandStack commands = new BasicCommandStack();
	private final List<Consumer<List<StaleFinding>>> findingListeners = new CopyOnWriteArrayList<>();
	/** Orders the writes and the removal of the working copy, which run in jobs. */
	private final ISchedulingRule workingCopyRule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};
	private final Runnable autosave = this::autosave;

	private Report draft;
	private Path workingCopy;
	private boolean restored;
	private boolean autosavePending;
	private List<StaleFinding> findings = List.of();
	private Map<String, List<StaleFinding>> findingsByStatement = Map.of();
	private Job checkJob;

	private Composite top;
	private Composite restoreBar;
	private Label header;
	private TreeViewer viewer;
	private Action undo;
	private Action redo;
	private Action addStatement;
	private Action addSection;
	private Action delete;
	private Action moveUp;
	private Action moveDown;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DraftEditorInput draftInput)) {
			throw new PartInitException(NLS.bind(Messages.DraftEditor_wrongInput, input.getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		try (ReportRepository repository = ReportRepository.open(draftInput.repository())) {
			draft = new DraftStore().load(repository, draftInput.year());
		} catch (StoreException e) {
			throw new PartInitException(NLS.bind(Messages.DraftEditor_loadFailed, e.getMessage()), e);
		}
		workingCopy = WorkingCopies.of(draftInput);
	}

	/** The draft being edited. */
	public Report draft() {
		return draft;
	}

	public DraftEditorInput draftInput() {
		return (DraftEditorInput) getEditorInput();
	}

	/** The stack every edit goes through; Undo and Redo act on it. */
	public BasicCommandStack commandStack() {
		return commands;
	}

	/** The tree of sections and statements, for commands and the UI tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** What the stale checks found at their last run, in the draft's order. */
	public List<StaleFinding> findings() {
		return findings;
	}

	/** Tells {@code listener} (on the UI thread) whenever the findings change. */
	public void addFindingsListener(Consumer<List<StaleFinding>> listener) {
		findingListeners.add(listener);
	}

	public void removeFindingsListener(Consumer<List<StaleFinding>> listener) {
		findingListeners.remove(listener);
	}

	@Override
	public void createPartControl(Composite parent) {
		top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(top);
		createRestoreBar();
		header = new Label(top, SWT.NONE);
		header.setText(NLS.bind(Messages.DraftEditor_header, draft.getTitle() == null ? draft.getId() : draft.getTitle(),
				draft.getBasedOn()));
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(header);
		createActions();
		createButtons();
		createTree();
		createContextMenu();
		activateUndoRedo();
		commands.addCommandStackListener(event -> changed(commands.getMostRecentCommand()));
		updateActions();
		scheduleCheck(0);
		top.getDisplay().timerExec(AUTOSAVE_MILLIS, autosave);
	}

	private void createRestoreBar() {
		Report kept;
		try {
			kept = DraftWorkingCopy.restore(workingCopy).orElse(null);
		} catch (IOException e) {
			kept = null;
		}
		if (kept == null || sameContent(kept, draft)) {
			return;
		}
		Report offered = kept;
		restoreBar = new Composite(top, SWT.BORDER);
		restoreBar.setBackground(OFFER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(restoreBar);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(restoreBar);
		Label message = new Label(restoreBar, SWT.WRAP);
		message.setBackground(OFFER);
		message.setForeground(top.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		message.setText(NLS.bind(Messages.DraftEditor_restoreOffer, modified(workingCopy)));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(message);
		Button restore = new Button(restoreBar, SWT.PUSH);
		restore.setText(Messages.DraftEditor_restore);
		restore.addListener(SWT.Selection, event -> restore(offered));
		Button discard = new Button(restoreBar, SWT.PUSH);
		discard.setText(Messages.DraftEditor_discard);
		discard.addListener(SWT.Selection, event -> {
			discardWorkingCopy();
			closeRestoreBar();
		});
	}

	private static boolean sameContent(Report first, Report second) {
		try {
			return Arrays.equals(ReportResource.toBytes(first), ReportResource.toBytes(second));
		} catch (IOException e) {
			// Serialising to memory does not fail; if it ever did, the cause must not be hidden.
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String modified(Path file) {
		try {
			return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneId.systemDefault()));
		} catch (IOException e) {
			return file.toString();
		}
	}

	/** Whether the editor offers a working copy from an earlier session back. */
	public boolean offersRestore() {
		return restoreBar != null && !restoreBar.isDisposed();
	}

	/** Takes the working copy's draft as the one being edited; it stays unsaved until Save. */
	private void restore(Report kept) {
		commands.flush();
		draft = kept;
		restored = true;
		viewer.setInput(draft);
		viewer.expandAll();
		closeRestoreBar();
		firePropertyChange(IEditorPart.PROP_DIRTY);
		updateActions();
		scheduleCheck(0);
	}

	private void closeRestoreBar() {
		restoreBar.dispose();
		restoreBar = null;
		top.layout(true, true);
	}

	private void createActions() {
		undo = action(() -> commands.undo());
		redo = action(() -> commands.redo());
		addStatement = action(Messages.DraftEditor_addStatement, this::addStatement);
		addSection = action(Messages.DraftEditor_addSection, this::addSection);
		delete = action(Messages.DraftEditor_delete, this::delete);
		moveUp = action(Messages.DraftEditor_moveUp, () -> move(-1));
		moveDown = action(Messages.DraftEditor_moveDown, () -> move(1));
	}

	private static Action action(Runnable run) {
		return action("", run); //$NON-NLS-1$
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void createButtons() {
		Composite buttons = new Composite(top, SWT.NONE);
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

	private void createTree() {
		Composite holder = new Composite(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TreeColumnLayout layout = new TreeColumnLayout();
		holder.setLayout(layout);
		viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new DraftTreeContent());
		ColumnViewerToolTipSupport.enableFor(viewer);
		TreeViewerColumn text = column(layout, Messages.DraftEditor_columnStatement, 70, Column.STATEMENT);
		text.setEditingSupport(new StatementTextEditing());
		column(layout, Messages.DraftEditor_columnFacts, 18, Column.FACTS);
		column(layout, Messages.DraftEditor_columnCommitment, 12, Column.COMMITMENT);
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2;
			}
		}, ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.setInput(draft);
		viewer.expandAll();
		viewer.addSelectionChangedListener(event -> updateActions());
		getSite().setSelectionProvider(viewer);
	}

	private TreeViewerColumn column(TreeColumnLayout layout, String title, int weight, Column which) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new StatementLabels(which, () -> findingsByStatement));
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
		return column;
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> fillContextMenu(manager));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);
	}

	private void fillContextMenu(IMenuManager manager) {
		manager.add(undo);
		manager.add(redo);
		manager.add(new Separator());
		manager.add(addStatement);
		manager.add(addSection);
		manager.add(delete);
		manager.add(moveUp);
		manager.add(moveDown);
		manager.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** Undo and Redo of the workbench (Edit menu, Ctrl+Z, Ctrl+Y) act on this editor's command stack while it is active. */
	private void activateUndoRedo() {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
		redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_UNDO, new ActionHandler(undo));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_REDO, new ActionHandler(redo));
	}

	/** Runs an edit through the command stack; one the stack refuses (it would change nothing) is dropped. */
	public void execute(Command command) {
		commands.execute(command);
	}

	private void changed(Command command) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.refresh();
		if (command != null) {
			for (Object affected : command.getAffectedObjects()) {
				if (affected instanceof Statement || affected instanceof Section) {
					viewer.reveal(affected);
				}
			}
		}
		autosavePending = true;
		firePropertyChange(IEditorPart.PROP_DIRTY);
		updateActions();
		scheduleCheck(CHECK_DELAY_MILLIS);
	}

	private void updateActions() {
		undo.setEnabled(commands.canUndo());
		undo.setText(NLS.bind(Messages.DraftEditor_undo, commands.canUndo() ? commands.getUndoCommand().getLabel() : "")); //$NON-NLS-1$
		redo.setEnabled(commands.canRedo());
		redo.setText(NLS.bind(Messages.DraftEditor_redo, commands.canRedo() ? commands.getRedoCommand().getLabel() : "")); //$NON-NLS-1$
		Object selected = viewer.getStructuredSelection().getFirstElement();
		addStatement.setEnabled(selected != null);
		delete.setEnabled(selected != null);
		moveUp.setEnabled(selected != null);
		moveDown.setEnabled(selected != null);
	}

	private void addStatement() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.DraftEditor_newStatementTitle,
				Messages.DraftEditor_newStatementPrompt, "", text -> text.isBlank() ? Messages.DraftEditor_emptyText : null) { //$NON-NLS-1$
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL;
			}
		};
		if (dialog.open() != Window.OK) {
			return;
		}
		if (selected instanceof Statement statement && statement.eContainer() instanceof Paragraph paragraph
				&& paragraph.eContainer() instanceof Section section) {
			execute(DraftEditing.addStatement(section, section.getParagraphs().indexOf(paragraph),
					paragraph.getStatements().indexOf(statement) + 1, dialog.getValue()));
		} else if (selected instanceof Section section) {
			execute(DraftEditing.addStatement(section, section.getParagraphs().size(), 0, dialog.getValue()));
		}
	}

	private void addSection() {
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.DraftEditor_newSectionTitle,
				Messages.DraftEditor_newSectionPrompt, "", text -> text.isBlank() ? Messages.DraftEditor_emptyText : null); //$NON-NLS-1$
		if (dialog.open() != Window.OK) {
			return;
		}
		Object selected = viewer.getStructuredSelection().getFirstElement();
		Section top = selected instanceof EObject element ? topSection(element) : null;
		int position = top == null ? draft.getSections().size() : draft.getSections().indexOf(top) + 1;
		execute(DraftEditing.addSection(draft, position, dialog.getValue()));
	}

	private static Section topSection(EObject element) {
		EObject current = element;
		while (current != null && !(current.eContainer() instanceof Report)) {
			current = current.eContainer();
		}
		return current instanceof Section section ? section : null;
	}

	private void delete() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof Statement statement) {
			execute(DraftEditing.deleteStatement(statement));
		} else if (selected instanceof Section section && MessageDialog.openConfirm(getSite().getShell(),
				Messages.DraftEditor_deleteSectionTitle, NLS.bind(Messages.DraftEditor_deleteSection, section.getHeading()))) {
			execute(DraftEditing.deleteSection(section));
		}
	}

	/**
	 * Moves the selected statement one place within its section, across paragraph boundaries, or
	 * the selected section one place among its siblings.
	 */
	private void move(int step) {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof Section section) {
			List<?> siblings = section.eContainer() instanceof Section parent ? parent.getSubsections() : draft.getSections();
			execute(DraftEditing.moveSection(section, siblings.indexOf(section) + step));
		} else if (selected instanceof Statement statement && statement.eContainer() instanceof Paragraph paragraph
				&& paragraph.eContainer() instanceof Section section) {
			int index = paragraph.getStatements().indexOf(statement) + step;
			int paragraphIndex = section.getParagraphs().indexOf(paragraph);
			if (index >= 0 && index < paragraph.getStatements().size()) {
				execute(DraftEditing.moveStatement(statement, paragraph, index));
			} else if (step < 0 && paragraphIndex > 0) {
				Paragraph previous = section.getParagraphs().get(paragraphIndex - 1);
				execute(DraftEditing.moveStatement(statement, previous, previous.getStatements().size()));
			} else if (step > 0 && paragraphIndex < section.getParagraphs().size() - 1) {
				execute(DraftEditing.moveStatement(statement, section.getParagraphs().get(paragraphIndex + 1), 0));
			}
		}
		viewer.setSelection(new StructuredSelection(selected), true);
	}

	/** Selects the statement with {@code statementId} and scrolls it into view; returns whether it is in the draft. */
	public boolean reveal(String statementId) {
		for (TreeIterator<EObject> contents = draft.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement statement && statementId.equals(statement.getId())) {
				viewer.setSelection(new StructuredSelection(statement), true);
				return true;
			}
		}
		return false;
	}

	/** Runs the stale checks again after {@code delay} ms, on a copy of the draft, in the background. */
	private void scheduleCheck(long delay) {
		if (checkJob != null) {
			checkJob.cancel();
		}
		Report copy = EcoreUtil.copy(draft);
		DraftEditorInput input = draftInput();
		checkJob = Job.create(NLS.bind(Messages.DraftEditor_checking, Integer.valueOf(input.year())), monitor -> {
			List<StaleFinding> found;
			try (ReportRepository repository = ReportRepository.open(input.repository())) {
				found = new DraftStore().check(repository, copy);
			} catch (StoreException e) {
				top.getDisplay().asyncExec(() -> status(NLS.bind(Messages.DraftEditor_checkFailed, e.getMessage()), true));
				return Status.OK_STATUS;
			}
			if (!monitor.isCanceled()) {
				top.getDisplay().asyncExec(() -> showFindings(found));
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		checkJob.setSystem(true);
		checkJob.schedule(delay);
	}

	private void showFindings(List<StaleFinding> found) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		findings = List.copyOf(found);
		Map<String, List<StaleFinding>> byStatement = new LinkedHashMap<>();
		for (StaleFinding finding : findings) {
			byStatement.computeIfAbsent(finding.statementId(), id -> new java.util.ArrayList<>()).add(finding);
		}
		findingsByStatement = byStatement;
		viewer.refresh();
		status(NLS.bind(Messages.DraftEditor_findings, Integer.valueOf(findings.size())), false);
		findingListeners.forEach(listener -> listener.accept(findings));
	}

	private void status(String message, boolean error) {
		if (error) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
		} else {
			getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	/** Writes the unsaved work to the working copy when it changed since the last write; then waits for the next turn. */
	private void autosave() {
		if (top == null || top.isDisposed()) {
			return;
		}
		if (autosavePending && isDirty()) {
			autosavePending = false;
			Report copy = EcoreUtil.copy(draft);
			Path file = workingCopy;
			Job job = Job.create(NLS.bind(Messages.DraftEditor_saving, Integer.valueOf(draft.getYear())), monitor -> {
				try {
					DraftWorkingCopy.save(file, copy);
				} catch (IOException e) {
					top.getDisplay().asyncExec(() -> {
						if (!top.isDisposed()) {
							status(NLS.bind(Messages.DraftEditor_autosaveFailed, file, e.getMessage()), true);
						}
					});
				}
				return Status.OK_STATUS;
			});
			job.setRule(workingCopyRule);
			job.setSystem(true);
			job.schedule();
		}
		top.getDisplay().timerExec(AUTOSAVE_MILLIS, autosave);
	}

	/** Removes the working copy after any write of it still under way. */
	private void discardWorkingCopy() {
		Path file = workingCopy;
		Job job = Job.create(NLS.bind(Messages.DraftEditor_saving, Integer.valueOf(draft.getYear())), monitor -> {
			try {
				DraftWorkingCopy.discard(file);
			} catch (IOException e) {
				// a working copy left behind is offered again and can be discarded then
				org.eclipse.core.runtime.ILog.of(DraftEditor.class).warn("Could not remove the working copy " + file, e); //$NON-NLS-1$
			}
			return Status.OK_STATUS;
		});
		job.setRule(workingCopyRule);
		job.setSystem(true);
		job.schedule();
	}

	@Override
	public boolean isDirty() {
		return restored || commands.isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!save(null)) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		// not allowed: a draft lives at its year's place in the repository
	}

	/** Asks for a commit message and saves with it. */
	public void saveWithMessage() {
		String defaultMessage = "Save draft " + draft.getYear(); //$NON-NLS-1$
		InputDialog dialog = new InputDialog(getSite().getShell(), Messages.DraftEditor_commitMessageTitle,
				Messages.DraftEditor_commitMessagePrompt, defaultMessage,
				text -> text.isBlank() ? Messages.DraftEditor_emptyText : null);
		if (dialog.open() == Window.OK) {
			save(dialog.getValue());
		}
	}

	/**
	 * Commits the draft with {@code message} (null: the store's default) and drops the working copy.
	 *
	 * @return whether the draft was saved; a failure is shown in a dialog
	 */
	public boolean save(String message) {
		DraftEditorInput input = draftInput();
		String[] commit = new String[1];
		StoreException[] failure = new StoreException[1];
		BusyIndicator.showWhile(top.getDisplay(), () -> {
			try (ReportRepository repository = ReportRepository.open(input.repository())) {
				commit[0] = new DraftStore().save(repository, draft, message, null);
			} catch (StoreException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			MessageDialog.openError(getSite().getShell(), Messages.DraftEditor_saveFailed, failure[0].getMessage());
			return false;
		}
		commands.saveIsDone();
		restored = false;
		autosavePending = false;
		discardWorkingCopy();
		firePropertyChange(IEditorPart.PROP_DIRTY);
		status(NLS.bind(Messages.DraftEditor_saved, commit[0].substring(0, Math.min(SHORT_COMMIT, commit[0].length()))), false);
		return true;
	}

	/** Asks Save / Don't Save / Cancel itself, so that "Don't Save" also drops the working copy. */
	@Override
	public int promptToSaveOnClose() {
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.DraftEditor_closeTitle, null,
				NLS.bind(Messages.DraftEditor_closeQuestion, Integer.valueOf(draft.getYear())), MessageDialog.QUESTION, 0,
				IDialogConstants.YES_LABEL, IDialogConstants.NO_LABEL, IDialogConstants.CANCEL_LABEL);
		return switch (dialog.open()) {
			case 0 -> YES;
			case 1 -> {
				discardWorkingCopy();
				yield NO;
			}
			default -> CANCEL;
		};
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (checkJob != null) {
			checkJob.cancel();
		}
		if (top != null && !top.isDisposed()) {
			top.getDisplay().timerExec(-1, autosave);
		}
		findingListeners.clear();
		super.dispose();
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
			execute(DraftEditing.setText((Statement) element, (String) value));
		}
	}
}

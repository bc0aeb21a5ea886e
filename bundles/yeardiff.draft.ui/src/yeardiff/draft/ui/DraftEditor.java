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
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;

import yeardiff.draft.DraftEditing;
import yeardiff.draft.DraftStore;
import yeardiff.draft.DraftWorkingCopy;
import yeardiff.draft.StaleFinding;
import yeardiff.draft.ui.internal.DraftActions;
import yeardiff.draft.ui.internal.DraftAutosave;
import yeardiff.draft.ui.internal.DraftTree;
import yeardiff.draft.ui.internal.Messages;
import yeardiff.draft.ui.internal.WorkingCopies;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.model.resource.ReportResource;
import yeardiff.extract.SubjectRegistry;
import yeardiff.library.LibraryException;
import yeardiff.library.RepositorySubjects;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;

/**
 * Edits the draft of next year's report: statement texts inline, statements and sections added,
 * deleted and moved. Every edit is a {@link DraftEditing} command on the editor's command stack,
 * which the workbench's Undo and Redo drive, and reads the statement's facts and commitment again;
 * the stale checks run again after each edit and mark the statements that still need looking at.
 * The tree ({@link DraftTree}), the edits ({@link DraftActions}) and the working copy
 * ({@link DraftAutosave}) are parts of their own; this class ties them to the draft and the workbench.
 *
 * <p>Save commits the draft to the repository in a job. Until then the editor keeps its unsaved
 * work in a working copy in the plug-in's state location every few seconds, so that a crash loses
 * little: the next time the draft is opened the editor offers the working copy back.</p>
 */
public final class DraftEditor extends EditorPart implements ISaveablePart2 {

	public static final String ID = "yeardiff.draft.ui.editors.draft"; //$NON-NLS-1$

	private static final int CHECK_DELAY_MILLIS = 400;
	private static final int SHORT_COMMIT = 10;
	/** The pale yellow of an information bar, the same in light and dark themes so that black text reads. */
	private static final Color OFFER = new Color(new RGB(0xff, 0xf4, 0xce));

	private final BasicCommandStack commands = new BasicCommandStack();
	private final List<Consumer<List<StaleFinding>>> findingListeners = new CopyOnWriteArrayList<>();

	private Report draft;
	private Path workingCopy;
	/** The repository's subjects, with what its users taught, as the importer reads letters with them. */
	private SubjectRegistry subjects;
	private boolean restored;
	/** A save whose commit failed: the draft stays dirty although the stack was marked saved. */
	private boolean saveFailed;
	private List<StaleFinding> findings = List.of();
	private Map<String, List<StaleFinding>> findingsByStatement = Map.of();
	private Job checkJob;
	private Job saveJob;

	private Composite top;
	private Composite restoreBar;
	private Label header;
	private DraftTree tree;
	private DraftActions actions;
	private DraftAutosave autosave;

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
			subjects = RepositorySubjects.registry(repository);
		} catch (StoreException | LibraryException e) {
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
		return tree.viewer();
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
		Composite buttons = new Composite(top, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		tree = new DraftTree(top, () -> findingsByStatement, this::execute);
		tree.show(draft);
		getSite().setSelectionProvider(tree.viewer());
		actions = new DraftActions(commands, tree.viewer(), () -> draft, () -> subjects, () -> getSite().getShell(), this::execute);
		actions.createButtons(buttons);
		createContextMenu();
		actions.activateUndoRedo(getSite().getService(IHandlerService.class));
		autosave = new DraftAutosave(top.getDisplay(), workingCopy, () -> draft, this::isDirty, message -> {
			if (!top.isDisposed()) {
				status(message, true);
			}
		});
		commands.addCommandStackListener(event -> changed(commands.getMostRecentCommand()));
		actions.update();
		scheduleCheck(0);
		autosave.start();
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
			autosave.discard();
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
		tree.show(draft);
		closeRestoreBar();
		firePropertyChange(IEditorPart.PROP_DIRTY);
		actions.update();
		scheduleCheck(0);
	}

	private void closeRestoreBar() {
		restoreBar.dispose();
		restoreBar = null;
		top.layout(true, true);
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(actions::fillContextMenu);
		tree.viewer().getControl().setMenu(menu.createContextMenu(tree.viewer().getControl()));
		getSite().registerContextMenu(ID, menu, tree.viewer());
	}

	/** Runs an edit through the command stack; one the stack refuses (it would change nothing) is dropped. */
	public void execute(Command command) {
		commands.execute(command);
	}

	private void changed(Command command) {
		TreeViewer viewer = tree.viewer();
		if (viewer.getControl().isDisposed()) {
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
		autosave.changed();
		firePropertyChange(IEditorPart.PROP_DIRTY);
		actions.update();
		scheduleCheck(CHECK_DELAY_MILLIS);
	}

	/** Selects the statement with {@code statementId} and scrolls it into view; returns whether it is in the draft. */
	public boolean reveal(String statementId) {
		for (TreeIterator<EObject> contents = draft.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Statement statement && statementId.equals(statement.getId())) {
				tree.viewer().setSelection(new StructuredSelection(statement), true);
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
		if (tree.viewer().getControl().isDisposed()) {
			return;
		}
		findings = List.copyOf(found);
		Map<String, List<StaleFinding>> byStatement = new LinkedHashMap<>();
		for (StaleFinding finding : findings) {
			byStatement.computeIfAbsent(finding.statementId(), id -> new java.util.ArrayList<>()).add(finding);
		}
		findingsByStatement = byStatement;
		tree.viewer().refresh();
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

	@Override
	public boolean isDirty() {
		return restored || saveFailed || commands.isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		save(null);
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
	 * Commits a copy of the draft as it is now with {@code message} (null: the store's default) in a
	 * job, and then drops the working copy; the editor is clean at once and becomes dirty again if
	 * the commit fails, which a dialog reports. Git's work does not hold up the UI thread.
	 *
	 * @return the job that commits
	 */
	public Job save(String message) {
		DraftEditorInput input = draftInput();
		Report copy = EcoreUtil.copy(draft);
		commands.saveIsDone();
		restored = false;
		saveFailed = false;
		firePropertyChange(IEditorPart.PROP_DIRTY);
		Display display = top.getDisplay();
		saveJob = Job.create(NLS.bind(Messages.DraftEditor_saving, Integer.valueOf(copy.getYear())), monitor -> {
			try (ReportRepository repository = ReportRepository.open(input.repository())) {
				String commit = new DraftStore().save(repository, copy, message, null);
				DraftWorkingCopy.discard(workingCopy);
				display.asyncExec(() -> {
					if (!top.isDisposed()) {
						status(NLS.bind(Messages.DraftEditor_saved, commit.substring(0, Math.min(SHORT_COMMIT, commit.length()))), false);
					}
				});
			} catch (StoreException | IOException e) {
				display.asyncExec(() -> {
					if (!top.isDisposed()) {
						saveFailed = true;
						firePropertyChange(IEditorPart.PROP_DIRTY);
					}
					MessageDialog.openError(display.getActiveShell(), Messages.DraftEditor_saveFailed, e.getMessage());
				});
			}
			return Status.OK_STATUS;
		});
		// After the working copy's last write, so that it is not written again once removed.
		saveJob.setRule(DraftAutosave.RULE);
		saveJob.setUser(true);
		saveJob.schedule();
		return saveJob;
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
				autosave.discard();
				yield NO;
			}
			default -> CANCEL;
		};
	}

	@Override
	public void setFocus() {
		tree.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (checkJob != null) {
			checkJob.cancel();
		}
		if (autosave != null) {
			autosave.stop();
		}
		findingListeners.clear();
		super.dispose();
	}
}

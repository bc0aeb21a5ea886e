package yeardiff.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import yeardiff.model.api.Paragraph;
import yeardiff.model.api.Report;
import yeardiff.model.api.Section;
import yeardiff.model.api.Statement;
import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;

/**
 * The Reports view: every report of the open repository by year, its sections by partner, and
 * their statements. The repository is read in a background job; a report's model is read the first
 * time the user opens it.
 */
public final class ReportsView extends ViewPart {

	public static final String ID = "yeardiff.ui.views.reports"; //$NON-NLS-1$
	private static final String OPEN_COMMAND = "yeardiff.ui.commands.openReport"; //$NON-NLS-1$

	private TreeViewer viewer;
	private RepositorySelection repositories;
	private final Consumer<Path> repositoryListener = path -> refresh();
	private final Map<String, Report> loaded = new HashMap<>();

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.FULL_SELECTION);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ReportTreeContent());
		viewer.setLabelProvider(new ReportTreeLabels());
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addDoubleClickListener(event -> open());
		repositories = getSite().getService(RepositorySelection.class);
		repositories.addListener(repositoryListener);
		refresh();
	}

	/** Reads the open repository again, in the background. */
	public void refresh() {
		Path directory = repositories.current();
		Job job = Job.create(NLS.bind(Messages.ReportsView_loading, directory), monitor -> {
			Object input = readEntries(directory);
			viewer.getControl().getDisplay().asyncExec(() -> {
				// A user who switched repositories meanwhile sees the newer one, whichever job ends last.
				if (!viewer.getControl().isDisposed() && directory.equals(repositories.current())) {
					synchronized (loaded) {
						loaded.clear();
					}
					viewer.setInput(input);
				}
			});
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	/** The view's tree, for the UI tests and for commands that act on the selection. */
	public TreeViewer viewer() {
		return viewer;
	}

	private static Object readEntries(Path directory) {
		if (!Files.isDirectory(directory)) {
			return new Message(NLS.bind(Messages.ReportsView_noRepository, directory));
		}
		try (ReportRepository repository = ReportRepository.open(directory)) {
			List<ReportEntry> entries = repository.list();
			return entries.isEmpty() ? new Message(Messages.ReportsView_noReports) : new RepositoryContent(directory, entries);
		} catch (StoreException e) {
			return new Message(NLS.bind(Messages.ReportsView_loadFailed, e.getMessage()));
		}
	}

	private Report report(Path directory, ReportEntry entry) {
		synchronized (loaded) {
			Report report = loaded.get(entry.id());
			if (report == null) {
				try (ReportRepository repository = ReportRepository.open(directory)) {
					report = repository.load(entry.id());
				} catch (StoreException e) {
					getViewSite().getActionBars().getStatusLineManager()
							.setErrorMessage(NLS.bind(Messages.ReportsView_loadFailed, e.getMessage()));
					return null;
				}
				loaded.put(entry.id(), report);
			}
			return report;
		}
	}

	private void open() {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(OPEN_COMMAND, null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (repositories != null) {
			repositories.removeListener(repositoryListener);
		}
		super.dispose();
	}

	/** What the view shows when there is nothing to list. */
	record Message(String text) {
	}

	/** The reports of one repository, the tree's input. */
	record RepositoryContent(Path directory, List<ReportEntry> entries) {
	}


	private final class ReportTreeContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			if (input instanceof RepositoryContent repositoryContent) {
				return repositoryContent.entries().stream().map(entry -> new ReportItem(repositoryContent.directory(), entry)).toArray();
			}
			return input instanceof Message ? new Object[] { input } : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof ReportItem node) {
				Report report = report(node.repository(), node.entry());
				return report == null ? new Object[0] : report.getSections().toArray();
			}
			if (parent instanceof Section section) {
				List<Object> children = new java.util.ArrayList<>(section.getSubsections());
				for (Paragraph paragraph : section.getParagraphs()) {
					children.addAll(paragraph.getStatements());
				}
				return children.toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof Section || element instanceof Statement) {
				Object container = ((org.eclipse.emf.ecore.EObject) element).eContainer();
				return container instanceof Paragraph paragraph ? paragraph.eContainer() : container;
			}
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ReportItem || element instanceof Section;
		}
	}

	private static final class ReportTreeLabels extends ColumnLabelProvider {

		@Override
		public Image getImage(Object element) {
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			if (element instanceof ReportItem) {
				return images.getImage(ISharedImages.IMG_OBJ_FILE);
			}
			if (element instanceof Section) {
				return images.getImage(ISharedImages.IMG_OBJ_FOLDER);
			}
			if (element instanceof Statement statement) {
				return images.getImage(statement.getCommitment() != null ? ISharedImages.IMG_OBJS_TASK_TSK : ISharedImages.IMG_OBJ_ELEMENT);
			}
			return element instanceof Message ? images.getImage(ISharedImages.IMG_OBJS_INFO_TSK) : null;
		}

		@Override
		public String getText(Object element) {
			if (element instanceof ReportItem node) {
				return NLS.bind(Messages.ReportsView_reportLabel, node.entry().id(), node.entry().title());
			}
			if (element instanceof Section section) {
				if (section.getHeading() != null && !section.getHeading().isBlank()) {
					return section.getHeading();
				}
				// The heading was lost with a missing page: the partner the importer knew it by, else a placeholder.
				return section.getSubject() != null ? '(' + section.getSubject().getName() + ')' : Messages.CompareEditor_noHeading;
			}
			if (element instanceof Statement statement) {
				return NLS.bind(Messages.ReportsView_statementLabel, Integer.valueOf(statement.getPage()), statement.getText());
			}
			if (element instanceof Message message) {
				return message.text();
			}
			return String.valueOf(element);
		}
	}
}

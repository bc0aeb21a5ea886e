package yeardiff.ui.editors;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;

import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.internal.Messages;

/**
 * What the editor area shows when nothing is open: the repository, its reports, and the first
 * things a reviewer, auditor or editor does (compare the two latest reports, open the commitments,
 * start next year's draft), with the way to the user guide. It follows the open repository.
 */
public final class StartPage extends ReadOnlyEditor {

	public static final String ID = "yeardiff.ui.editors.start"; //$NON-NLS-1$
	static final String COMPARE_LATEST = "yeardiff.ui.commands.compareLatest"; //$NON-NLS-1$
	static final String NEW_DRAFT = "yeardiff.draft.ui.commands.newDraft"; //$NON-NLS-1$
	static final String IMPORT = "yeardiff.ui.commands.importLetters"; //$NON-NLS-1$
	static final String OPEN_REPOSITORY = "yeardiff.ui.commands.openRepository"; //$NON-NLS-1$
	static final String HELP = "org.eclipse.ui.help.helpContents"; //$NON-NLS-1$
	static final String COMMITMENTS_VIEW = "yeardiff.audit.ui.views.commitments"; //$NON-NLS-1$

	private ScrolledComposite scrolled;
	private Composite body;
	private Label repositoryLabel;
	private Label reportsLabel;
	private RepositorySelection repositories;
	/** Told on whatever thread opened the repository (the first-start job opens it in the background). */
	private final Consumer<Path> repositoryListener = path -> {
		if (body != null && !body.isDisposed()) {
			body.getDisplay().asyncExec(() -> {
				if (!body.isDisposed()) {
					refresh();
				}
			});
		}
	};

	/** Opens the start page in {@code page}, or brings it to the front. */
	public static void open(IWorkbenchPage page) throws PartInitException {
		page.openEditor(StartPageInput.INSTANCE, ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) {
		setSite(site);
		setInput(input);
		setPartName(Messages.StartPage_title);
	}

	@Override
	public void createPartControl(Composite parent) {
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		body = new Composite(scrolled, SWT.NONE);
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		body.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 20;
		layout.verticalSpacing = 8;
		body.setLayout(layout);
		Label title = new Label(body, SWT.WRAP);
		title.setText(Messages.StartPage_heading);
		title.setFont(JFaceResources.getHeaderFont());
		title.setLayoutData(wide());
		Label intro = new Label(body, SWT.WRAP);
		intro.setText(Messages.StartPage_intro);
		intro.setLayoutData(wide());
		section(Messages.StartPage_repository);
		repositoryLabel = new Label(body, SWT.WRAP);
		repositoryLabel.setLayoutData(wide());
		reportsLabel = new Label(body, SWT.WRAP);
		reportsLabel.setLayoutData(wide());
		link(Messages.StartPage_openRepository, () -> command(OPEN_REPOSITORY));
		link(Messages.StartPage_import, () -> command(IMPORT));
		section(Messages.StartPage_tasks);
		link(Messages.StartPage_compareLatest, () -> command(COMPARE_LATEST));
		link(Messages.StartPage_commitments, this::showCommitments);
		link(Messages.StartPage_newDraft, () -> command(NEW_DRAFT));
		section(Messages.StartPage_help);
		link(Messages.StartPage_helpContents, () -> command(HELP));
		Label helpHint = new Label(body, SWT.WRAP);
		helpHint.setText(Messages.StartPage_helpHint);
		helpHint.setLayoutData(wide());
		scrolled.setContent(body);
		scrolled.setMinSize(body.computeSize(600, SWT.DEFAULT));
		repositories = getSite().getService(RepositorySelection.class);
		repositories.addListener(repositoryListener);
		refresh();
	}

	private static GridData wide() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 560;
		return data;
	}

	private void section(String text) {
		Label label = new Label(body, SWT.NONE);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		GridData data = new GridData();
		data.verticalIndent = 10;
		label.setLayoutData(data);
	}

	private Link link(String text, Runnable action) {
		Link link = new Link(body, SWT.NONE);
		link.setText("<a>" + text + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		link.addListener(SWT.Selection, event -> action.run());
		GridData data = new GridData();
		data.horizontalIndent = 12;
		link.setLayoutData(data);
		return link;
	}

	/** Reads the open repository's reports in the background and shows them. */
	public void refresh() {
		Path directory = repositories.current();
		repositoryLabel.setText(directory.toString());
		reportsLabel.setText(Messages.StartPage_readingReports);
		Job job = new Job(NLS.bind(Messages.ReportsView_loading, directory)) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				String text;
				try (ReportRepository store = ReportRepository.open(directory)) {
					List<ReportEntry> reports = store.list();
					text = reports.isEmpty() ? Messages.ReportsView_noReports : describe(reports);
				} catch (StoreException e) {
					text = NLS.bind(Messages.ReportsView_noRepository, directory);
				}
				String shown = text;
				body.getDisplay().asyncExec(() -> {
					// A repository opened meanwhile has its own job, whichever ends last.
					if (!reportsLabel.isDisposed() && directory.equals(repositories.current())) {
						reportsLabel.setText(shown);
						scrolled.setMinSize(body.computeSize(600, SWT.DEFAULT));
						body.layout(true, true);
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private static String describe(List<ReportEntry> reports) {
		// The store lists them in the one report order, the oldest first.
		StringBuilder text = new StringBuilder(NLS.bind(Messages.StartPage_reports, Integer.valueOf(reports.size())));
		for (ReportEntry report : reports) {
			text.append("\n  ").append(report.id()).append("   ").append(report.title()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	private void command(String id) {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(id, null);
		} catch (NotDefinedException e) {
			MessageDialog.openError(getSite().getShell(), Messages.StartPage_title, NLS.bind(Messages.StartPage_notAvailable, id));
		} catch (Exception e) {
			MessageDialog.openError(getSite().getShell(), Messages.StartPage_title, e.getMessage());
		}
	}

	private void showCommitments() {
		try {
			getSite().getPage().showView(COMMITMENTS_VIEW);
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), Messages.StartPage_title, e.getMessage());
		}
	}

	/** The start page's links, for the UI tests. */
	public List<Link> links() {
		return yeardiffLinks(body);
	}

	private static List<Link> yeardiffLinks(Composite parent) {
		List<Link> links = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Link link) {
				links.add(link);
			}
		}
		return links;
	}

	/** What the page says about the repository's reports, for the UI tests. */
	public String reportsText() {
		return reportsLabel.getText();
	}

	@Override
	public void setFocus() {
		body.setFocus();
	}

	@Override
	public void dispose() {
		if (repositories != null) {
			repositories.removeListener(repositoryListener);
		}
		super.dispose();
	}
}

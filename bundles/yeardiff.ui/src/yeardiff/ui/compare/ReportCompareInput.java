package yeardiff.ui.compare;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.extract.SubjectRegistry;
import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.preferences.ComparisonPreferences;

/**
 * Two reports of a repository in the Eclipse compare editor. The comparison is the headless
 * {@link ReportComparator}'s, with the similarity threshold of the preferences; it runs in the
 * compare editor's job, and its result becomes a tree of {@link PartnerNode}s and
 * {@link PairNode}s, so that the structure pane, the change navigation and the content pane
 * ({@link PairsViewer}) work as they do for files.
 */
public final class ReportCompareInput extends CompareEditorInput {

	private final Path repository;
	private final String fromId;
	private final String toId;
	/** The later side when it is not in the repository's reports (an editor's draft), else null. */
	private final Report givenTo;
	private ReportComparison comparison;
	private ChangesTreeViewer structure;
	private PairsViewer content;

	public ReportCompareInput(Path repository, String fromId, String toId) {
		this(repository, fromId, toId, null);
	}

	/**
	 * A report of the repository against one that is not among its reports, such as a draft being
	 * edited: the same compare editor, so a draft reads like any two years.
	 *
	 * @param to the later side, read in the background: pass a copy of a model that is being edited
	 */
	public ReportCompareInput(Path repository, String fromId, Report to) {
		this(repository, fromId, to.getId(), to);
	}

	private ReportCompareInput(Path repository, String fromId, String toId, Report givenTo) {
		super(configuration(fromId, toId));
		this.repository = repository;
		this.fromId = fromId;
		this.toId = toId;
		this.givenTo = givenTo;
		setTitle(NLS.bind(Messages.CompareEditor_title, fromId, toId));
	}

	private static CompareConfiguration configuration(String fromId, String toId) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel(fromId);
		configuration.setRightLabel(toId);
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.CompareEditor_comparing, fromId, toId), 3);
		Report from;
		Report to;
		try (ReportRepository store = ReportRepository.open(repository)) {
			from = store.load(fromId);
			progress.worked(1);
			checkCanceled(progress);
			to = givenTo != null ? givenTo : store.load(toId);
			progress.worked(1);
			checkCanceled(progress);
		} catch (StoreException e) {
			throw new InvocationTargetException(e, NLS.bind(Messages.CompareEditor_loadFailed, e.getMessage()));
		}
		comparison = new ReportComparator(SubjectRegistry.standard(), ComparisonPreferences.options()).compare(from, to);
		progress.worked(1);
		checkCanceled(progress);
		DiffNode root = new DiffNode(Differencer.NO_CHANGE);
		for (SectionComparison section : comparison.sections()) {
			new PartnerNode(root, section);
		}
		return root;
	}

	private static void checkCanceled(IProgressMonitor monitor) throws InterruptedException {
		if (monitor.isCanceled()) {
			throw new InterruptedException();
		}
	}

	/** The comparison shown, once the input is prepared. */
	public ReportComparison comparison() {
		return comparison;
	}

	/** The structure pane, for the UI tests. */
	public ChangesTreeViewer structure() {
		return structure;
	}

	/** The content pane, once a partner or pair was selected; for the UI tests. */
	public PairsViewer content() {
		return content;
	}

	@Override
	public Viewer createDiffViewer(Composite parent) {
		structure = new ChangesTreeViewer(parent, getCompareConfiguration());
		return structure;
	}

	@Override
	public Viewer findContentViewer(Viewer oldViewer, ICompareInput input, Composite parent) {
		if (input instanceof PairNode || input instanceof PartnerNode) {
			content = oldViewer instanceof PairsViewer viewer ? viewer : new PairsViewer(parent, getCompareConfiguration());
			return content;
		}
		return super.findContentViewer(oldViewer, input, parent);
	}
}

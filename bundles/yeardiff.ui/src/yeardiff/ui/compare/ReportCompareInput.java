package yeardiff.ui.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import yeardiff.compare.ReportComparator;
import yeardiff.compare.ReportComparison;
import yeardiff.compare.SectionComparison;
import yeardiff.compare.SectionNesting;
import yeardiff.compare.StatementPair;
import yeardiff.export.ComparisonCsv;
import yeardiff.export.ComparisonHtml;
import yeardiff.export.ComparisonPdf;
import yeardiff.library.LibraryException;
import yeardiff.library.PairingReview;
import yeardiff.model.api.Report;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.preferences.ComparisonPreferences;

/**
 * Two reports of a repository in the Eclipse compare editor. The comparison is the repository's
 * ({@link PairingReview#comparator}, as the command line's diff makes it), with the similarity
 * threshold of the preferences; it runs in the
 * compare editor's job, and its result becomes a tree of {@link PartnerNode}s (themes nested under
 * the organisation the letters put them in, by {@link SectionNesting}) and {@link PairNode}s, so
 * that the structure pane, the change navigation and the content pane ({@link PairsViewer}) work as
 * they do for files. The structure stands left of the texts, so that both get the editor's height;
 * the selected partner's numbers that moved ({@link NumbersPanel}) stand under both, across the
 * editor's width.
 */
public final class ReportCompareInput extends CompareEditorInput {

	/** The formats the compare editor exports to, with the CLI's exporters. */
	public enum ExportFormat {
		HTML("*.html"), PDF("*.pdf"), CSV("*.csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		final String pattern;

		ExportFormat(String pattern) {
			this.pattern = pattern;
		}
	}

	private final Path repository;
	private final String fromId;
	private final String toId;
	/** The later side when it is not in the repository's reports (an editor's draft), else null. */
	private final Report givenTo;
	/** The one partner compared, or null for all. */
	private final String partner;
	private ReportComparison comparison;
	private Report from;
	private Report to;
	private ChangesTreeViewer structure;
	private PairsViewer content;
	private NumbersPanel numbers;
	private Control contents;
	private BiFunction<Shell, ExportFormat, Path> exportTarget = ReportCompareInput::askExportTarget;

	public ReportCompareInput(Path repository, String fromId, String toId) {
		this(repository, fromId, toId, null, null);
	}

	/**
	 * A report of the repository against one that is not among its reports, such as a draft being
	 * edited: the same compare editor, so a draft reads like any two years.
	 *
	 * @param to the later side, read in the background: pass a copy of a model that is being edited
	 */
	public ReportCompareInput(Path repository, String fromId, Report to) {
		this(repository, fromId, to.getId(), to, null);
	}

	/** Two reports of the repository compared for one partner (a composite answers for its members). */
	public static ReportCompareInput forPartner(Path repository, String fromId, String toId, String partner) {
		return new ReportCompareInput(repository, fromId, toId, null, partner);
	}

	private ReportCompareInput(Path repository, String fromId, String toId, Report givenTo, String partner) {
		super(configuration(fromId, toId));
		this.repository = repository;
		this.fromId = fromId;
		this.toId = toId;
		this.givenTo = givenTo;
		this.partner = partner;
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
		ReportComparator comparator;
		try (ReportRepository store = ReportRepository.open(repository)) {
			from = store.load(fromId);
			progress.worked(1);
			checkCanceled(progress);
			to = givenTo != null ? givenTo : store.load(toId);
			progress.worked(1);
			checkCanceled(progress);
			// The repository's one comparison, as the command line's diff makes it: its subjects,
			// words weighed over all its reports, the reviewers' links and unlinks honoured.
			comparator = PairingReview.comparator(store, ComparisonPreferences.options());
		} catch (StoreException | LibraryException e) {
			throw new InvocationTargetException(e, NLS.bind(Messages.CompareEditor_loadFailed, e.getMessage()));
		}
		comparison = partner == null ? comparator.compare(from, to) : comparator.compare(from, to, partner);
		if (partner != null) {
			String name = comparison.sections().isEmpty() ? partner : comparison.sections().get(0).partnerName();
			setTitle(NLS.bind(Messages.CompareEditor_partnerTitle, new Object[] { name, fromId, toId }));
		}
		progress.worked(1);
		checkCanceled(progress);
		return tree(comparison, SectionNesting.parents(from, to), SectionNesting.order(from, to));
	}

	/** Whether a reviewer may correct the pairing here: both sides are reports of the repository, not a draft. */
	public boolean correctable() {
		return givenTo == null;
	}

	/**
	 * Compares the two reports again (after a reviewer's correction) and shows the new pairing in
	 * this editor, with the pair of {@code statementId} selected. Called from a job: the comparison
	 * runs in it, the widgets change on the UI thread.
	 */
	void compareAgain(IProgressMonitor monitor, String statementId) {
		Control control = contents;
		if (control == null || control.isDisposed()) {
			return;
		}
		try {
			run(monitor);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			control.getDisplay().asyncExec(() -> MessageDialog.openError(control.getShell(), Messages.CompareEditor_failedTitle,
					NLS.bind(Messages.CompareEditor_loadFailed, cause.getMessage())));
			return;
		} catch (InterruptedException e) {
			return;
		}
		control.getDisplay().asyncExec(() -> {
			if (structure == null || structure.getControl().isDisposed()) {
				return;
			}
			structure.setInput(getCompareResult());
			PairNode node = getCompareResult() instanceof DiffNode root ? find(root, pair -> holds(pair, statementId)) : null;
			if (node != null) {
				reveal(node.pair());
			}
		});
	}

	/** The structure pane's tree: partners in the letters' order, each theme under its organisation. */
	private static DiffNode tree(ReportComparison comparison, Map<String, String> parents, List<String> order) {
		DiffNode root = new DiffNode(Differencer.NO_CHANGE);
		Map<String, PartnerNode> nodes = new HashMap<>();
		List<SectionComparison> sections = new ArrayList<>(comparison.sections());
		// A key the letters' order does not know (a composite merged for the comparison) keeps its place after the known ones.
		sections.sort(Comparator.comparingInt(section -> order.contains(section.partner()) ? order.indexOf(section.partner()) : order.size()));
		for (SectionComparison section : sections) {
			PartnerNode enclosing = nodes.get(parents.get(section.partner()));
			nodes.put(section.partner(), new PartnerNode(enclosing != null ? enclosing : root, section));
		}
		for (IDiffElement child : root.getChildren()) {
			((PartnerNode) child).includeThemes();
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

	/** The repository the compared reports are in. */
	public Path repository() {
		return repository;
	}

	public String fromId() {
		return fromId;
	}

	public String toId() {
		return toId;
	}

	/** The structure pane, for the UI tests. */
	public ChangesTreeViewer structure() {
		return structure;
	}

	/** The content pane, once a partner or pair was selected; for the UI tests. */
	public PairsViewer content() {
		return content;
	}

	/** The partner's numbers that moved, under both panes; for the UI tests. */
	public NumbersPanel numbers() {
		return numbers;
	}

	/** The editor's contents once created, for the UI tests and the benchmark. */
	public Control contents() {
		return contents;
	}

	@Override
	public Control createContents(Composite parent) {
		// The partner's numbers that moved stand under both panes, across the editor's whole width;
		// the sash between them is the user's to move, and stays where it was left.
		SashForm editor = new SashForm(parent, SWT.VERTICAL);
		Control compare = super.createContents(editor);
		// The framework stacks a short structure pane above the texts; side by side, the partners
		// and both texts are readable at once on a 1280×800 screen.
		if (compare instanceof SashForm sash && sash.getChildren().length == 2) {
			sash.setOrientation(SWT.HORIZONTAL);
			sash.setWeights(34, 66);
		}
		numbers = new NumbersPanel(editor, fromId, toId, this::reveal);
		editor.setWeights(NumbersSash.weights());
		// A dragged sash resizes the numbers before the SashForm records its new weights: read them after.
		numbers.getControl().addListener(SWT.Resize, event -> editor.getDisplay().asyncExec(() -> {
			if (!editor.isDisposed()) {
				NumbersSash.remember(editor.getWeights());
			}
		}));
		if (structure != null) {
			showNumbers(structure.getStructuredSelection());
		}
		contents = editor;
		return editor;
	}

	@Override
	public Viewer createDiffViewer(Composite parent) {
		structure = new ChangesTreeViewer(parent, getCompareConfiguration(), new CompareMenu(this)::fill);
		structure.addSelectionChangedListener(event -> showNumbers(structure.getStructuredSelection()));
		return structure;
	}

	/** The numbers that moved of the partner selected, or of the selected pair's partner with the pair's rows selected. */
	private void showNumbers(IStructuredSelection selection) {
		if (numbers == null || numbers.getControl().isDisposed()) {
			return;
		}
		Object selected = selection.getFirstElement();
		if (selected instanceof PartnerNode partner) {
			numbers.show(partner, null);
		} else if (selected instanceof PairNode pair && pair.getParent() instanceof PartnerNode partner) {
			numbers.show(partner, pair.pair());
		} else if (selected == null) {
			numbers.show(null, null);
		}
	}

	@Override
	public Viewer findContentViewer(Viewer oldViewer, ICompareInput input, Composite parent) {
		if (input instanceof PairNode || input instanceof PartnerNode) {
			content = oldViewer instanceof PairsViewer viewer ? viewer : new PairsViewer(parent, getCompareConfiguration());
			return content;
		}
		return super.findContentViewer(oldViewer, input, parent);
	}

	/** Selects the node of {@code pair} in the structure pane, which shows it in the content pane. */
	public void reveal(StatementPair pair) {
		if (structure == null || !(getCompareResult() instanceof DiffNode root)) {
			return;
		}
		PairNode node = find(root, candidate -> candidate == pair);
		if (node != null) {
			if (structure.hidesUnchanged() && node.getKind() == Differencer.NO_CHANGE) {
				structure.setHideUnchanged(false);
			}
			structure.setSelection(new StructuredSelection(node), true);
		}
	}

	/** The node of the first pair {@code test} accepts, anywhere under {@code node}, or null. */
	private static PairNode find(DiffNode node, Predicate<StatementPair> test) {
		for (IDiffElement child : node.getChildren()) {
			if (child instanceof PairNode pairNode && test.test(pairNode.pair())) {
				return pairNode;
			}
			if (child instanceof DiffNode inner) {
				PairNode found = find(inner, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Whether the pair holds {@code statementId} on either side. */
	private static boolean holds(StatementPair pair, String statementId) {
		return pair.from() != null && statementId.equals(pair.from().getId()) || pair.to() != null && statementId.equals(pair.to().getId());
	}

	/**
	 * Where an export goes: by default the user chooses a file; tests give a path of their own
	 * instead of the native file dialog. Returning null cancels the export.
	 */
	public void setExportTarget(BiFunction<Shell, ExportFormat, Path> target) {
		exportTarget = target;
	}

	Path exportTarget(Shell shell, ExportFormat format) {
		return exportTarget.apply(shell, format);
	}

	private static Path askExportTarget(Shell shell, ExportFormat format) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.CompareEditor_exportTitle);
		dialog.setFilterExtensions(new String[] { format.pattern });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	/**
	 * Writes the comparison shown with the exporters the command line's {@code diff --html/--pdf/--csv}
	 * uses, through a temporary file, so that a failed export leaves no half-written file.
	 */
	public void export(ExportFormat format, Path target) throws IOException {
		if (comparison == null) {
			throw new IOException(Messages.CompareEditor_notReady);
		}
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, ".yeardiff-export", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			switch (format) {
				case HTML -> Files.writeString(temporary, new ComparisonHtml().render(comparison, from, to), StandardCharsets.UTF_8);
				case PDF -> {
					try (OutputStream out = Files.newOutputStream(temporary)) {
						new ComparisonPdf().write(comparison, from, to, out);
					}
				}
				case CSV -> {
					try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
						new ComparisonCsv().write(comparison, out);
					}
				}
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Whether this editor shows reports of {@code directory}. */
	public boolean shows(Path directory) {
		return repository.toAbsolutePath().normalize().equals(directory.toAbsolutePath().normalize());
	}

	/** The partners of the tree's first level, in the order shown; for the UI tests. */
	public String[] partnerNames() {
		if (!(getCompareResult() instanceof DiffNode root)) {
			return new String[0];
		}
		return Arrays.stream(root.getChildren()).filter(PartnerNode.class::isInstance)
				.map(child -> ((PartnerNode) child).section().partnerName()).toArray(String[]::new);
	}
}

package yeardiff.ui.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import yeardiff.model.api.Statement;
import yeardiff.ui.internal.Messages;

/**
 * Asks a reviewer which statement of the other report a statement is to be linked with. A subject
 * may move between sections from one letter to the next (from a partner's section to the EU's or
 * NATO's, or to another partner's), so every section's statements are offered, grouped by section:
 * the statement's own section first, then the others in the letters' order; within a section the
 * unpaired ones first, each with what the comparison pairs it with now, so that the reviewer sees
 * what the link takes away. A filter field keeps the statements holding all words typed (in their
 * text or their section's name).
 */
final class LinkStatementDialog extends Dialog {

	/**
	 * The candidates of one section of the other report, under its name. (Classes, not records: a
	 * section and its candidates refer to each other, and the viewer tells elements apart by identity.)
	 */
	static final class Section {

		private final String name;
		private final List<Candidate> candidates = new ArrayList<>();

		Section(String name) {
			this.name = name;
		}

		/** Adds a statement the reviewer may choose and, when the comparison paired it, its current partner. */
		void add(Statement statement, Statement pairedWith) {
			candidates.add(new Candidate(statement, pairedWith, this));
		}

		String name() {
			return name;
		}

		List<Candidate> candidates() {
			return candidates;
		}
	}

	/** A statement the reviewer may choose and, when the comparison paired it, its current partner. */
	static final class Candidate {

		private final Statement statement;
		private final Statement pairedWith;
		private final Section section;

		private Candidate(Statement statement, Statement pairedWith, Section section) {
			this.statement = statement;
			this.pairedWith = pairedWith;
			this.section = section;
		}

		Statement statement() {
			return statement;
		}

		Statement pairedWith() {
			return pairedWith;
		}

		Section section() {
			return section;
		}
	}

	private static final int SNIPPET = 140;
	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$

	private final String message;
	private final String otherReport;
	private final List<Section> sections;
	private TreeViewer tree;
	private Text filter;
	private Statement chosen;

	/**
	 * @param statement the statement to link
	 * @param report the report it is in
	 * @param later whether it is the later report's statement (the candidates are then earlier ones)
	 * @param otherReport the report the candidates are in
	 * @param sections the candidates by section, the statement's own section first
	 */
	LinkStatementDialog(Shell parent, Statement statement, String report, boolean later, String otherReport, List<Section> sections) {
		super(parent);
		this.message = NLS.bind(later ? Messages.LinkDialog_laterMessage : Messages.LinkDialog_earlierMessage,
				new Object[] { report, Integer.valueOf(statement.getPage()), statement.getText(), otherReport });
		this.otherReport = otherReport;
		this.sections = sections;
	}

	/** The statement chosen, once the dialog was closed with Link; else null. */
	Statement chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.LinkDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1000, 600);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(1, false));
		Label label = new Label(area, SWT.WRAP);
		label.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(940, SWT.DEFAULT).applyTo(label);
		filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.LinkDialog_filter);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		tree = new TreeViewer(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return sections.toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof Section section ? section.candidates().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof Candidate candidate ? candidate.section() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Section section && !section.candidates().isEmpty();
			}
		});
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
		TreeViewerColumn text = new TreeViewerColumn(tree, SWT.NONE);
		text.getColumn().setText(NLS.bind(Messages.LinkDialog_statement, otherReport));
		text.getColumn().setWidth(650);
		text.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Section section ? section.name() : snippet(((Candidate) element).statement().getText());
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Candidate candidate ? candidate.statement().getText() : null;
			}

			@Override
			public Font getFont(Object element) {
				return element instanceof Section ? bold : null;
			}
		});
		TreeViewerColumn now = new TreeViewerColumn(tree, SWT.NONE);
		now.getColumn().setText(Messages.LinkDialog_nowPaired);
		now.getColumn().setWidth(300);
		now.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (!(element instanceof Candidate candidate)) {
					return ""; //$NON-NLS-1$
				}
				return candidate.pairedWith() == null ? Messages.LinkDialog_unpaired
						: NLS.bind(Messages.LinkDialog_pairedWith, snippet(candidate.pairedWith().getText()));
			}
		});
		tree.setFilters(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				if (element instanceof Section section) {
					return section.candidates().stream().anyMatch(LinkStatementDialog.this::matches);
				}
				return matches((Candidate) element);
			}
		});
		ColumnViewerToolTipSupport.enableFor(tree);
		tree.setInput(sections);
		tree.expandAll();
		filter.addModifyListener(event -> {
			tree.refresh();
			tree.expandAll();
			updateButton();
		});
		tree.addSelectionChangedListener(event -> updateButton());
		tree.addDoubleClickListener(event -> okPressed());
		return area;
	}

	/** Whether the candidate holds every word of the filter, in its text or its section's name. */
	private boolean matches(Candidate candidate) {
		String typed = fold(filter.getText()).strip();
		if (typed.isEmpty()) {
			return true;
		}
		String haystack = fold(candidate.statement().getText() + ' ' + candidate.section().name());
		return Arrays.stream(typed.split("\\s+")).allMatch(haystack::contains); //$NON-NLS-1$
	}

	/** Lower case without accents, so that "Belgie" finds "België". */
	private static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	private Candidate selected() {
		return tree.getStructuredSelection().getFirstElement() instanceof Candidate candidate && matches(candidate) ? candidate : null;
	}

	private void updateButton() {
		getButton(IDialogConstants.OK_ID).setEnabled(selected() != null);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.LinkDialog_link, true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		Candidate candidate = selected();
		if (candidate == null) {
			return;
		}
		chosen = candidate.statement();
		super.okPressed();
	}

	private static String snippet(String text) {
		return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + '…';
	}
}

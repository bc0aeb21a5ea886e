package yeardiff.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import yeardiff.compare.StatementPair;
import yeardiff.library.LibraryException;
import yeardiff.library.PairingReview;
import yeardiff.model.api.Statement;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.views.StatementHistoryView;
import yeardiff.ui.views.TimelineView;

/**
 * The structure pane's context menu: what a reviewer does next with a partner or a pair (its
 * history, the partner's timeline, the partner compared alone, copying the pair's text, a
 * reviewer's correction of the pairing) and the export of the whole comparison with the command
 * line's exporters. A correction is {@link PairingReview}'s link or unlink, the command line's
 * {@code yeardiff link|unlink}: one commit, which every later comparison honours.
 */
final class CompareMenu {

	private static final String SUBJECT_KEY_PREFIX = "heading:"; //$NON-NLS-1$

	private final ReportCompareInput input;

	CompareMenu(ReportCompareInput input) {
		this.input = input;
	}

	void fill(IMenuManager menu) {
		Object selected = input.structure().getStructuredSelection().getFirstElement();
		if (selected instanceof PairNode pair) {
			menu.add(action(Messages.CompareMenu_showHistory, () -> showHistory(pair.pair())));
			menu.add(action(Messages.CompareMenu_copy, () -> copy(pair.pair())));
			if (input.correctable()) {
				menu.add(new Separator());
				menu.add(action(Messages.CompareMenu_linkWith, () -> linkWith(pair)));
				StatementPair paired = pair.pair();
				if (paired.from() != null && paired.to() != null) {
					menu.add(action(Messages.CompareMenu_unlink, () -> correct(false, paired.from(), paired.to())));
				}
			}
		}
		if (selected instanceof PartnerNode partner) {
			String key = partner.section().partner();
			boolean subject = !key.startsWith(SUBJECT_KEY_PREFIX);
			Action timeline = action(Messages.CompareMenu_showTimeline, () -> showTimeline(key, partner.section().partnerName()));
			timeline.setEnabled(subject);
			menu.add(timeline);
			Action alone = action(NLS.bind(Messages.CompareMenu_comparePartner, partner.section().partnerName()),
					() -> CompareUI.openCompareEditor(ReportCompareInput.forPartner(input.repository(), input.fromId(), input.toId(), key)));
			alone.setEnabled(subject);
			menu.add(alone);
		}
		menu.add(new Separator());
		MenuManager export = new MenuManager(Messages.CompareMenu_export);
		for (ReportCompareInput.ExportFormat format : ReportCompareInput.ExportFormat.values()) {
			export.add(action(NLS.bind(Messages.CompareMenu_exportAs, format.name()), () -> export(format)));
		}
		menu.add(export);
		menu.add(new Separator());
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private void showHistory(StatementPair pair) {
		Statement statement = pair.to() != null ? pair.to() : pair.from();
		try {
			((StatementHistoryView) page().showView(StatementHistoryView.ID)).show(statement.getId());
		} catch (PartInitException e) {
			MessageDialog.openError(shell(), Messages.CompareEditor_failedTitle, e.getMessage());
		}
	}

	private void showTimeline(String partner, String name) {
		try {
			((TimelineView) page().showView(TimelineView.ID)).show(input.repository(), partner, name);
		} catch (PartInitException e) {
			MessageDialog.openError(shell(), Messages.CompareEditor_failedTitle, e.getMessage());
		}
	}

	/** Both sides of the pair as plain text, the earlier first, labelled with their reports. */
	private void copy(StatementPair pair) {
		StringBuilder text = new StringBuilder();
		if (pair.from() != null) {
			text.append(input.fromId()).append(": ").append(pair.from().getText()).append('\n'); //$NON-NLS-1$
		}
		if (pair.to() != null) {
			text.append(input.toId()).append(": ").append(pair.to().getText()).append('\n'); //$NON-NLS-1$
		}
		Clipboard clipboard = new Clipboard(shell().getDisplay());
		try {
			clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void export(ReportCompareInput.ExportFormat format) {
		Shell shell = shell();
		Path target = input.exportTarget(shell, format);
		if (target == null) {
			return;
		}
		try {
			input.export(format, target);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, Messages.CompareMenu_export, NLS.bind(Messages.CompareEditor_exportFailed, target, e.getMessage()));
		}
	}

	/**
	 * Asks which statement of the other report the selected one is to be paired with (every
	 * section's statements there, its own section's first: a subject may move between sections),
	 * then links the two.
	 */
	private void linkWith(PairNode node) {
		StatementPair pair = node.pair();
		boolean later = pair.from() == null;
		Statement statement = later ? pair.to() : pair.from();
		List<PartnerNode> partners = new ArrayList<>();
		if (input.getCompareResult() instanceof DiffNode root) {
			collect(root, partners);
		}
		if (node.getParent() instanceof PartnerNode own) {
			partners.remove(own);
			partners.add(0, own);
		}
		List<LinkStatementDialog.Section> sections = new ArrayList<>();
		for (PartnerNode partner : partners) {
			LinkStatementDialog.Section section = new LinkStatementDialog.Section(sectionName(partner));
			List<StatementPair> paired = new ArrayList<>();
			// The unpaired statements first: the likelier partners of a statement left alone.
			for (StatementPair other : partner.section().pairs()) {
				Statement candidate = later ? other.from() : other.to();
				if (candidate == null || other == pair) {
					continue;
				}
				Statement now = later ? other.to() : other.from();
				if (now == null) {
					section.add(candidate, null);
				} else {
					paired.add(other);
				}
			}
			paired.forEach(other -> section.add(later ? other.from() : other.to(), later ? other.to() : other.from()));
			if (!section.candidates().isEmpty()) {
				sections.add(section);
			}
		}
		LinkStatementDialog dialog = new LinkStatementDialog(shell(), statement, later ? input.toId() : input.fromId(), later,
				later ? input.fromId() : input.toId(), sections);
		if (dialog.open() != Window.OK || dialog.chosen() == null) {
			return;
		}
		if (later) {
			correct(true, dialog.chosen(), statement);
		} else {
			correct(true, statement, dialog.chosen());
		}
	}

	/** The partners and themes of the structure pane's tree, in its order (the letters'). */
	private static void collect(DiffNode node, List<PartnerNode> partners) {
		for (IDiffElement child : node.getChildren()) {
			if (child instanceof PartnerNode partner) {
				partners.add(partner);
				collect(partner, partners);
			}
		}
	}

	/** A section's name, a theme's with the organisation the letters put it in. */
	private static String sectionName(PartnerNode partner) {
		return partner.getParent() instanceof PartnerNode enclosing
				? NLS.bind(Messages.LinkDialog_nestedSection, enclosing.displayName(), partner.displayName())
				: partner.displayName();
	}

	/**
	 * Records the correction as a commit in a job, then compares the two reports again in the same
	 * editor, which shows the statement with its new pairing.
	 */
	private void correct(boolean link, Statement earlier, Statement later) {
		Shell shell = shell();
		String title = NLS.bind(link ? Messages.CompareMenu_linking : Messages.CompareMenu_unlinking, earlier.getId(), later.getId());
		Job job = Job.create(title, monitor -> {
			try (ReportRepository store = ReportRepository.open(input.repository())) {
				if (link) {
					PairingReview.link(store, earlier.getId(), later.getId(), null);
				} else {
					PairingReview.unlink(store, earlier.getId(), later.getId(), null);
				}
			} catch (StoreException | LibraryException e) {
				shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Messages.CompareEditor_failedTitle, e.getMessage()));
				return Status.OK_STATUS;
			}
			input.compareAgain(monitor, earlier.getId());
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	private Shell shell() {
		return input.structure().getControl().getShell();
	}

}

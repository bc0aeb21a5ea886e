package yeardiff.ui.compare;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.compare.CompareUI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import yeardiff.compare.StatementPair;
import yeardiff.model.api.Statement;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.views.StatementHistoryView;
import yeardiff.ui.views.TimelineView;

/**
 * The structure pane's context menu: what a reviewer does next with a partner or a pair (its
 * history, the partner's timeline, the partner compared alone, copying the pair's text) and the
 * export of the whole comparison with the command line's exporters.
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

	private Shell shell() {
		return input.structure().getControl().getShell();
	}

}

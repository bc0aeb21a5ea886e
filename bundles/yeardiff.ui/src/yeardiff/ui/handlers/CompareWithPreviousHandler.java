package yeardiff.ui.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.internal.Messages;

/**
 * Compares the selected report with the one before it ({@link ReportRepository#previous(String)}), or two selected reports with each other
 * (the earlier on the left), in the compare editor.
 */
public final class CompareWithPreviousHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		ISelection selection = HandlerUtil.getCurrentSelectionChecked(event);
		List<String> ids = SelectedReports.ids(selection);
		Path repository = SelectedReports.repository(selection,
				HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class).current());
		if (ids.isEmpty() || ids.size() > 2) {
			return null;
		}
		String from;
		String to;
		try (ReportRepository store = ReportRepository.open(repository)) {
			if (ids.size() == 2) {
				// list() is in the one report order, so the earlier of the two comes first in it.
				List<String> order = store.list().stream().map(ReportEntry::id).toList();
				boolean inOrder = order.indexOf(ids.get(0)) <= order.indexOf(ids.get(1));
				from = ids.get(inOrder ? 0 : 1);
				to = ids.get(inOrder ? 1 : 0);
			} else {
				Optional<ReportEntry> previous = store.previous(ids.get(0));
				if (previous.isEmpty()) {
					MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.CompareEditor_failedTitle,
							NLS.bind(Messages.CompareEditor_noPrevious, ids.get(0)));
					return null;
				}
				from = previous.get().id();
				to = ids.get(0);
			}
		} catch (StoreException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.CompareEditor_failedTitle, e.getMessage());
			return null;
		}
		CompareUI.openCompareEditor(new ReportCompareInput(repository, from, to));
		return null;
	}
}

package yeardiff.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import yeardiff.store.ReportEntry;
import yeardiff.store.ReportRepository;
import yeardiff.store.StoreException;
import yeardiff.ui.RepositorySelection;
import yeardiff.ui.compare.ReportCompareInput;
import yeardiff.ui.internal.Messages;

/** Compares the open repository's latest report with the one before it: the first thing a reviewer asks. */
public final class CompareLatestHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Path repository = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(RepositorySelection.class).current();
		List<String> order;
		try (ReportRepository store = ReportRepository.open(repository)) {
			order = store.list().stream().sorted(ReportEntry.CHRONOLOGICAL).map(ReportEntry::id).toList();
		} catch (StoreException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.CompareEditor_failedTitle, e.getMessage());
			return null;
		}
		if (order.size() < 2) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.CompareEditor_failedTitle, Messages.CompareLatest_tooFew);
			return null;
		}
		CompareUI.openCompareEditor(new ReportCompareInput(repository, order.get(order.size() - 2), order.get(order.size() - 1)));
		return null;
	}
}

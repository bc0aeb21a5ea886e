package yeardiff.ui.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
		String latest;
		Optional<ReportEntry> previous;
		try (ReportRepository store = ReportRepository.open(repository)) {
			// list() is in the one report order; "the one before" is the store's, as for Compare with Previous.
			List<ReportEntry> reports = store.list();
			latest = reports.isEmpty() ? null : reports.get(reports.size() - 1).id();
			previous = latest == null ? Optional.empty() : store.previous(latest);
		} catch (StoreException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.CompareEditor_failedTitle, e.getMessage());
			return null;
		}
		if (previous.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.CompareEditor_failedTitle, Messages.CompareLatest_tooFew);
			return null;
		}
		CompareUI.openCompareEditor(new ReportCompareInput(repository, previous.get().id(), latest));
		return null;
	}
}

package yeardiff.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import yeardiff.model.api.Report;
import yeardiff.ui.views.ReportItem;

/** The report ids of what is selected: a report of the Reports view, or a part of a loaded report. */
final class SelectedReports {

	private SelectedReports() {
	}

	static List<String> ids(ISelection selection) {
		List<String> ids = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				String id = id(element);
				if (id != null && !ids.contains(id)) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	static String id(Object element) {
		if (element instanceof ReportItem item) {
			return item.entry().id();
		}
		if (element instanceof EObject object && EcoreUtil.getRootContainer(object) instanceof Report report) {
			return report.getId();
		}
		return null;
	}

	/** The repository of a selected report, when the selection says (else the open one is meant). */
	static Path repository(ISelection selection, Path open) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof ReportItem item) {
			return item.repository();
		}
		return open;
	}
}

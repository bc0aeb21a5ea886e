package yeardiff.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import yeardiff.ui.views.ReportsView;

/**
 * "Year on year": the Reports view on the left, the editors (report viewer, compare editor) in the
 * middle, properties below.
 */
public final class YearOnYearPerspective implements IPerspectiveFactory {

	public static final String ID = "yeardiff.app.perspectives.yearOnYear"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.3f, editors); //$NON-NLS-1$
		left.addView(ReportsView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(ReportsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}

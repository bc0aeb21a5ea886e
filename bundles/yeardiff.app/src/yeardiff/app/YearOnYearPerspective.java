package yeardiff.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import yeardiff.ui.views.ReportsView;
import yeardiff.ui.views.SearchView;
import yeardiff.ui.views.StatementHistoryView;
import yeardiff.ui.views.TimelineView;

/**
 * "Year on year": the Reports view on the left, the editors (report viewer, compare editor) in the
 * middle, properties, statement history, timelines and search below.
 */
public final class YearOnYearPerspective implements IPerspectiveFactory {

	public static final String ID = "yeardiff.app.perspectives.yearOnYear"; //$NON-NLS-1$
	private static final String COMMITMENTS_VIEW = "yeardiff.audit.ui.views.commitments"; //$NON-NLS-1$
	private static final String DRAFT_PROBLEMS_VIEW = "yeardiff.draft.ui.views.problems"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		// The editors get most of the window: a comparison shows the partners and two texts side by side.
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors); //$NON-NLS-1$
		left.addView(ReportsView.ID);
		// The views that follow a selection sit below; a view shown there can be maximised to be read.
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editors); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(StatementHistoryView.ID);
		bottom.addPlaceholder(SearchView.ID);
		// A chart needs height and width to be read: the timeline opens beside the editors, full height.
		layout.addPlaceholder(TimelineView.ID, IPageLayout.RIGHT, 0.6f, editors);
		layout.addShowViewShortcut(ReportsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(StatementHistoryView.ID);
		layout.addShowViewShortcut(TimelineView.ID);
		layout.addShowViewShortcut(SearchView.ID);
		// The Commitments and Draft Problems views come from the audit and draft bundles, which add
		// themselves to this perspective; their shortcuts are listed here too, so that Window > Show
		// View offers every Yeardiff view even after Reset Perspective.
		layout.addShowViewShortcut(COMMITMENTS_VIEW);
		layout.addShowViewShortcut(DRAFT_PROBLEMS_VIEW);
	}
}

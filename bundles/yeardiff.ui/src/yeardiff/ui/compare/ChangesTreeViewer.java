package yeardiff.ui.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.DiffTreeViewer;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import yeardiff.ui.internal.Messages;

/**
 * The compare editor's structure pane: partners with their change counts and, under them, the
 * statement pairs. A toolbar toggle hides the unchanged pairs and partners (on at first: a reviewer
 * looks for changes).
 */
public final class ChangesTreeViewer extends DiffTreeViewer {

	private final ViewerFilter changesOnly = new ViewerFilter() {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return !(element instanceof DiffNode node) || node.getKind() != Differencer.NO_CHANGE;
		}
	};
	private Action hideUnchanged;

	ChangesTreeViewer(Composite parent, CompareConfiguration configuration) {
		super(parent, configuration);
		addFilter(changesOnly);
	}

	/** Whether unchanged pairs are hidden. */
	public boolean hidesUnchanged() {
		return getFilters().length > 0;
	}

	/** Shows or hides the unchanged pairs, as the toolbar toggle does. */
	public void setHideUnchanged(boolean hide) {
		if (hide == hidesUnchanged()) {
			return;
		}
		if (hide) {
			addFilter(changesOnly);
		} else {
			removeFilter(changesOnly);
		}
		if (hideUnchanged != null) {
			hideUnchanged.setChecked(hide);
		}
	}

	@Override
	protected void createToolItems(ToolBarManager toolbar) {
		super.createToolItems(toolbar);
		hideUnchanged = new Action(Messages.CompareEditor_hideUnchanged, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setHideUnchanged(isChecked());
			}
		};
		hideUnchanged.setToolTipText(Messages.CompareEditor_hideUnchanged);
		hideUnchanged.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_CLEAR));
		hideUnchanged.setChecked(true);
		toolbar.appendToGroup("modes", hideUnchanged); //$NON-NLS-1$
	}
}

package yeardiff.ui.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.DiffTreeViewer;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import yeardiff.ui.internal.Messages;

/**
 * The compare editor's structure pane: partners with their change counts and a bar that measures
 * them against the partner that changed most, the themes the letters put inside a partner under
 * it, and under each the statement pairs, all in the letters' order. Selecting a node (a click, the
 * arrow keys) shows it in the content pane at once. Toolbar toggles hide the unchanged pairs and
 * partners (on at first: a reviewer looks for changes) and sort the partners by their amount of
 * change.
 */
public final class ChangesTreeViewer extends DiffTreeViewer {

	private static final int BAR_WIDTH = 60;
	private static final int BAR_GAP = 8;
	/** The bar's blue, readable on a selected row as on a plain one. */
	private static final Color BAR = new Color(new RGB(0x3a, 0x6e, 0xa5));

	private final ViewerFilter changesOnly = new ViewerFilter() {
		@Override
		public boolean select(Viewer viewer, Object parent, Object element) {
			return !(element instanceof DiffNode node) || node.getKind() != Differencer.NO_CHANGE;
		}
	};
	/** Partners by their amount of change, the most first; everything else keeps the letters' order. */
	private static final ViewerComparator BY_CHANGE = new ViewerComparator() {
		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			if (a instanceof PartnerNode first && b instanceof PartnerNode second) {
				return Long.compare(second.totalChanges(), first.totalChanges());
			}
			return 0;
		}
	};
	private final Consumer<IMenuManager> menu;
	private Action hideUnchanged;
	private Action sortByChange;
	private long mostChanges = 1;
	/** What each partner's row shows of its name, as last drawn. */
	private final Map<PartnerNode, String> drawnNames = new HashMap<>();

	ChangesTreeViewer(Composite parent, CompareConfiguration configuration, Consumer<IMenuManager> menu) {
		super(parent, configuration);
		this.menu = menu;
		// The letters' order, not the Compare framework's alphabetical one.
		setComparator(null);
		addFilter(changesOnly);
		// One click or the arrow keys show the pair; the framework would wait for a double-click.
		addSelectionChangedListener(event -> {
			if (!event.getSelection().isEmpty()) {
				fireOpen(new OpenEvent(this, event.getSelection()));
			}
		});
		getTree().addListener(SWT.MeasureItem, this::measureBar);
		getTree().addListener(SWT.EraseItem, this::leaveNameToPaint);
		getTree().addListener(SWT.PaintItem, this::paintBar);
	}

	/** The pane's title in the user's language (the framework's is "Structure Compare", English only). */
	@Override
	public String getTitle() {
		return Messages.CompareEditor_structureTitle;
	}

	/** Whether unchanged pairs are hidden. */
	public boolean hidesUnchanged() {
		return Arrays.asList(getFilters()).contains(changesOnly);
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

	/** Whether the partners are sorted by their amount of change rather than in the letters' order. */
	public boolean sortsByChange() {
		return getComparator() == BY_CHANGE;
	}

	/** Sorts the partners by amount of change, or puts them back in the letters' order. */
	public void setSortByChange(boolean sort) {
		setComparator(sort ? BY_CHANGE : null);
		if (sortByChange != null) {
			sortByChange.setChecked(sort);
		}
	}

	@Override
	protected void inputChanged(Object input, Object oldInput) {
		mostChanges = 1;
		if (input instanceof DiffNode root) {
			mostChanges = Math.max(1, Arrays.stream(root.getChildren()).filter(PartnerNode.class::isInstance)
					.mapToLong(child -> ((PartnerNode) child).totalChanges()).max().orElse(1));
		}
		super.inputChanged(input, oldInput);
	}

	/**
	 * Opens on the first partner with changes, so that the content pane shows its moved numbers and
	 * changed statements at once instead of staying empty.
	 */
	@Override
	protected void initialSelection() {
		TreeItem[] items = getTree().getItems();
		if (items.length == 0) {
			return;
		}
		Object first = Arrays.stream(items).map(TreeItem::getData)
				.filter(data -> data instanceof DiffNode node && node.getKind() != Differencer.NO_CHANGE).findFirst()
				.orElse(items[0].getData());
		setSelection(new StructuredSelection(first), true);
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
		sortByChange = new Action(Messages.CompareEditor_sortByChange, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setSortByChange(isChecked());
			}
		};
		sortByChange.setToolTipText(Messages.CompareEditor_sortByChange);
		sortByChange.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_UP));
		toolbar.appendToGroup("modes", sortByChange); //$NON-NLS-1$
	}

	@Override
	protected void fillContextMenu(IMenuManager manager) {
		menu.accept(manager);
		super.fillContextMenu(manager);
	}

	/** Room for the bar at the right of a partner's row, so that the name is not drawn under it. */
	private void measureBar(Event event) {
		if (event.item.getData() instanceof PartnerNode) {
			event.width += BAR_GAP + BAR_WIDTH;
		}
	}

	/** A partner's row is drawn by {@link #paintBar}, which cuts a long name before the bar. */
	private void leaveNameToPaint(Event event) {
		if (event.item.getData() instanceof PartnerNode) {
			event.detail &= ~SWT.FOREGROUND;
		}
	}

	/**
	 * A partner's icon and name, the name cut with an ellipsis where it would run under the bar, and
	 * the bar at the right edge of the row, in one column for all partners: its changes (themes
	 * included) against the partner that changed most.
	 */
	private void paintBar(Event event) {
		if (!(event.item.getData() instanceof PartnerNode partner) || !(event.item instanceof TreeItem item)) {
			return;
		}
		int right = getTree().getClientArea().x + getTree().getClientArea().width;
		int x = right - BAR_WIDTH - BAR_GAP;
		GC gc = event.gc;
		Image image = item.getImage();
		if (image != null) {
			Rectangle at = item.getImageBounds(0);
			gc.drawImage(image, at.x, at.y + Math.max(0, (at.height - image.getBounds().height) / 2));
		}
		Rectangle text = item.getTextBounds(0);
		String name = fit(gc, item.getText(), x - BAR_GAP - text.x);
		Color foreground = gc.getForeground();
		gc.setForeground((event.detail & SWT.SELECTED) != 0 ? event.display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : item.getForeground());
		drawnNames.put(partner, name);
		gc.drawText(name, text.x, event.y + Math.max(0, (event.height - gc.getFontMetrics().getHeight()) / 2), true);
		gc.setForeground(foreground);
		int height = Math.max(4, event.height / 2);
		int y = event.y + (event.height - height) / 2;
		int filled = (int) Math.round(BAR_WIDTH * barShare(partner));
		Color background = gc.getBackground();
		gc.setBackground(event.display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(x, y, BAR_WIDTH, height);
		gc.setBackground(BAR);
		gc.fillRectangle(x, y, filled, height);
		gc.setForeground(event.display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(x, y, BAR_WIDTH, height);
		gc.setBackground(background);
		gc.setForeground(foreground);
	}

	/** {@code text} as it fits in {@code width} pixels: whole, or cut with an ellipsis. */
	static String fit(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String ellipsis = "…"; //$NON-NLS-1$
		int end = text.length();
		while (end > 0 && gc.textExtent(text.substring(0, end) + ellipsis).x > width) {
			end--;
		}
		return end == 0 ? "" : text.substring(0, end).stripTrailing() + ellipsis; //$NON-NLS-1$
	}

	/** The name last drawn in the row of {@code partner} (cut before the bar when long), or null; for the UI tests. */
	public String drawnName(PartnerNode partner) {
		return drawnNames.get(partner);
	}

	/** The bar's filled share for a partner, from 0 to 1: what the tree draws, for the UI tests. */
	public double barShare(PartnerNode partner) {
		return (double) partner.totalChanges() / mostChanges;
	}

}

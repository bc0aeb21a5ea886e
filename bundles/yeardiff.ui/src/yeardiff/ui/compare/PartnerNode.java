package yeardiff.ui.compare;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import yeardiff.compare.SectionComparison;
import yeardiff.ui.internal.Messages;

/**
 * One partner in both reports, as a node of the compare editor's structure pane, named with its
 * number of changes ("België en Luxemburg (12 changes)"); its children are the partner's pairs in
 * the letter's order, then the themes the letters put inside it (the EU's PESCO under the EU).
 */
public final class PartnerNode extends DiffNode {

	private final SectionComparison section;

	PartnerNode(DiffNode parent, SectionComparison section) {
		super(parent, section.changes() == 0 ? Differencer.NO_CHANGE : Differencer.CHANGE);
		this.section = section;
		section.pairs().forEach(pair -> new PairNode(this, pair));
	}

	public SectionComparison section() {
		return section;
	}

	/** The partner's own changes and those of the themes inside it: what the bar in the tree measures. */
	public long totalChanges() {
		long total = section.changes();
		for (IDiffElement child : getChildren()) {
			if (child instanceof PartnerNode theme) {
				total += theme.totalChanges();
			}
		}
		return total;
	}

	/**
	 * Marks this partner changed when a theme inside it changed, so that hiding the unchanged keeps
	 * the way to the theme open; returns whether anything under it changed.
	 */
	boolean includeThemes() {
		boolean changed = section.changes() > 0;
		for (IDiffElement child : getChildren()) {
			if (child instanceof PartnerNode theme && theme.includeThemes()) {
				changed = true;
			}
		}
		if (changed) {
			setKind(Differencer.CHANGE);
		}
		return changed;
	}

	/** The partner's name as the letters write it. */
	public String displayName() {
		// A section whose heading the letter lost (on a missing page) and whose partner is unknown.
		return section.partnerName() == null || section.partnerName().isBlank() ? Messages.CompareEditor_noHeading : section.partnerName();
	}

	/** Named with its changes, those of the themes inside it included, as the bar measures them. */
	@Override
	public String getName() {
		long changes = totalChanges();
		String name = displayName();
		if (changes == 0) {
			return NLS.bind(Messages.CompareEditor_partnerUnchanged, name);
		}
		return NLS.bind(changes == 1 ? Messages.CompareEditor_partnerOneChange : Messages.CompareEditor_partnerChanges, name,
				Long.valueOf(changes));
	}

	@Override
	public Image getImage() {
		return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
	}
}

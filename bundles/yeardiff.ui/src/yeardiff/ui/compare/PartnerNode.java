package yeardiff.ui.compare;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import yeardiff.compare.SectionComparison;
import yeardiff.ui.internal.Messages;

/**
 * One partner in both reports, as a node of the compare editor's structure pane, named with its
 * number of changes ("België en Luxemburg (12 changes)"); its children are the partner's pairs.
 */
public final class PartnerNode extends DiffNode {

	private final SectionComparison section;

	PartnerNode(DiffNode root, SectionComparison section) {
		super(root, section.changes() == 0 ? Differencer.NO_CHANGE : Differencer.CHANGE);
		this.section = section;
		section.pairs().forEach(pair -> new PairNode(this, pair));
	}

	public SectionComparison section() {
		return section;
	}

	@Override
	public String getName() {
		long changes = section.changes();
		String name = section.partnerName();
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

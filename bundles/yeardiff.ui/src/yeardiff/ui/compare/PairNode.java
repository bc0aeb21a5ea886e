package yeardiff.ui.compare;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import yeardiff.compare.PairStatus;
import yeardiff.compare.StatementPair;
import yeardiff.model.api.Statement;
import yeardiff.ui.internal.Labels;
import yeardiff.ui.internal.Messages;
import yeardiff.ui.preferences.ComparisonPreferences;

/**
 * A statement of the earlier report and what became of it, as a node of the compare editor's
 * structure pane: new statements are additions, dropped ones deletions, everything else that is
 * not unchanged a change. A significant pair (see {@link ComparisonPreferences}) shows a warning icon.
 */
public final class PairNode extends DiffNode {

	private static final int SNIPPET = 90;

	private final StatementPair pair;
	private final boolean significant;

	PairNode(PartnerNode parent, StatementPair pair) {
		super(parent, kind(pair.status()), null, side(pair.from(), pair), side(pair.to(), pair));
		this.pair = pair;
		this.significant = ComparisonPreferences.significant(pair);
	}

	public StatementPair pair() {
		return pair;
	}

	public boolean significant() {
		return significant;
	}

	@Override
	public String getName() {
		Statement shown = pair.to() != null ? pair.to() : pair.from();
		String text = shown.getText();
		String snippet = text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + '…';
		String corrected = pair.corrected() && pair.from() != null && pair.to() != null ? Messages.CompareEditor_corrected : ""; //$NON-NLS-1$
		return Labels.status(pair.status()) + corrected + ": " + snippet; //$NON-NLS-1$
	}

	@Override
	public Image getImage() {
		String image = significant ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJ_ELEMENT;
		return PlatformUI.getWorkbench().getSharedImages().getImage(image);
	}

	static int kind(PairStatus status) {
		return switch (status) {
			case NEW -> Differencer.ADDITION;
			case DROPPED -> Differencer.DELETION;
			case UNCHANGED -> Differencer.NO_CHANGE;
			default -> Differencer.CHANGE;
		};
	}

	private static StatementElement side(Statement statement, StatementPair pair) {
		if (statement == null) {
			return null;
		}
		Stream<Statement> parts = statement == pair.from() ? Stream.concat(Stream.of(statement), pair.alsoFrom().stream())
				: Stream.concat(Stream.of(statement), pair.alsoTo().stream());
		return new StatementElement(statement.getId(), parts.map(Statement::getText).collect(Collectors.joining(" "))); //$NON-NLS-1$
	}
}

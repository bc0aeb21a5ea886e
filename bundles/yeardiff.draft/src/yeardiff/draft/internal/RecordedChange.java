package yeardiff.draft.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A command that records what a change does to a model tree and undoes it by reversing the
 * recording. Re-extracting a statement's facts replaces objects several levels deep (facts, the
 * commitment and the time it is due, references); a recording captures all of it, where a
 * hand-written inverse would have to know every object the extractor touches.
 */
public final class RecordedChange extends AbstractCommand {

	private final EObject root;
	private final BooleanSupplier precondition;
	private final Runnable change;
	private ChangeDescription recorded;

	/**
	 * @param root the tree the change stays within
	 * @param precondition whether the change can be made, asked once before it is
	 * @param change the change itself
	 */
	public RecordedChange(String label, EObject root, BooleanSupplier precondition, Runnable change) {
		super(label);
		this.root = root;
		this.precondition = precondition;
		this.change = change;
	}

	@Override
	protected boolean prepare() {
		return root != null && precondition.getAsBoolean();
	}

	@Override
	public void execute() {
		inResource(() -> {
			ChangeRecorder recorder = new ChangeRecorder(root);
			try {
				change.run();
			} finally {
				recorded = recorder.endRecording();
				recorder.dispose();
			}
		});
	}

	@Override
	public boolean canUndo() {
		return recorded != null;
	}

	/** Applying a recording turns it into the recording of the way back: undo and redo alternate. */
	@Override
	public void undo() {
		inResource(recorded::applyAndReverse);
	}

	@Override
	public void redo() {
		inResource(recorded::applyAndReverse);
	}

	/**
	 * Runs the action with the root in a resource. A recording takes every recorded object that is
	 * in neither a container nor a resource for one the change removed, and would take a root that
	 * was never in a resource (a draft the command line or a test built) into itself; in a resource,
	 * even a scratch one for the time of the action, the root stays a root.
	 */
	private void inResource(Runnable action) {
		if (root.eResource() != null) {
			action.run();
			return;
		}
		Resource scratch = new ResourceImpl();
		scratch.getContents().add(root);
		try {
			action.run();
		} finally {
			scratch.getContents().remove(root);
		}
	}
}

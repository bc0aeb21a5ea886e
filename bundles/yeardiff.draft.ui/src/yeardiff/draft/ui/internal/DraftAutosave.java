package yeardiff.draft.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import yeardiff.draft.DraftWorkingCopy;
import yeardiff.model.api.Report;

/**
 * Keeps the draft editor's unsaved work in a working copy every few seconds, so that a crash loses
 * little: writes run in jobs under one scheduling rule, which the save's commit also takes, so that
 * the working copy is removed only after the last write of it.
 */
public final class DraftAutosave {

	/** How often unsaved work is written to the working copy. */
	public static final int AUTOSAVE_MILLIS = 3000;

	/** Orders the writes and the removal of the working copy, and the save's commit. */
	public static final ISchedulingRule RULE = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final Display display;
	private final Path file;
	private final Supplier<Report> draft;
	private final BooleanSupplier dirty;
	private final Consumer<String> failed;
	private final Runnable tick = this::tick;
	private boolean pending;
	private boolean stopped;

	/**
	 * @param failed told (on the UI thread) when a write fails, with the message to show
	 */
	public DraftAutosave(Display display, Path file, Supplier<Report> draft, BooleanSupplier dirty, Consumer<String> failed) {
		this.display = display;
		this.file = file;
		this.draft = draft;
		this.dirty = dirty;
		this.failed = failed;
	}

	public void start() {
		display.timerExec(AUTOSAVE_MILLIS, tick);
	}

	public void stop() {
		stopped = true;
		if (!display.isDisposed()) {
			display.timerExec(-1, tick);
		}
	}

	/** Something changed: the next turn writes the working copy. */
	public void changed() {
		pending = true;
	}

	/** The draft was saved: nothing is pending, and the working copy goes. */
	public void saved() {
		pending = false;
		discard();
	}

	/** Writes the unsaved work when it changed since the last write; then waits for the next turn. */
	private void tick() {
		if (stopped) {
			return;
		}
		if (pending && dirty.getAsBoolean()) {
			pending = false;
			Report copy = EcoreUtil.copy(draft.get());
			Job job = Job.create(NLS.bind(Messages.DraftEditor_saving, Integer.valueOf(copy.getYear())), monitor -> {
				try {
					DraftWorkingCopy.save(file, copy);
				} catch (IOException e) {
					display.asyncExec(() -> failed.accept(NLS.bind(Messages.DraftEditor_autosaveFailed, file, e.getMessage())));
				}
				return Status.OK_STATUS;
			});
			job.setRule(RULE);
			job.setSystem(true);
			job.schedule();
		}
		display.timerExec(AUTOSAVE_MILLIS, tick);
	}

	/** Removes the working copy after any write of it still under way. */
	public void discard() {
		Job job = Job.create(NLS.bind(Messages.DraftEditor_saving, Integer.valueOf(draft.get().getYear())), monitor -> {
			try {
				DraftWorkingCopy.discard(file);
			} catch (IOException e) {
				// a working copy left behind is offered again and can be discarded then
				ILog.of(DraftAutosave.class).warn("Could not remove the working copy " + file, e); //$NON-NLS-1$
			}
			return Status.OK_STATUS;
		});
		job.setRule(RULE);
		job.setSystem(true);
		job.schedule();
	}
}

package yeardiff.cli;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * JGit's work at the end of the process, taken over from JGit so that a command does not pay for
 * it at its start. Outside OSGi, JGit registers a shutdown hook of its own the first time it
 * touches a file, and before that loads all its messages (some 1,200 strings, each set by
 * reflection: a tenth of {@code yeardiff list}) so that the hook could still log in a class loader
 * that is gone by then. In OSGi, Declarative Services create JGit's clean-up component instead
 * and run it when the bundle stops, with no messages loaded in advance. The plain-Java
 * {@code yeardiff} command takes the container's part: it creates that component the same way
 * and, from its own shutdown hook, runs what JGit registered to run then (removing the lock
 * files of a write that was interrupted, stopping its background writers), as JGit's hook does.
 * <p>
 * JGit has no API for this; its internal classes are reached by reflection, and with a JGit
 * whose internals differ nothing is taken over: JGit's own hook stays, and only the start is
 * slower.
 */
final class JGitShutdown {

	private static final String CLEANUP_SERVICE = "org.eclipse.jgit.internal.util.CleanupService"; //$NON-NLS-1$
	private static final String SHUTDOWN_HOOK = "org.eclipse.jgit.internal.util.ShutdownHook"; //$NON-NLS-1$

	private JGitShutdown() {
	}

	/** Takes JGit's end-of-process work over; called before anything uses JGit. */
	static void takeOver() {
		Class<?> hookType;
		Field listeners;
		Method onShutdown;
		Field registered;
		Object service;
		try {
			ClassLoader loader = JGitShutdown.class.getClassLoader();
			hookType = Class.forName(SHUTDOWN_HOOK, false, loader);
			listeners = hookType.getDeclaredField("listeners"); //$NON-NLS-1$
			onShutdown = Class.forName(SHUTDOWN_HOOK + "$Listener", false, loader).getMethod("onShutdown"); //$NON-NLS-1$ //$NON-NLS-2$
			Class<?> serviceType = Class.forName(CLEANUP_SERVICE, false, loader);
			registered = serviceType.getDeclaredField("cleanup"); //$NON-NLS-1$
			if (!hookType.isEnum() || !Set.class.isAssignableFrom(listeners.getType()) || registered.getType() != Runnable.class) {
				return;
			}
			listeners.setAccessible(true);
			registered.setAccessible(true);
			// As Declarative Services would: JGit's hook then registers its clean-up with this component.
			service = serviceType.getConstructor().newInstance();
		} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				// JGit registered nothing when the command never touched a repository.
				if (registered.get(service) != null) {
					runListeners(hookType.getEnumConstants()[0], listeners, onShutdown);
				}
			} catch (IllegalAccessException e) {
				// setAccessible succeeded above
			}
		}, "JGit shutdown")); //$NON-NLS-1$
	}

	/** What JGit's hook does: every registered listener, side by side, each failure its own. */
	private static void runListeners(Object hook, Field listeners, Method onShutdown) {
		Set<?> registered;
		try {
			registered = (Set<?>) listeners.get(hook);
		} catch (IllegalAccessException e) {
			return;
		}
		registered.parallelStream().forEach(listener -> {
			try {
				onShutdown.invoke(listener);
			} catch (ReflectiveOperationException | RuntimeException e) {
				// As in JGit's hook: one listener's failure is logged with its cause, and the others still run.
				Throwable cause = e instanceof InvocationTargetException invocation && invocation.getCause() != null ? invocation.getCause() : e;
				System.getLogger(JGitShutdown.class.getName()).log(System.Logger.Level.ERROR, "JGit's clean-up " + listener + " failed at exit", cause); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
	}
}

package yeardiff.ui;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The repository of reports the workbench shows, and the ones opened recently. One per workbench
 * (a workbench service, see {@code org.eclipse.ui.services} in plugin.xml); views ask their site
 * for it and listen for changes.
 */
public final class RepositorySelection {

	private static final String PREFERENCES = "yeardiff.ui"; //$NON-NLS-1$
	/** The preference that holds the shown repository (also edited on the preference page). */
	public static final String KEY_CURRENT = "repository"; //$NON-NLS-1$
	private static final String KEY_RECENT = "recentRepositories"; //$NON-NLS-1$
	private static final int MAX_RECENT = 8;

	private final List<Consumer<Path>> listeners = new CopyOnWriteArrayList<>();
	private Path current;

	public RepositorySelection() {
		String stored = preferences().get(KEY_CURRENT, null);
		current = stored == null ? defaultLocation() : Paths.get(stored);
	}

	/** Where a user's repository lives unless they chose another: {@code ~/.yeardiff/repository}. */
	public static Path defaultLocation() {
		return Paths.get(System.getProperty("user.home"), ".yeardiff", "repository"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public synchronized Path current() {
		return current;
	}

	/** Makes {@code directory} the shown repository, remembers it, and tells the listeners. */
	public void open(Path directory) {
		Path absolute = directory.toAbsolutePath().normalize();
		synchronized (this) {
			current = absolute;
		}
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY_CURRENT, absolute.toString());
		List<String> recent = new ArrayList<>(recent());
		recent.remove(absolute.toString());
		recent.add(0, absolute.toString());
		preferences.put(KEY_RECENT, String.join(java.io.File.pathSeparator, recent.subList(0, Math.min(MAX_RECENT, recent.size()))));
		flush(preferences);
		listeners.forEach(listener -> listener.accept(absolute));
	}

	/** The repositories opened lately, the latest first. */
	public List<String> recent() {
		String stored = preferences().get(KEY_RECENT, ""); //$NON-NLS-1$
		List<String> result = new ArrayList<>();
		for (String entry : stored.split(java.io.File.pathSeparator)) {
			if (!entry.isBlank()) {
				result.add(entry);
			}
		}
		return result;
	}

	public void addListener(Consumer<Path> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Path> listener) {
		listeners.remove(listener);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PREFERENCES);
	}

	private static void flush(IEclipsePreferences preferences) {
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// The choice still holds for this session; it is only not remembered for the next.
			org.eclipse.core.runtime.ILog.of(RepositorySelection.class).warn("Could not save the repository choice", e); //$NON-NLS-1$
		}
	}
}

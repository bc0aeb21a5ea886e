package yeardiff.cli.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plug-ins of an installation that one bundle needs at run time, found the way an OSGi
 * framework wires them: required bundles, the exporters of imported packages, fragments, and the
 * providers of services looked up through {@link java.util.ServiceLoader} (a capability the
 * framework satisfies with SPI-Fly). Put on one class path, in the order found, they let the
 * bundle run as a plain Java program with what it would see in the framework.
 *
 * <p>Optional requirements bring in nothing of their own: in the installation they wire EMF to
 * the Eclipse runtime and workspace, which a plain Java program does not start, and on one class
 * path every needed bundle already sees every other, so an optional import that the needed
 * bundles satisfy is satisfied. Each jar left off is one the Java runtime does not open at start
 * (a class-data-sharing archive makes it check every jar of the class path).</p>
 *
 * <p>Packages no plug-in exports come from the Java runtime, as the framework's system bundle
 * exports them; a mandatory import that neither provides is an error, so a product that lacks a
 * library fails its build instead of a user's command.</p>
 */
public final class BundleClosure {

	private final List<InstalledBundle> installed;
	private final Set<String> runtimePackages;

	private BundleClosure(List<InstalledBundle> installed) {
		this.installed = installed;
		this.runtimePackages = ModuleLayer.boot().modules().stream().flatMap(module -> module.getPackages().stream())
				.collect(Collectors.toSet());
	}

	/** The bundles in {@code plugins}, an installation's plug-ins folder. */
	public static BundleClosure of(Path plugins) throws IOException {
		List<InstalledBundle> installed = new ArrayList<>();
		try (Stream<Path> children = Files.list(plugins)) {
			for (Path child : children.sorted().toList()) {
				if (Files.isDirectory(child) || child.getFileName().toString().endsWith(".jar")) { //$NON-NLS-1$
					InstalledBundle bundle = InstalledBundle.read(child);
					if (bundle != null) {
						installed.add(bundle);
					}
				}
			}
		}
		return new BundleClosure(installed);
	}

	/**
	 * The class path entries of {@code root} and everything it needs, the root first and then in
	 * the order the wiring reaches them.
	 *
	 * @throws IOException when the root or a mandatory requirement is missing
	 */
	public List<Path> classPath(String root) throws IOException {
		Set<InstalledBundle> needed = new LinkedHashSet<>();
		Deque<InstalledBundle> queue = new ArrayDeque<>();
		queue.add(highest(root, null).orElseThrow(() -> new IOException("no bundle " + root + " in the installation"))); //$NON-NLS-1$ //$NON-NLS-2$
		while (!queue.isEmpty()) {
			InstalledBundle bundle = queue.removeFirst();
			if (!needed.add(bundle)) {
				continue;
			}
			for (ManifestClause required : bundle.requiredBundles()) {
				for (String name : required.names()) {
					var match = highest(name, required.attributes().get("bundle-version")); //$NON-NLS-1$
					if (required.optional()) {
						continue;
					}
					if (match.isPresent()) {
						queue.add(match.get());
					} else {
						throw new IOException(bundle.symbolicName() + " requires the bundle " + name + ", which the installation lacks"); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
			for (ManifestClause imported : bundle.imports()) {
				for (String name : imported.names()) {
					if (name.startsWith("java.") || imported.optional()) { //$NON-NLS-1$
						continue;
					}
					var exporter = exporter(name, imported.attributes().get("version"), needed); //$NON-NLS-1$
					if (exporter != null) {
						queue.add(exporter);
					} else if (!runtimePackages.contains(name)) {
						throw new IOException(bundle.symbolicName() + " imports the package " + name + ", which nothing in the installation exports"); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
			for (String service : bundle.usedServices()) {
				installed.stream().filter(provider -> provider.offeredServices().contains(service)).forEach(queue::add);
			}
			installed.stream().filter(fragment -> bundle.symbolicName().equals(fragment.host())).forEach(queue::add);
		}
		List<Path> entries = new ArrayList<>();
		for (InstalledBundle bundle : needed) {
			entries.addAll(bundle.classPathEntries());
		}
		return entries;
	}

	private java.util.Optional<InstalledBundle> highest(String symbolicName, String range) {
		return installed.stream().filter(bundle -> bundle.symbolicName().equals(symbolicName) && bundle.version().in(range))
				.max(Comparator.comparing(InstalledBundle::version));
	}

	/*
	 * A bundle already wired wins over another copy, as in the framework, which keeps the class
	 * space consistent; else the highest version in range.
	 */
	private InstalledBundle exporter(String packageName, String range, Set<InstalledBundle> wired) {
		InstalledBundle best = null;
		for (InstalledBundle bundle : installed) {
			BundleVersion version = bundle.exportVersion(packageName, range);
			if (version == null) {
				continue;
			}
			if (wired.contains(bundle)) {
				return bundle;
			}
			if (best == null || version.compareTo(best.exportVersion(packageName, range)) > 0) {
				best = bundle;
			}
		}
		return best;
	}
}

package yeardiff.cli.commands;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/**
 * The product version: the CLI bundle's version when running in OSGi, else the release version.
 */
public final class VersionProvider implements IVersionProvider {

	static final String RELEASE = "1.0.0"; //$NON-NLS-1$

	@Override
	public String[] getVersion() {
		return new String[] { "yeardiff " + version() }; //$NON-NLS-1$
	}

	static String version() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (NoClassDefFoundError notInOsgi) {
			// Plain Java (tests): no framework on the class path.
		}
		return RELEASE;
	}
}

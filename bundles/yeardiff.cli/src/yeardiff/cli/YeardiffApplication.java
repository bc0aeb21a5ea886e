package yeardiff.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code yeardiff} command as an Eclipse application ({@code yeardiff.cli.application}),
 * for an Eclipse that installs Yeardiff from the p2 repository ({@code eclipse -application
 * yeardiff.cli.application}). The product's own {@code yeardiff} command starts faster as plain Java
 * ({@link YeardiffMain}). Both only hand the arguments to {@link YeardiffCommandLine}.
 */
public final class YeardiffApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		int exitCode = YeardiffCommandLine.run(args == null ? new String[0] : args, System.out, System.err);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// Commands run to completion on the caller's thread; there is nothing to interrupt.
	}
}

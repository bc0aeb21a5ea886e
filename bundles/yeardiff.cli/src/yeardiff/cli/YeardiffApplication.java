package yeardiff.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless {@code yeardiff} command as an Eclipse application ({@code yeardiff.cli.application}),
 * started by {@code releng/bin/yeardiff} from the built product. It only hands the arguments to
 * {@link YeardiffCommandLine}, which tests run without OSGi.
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

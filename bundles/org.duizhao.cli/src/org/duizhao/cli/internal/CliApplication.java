package org.duizhao.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application: runs one command and returns its exit code. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Cli cli = Cli.standard();
		int code;
		try {
			code = cli.run(args == null ? new String[0] : args);
		} finally {
			// the streams are buffered: what a command wrote goes out here, once
			cli.flush();
		}
		// the launcher turns an Integer result into the process exit code
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}

package org.duizhao.cli.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Dispatches {@code duizhao COMMAND ...} to a command. Exit codes: 0 success, 1 failure, 2 wrong
 * usage; on failure one line on stderr says why.
 */
public final class Cli {

	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final Io io;

	Cli(Io io, List<Command> all) {
		this.io = io;
		for (Command c : all) {
			commands.put(c.name(), c);
		}
	}

	/** @return the CLI with every command, writing to the process's stdout and stderr */
	public static Cli standard() {
		return new Cli(Io.standard(), Commands.all());
	}

	/**
	 * @param args the command line after {@code duizhao}
	 * @return the exit code
	 */
	public int run(String... args) {
		if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			help();
			return 0;
		}
		if ("--version".equals(args[0])) { //$NON-NLS-1$
			io.out().println("duizhao " + Commands.version()); //$NON-NLS-1$
			return 0;
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			io.err().println("duizhao: unknown command '" + args[0] + "' (duizhao --help lists them)"); //$NON-NLS-1$ //$NON-NLS-2$
			return 2;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help")) { //$NON-NLS-1$
			io.out().println("usage: duizhao " + command.usage()); //$NON-NLS-1$
			io.out().println(command.description());
			return 0;
		}
		try {
			return command.run(rest, io);
		} catch (UsageException e) {
			io.err().println("duizhao " + command.name() + ": " + e.getMessage() + " (usage: duizhao " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ command.usage() + ")"); //$NON-NLS-1$
			return 2;
		} catch (OperationCanceledException e) {
			io.err().println("duizhao " + command.name() + ": cancelled"); //$NON-NLS-1$ //$NON-NLS-2$
			return 1;
		} catch (Exception e) {
			String reason = e.getMessage() == null ? e.toString() : e.getMessage();
			io.err().println("duizhao " + command.name() + ": " + reason.replace('\n', ' ')); //$NON-NLS-1$ //$NON-NLS-2$
			return 1;
		}
	}

	private void help() {
		io.out().println("Duizhao (对照) " + Commands.version() + " — compare and annotate Chinese policy documents"); //$NON-NLS-1$ //$NON-NLS-2$
		io.out().println();
		io.out().println("usage: duizhao                 open the workbench"); //$NON-NLS-1$
		io.out().println("       duizhao COMMAND [ARGS]  run a command without a window"); //$NON-NLS-1$
		io.out().println();
		io.out().println("commands:"); //$NON-NLS-1$
		for (Command c : commands.values()) {
			io.out().printf("  %-60s %s%n", c.usage(), c.description()); //$NON-NLS-1$
		}
		io.out().println();
		io.out().println("duizhao COMMAND --help tells more; exit codes: 0 success, 1 failure, 2 wrong usage."); //$NON-NLS-1$
	}
}

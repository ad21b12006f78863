package org.duizhao.cli.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

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

	/**
	 * @return the CLI with every command, writing to the process's stdout and stderr through
	 *         buffers: call {@link #flush()} when done
	 */
	public static Cli standard() {
		return new Cli(Io.standard(), Commands.all());
	}

	/** Writes out what the commands left in the output buffers. */
	public void flush() {
		io.flush();
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
			io.err().println(NLS.bind(Messages.Cli_unknownCommand, args[0]));
			return 2;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (rest.contains("--help")) { //$NON-NLS-1$
			io.out().println(NLS.bind(Messages.Help_commandUsage, command.usage()));
			io.out().println(command.description());
			return 0;
		}
		try {
			return command.run(rest, io);
		} catch (UsageException e) {
			io.err().println(NLS.bind(Messages.Cli_usageError,
					new Object[] { command.name(), e.getMessage(), command.usage() }));
			return 2;
		} catch (OperationCanceledException e) {
			io.err().println(NLS.bind(Messages.Cli_cancelled, command.name()));
			return 1;
		} catch (Exception e) {
			String reason = e.getMessage() == null ? e.toString() : e.getMessage();
			io.err().println(NLS.bind(Messages.Cli_failed, command.name(), oneLine(reason)));
			return 1;
		} catch (OutOfMemoryError e) {
			// used to exit 0 with nothing printed: the trace went only to the OSGi log
			io.err().println(NLS.bind(Messages.Cli_failed, command.name(), Messages.Error_outOfMemory));
			return 1;
		} catch (Error e) {
			io.err().println(NLS.bind(Messages.Cli_failed, command.name(),
					NLS.bind(Messages.Error_internal, oneLine(e.toString()))));
			return 1;
		}
	}

	private static String oneLine(String s) {
		return s.replace('\r', ' ').replace('\n', ' ');
	}

	/**
	 * Writes the overview. Columns are padded by terminal width (a Chinese character takes two
	 * columns); each command's description goes on its own line under the usage, which is long.
	 */
	private void help() {
		io.out().println(NLS.bind(Messages.Help_title, Commands.version()));
		io.out().println();
		String label = Messages.Help_usageLabel;
		String command = "duizhao " + Messages.Help_commandSyntax; //$NON-NLS-1$
		int labelWidth = TextWidth.of(label) + 1;
		int syntaxWidth = TextWidth.of(command) + 2;
		io.out().println(TextWidth.pad(label, labelWidth) + TextWidth.pad("duizhao", syntaxWidth) //$NON-NLS-1$
				+ Messages.Help_openWorkbench);
		io.out().println(TextWidth.pad("", labelWidth) + TextWidth.pad(command, syntaxWidth) //$NON-NLS-1$
				+ Messages.Help_runCommand);
		io.out().println();
		io.out().println(Messages.Help_commands);
		for (Command c : commands.values()) {
			io.out().println("  " + c.usage()); //$NON-NLS-1$
			io.out().println("      " + c.description()); //$NON-NLS-1$
		}
		io.out().println();
		io.out().println(Messages.Help_footer);
	}
}

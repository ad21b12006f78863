package org.duizhao.cli.internal;

/** One CLI command, e.g. {@code import} or {@code info}. */
interface Command {

	/** @return the command's name as typed */
	String name();

	/** @return a one-line usage, e.g. {@code info <file>} */
	String usage();

	/** @return a one-line description */
	String description();

	/**
	 * Runs the command.
	 *
	 * @param args the arguments after the command name (parse them with {@link Args#parse})
	 * @param io where to write
	 * @return the exit code: 0 for success
	 * @throws UsageException when the arguments are wrong
	 * @throws Exception when the command fails; its message is the one-line reason shown
	 */
	int run(java.util.List<String> args, Io io) throws Exception;
}

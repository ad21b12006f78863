package org.duizhao.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.osgi.util.NLS;

/**
 * A command's arguments: {@code --name value} options (or {@code --name=value}), one-letter
 * options ({@code -o value}, looked up as {@code o}), flags, and the positional rest. Unknown options are an error, so a typo never passes silently.
 */
final class Args {

	private final Map<String, String> options = new HashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Args() {
	}

	/**
	 * @param raw the arguments
	 * @param valued options that take a value
	 * @param flags options that take none
	 */
	static Args parse(List<String> raw, Set<String> valued, Set<String> flags) throws UsageException {
		Args args = new Args();
		for (int i = 0; i < raw.size(); i++) {
			String a = raw.get(i);
			if (isShort(a)) {
				a = "-" + a; // -o FILE is --o FILE //$NON-NLS-1$
			} else if (!a.startsWith("--") || a.equals("--")) { //$NON-NLS-1$ //$NON-NLS-2$
				args.positional.add(a);
				continue;
			}
			String name = a.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (flags.contains(name) && value == null) {
				args.options.put(name, "true"); //$NON-NLS-1$
			} else if (valued.contains(name)) {
				if (value == null) {
					if (i + 1 >= raw.size()) {
						throw new UsageException(NLS.bind(Messages.Args_needsValue, name));
					}
					value = raw.get(++i);
				}
				args.options.put(name, value);
			} else {
				throw new UsageException(NLS.bind(Messages.Args_unknownOption, name));
			}
		}
		return args;
	}

	/** @return whether {@code a} is a one-letter option such as {@code -o} */
	private static boolean isShort(String a) {
		return a.length() == 2 && a.charAt(0) == '-' && Character.isLetter(a.charAt(1));
	}

	/**
	 * @return {@code name} if the JVM knows the charset
	 * @throws UsageException if it does not: a wrong encoding is a wrong argument, not a skipped file
	 */
	static String charset(String name) throws UsageException {
		try {
			if (java.nio.charset.Charset.isSupported(name)) {
				return name;
			}
		} catch (IllegalArgumentException illegalName) {
			// fall through to the message
		}
		throw new UsageException(NLS.bind(Messages.Error_badEncoding, name));
	}

	String option(String name) {
		return options.get(name);
	}

	String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}

	List<String> positional() {
		return positional;
	}
}

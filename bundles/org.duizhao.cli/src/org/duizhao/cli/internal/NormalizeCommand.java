package org.duizhao.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.duizhao.text.core.normalize.NormalizationResult;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao normalize FILE}: the researcher's clean copy of a file, decoded as import decodes
 * it and normalized as comparison does. Text output is the normalized text; JSON adds every fold,
 * in code points of the original text.
 */
final class NormalizeCommand implements Command {

	/**
	 * What a clean copy folds when {@code --ignore} is not given: glosses and look-alikes, nothing a
	 * reader would miss (width folding would also turn the full-width comma into an ASCII one).
	 */
	static final Set<NormalizeOption> DEFAULT_IGNORE = EnumSet.of(NormalizeOption.PINYIN, NormalizeOption.VARIANTS);

	@Override
	public String name() {
		return "normalize"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Normalize_usage;
	}

	@Override
	public String description() {
		return Messages.Normalize_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("ignore", "format"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		if (args.positional().size() != 1) {
			throw new UsageException(Messages.Normalize_oneFile);
		}
		Set<NormalizeOption> ignore = ignore(args.option("ignore")); //$NON-NLS-1$
		String format = args.option("format", "text").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(Messages.Normalize_badFormat, format));
		}
		String original = CompareTexts.decode(Path.of(args.positional().get(0)));
		NormalizationResult result = Normalizer.standard().normalizeWithFolds(original, ignore, new ConsoleMonitor(io));
		write(io.out(), format, original, result);
		return 0;
	}

	private static Set<NormalizeOption> ignore(String value) throws UsageException {
		if (value == null) {
			return DEFAULT_IGNORE;
		}
		return "none".equalsIgnoreCase(value.trim()) ? EnumSet.noneOf(NormalizeOption.class) //$NON-NLS-1$
				: CompareCommand.ignore(value);
	}

	private static void write(PrintStream out, String format, String original, NormalizationResult result)
			throws IOException {
		if (format.equals("json")) { //$NON-NLS-1$
			FoldsJson.write(original, result, out);
			out.println();
		} else {
			out.print(result.text().text());
			if (!result.text().text().endsWith("\n")) { //$NON-NLS-1$
				out.println();
			}
		}
		out.flush();
	}
}

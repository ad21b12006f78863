package org.duizhao.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.core.extract.Extraction;
import org.duizhao.corpus.core.extract.Extractor;
import org.duizhao.corpus.core.extract.Extractors;
import org.duizhao.corpus.core.extract.SkipException;
import org.duizhao.corpus.core.guess.MetadataGuesser;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.script.ScriptDetector;

import com.google.gson.GsonBuilder;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao info <file>}: how a file would be imported, as JSON: encoding and confidence,
 * script, characters (code points), paragraphs, and the guessed metadata.
 */
final class InfoCommand implements Command {

	@Override
	public String name() {
		return "info"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Info_usage;
	}

	@Override
	public String description() {
		return Messages.Info_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("encoding"), Set.of()); //$NON-NLS-1$
		if (args.positional().size() != 1) {
			throw new UsageException(Messages.Info_oneFile);
		}
		String encoding = args.option("encoding") == null ? null : Args.charset(args.option("encoding")); //$NON-NLS-1$
		Path file = Path.of(args.positional().get(0));
		CompareTexts.requireRegularFile(file);
		String fileName = file.getFileName().toString();
		Extractor extractor = Extractors.defaults().forFileName(fileName);
		if (extractor == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_unsupportedType, fileName));
		}
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length == 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.Info_emptyFile, file));
		}
		Extraction x;
		try {
			x = extractor.extract(bytes, encoding);
		} catch (SkipException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		io.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json(file, x)));
		return 0;
	}

	private static Map<String, Object> json(Path file, Extraction x) {
		Metadata m = MetadataGuesser.guess(x.text(), x.title(), file.getFileName().toString(), file.toString());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("file", file.toString()); //$NON-NLS-1$
		out.put("encoding", x.encoding()); //$NON-NLS-1$
		out.put("confidence", x.confidence()); //$NON-NLS-1$
		out.put("bom", x.bomLength() > 0); //$NON-NLS-1$
		out.put("malformed", x.malformed()); //$NON-NLS-1$
		out.put("script", ScriptDetector.detect(x.text()).name().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
		out.put("characters", CodePoints.length(x.text())); //$NON-NLS-1$
		out.put("paragraphs", x.structure().paragraphs().size()); //$NON-NLS-1$
		out.put("title", m.title()); //$NON-NLS-1$
		out.put("date", m.date()); //$NON-NLS-1$
		out.put("region", m.region()); //$NON-NLS-1$
		out.put("issuer", m.issuer()); //$NON-NLS-1$
		return out;
	}
}

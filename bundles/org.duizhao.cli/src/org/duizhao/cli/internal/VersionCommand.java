package org.duizhao.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.anchor.DocumentVersioning;
import org.duizhao.annotations.core.anchor.ReanchorCounts;
import org.duizhao.annotations.core.anchor.VersionChange;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;

/**
 * {@code duizhao version --project P DOC FILE}: FILE becomes the new text version of document DOC
 * (named by id, title or source file name, as {@code compare --project} names them), and the
 * document's annotations are re-anchored onto it. Prints JSON: the document, the new version
 * number and the counts {@code exact}, {@code quote}, {@code fuzzy}, {@code unanchored}.
 */
final class VersionCommand implements Command {

	@Override
	public String name() {
		return "version"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Version_usage;
	}

	@Override
	public String description() {
		return Messages.Version_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project"), Set.of()); //$NON-NLS-1$
		if (args.positional().size() != 2) {
			throw new UsageException(Messages.Version_twoArguments);
		}
		Project project = ProjectArgs.open(args);
		Document document = CompareTexts.find(project.documents(), args.positional().get(0));
		Path file = Path.of(args.positional().get(1));
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Error_noSuchFile, file));
		}
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			VersionChange change = new DocumentVersioning(project, store).addVersion(document.id(), file,
					new ConsoleMonitor(io));
			io.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(change)));
		}
		return 0;
	}

	private static Map<String, Object> json(VersionChange change) {
		ReanchorCounts c = change.counts();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("document", change.document().id()); //$NON-NLS-1$
		out.put("version", change.document().current().number()); //$NON-NLS-1$
		out.put("exact", c.exact()); //$NON-NLS-1$
		out.put("quote", c.quote()); //$NON-NLS-1$
		out.put("fuzzy", c.fuzzy()); //$NON-NLS-1$
		out.put("unanchored", c.unanchored()); //$NON-NLS-1$
		return out;
	}
}

package org.duizhao.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.CodePoints;
import org.eclipse.osgi.util.NLS;

/**
 * {@code duizhao annotate --project P DOC START END --code CODE[,CODE…] [--coder NAME] [--memo TEXT]}:
 * codes a passage of a document's current version (code point offsets, end exclusive) and prints
 * the new annotation's id. A code named by a path that does not exist yet is made, and said so.
 */
final class AnnotateCommand implements Command {

	@Override
	public String name() {
		return "annotate"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Annotate_usage;
	}

	@Override
	public String description() {
		return Messages.Annotate_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "code", "coder", "memo"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (args.positional().size() != 3) {
			throw new UsageException(Messages.Annotate_threeArguments);
		}
		String codes = args.option("code"); //$NON-NLS-1$
		if (codes == null || codes.isBlank()) {
			throw new UsageException(Messages.Annotate_codeRequired);
		}
		int start = offset(args.positional().get(1));
		int end = offset(args.positional().get(2));
		Project project = ProjectArgs.open(args);
		Document doc = CompareTexts.find(project.documents(), args.positional().get(0));
		String text = project.readText(doc, doc.current());
		int length = CodePoints.length(text);
		if (end < start || end > length) {
			throw new IllegalArgumentException(NLS.bind(Messages.Annotate_badRange,
					new Object[] { start, end, doc.displayName(), length }));
		}
		String coder = args.option("coder", AnnotationStores.defaultCoder()); //$NON-NLS-1$
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			Annotation made = store.inTransaction(s -> {
				List<String> ids = codeIds(s, codes, io);
				return s.addAnnotation(new NewAnnotation(doc.id(), doc.current().number(), start, end,
						TextQuote.of(text, start, end), ids, args.option("memo"), coder)); //$NON-NLS-1$
			});
			io.out().println(made.id());
		}
		return 0;
	}

	private static int offset(String value) throws UsageException {
		try {
			int n = Integer.parseInt(value.trim());
			if (n >= 0) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Annotate_badOffset, value));
	}

	/** @return the ids of the named codes, making those that do not exist yet (by path) */
	private static List<String> codeIds(AnnotationStore store, String names, Io io) throws Exception {
		List<String> ids = new ArrayList<>();
		for (String name : names.split(",")) { //$NON-NLS-1$
			String path = name.trim();
			if (!path.isEmpty()) {
				ids.add(codeId(store, path, io));
			}
		}
		return ids;
	}

	private static String codeId(AnnotationStore store, String path, Io io) throws Exception {
		Code found = new CodeTree(store.codes()).find(path).orElse(null);
		if (found != null) {
			return found.id();
		}
		String parent = null;
		StringBuilder sofar = new StringBuilder();
		for (String part : path.split("/")) { //$NON-NLS-1$
			sofar.append(sofar.length() == 0 ? "" : "/").append(part); //$NON-NLS-1$ //$NON-NLS-2$
			String parentId = parent;
			Code child = new CodeTree(store.codes()).children(parentId).stream().filter(c -> c.name().equals(part))
					.findFirst().orElse(null);
			if (child == null) {
				child = store.createCode(parentId, part, null, null, null);
				io.err().println(NLS.bind(Messages.Annotate_codeCreated, sofar));
			}
			parent = child.id();
		}
		return parent;
	}
}

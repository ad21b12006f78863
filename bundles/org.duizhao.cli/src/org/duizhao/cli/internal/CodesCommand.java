package org.duizhao.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;

/**
 * {@code duizhao codes --project P [--format text|json]}: the code tree with, for each code, how
 * many annotations carry it and how many carry it or one of its sub-codes.
 */
final class CodesCommand implements Command {

	@Override
	public String name() {
		return "codes"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Codes_usage;
	}

	@Override
	public String description() {
		return Messages.Codes_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "format"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		String format = args.option("format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("text") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException(NLS.bind(Messages.Codes_badFormat, format));
		}
		if (!args.positional().isEmpty()) {
			throw new UsageException(Messages.Codes_noArguments);
		}
		Project project = ProjectArgs.open(args);
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			CodeTree tree = new CodeTree(store.codes());
			Map<String, Integer> own = store.codeCounts();
			if (format.equals("json")) { //$NON-NLS-1$
				List<Object> roots = new ArrayList<>();
				for (Code c : tree.roots()) {
					roots.add(json(tree, c, own));
				}
				io.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
						.toJson(Map.of("codes", roots))); //$NON-NLS-1$
			} else {
				printTree(tree, null, own, "", io); //$NON-NLS-1$
			}
		}
		return 0;
	}

	private static int total(CodeTree tree, Code code, Map<String, Integer> own) {
		int n = own.getOrDefault(code.id(), 0);
		for (Code child : tree.children(code.id())) {
			n += total(tree, child, own);
		}
		return n;
	}

	private static Map<String, Object> json(CodeTree tree, Code code, Map<String, Integer> own) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", code.id()); //$NON-NLS-1$
		out.put("name", code.name()); //$NON-NLS-1$
		out.put("path", tree.path(code.id())); //$NON-NLS-1$
		out.put("color", code.color()); //$NON-NLS-1$
		out.put("count", own.getOrDefault(code.id(), 0)); //$NON-NLS-1$
		out.put("total", total(tree, code, own)); //$NON-NLS-1$
		List<Object> children = new ArrayList<>();
		for (Code child : tree.children(code.id())) {
			children.add(json(tree, child, own));
		}
		out.put("children", children); //$NON-NLS-1$
		return out;
	}

	private static void printTree(CodeTree tree, String parentId, Map<String, Integer> own, String indent, Io io)
			throws IOException {
		for (Code c : tree.children(parentId)) {
			io.out().println(NLS.bind(Messages.Codes_line,
					new Object[] { indent, c.name(), own.getOrDefault(c.id(), 0), total(tree, c, own) }));
			printTree(tree, c.id(), own, indent + "  ", io); //$NON-NLS-1$
		}
	}
}

package org.duizhao.cli.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.analysis.AgreementRow;
import org.duizhao.annotations.core.analysis.AgreementTable;
import org.duizhao.annotations.core.analysis.IntercoderAgreement;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;

/**
 * {@code duizhao agreement --project P --coders A,B[,C…] [--code C] [--document D]
 * [--format json|csv|text]}: inter-coder agreement per code at character level (see
 * {@link IntercoderAgreement}), over every document or one, for every code (in tree order) or one.
 * JSON: {@code {"coders": [...], "rows": [{"code", "units", "agreement", "kappa", "alpha"}]}}, with
 * {@code null} where a value is undefined.
 */
final class AgreementCommand implements Command {

	@Override
	public String name() {
		return "agreement"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return Messages.Agreement_usage;
	}

	@Override
	public String description() {
		return Messages.Agreement_description;
	}

	@Override
	public int run(List<String> raw, Io io) throws Exception {
		Args args = Args.parse(raw, Set.of("project", "coders", "code", "document", "format"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (!args.positional().isEmpty()) {
			throw new UsageException(Messages.Agreement_noArguments);
		}
		List<String> coders = coders(args.option("coders")); //$NON-NLS-1$
		String format = format(args.option("format", "json")); //$NON-NLS-1$ //$NON-NLS-2$
		Project project = ProjectArgs.open(args);
		List<Document> documents = args.option("document") == null ? project.documents() //$NON-NLS-1$
				: List.of(CompareTexts.find(project.documents(), args.option("document"))); //$NON-NLS-1$
		AgreementTable table;
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			CodeTree tree = new CodeTree(store.codes());
			List<Code> codes = codes(tree, args.option("code")); //$NON-NLS-1$
			Set<String> ids = new LinkedHashSet<>();
			documents.forEach(d -> ids.add(d.id()));
			AnnotationQuery query = new AnnotationQuery(ids, null, Set.copyOf(coders), null, Boolean.TRUE);
			table = IntercoderAgreement.compute(store.annotations(query), coders, codes, tree, documents,
					new ConsoleMonitor(io));
		}
		write(table, format, io);
		return 0;
	}

	static List<String> coders(String value) throws UsageException {
		List<String> out = new ArrayList<>();
		for (String name : value == null ? new String[0] : value.split(",")) { //$NON-NLS-1$
			if (!name.isBlank() && !out.contains(name.trim())) {
				out.add(name.trim());
			}
		}
		if (out.size() < 2) {
			throw new UsageException(Messages.Agreement_coders);
		}
		return out;
	}

	private static String format(String value) throws UsageException {
		String f = value.toLowerCase(Locale.ROOT);
		if (!List.of("json", "csv", "text").contains(f)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new UsageException(NLS.bind(Messages.Agreement_badFormat, value));
		}
		return f;
	}

	/** @return the code named {@code name} (name or path), or every code in tree order */
	private static List<Code> codes(CodeTree tree, String name) {
		if (name != null) {
			return List.of(tree.find(name)
					.orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Agreement_noCode, name))));
		}
		List<Code> out = new ArrayList<>();
		addInOrder(tree, null, out);
		return out;
	}

	private static void addInOrder(CodeTree tree, String parentId, List<Code> out) {
		for (Code c : tree.children(parentId)) {
			out.add(c);
			addInOrder(tree, c.id(), out);
		}
	}

	private static void write(AgreementTable table, String format, Io io) throws java.io.IOException {
		switch (format) {
		case "csv" -> { //$NON-NLS-1$
			Writer w = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
			table.writeCsv(w);
			w.flush();
		}
		case "text" -> AgreementText.write(table, io.out()); //$NON-NLS-1$
		default -> io.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
				.create().toJson(json(table)));
		}
		io.out().flush();
	}

	private static Map<String, Object> json(AgreementTable table) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AgreementRow r : table.rows()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("code", r.code()); //$NON-NLS-1$
			row.put("units", r.units()); //$NON-NLS-1$
			row.put("agreement", r.agreement()); //$NON-NLS-1$
			row.put("kappa", r.kappa()); //$NON-NLS-1$
			row.put("alpha", r.alpha()); //$NON-NLS-1$
			rows.add(row);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("coders", table.coders()); //$NON-NLS-1$
		out.put("rows", rows); //$NON-NLS-1$
		return out;
	}
}

package org.duizhao.annotations.core.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.duizhao.annotations.core.Anchoring;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.Memo;
import org.duizhao.annotations.core.NewAnnotation;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.duizhao.text.core.CodePoints;

/**
 * A small coded project for exchange tests: two documents with characters outside the BMP before
 * the coded passages, a code tree with colours, annotations by two coders with memos, one
 * unanchored annotation, a project memo and a document memo, on the embedded SQLite store. The
 * texts are written for the tests.
 */
final class ExchangeFixture {

	static final String TEXT_A = "第一条 𠮷语言政策。推进产业扶贫，发展特色产业。\n第二条 加强教育扶贫，阻断贫困代际传递。\n"; //$NON-NLS-1$
	static final String TEXT_B = "𠮷𠮷 关于产业扶贫的通知：各县要推进产业扶贫，\"确保\"到村到户。\n"; //$NON-NLS-1$

	final Path root;
	final Project project;
	final AnnotationStore store;
	Document a;
	Document b;

	private ExchangeFixture(Path root, Project project, AnnotationStore store) {
		this.root = root;
		this.project = project;
		this.store = store;
	}

	private static final List<AnnotationStore> OPEN = new ArrayList<>();

	/** @return an empty project with its (empty, SQLite) annotation store in {@code root/name} */
	static ExchangeFixture empty(Path root, String name) throws IOException {
		Path dir = root.resolve(name);
		Project project = Project.create(dir, name);
		AnnotationStore store = AnnotationStores.open(dir);
		OPEN.add(store);
		return new ExchangeFixture(root, project, store);
	}

	/** Closes every store the fixtures opened (call after each test). */
	static void closeAll() throws IOException {
		for (AnnotationStore s : OPEN) {
			s.close();
		}
		OPEN.clear();
	}

	/** @return a project with the two documents but no annotations */
	static ExchangeFixture documents(Path root, String name) throws IOException {
		ExchangeFixture f = empty(root, name);
		Path files = Files.createDirectories(root.resolve(name + "-files")); //$NON-NLS-1$
		Files.writeString(files.resolve("a-policy.txt"), TEXT_A, StandardCharsets.UTF_8); //$NON-NLS-1$
		Files.writeString(files.resolve("b-notice.txt"), TEXT_B, StandardCharsets.UTF_8); //$NON-NLS-1$
		new Importer(f.project, ImportOptions.defaults()).importFiles(List.of(files), null);
		f.a = f.bySource("a-policy.txt"); //$NON-NLS-1$
		f.b = f.bySource("b-notice.txt"); //$NON-NLS-1$
		return f;
	}

	/** @return the documents, coded */
	static ExchangeFixture coded(Path root, String name) throws IOException {
		ExchangeFixture f = documents(root, name);
		AnnotationStore s = f.store;
		Code poverty = s.createCode(null, "扶贫", "#cc0000", "Poverty alleviation", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Code industry = s.createCode(poverty.id(), "产业扶贫", "#00aa00", null, null); //$NON-NLS-1$ //$NON-NLS-2$
		Code education = s.createCode(null, "教育", "#0000ee", "Schools, teachers", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.annotate(f.a, "推进产业扶贫", List.of(industry.id()), "关键句, with \"quotes\"\nand a line", "张三"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.annotate(f.a, "加强教育扶贫", List.of(education.id(), poverty.id()), "", "李四"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.annotate(f.b, "各县要推进产业扶贫", List.of(industry.id()), "", "张三"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		f.annotate(f.b, "𠮷𠮷", List.of(education.id()), "two 𠮷", "李四"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Annotation lost = s.addAnnotation(new NewAnnotation(f.b.id(), 1, 0, 3, new TextQuote("已删除的句子", "前", "后"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				List.of(poverty.id()), "lost", "李四")); //$NON-NLS-1$ //$NON-NLS-2$
		s.updateAnnotation(lost.withPosition(1, 0, 3, lost.quote(), Anchoring.UNANCHORED));
		s.createMemo(null, "总体", "项目备忘：比较各省的扶贫表述。", "张三"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		s.createMemo(f.a.id(), "甲文", "这份文件先讲产业。", "李四"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return f;
	}

	Annotation annotate(Document d, String passage, List<String> codeIds, String memo, String coder)
			throws IOException {
		String text = project.readText(d, d.current());
		return annotate(d, CodePoints.toCodePoint(text, text.indexOf(passage)), passage, codeIds, memo, coder);
	}

	/** Annotates {@code passage}, which starts at code point {@code start} of the current text. */
	Annotation annotate(Document d, int start, String passage, List<String> codeIds, String memo, String coder)
			throws IOException {
		String text = project.readText(d, d.current());
		int end = start + CodePoints.length(passage);
		return store.addAnnotation(new NewAnnotation(d.id(), d.current().number(), start, end,
				TextQuote.of(text, start, end), codeIds, memo, coder));
	}

	Document bySource(String name) {
		return project.documents().stream().filter(d -> d.current().sourceName().equals(name)).findFirst()
				.orElseThrow();
	}

	/**
	 * @return each anchored annotation as one comparable line: source file, start, end, exact text,
	 *         sorted code paths, memo, coder
	 */
	List<String> signatures() throws IOException {
		CodeTree tree = new CodeTree(store.codes());
		List<String> out = new ArrayList<>();
		for (Annotation x : store.annotations(AnnotationQuery.all())) {
			if (!x.anchoring().isAnchored()) {
				continue;
			}
			Document d = project.document(x.documentId()).orElseThrow();
			String text = project.readText(d, d.current());
			String slice = text.substring(CodePoints.toUtf16(text, x.start()), CodePoints.toUtf16(text, x.end()));
			TreeSet<String> paths = new TreeSet<>();
			x.codeIds().forEach(id -> paths.add(tree.path(id)));
			out.add(String.join("|", d.current().sourceName(), Integer.toString(x.start()), Integer.toString(x.end()), //$NON-NLS-1$
					slice, x.quote().exact(), paths.toString(), x.memo(), x.coder()));
		}
		out.sort(null);
		return out;
	}

	/** @return each code as path, colour and description, sorted */
	List<String> codeLines() throws IOException {
		CodeTree tree = new CodeTree(store.codes());
		List<String> out = new ArrayList<>();
		for (Code c : store.codes()) {
			out.add(tree.path(c.id()) + "|" + c.color().toLowerCase(java.util.Locale.ROOT) + "|" + c.description()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.sort(null);
		return out;
	}

	/** @return each memo as document source name (or "-"), title, text, author, sorted */
	List<String> memoLines() throws IOException {
		List<String> out = new ArrayList<>();
		try {
			for (Memo m : store.allMemos()) {
				String doc = m.documentId() == null ? "-" //$NON-NLS-1$
						: project.document(m.documentId()).orElseThrow().current().sourceName();
				out.add(String.join("|", doc, m.title(), m.text(), m.author())); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		out.sort(null);
		return out;
	}

	AnnotationExchange exchange() {
		return new AnnotationExchange(project, store, "导入者"); //$NON-NLS-1$
	}
}

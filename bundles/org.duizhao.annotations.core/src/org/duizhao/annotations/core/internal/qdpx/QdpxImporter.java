package org.duizhao.annotations.core.internal.qdpx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.exchange.ExchangeException;
import org.duizhao.annotations.core.exchange.ImportResult;
import org.duizhao.annotations.core.internal.exchange.ImportPlan;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.annotations.core.internal.exchange.Placement;
import org.duizhao.annotations.core.internal.exchange.PlanWriter;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSelection;
import org.duizhao.annotations.core.internal.qdpx.QdeModel.QdeSource;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.ImportOptions;
import org.duizhao.corpus.core.ImportReport;
import org.duizhao.corpus.core.Importer;
import org.duizhao.corpus.core.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Imports a REFI-QDA project exchange file. Everything is read and checked first (the zip within
 * its limits, the XML, every selection placed on its source's text); then the text sources become
 * documents through the corpus importer (UTF-8, a source whose text the project already has maps
 * to that document); then codes, annotations and memos are written in one store transaction. If
 * that transaction fails or is cancelled, the documents this import added are removed again, so
 * the project is as it was.
 */
public final class QdpxImporter {

	private final Project project;
	private final AnnotationStore store;
	private final String defaultCoder;
	private final ZipLimits limits;

	/** A source with its selections placed on its own text (index-aligned; {@code null}: not placed). */
	private record Prepared(QdeSource source, List<Placement.Result> places) {
	}

	/** @param defaultCoder the coder of selections whose user is unknown */
	public QdpxImporter(Project project, AnnotationStore store, String defaultCoder, ZipLimits limits) {
		this.project = project;
		this.store = store;
		this.defaultCoder = defaultCoder;
		this.limits = limits;
	}

	/** Imports {@code file}; see the class comment. */
	public ImportResult importFile(Path file, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskImport, 100);
		Map<String, byte[]> entries = SafeZip.read(file, limits,
				n -> n.equals(Qde.PROJECT_ENTRY) || n.startsWith(Qde.SOURCES));
		byte[] qde = entries.get(Qde.PROJECT_ENTRY);
		if (qde == null) {
			throw new ExchangeException(NLS.bind(Messages.qdpxNoProject, file.getFileName()));
		}
		QdeModel model = QdeParser.parse(qde, entries);
		List<String> problems = new ArrayList<>(model.problems);
		List<Prepared> prepared = prepare(model, problems);
		progress.worked(10);
		check(progress);
		DocumentImport docs = new DocumentImport(project);
		try {
			docs.run(prepared.stream().map(Prepared::source).toList(), problems, progress.split(40));
			ImportPlan plan = new QdePlanner(model, defaultCoder).plan(prepared(prepared), docs, project);
			check(progress);
			PlanWriter.Written w = PlanWriter.write(store, plan, progress.split(50));
			problems.addAll(plan.problems());
			return new ImportResult(docs.added().size(), w.codes(), w.annotations(), w.memos(), plan.relocated(),
					problems);
		} catch (IOException | RuntimeException | Error e) {
			undo(docs, e);
			throw e;
		}
	}

	private static Map<QdeSource, List<Placement.Result>> prepared(List<Prepared> list) {
		Map<QdeSource, List<Placement.Result>> out = new LinkedHashMap<>();
		list.forEach(p -> out.put(p.source(), p.places()));
		return out;
	}

	private void undo(DocumentImport docs, Throwable failure) {
		try {
			project.deleteDocuments(docs.added());
		} catch (IOException | RuntimeException e) {
			failure.addSuppressed(e);
		}
	}

	private static void check(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Places every selection on its own source's text; selections that cannot be placed are reported. */
	private static List<Prepared> prepare(QdeModel model, List<String> problems) {
		List<Prepared> out = new ArrayList<>();
		for (QdeSource s : model.sources) {
			if (s.text() == null) {
				problems.add(NLS.bind(Messages.qdpxSourceLeftOut, s.name(), s.missing()));
				continue;
			}
			Placement text = new Placement(s.text());
			List<Placement.Result> places = new ArrayList<>();
			for (QdeSelection sel : s.selections()) {
				Placement.Result r = SourcePlacer.place(text, sel);
				if (!r.placed()) {
					problems.add(NLS.bind(Messages.placementFailed, s.name() + " / " + sel.guid(), //$NON-NLS-1$
							Messages.failure(r.failure())));
				}
				places.add(r.placed() ? r : null);
			}
			out.add(new Prepared(s, places));
		}
		return out;
	}

	/** Turns text sources into documents of the project and remembers which it added. */
	static final class DocumentImport {
		private final Project project;
		private final Map<String, Document> bySource = new HashMap<>();
		private final List<String> added = new ArrayList<>();

		DocumentImport(Project project) {
			this.project = project;
		}

		/** @return the document a source became, if it became one */
		Optional<Document> document(QdeSource s) {
			return Optional.ofNullable(bySource.get(s.guid()));
		}

		/** @return the ids of the documents added */
		List<String> added() {
			return added;
		}

		void run(List<QdeSource> sources, List<String> problems, IProgressMonitor monitor) throws IOException {
			Path dir = Files.createTempDirectory("duizhao-qdpx"); //$NON-NLS-1$
			try {
				Map<Path, List<QdeSource>> files = new LinkedHashMap<>();
				Map<String, Path> byHash = new HashMap<>();
				Set<String> names = new HashSet<>();
				for (QdeSource s : sources) {
					byte[] bytes = s.text().getBytes(StandardCharsets.UTF_8);
					String sha = sha256(bytes);
					Optional<Document> existing = project.findByOriginalHash(sha);
					if (existing.isPresent()) {
						bySource.put(s.guid(), existing.get());
						continue;
					}
					Path f = byHash.get(sha);
					if (f == null) {
						f = dir.resolve(unique(fileName(s.name()), names));
						Files.write(f, bytes);
						byHash.put(sha, f);
					}
					files.computeIfAbsent(f, k -> new ArrayList<>()).add(s);
				}
				ImportReport report = new Importer(project, ImportOptions.defaults().withEncoding("UTF-8")) //$NON-NLS-1$
						.importFiles(new ArrayList<>(files.keySet()), monitor);
				for (ImportReport.Imported i : report.imported()) {
					added.add(i.document().id());
					Document d = titled(i.document(), files.get(i.file()).get(0));
					files.get(i.file()).forEach(s -> bySource.put(s.guid(), d));
				}
				for (ImportReport.Skipped k : report.skipped()) {
					for (QdeSource s : files.getOrDefault(k.file(), List.of())) {
						problems.add(NLS.bind(Messages.qdpxSourceLeftOut, s.name(), k.message()));
					}
				}
			} finally {
				org.duizhao.annotations.core.internal.exchange.Files2.deleteTree(dir);
			}
		}

		/** A new document takes the source's description as its title (as Duizhao exports it). */
		private Document titled(Document d, QdeSource s) throws IOException {
			String title = s.description();
			if (title.isEmpty() || title.length() > 200 || title.indexOf('\n') >= 0) {
				return d;
			}
			return project.updateMetadata(d.id(), d.metadata().withTitle(title));
		}

		/** A file name the corpus importer reads as plain text, from the source's name. */
		private static String fileName(String name) {
			String base = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim(); //$NON-NLS-1$ //$NON-NLS-2$
			if (base.isEmpty() || base.startsWith(".")) { //$NON-NLS-1$
				base = "source" + base; //$NON-NLS-1$
			}
			if (base.length() > 120) {
				base = base.substring(0, 120);
			}
			return base.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? base : base + ".txt"; //$NON-NLS-1$ //$NON-NLS-2$
		}

		private static String unique(String name, Set<String> used) {
			String n = name;
			for (int i = 2; !used.add(n.toLowerCase(java.util.Locale.ROOT)); i++) {
				n = name.substring(0, name.length() - 4) + "-" + i + ".txt"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			return n;
		}

		private static String sha256(byte[] bytes) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}

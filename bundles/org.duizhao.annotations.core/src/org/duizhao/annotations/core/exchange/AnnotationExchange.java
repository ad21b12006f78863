package org.duizhao.annotations.core.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.internal.csv.CsvExporter;
import org.duizhao.annotations.core.internal.exchange.AtomicOutput;
import org.duizhao.annotations.core.internal.exchange.ExportData;
import org.duizhao.annotations.core.internal.exchange.ImportPlan;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.annotations.core.internal.exchange.PlanWriter;
import org.duizhao.annotations.core.internal.qdpx.QdpxExporter;
import org.duizhao.annotations.core.internal.qdpx.QdpxImporter;
import org.duizhao.annotations.core.internal.qdpx.ZipLimits;
import org.duizhao.annotations.core.internal.w3c.W3cExporter;
import org.duizhao.annotations.core.internal.w3c.W3cPlanner;
import org.duizhao.annotations.core.internal.w3c.W3cReader;
import org.duizhao.corpus.core.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;

/**
 * Moves a project's annotations in and out through open formats ({@link ExchangeFormat}): the one
 * entry point for the workbench's File &gt; Import/Export and for {@code duizhao annotations}.
 * <p>
 * Offsets are Unicode code points of each document's current version, in both formats (REFI-QDA's
 * "characters" are code points, as in QualCoder; see {@code SourcePlacer} for UTF-16 input).
 * <p>
 * Imports check everything before writing anything and report what could not be mapped
 * ({@link ImportResult#problems()}); they then write codes, annotations and memos in one store
 * transaction. A failed or cancelled import changes nothing: a REFI-QDA import that had already
 * added documents removes them again. Exports write to a temporary file that replaces the target
 * only when complete.
 */
public final class AnnotationExchange {

	private final Project project;
	private final AnnotationStore store;
	private final String defaultCoder;
	private final ZipLimits zipLimits;

	/**
	 * @param project the project, not {@code null}
	 * @param store its annotation store, not {@code null}
	 * @param defaultCoder the coder recorded for imported annotations that name none (the
	 *            researcher's name from the preferences), not {@code null}
	 */
	public AnnotationExchange(Project project, AnnotationStore store, String defaultCoder) {
		this(project, store, defaultCoder, ZipLimits.defaults());
	}

	/** @param zipLimits what a {@code .qdpx} may inflate (tests use small limits) */
	public AnnotationExchange(Project project, AnnotationStore store, String defaultCoder, ZipLimits zipLimits) {
		this.project = Objects.requireNonNull(project, "project"); //$NON-NLS-1$
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		this.defaultCoder = Objects.requireNonNull(defaultCoder, "defaultCoder"); //$NON-NLS-1$
		this.zipLimits = Objects.requireNonNull(zipLimits, "zipLimits"); //$NON-NLS-1$
	}

	/**
	 * Exports every annotation (and, for REFI-QDA, the documents' texts and the memos).
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws OperationCanceledException if cancelled; {@code out} is then unchanged
	 */
	public ExportResult export(ExchangeFormat format, Path out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskExport, 10);
		ExportData data = ExportData.load(project, store);
		progress.worked(1);
		ExportResult[] result = new ExportResult[1];
		AtomicOutput.write(out, stream -> result[0] = switch (format) {
		case W3C -> new W3cExporter(data).export(stream, progress.split(9));
		case QDPX -> new QdpxExporter(data).export(stream, progress.split(9));
		case CSV -> new CsvExporter(data).export(stream, progress.split(9));
		});
		return result[0];
	}

	/**
	 * Imports a {@code .qdpx} or a W3C {@code .json}/{@code .jsonld} file, by its extension.
	 *
	 * @param monitor progress and cancel, may be {@code null}
	 * @throws ExchangeException if the file is malformed, unsafe or of no importable format;
	 *             nothing was changed
	 * @throws OperationCanceledException if cancelled; nothing was changed
	 */
	public ImportResult importFile(Path file, IProgressMonitor monitor) throws IOException {
		ExchangeFormat format = ExchangeFormat.ofImportFile(file)
				.orElseThrow(() -> new ExchangeException(NLS.bind(Messages.errorUnknownFormat, file.getFileName())));
		return importFile(file, format, monitor);
	}

	/** Imports {@code file} as {@code format} whatever its extension. */
	public ImportResult importFile(Path file, ExchangeFormat format, IProgressMonitor monitor) throws IOException {
		return switch (format) {
		case QDPX -> new QdpxImporter(project, store, defaultCoder, zipLimits).importFile(file, monitor);
		case W3C -> importW3c(file, monitor);
		case CSV -> throw new ExchangeException(NLS.bind(Messages.errorNoImport, format.name()));
		};
	}

	private ImportResult importW3c(Path file, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskImport, 100);
		List<JsonElement> annotations = W3cReader.read(file);
		progress.worked(10);
		ImportPlan plan = new W3cPlanner(project, store.codes(), defaultCoder).plan(annotations, progress.split(20));
		PlanWriter.Written w = PlanWriter.write(store, plan, progress.split(70));
		return new ImportResult(0, w.codes(), w.annotations(), w.memos(), plan.relocated(),
				new ArrayList<>(plan.problems()));
	}
}

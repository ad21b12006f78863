package org.duizhao.annotations.core.internal.qdpx;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.exchange.ExportResult;
import org.duizhao.annotations.core.internal.exchange.ExportData;
import org.duizhao.annotations.core.internal.exchange.Iris;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.annotations.core.internal.exchange.Placement;
import org.duizhao.corpus.core.Document;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Writes a REFI-QDA project exchange file: a zip of {@code project.qde} and, in {@code sources/},
 * each document's current text as UTF-8 without byte order mark, named by the document's GUID.
 * Annotations not placed on their document's current text (unanchored ones) cannot be expressed
 * as {@code PlainTextSelection}s and are listed as left out.
 */
public final class QdpxExporter {

	private final ExportData data;

	/** @param data what to export */
	public QdpxExporter(ExportData data) {
		this.data = data;
	}

	/** @return the file name of a document's text inside {@code sources/} */
	static String sourceFileName(Document d) {
		return Iris.guid(d.id()) + ".txt"; //$NON-NLS-1$
	}

	/** Writes the zip to {@code out} (finished, not closed). */
	public ExportResult export(OutputStream out, IProgressMonitor monitor) throws IOException {
		List<Document> docs = data.project().documents();
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskExport, docs.size() + 1);
		List<String> problems = new ArrayList<>();
		Map<String, List<Annotation>> placed = placed(problems);
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry(Qde.PROJECT_ENTRY));
		// the XML writer writes byte by byte: buffer, or the deflater runs once per byte
		BufferedOutputStream qde = new BufferedOutputStream(new FilterOutputStream(zip) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				zip.write(b, off, len);
			}

			@Override
			public void close() {
				// the zip entry is closed by the exporter, not by the XML writer
			}
		}, 1 << 16);
		new QdeWriter(data, qde, placed).write();
		qde.flush();
		zip.closeEntry();
		progress.worked(1);
		for (Document d : docs) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			zip.putNextEntry(new ZipEntry(Qde.SOURCES + sourceFileName(d)));
			zip.write(data.project().readText(d, d.current()).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			progress.worked(1);
		}
		zip.finish();
		int count = placed.values().stream().mapToInt(List::size).sum();
		return new ExportResult(docs.size(), data.codes().size(), count, data.memos().size(), problems);
	}

	/** @return per document, its annotations placed on its current text, with quotes of that text */
	private Map<String, List<Annotation>> placed(List<String> problems) throws IOException {
		Map<String, List<Annotation>> out = new LinkedHashMap<>();
		for (Annotation a : data.annotations()) {
			Document d = data.document(a.documentId());
			if (d == null) {
				problems.add(NLS.bind(Messages.exportNoDocument, a.id(), a.documentId()));
			} else if (!data.isPlaced(a, d)) {
				problems.add(NLS.bind(Messages.exportUnplaced, a.id(), d.displayName()));
			} else {
				Placement text = data.text(d);
				Annotation withQuote = a.withPosition(a.version(), a.start(), a.end(), text.quote(a.start(), a.end()),
						a.anchoring());
				out.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(withQuote);
			}
		}
		return out;
	}
}

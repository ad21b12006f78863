package org.duizhao.annotations.core.internal.w3c;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.TextQuote;
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

import com.google.gson.stream.JsonWriter;

/**
 * Writes a project's annotations as one W3C Web Annotation {@code AnnotationCollection} whose
 * {@code first} page is embedded and holds every annotation in {@code items} (one file, no paging).
 * <p>
 * Each annotation targets its document ({@code source}: an object whose {@code id} is
 * {@code urn:uuid:<document id>} and whose {@code label} is its source file name, so that a
 * project with the same files but other ids can import it) with a
 * {@code TextPositionSelector} (code points of the document's current version, end exclusive) and
 * a {@code TextQuoteSelector}; an annotation that is not placed on the current version gets the
 * quote selector only. Codes are {@code TextualBody}s with purpose {@code tagging}, whose
 * {@code value} is the code's path ({@code 扶贫/产业扶贫}) and whose {@code id} is the code's IRI;
 * the memo is a {@code TextualBody} with purpose {@code commenting}; the coder is the
 * {@code creator}.
 */
public final class W3cExporter {

	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld"; //$NON-NLS-1$

	private final ExportData data;
	private final List<String> problems = new ArrayList<>();
	private int written;

	/** @param data what to export */
	public W3cExporter(ExportData data) {
		this.data = data;
	}

	/** Writes the collection to {@code out} (UTF-8, not closed). */
	public ExportResult export(OutputStream out, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.taskExport, data.annotations().size());
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		JsonWriter json = new JsonWriter(w);
		json.setIndent("  "); //$NON-NLS-1$
		json.beginObject();
		json.name("@context").value(CONTEXT); //$NON-NLS-1$
		json.name("id").value("urn:uuid:" + UUID.randomUUID()); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("type").value("AnnotationCollection"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("label").value(data.project().name()); //$NON-NLS-1$
		json.name("generator").beginObject().name("type").value("Software") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.name("name").value("Duizhao").endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("first").beginObject(); //$NON-NLS-1$
		json.name("type").value("AnnotationPage"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("startIndex").value(0); //$NON-NLS-1$
		json.name("items").beginArray(); //$NON-NLS-1$
		for (Annotation a : data.annotations()) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			writeOne(json, a);
			progress.worked(1);
		}
		json.endArray().endObject();
		json.name("total").value(written); //$NON-NLS-1$
		json.endObject();
		json.flush();
		w.flush();
		return new ExportResult(data.project().documents().size(), data.codes().size(), written, 0, problems);
	}

	private void writeOne(JsonWriter json, Annotation a) throws IOException {
		Document d = data.document(a.documentId());
		if (d == null) {
			problems.add(NLS.bind(Messages.exportNoDocument, a.id(), a.documentId()));
			return;
		}
		boolean placed = data.isPlaced(a, d);
		json.beginObject();
		json.name("id").value(Iris.iri(a.id())); //$NON-NLS-1$
		json.name("type").value("Annotation"); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("motivation").value(motivation(a)); //$NON-NLS-1$
		json.name("created").value(a.created().toString()); //$NON-NLS-1$
		json.name("modified").value(a.modified().toString()); //$NON-NLS-1$
		json.name("creator").beginObject().name("type").value("Person").name("name").value(a.coder()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		writeBodies(json, a);
		json.name("target").beginObject(); //$NON-NLS-1$
		json.name("source").beginObject().name("id").value(Iris.iri(d.id())); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("type").value("Text").name("format").value("text/plain"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		json.name("label").value(d.current().sourceName()).endObject(); //$NON-NLS-1$
		json.name("selector").beginArray(); //$NON-NLS-1$
		TextQuote quote = a.quote();
		if (placed) {
			Placement text = data.text(d);
			quote = text.quote(a.start(), a.end());
			json.beginObject().name("type").value("TextPositionSelector") //$NON-NLS-1$ //$NON-NLS-2$
					.name("start").value(a.start()).name("end").value(a.end()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		json.beginObject().name("type").value("TextQuoteSelector") //$NON-NLS-1$ //$NON-NLS-2$
				.name("exact").value(quote.exact()).name("prefix").value(quote.prefix()) //$NON-NLS-1$ //$NON-NLS-2$
				.name("suffix").value(quote.suffix()).endObject(); //$NON-NLS-1$
		json.endArray().endObject();
		json.endObject();
		written++;
	}

	private static String motivation(Annotation a) {
		if (!a.codeIds().isEmpty()) {
			return "tagging"; //$NON-NLS-1$
		}
		return a.memo().isEmpty() ? "highlighting" : "commenting"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void writeBodies(JsonWriter json, Annotation a) throws IOException {
		List<String> codeIds = a.codeIds().stream().filter(id -> data.tree().get(id).isPresent()).toList();
		if (codeIds.isEmpty() && a.memo().isEmpty()) {
			return;
		}
		json.name("body").beginArray(); //$NON-NLS-1$
		for (String id : codeIds) {
			json.beginObject().name("id").value(Iris.iri(id)); //$NON-NLS-1$
			json.name("type").value("TextualBody").name("purpose").value("tagging"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			json.name("value").value(data.tree().path(id)).endObject(); //$NON-NLS-1$
		}
		if (!a.memo().isEmpty()) {
			json.beginObject().name("type").value("TextualBody").name("purpose").value("commenting"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			json.name("format").value("text/plain").name("value").value(a.memo()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		json.endArray();
	}
}

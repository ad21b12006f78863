package org.duizhao.annotations.core.internal.w3c;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.exchange.DocumentLookup;
import org.duizhao.annotations.core.internal.exchange.ImportPlan;
import org.duizhao.annotations.core.internal.exchange.ImportPlan.PlannedAnnotation;
import org.duizhao.annotations.core.internal.exchange.Iris;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.duizhao.annotations.core.internal.exchange.Placement;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Maps W3C annotation objects onto a project, writing nothing: finds each target's document, places
 * the passage on the document's current text (position first, the quote when the position is out
 * of range or does not show the quote), turns {@code tagging} bodies into codes (by the code's IRI
 * when the store has it, else by path) and {@code commenting} bodies into the memo. Whatever cannot
 * be mapped is listed in the plan's problems.
 */
public final class W3cPlanner {

	private final Project project;
	private final DocumentLookup lookup;
	private final CodeTree codes;
	private final String defaultCoder;
	private final Map<String, Placement> texts = new HashMap<>();
	private final ImportPlan plan = new ImportPlan();

	/**
	 * @param existingCodes the store's codes (an IRI naming one of them maps to it)
	 * @param defaultCoder the coder of annotations without a {@code creator}
	 */
	public W3cPlanner(Project project, List<Code> existingCodes, String defaultCoder) {
		this.project = project;
		this.lookup = new DocumentLookup(project);
		this.codes = new CodeTree(existingCodes);
		this.defaultCoder = defaultCoder;
	}

	/** @return the plan for {@code annotations} */
	public ImportPlan plan(List<JsonElement> annotations, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, annotations.size());
		for (int i = 0; i < annotations.size(); i++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			JsonElement e = annotations.get(i);
			if (e instanceof JsonObject o) {
				planOne(o, label(o, i));
			} else {
				plan.problem(NLS.bind(Messages.w3cNotAnObject, "#" + (i + 1))); //$NON-NLS-1$
			}
			progress.worked(1);
		}
		return plan;
	}

	private static String label(JsonObject o, int i) {
		String id = Json.string(o, "id"); //$NON-NLS-1$
		return id != null ? id : "#" + (i + 1); //$NON-NLS-1$
	}

	private void planOne(JsonObject a, String label) throws IOException {
		JsonObject target = target(a);
		List<String> names = target == null ? List.of() : sourceNames(target);
		if (names.isEmpty()) {
			plan.problem(NLS.bind(Messages.w3cNoTarget, label));
			return;
		}
		Optional<Document> doc = names.stream().map(lookup::find).flatMap(Optional::stream).findFirst();
		if (doc.isEmpty()) {
			plan.problem(NLS.bind(Messages.w3cUnknownDocument, label, String.join(" / ", names))); //$NON-NLS-1$
			return;
		}
		Selectors sel = Selectors.of(target, label, plan);
		Placement text = text(doc.get());
		Placement.Result r = text.place(sel.start(), sel.end(), sel.quote());
		if (!r.placed()) {
			plan.problem(NLS.bind(Messages.placementFailed, label, Messages.failure(r.failure())));
			return;
		}
		if (r.relocated()) {
			plan.relocatedOne();
		}
		Bodies bodies = bodies(a);
		plan.annotations().add(new PlannedAnnotation(doc.get().id(), doc.get().current().number(), r.start(), r.end(),
				text.quote(r.start(), r.end()), bodies.paths, bodies.ids, String.join("\n\n", bodies.memos), //$NON-NLS-1$
				coder(a)));
	}

	/** @return what the target's source is called: a string, or an object's {@code id} then {@code label} */
	private static List<String> sourceNames(JsonObject target) {
		List<String> out = new ArrayList<>();
		JsonElement source = target.get("source"); //$NON-NLS-1$
		if (source instanceof JsonPrimitive p && p.isString()) {
			out.add(p.getAsString());
		} else if (source instanceof JsonObject o) {
			for (String field : List.of("id", "label")) { //$NON-NLS-1$ //$NON-NLS-2$
				String v = Json.string(o, field);
				if (v != null && !v.isBlank()) {
					out.add(v);
				}
			}
		}
		return out;
	}

	private static JsonObject target(JsonObject a) {
		for (JsonElement t : Json.list(a, "target")) { //$NON-NLS-1$
			if (t instanceof JsonPrimitive p && p.isString()) {
				JsonObject o = new JsonObject();
				o.addProperty("source", p.getAsString()); //$NON-NLS-1$
				return o;
			}
			if (t instanceof JsonObject o) {
				if (!o.has("source") && o.has("id")) { //$NON-NLS-1$ //$NON-NLS-2$
					o.add("source", o.get("id")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return o;
			}
		}
		return null;
	}

	private Placement text(Document d) throws IOException {
		Placement p = texts.get(d.id());
		if (p == null) {
			p = new Placement(project.readText(d, d.current()));
			texts.put(d.id(), p);
		}
		return p;
	}

	private String coder(JsonObject a) {
		for (JsonElement c : Json.list(a, "creator")) { //$NON-NLS-1$
			if (c instanceof JsonPrimitive p && p.isString() && !p.getAsString().isBlank()) {
				return p.getAsString().trim();
			}
			if (c instanceof JsonObject o) {
				String name = Json.string(o, "name"); //$NON-NLS-1$
				name = name != null ? name : Json.string(o, "nickname"); //$NON-NLS-1$
				if (name != null && !name.isBlank()) {
					return name.trim();
				}
			}
		}
		return defaultCoder;
	}

	/** The codes and memo texts of an annotation's bodies. */
	private static final class Bodies {
		final List<List<String>> paths = new ArrayList<>();
		final List<String> ids = new ArrayList<>();
		final List<String> memos = new ArrayList<>();
	}

	private Bodies bodies(JsonObject a) {
		Bodies b = new Bodies();
		boolean tagging = Json.has(a, "motivation", "tagging") || Json.has(a, "motivation", "classifying"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String bodyValue = Json.string(a, "bodyValue"); //$NON-NLS-1$
		if (bodyValue != null && !bodyValue.isBlank()) {
			b.memos.add(bodyValue);
		}
		for (JsonElement e : Json.list(a, "body")) { //$NON-NLS-1$
			if (!(e instanceof JsonObject body)) {
				continue;
			}
			String value = Json.string(body, "value"); //$NON-NLS-1$
			if (value == null || value.isBlank()) {
				continue;
			}
			boolean isTag = Json.has(body, "purpose", "tagging") || Json.has(body, "purpose", "classifying") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					|| (!body.has("purpose") && tagging); //$NON-NLS-1$
			if (isTag) {
				addCode(b, body, value.trim());
			} else {
				b.memos.add(value);
			}
		}
		return b;
	}

	private void addCode(Bodies b, JsonObject body, String value) {
		String id = Json.string(body, "id"); //$NON-NLS-1$
		Optional<Code> known = id == null ? Optional.empty() : codes.get(Iris.idOf(id));
		if (known.isEmpty()) {
			known = codes.find(value);
		}
		if (known.isPresent()) {
			if (!b.ids.contains(known.get().id())) {
				b.ids.add(known.get().id());
			}
			return;
		}
		List<String> path = Arrays.stream(value.split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
		if (!path.isEmpty() && !b.paths.contains(path)) {
			b.paths.add(path);
		}
	}
}

package org.duizhao.annotations.core.internal.w3c;

import org.duizhao.annotations.core.TextQuote;
import org.duizhao.annotations.core.internal.exchange.ImportPlan;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The position and quote a target's selectors give (a {@code TextPositionSelector} and a
 * {@code TextQuoteSelector}, alone or in an array; a bad selector is noted and left out).
 *
 * @param start code point offset or {@code null}
 * @param end code point offset or {@code null}
 * @param quote the quote or {@code null}
 */
record Selectors(Integer start, Integer end, TextQuote quote) {

	static Selectors of(JsonObject target, String label, ImportPlan plan) {
		Integer start = null;
		Integer end = null;
		TextQuote quote = null;
		for (JsonElement e : Json.list(target, "selector")) { //$NON-NLS-1$
			if (!(e instanceof JsonObject s)) {
				continue;
			}
			if (Json.has(s, "type", "TextPositionSelector")) { //$NON-NLS-1$ //$NON-NLS-2$
				Integer a = Json.offset(s, "start"); //$NON-NLS-1$
				Integer b = Json.offset(s, "end"); //$NON-NLS-1$
				if (a == null || b == null || b < a) {
					plan.problem(NLS.bind(Messages.w3cBadPosition, label));
				} else {
					start = a;
					end = b;
				}
			} else if (Json.has(s, "type", "TextQuoteSelector")) { //$NON-NLS-1$ //$NON-NLS-2$
				String exact = Json.string(s, "exact"); //$NON-NLS-1$
				if (exact == null) {
					plan.problem(NLS.bind(Messages.w3cBadQuote, label));
				} else {
					quote = new TextQuote(exact, Json.string(s, "prefix"), Json.string(s, "suffix")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return new Selectors(start, end, quote);
	}
}

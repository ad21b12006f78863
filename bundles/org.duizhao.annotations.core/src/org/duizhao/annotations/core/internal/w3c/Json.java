package org.duizhao.annotations.core.internal.w3c;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Small readers over Gson's tree for JSON-LD's "one value or an array of values" fields. */
final class Json {

	private Json() {
	}

	/** @return the field as a list: empty when absent or null, one element when single */
	static List<JsonElement> list(JsonObject o, String field) {
		JsonElement e = o.get(field);
		List<JsonElement> out = new ArrayList<>();
		if (e == null || e.isJsonNull()) {
			return out;
		}
		if (e instanceof JsonArray a) {
			a.forEach(out::add);
		} else {
			out.add(e);
		}
		return out;
	}

	/** @return the string value of a field, or {@code null} when absent or not a string */
	static String string(JsonObject o, String field) {
		JsonElement e = o.get(field);
		return e instanceof JsonPrimitive p && p.isString() ? p.getAsString() : null;
	}

	/** @return the field as a non-negative int, or {@code null} when absent, fractional or negative */
	static Integer offset(JsonObject o, String field) {
		JsonElement e = o.get(field);
		if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
			return null;
		}
		try {
			int v = p.getAsBigDecimal().intValueExact();
			return v < 0 ? null : v;
		} catch (ArithmeticException ex) {
			return null;
		}
	}

	/** @return whether a field (a string or an array of strings) contains {@code value} */
	static boolean has(JsonObject o, String field, String value) {
		for (JsonElement e : list(o, field)) {
			if (e instanceof JsonPrimitive p && p.isString() && value.equals(p.getAsString())) {
				return true;
			}
		}
		return false;
	}
}

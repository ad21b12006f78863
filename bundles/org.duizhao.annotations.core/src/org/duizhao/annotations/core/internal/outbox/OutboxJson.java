package org.duizhao.annotations.core.internal.outbox;

import java.io.IOException;
import java.time.Instant;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** The JSON form of queued records (instants as ISO-8601 text, so the outbox is readable by hand). */
final class OutboxJson {

	private OutboxJson() {
	}

	static Gson gson() {
		return new GsonBuilder().serializeNulls().registerTypeAdapter(Instant.class, new TypeAdapter<Instant>() {
			@Override
			public void write(JsonWriter out, Instant value) throws IOException {
				if (value == null) {
					out.nullValue();
				} else {
					out.value(value.toString());
				}
			}

			@Override
			public Instant read(JsonReader in) throws IOException {
				if (in.peek() == JsonToken.NULL) {
					in.nextNull();
					return null;
				}
				return Instant.parse(in.nextString());
			}
		}).create();
	}
}

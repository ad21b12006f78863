package org.duizhao.corpus.core.internal;

import java.time.Instant;
import java.util.Map;

/** The JSON form of {@code project.json}. */
public record ProjectFile(int format, String name, Instant created, Map<String, Object> settings) {
}

package org.duizhao.corpus.ui.internal.properties;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.duizhao.corpus.core.Metadata;
import org.duizhao.corpus.ui.internal.Messages;

/** The editable metadata fields, how to read them and how to change them. */
enum MetadataField {
	TITLE(Messages.Properties_title, Metadata::title, Metadata::withTitle),
	SOURCE(Messages.Properties_source, Metadata::source, Metadata::withSource),
	DATE(Messages.Properties_date, Metadata::date, Metadata::withDate),
	REGION(Messages.Properties_region, Metadata::region, Metadata::withRegion),
	ISSUER(Messages.Properties_issuer, Metadata::issuer, Metadata::withIssuer),
	TAGS(Messages.Properties_tags, m -> String.join(", ", m.tags()), //$NON-NLS-1$
			(m, s) -> m.withTags(s == null ? List.of() : splitTags(s)));

	final String label;
	final Function<Metadata, String> get;
	final BiFunction<Metadata, String, Metadata> set;

	MetadataField(String label, Function<Metadata, String> get, BiFunction<Metadata, String, Metadata> set) {
		this.label = label;
		this.get = get;
		this.set = set;
	}

	static List<String> splitTags(String text) {
		return Arrays.stream(text.split("[,，;；]")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList(); //$NON-NLS-1$
	}
}

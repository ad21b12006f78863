package org.duizhao.annotations.ui.internal.viewer;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** What the tooltip says about coded passages: their codes, coder, date and memo. */
public final class HoverText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private HoverText() {
	}

	/** @return the description of {@code annotations}, or {@code null} when there are none */
	public static String describe(List<Annotation> annotations, CodeTree codes) {
		if (annotations.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		for (Annotation a : annotations) {
			StringBuilder b = new StringBuilder();
			b.append(codeNames(a, codes));
			b.append('\n').append(NLS.bind(Messages.Hover_coder, a.coder(), DATE.format(a.modified())));
			if (!a.memo().isBlank()) {
				b.append('\n').append(NLS.bind(Messages.Hover_memo, a.memo().strip()));
			}
			parts.add(b.toString());
		}
		return String.join("\n\n", parts); //$NON-NLS-1$
	}

	/** @return the codes' paths, joined, or a note that the passage has none */
	public static String codeNames(Annotation a, CodeTree codes) {
		if (a.codeIds().isEmpty()) {
			return Messages.Hover_noCodes;
		}
		List<String> names = new ArrayList<>();
		for (String id : a.codeIds()) {
			names.add(codes.get(id).isPresent() ? codes.path(id) : "?"); //$NON-NLS-1$
		}
		return String.join(", ", names); //$NON-NLS-1$
	}
}

package org.duizhao.corpus.ui.internal.explorer;

import java.util.Locale;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Metadata;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Keeps documents whose title, region, issuer, date, source or tags contain the filter text. */
final class ExplorerFilter extends ViewerFilter {

	private String needle = ""; //$NON-NLS-1$

	/** @return whether the filter changed */
	boolean setText(String text) {
		String n = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		boolean changed = !n.equals(needle);
		needle = n;
		return changed;
	}

	boolean isActive() {
		return !needle.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		if (needle.isEmpty() || element instanceof ProjectNode) {
			return true;
		}
		if (element instanceof GroupNode g) {
			return g.label().toLowerCase(Locale.ROOT).contains(needle)
					|| g.documents().stream().anyMatch(d -> matches(d.document()));
		}
		return element instanceof DocumentNode d && matches(d.document());
	}

	boolean matches(Document document) {
		Metadata m = document.metadata();
		return contains(document.displayName()) || contains(m.region()) || contains(m.issuer()) || contains(m.date())
				|| contains(m.source()) || m.tags().stream().anyMatch(this::contains);
	}

	private boolean contains(String value) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
	}
}

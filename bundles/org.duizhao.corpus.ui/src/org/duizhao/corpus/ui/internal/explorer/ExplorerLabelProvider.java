package org.duizhao.corpus.ui.internal.explorer;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

/** Titles with counts; a tooltip with the document's metadata. */
final class ExplorerLabelProvider extends ColumnLabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof ProjectNode p) {
			return NLS.bind(Messages.Explorer_projectCount, p.project().name(), p.project().documents().size());
		}
		if (element instanceof GroupNode g) {
			return NLS.bind(Messages.Explorer_groupCount, g.label(), g.documents().size());
		}
		if (element instanceof DocumentNode d) {
			return d.document().displayName();
		}
		return String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		String key = element instanceof ProjectNode ? CorpusUiPlugin.IMG_PROJECT
				: element instanceof GroupNode ? CorpusUiPlugin.IMG_FOLDER : CorpusUiPlugin.IMG_DOCUMENT;
		return CorpusUiPlugin.getDefault().getImageRegistry().get(key);
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof DocumentNode d) {
			Document doc = d.document();
			return NLS.bind(Messages.Explorer_documentTooltip, new Object[] { doc.displayName(),
					orUnknown(doc.metadata().region()), orUnknown(doc.metadata().date()), doc.current().characters() });
		}
		return null;
	}

	private static String orUnknown(String s) {
		return s == null || s.isBlank() ? Messages.Explorer_unknown : s;
	}
}

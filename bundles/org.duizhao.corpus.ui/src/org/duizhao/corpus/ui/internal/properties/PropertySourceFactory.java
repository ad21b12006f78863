package org.duizhao.corpus.ui.internal.properties;

import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

/** Shows a document's metadata in the Properties view. */
public class PropertySourceFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IPropertySource.class && adaptable instanceof DocumentNode node) {
			return type.cast(new DocumentPropertySource(node));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}

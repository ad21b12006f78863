package org.duizhao.compare.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** The bundle's icons, loaded once into JFace's image registry. */
public final class Images {

	/** Icon paths. */
	public static final String NEXT = "icons/next.png"; //$NON-NLS-1$
	public static final String PREVIOUS = "icons/previous.png"; //$NON-NLS-1$

	private Images() {
	}

	/** @return the image at {@code path} in this bundle, or {@code null} when missing */
	public static Image get(String path) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		String key = CompareUi.ID + '/' + path;
		if (registry.getDescriptor(key) == null) {
			java.net.URL url = Images.class.getResource('/' + path);
			if (url == null) {
				return null;
			}
			registry.put(key, ImageDescriptor.createFromURL(url));
		}
		return registry.get(key);
	}
}

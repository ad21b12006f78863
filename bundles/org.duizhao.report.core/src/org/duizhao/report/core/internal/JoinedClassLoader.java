package org.duizhao.report.core.internal;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that asks several others in turn, for classes and resources. In OSGi each bundle
 * sees only what it imports, but XMLBeans looks up schema types of several bundles (the OOXML
 * schemas and its own built-in XML namespace types) through one context class loader.
 */
final class JoinedClassLoader extends ClassLoader {

	private final List<ClassLoader> loaders;

	JoinedClassLoader(List<ClassLoader> loaders) {
		super(null);
		this.loaders = List.copyOf(loaders);
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		for (ClassLoader l : loaders) {
			try {
				return l.loadClass(name);
			} catch (ClassNotFoundException e) {
				// try the next one
			}
		}
		throw new ClassNotFoundException(name);
	}

	@Override
	protected URL findResource(String name) {
		for (ClassLoader l : loaders) {
			URL url = l.getResource(name);
			if (url != null) {
				return url;
			}
		}
		return null;
	}

	@Override
	protected Enumeration<URL> findResources(String name) throws IOException {
		List<URL> all = new ArrayList<>();
		for (ClassLoader l : loaders) {
			all.addAll(Collections.list(l.getResources(name)));
		}
		return Collections.enumeration(all);
	}
}

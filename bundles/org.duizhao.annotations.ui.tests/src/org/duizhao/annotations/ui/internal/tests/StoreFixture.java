package org.duizhao.annotations.ui.internal.tests;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;

/** Gives every project folder a store for the tests (in memory until the SQLite store is here). */
final class StoreFixture {

	private static final Map<Path, MemoryStore> STORES = new HashMap<>();

	private StoreFixture() {
	}

	static synchronized void install() {
		AnnotationsUiPlugin.getDefault().stores().setOpener(folder -> {
			synchronized (STORES) {
				return STORES.computeIfAbsent(folder, f -> new MemoryStore());
			}
		});
	}
}

package org.duizhao.compare.core.bench;

/** The floor: one pass that reads and hashes every character of both texts. */
final class Floor {

	private Floor() {
	}

	static long hash(String a, String b) {
		long h = 17;
		for (int i = 0; i < a.length(); i++) {
			h = h * 31 + a.charAt(i);
		}
		for (int i = 0; i < b.length(); i++) {
			h = h * 31 + b.charAt(i);
		}
		return h;
	}
}

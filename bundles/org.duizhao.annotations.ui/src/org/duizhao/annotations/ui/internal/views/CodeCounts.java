package org.duizhao.annotations.ui.internal.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;

/**
 * A code system with its counts: how many annotations carry each code itself, and how many
 * codings its whole sub-tree has (the code and every code below it).
 */
public final class CodeCounts {

	private final CodeTree tree;
	private final Map<String, Integer> own;
	private final Map<String, Integer> total = new HashMap<>();

	/** @param codes every code; @param own per code id, the annotations that carry it */
	public CodeCounts(List<Code> codes, Map<String, Integer> own) {
		this.tree = new CodeTree(codes);
		this.own = Map.copyOf(own);
		tree.roots().forEach(this::sum);
	}

	private int sum(Code c) {
		int n = own(c.id());
		for (Code child : tree.children(c.id())) {
			n += sum(child);
		}
		total.put(c.id(), n);
		return n;
	}

	/** @return the tree */
	public CodeTree tree() {
		return tree;
	}

	/** @return the annotations carrying the code itself */
	public int own(String id) {
		return own.getOrDefault(id, 0);
	}

	/** @return the codings of the code and of every code below it */
	public int total(String id) {
		return total.getOrDefault(id, 0);
	}
}

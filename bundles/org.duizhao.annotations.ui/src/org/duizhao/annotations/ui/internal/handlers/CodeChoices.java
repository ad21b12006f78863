package org.duizhao.annotations.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.core.CodeTree;

/**
 * What the code picker offers for what was typed: the code whose shortcut key it is, then the codes
 * whose name starts with it, then those whose path contains it (ignoring case), in tree order.
 */
public final class CodeChoices {

	private final CodeTree tree;
	private final List<Code> ordered = new ArrayList<>();

	/** @param tree the code system */
	public CodeChoices(CodeTree tree) {
		this.tree = tree;
		List<Code> todo = new ArrayList<>(tree.roots());
		while (!todo.isEmpty()) {
			Code c = todo.remove(0);
			ordered.add(c);
			todo.addAll(0, tree.children(c.id()));
		}
	}

	/** @return the codes that match {@code typed}, best first */
	public List<Code> matching(String typed) {
		String q = typed.strip().toLowerCase(Locale.ROOT);
		List<Code> starts = new ArrayList<>();
		List<Code> contains = new ArrayList<>();
		for (Code c : ordered) {
			if (c.shortcut() != null && c.shortcut().equalsIgnoreCase(q)) {
				starts.add(0, c); // typing a code's shortcut key in the picker finds that code first
				continue;
			}
			String path = tree.path(c.id()).toLowerCase(Locale.ROOT);
			if (c.name().toLowerCase(Locale.ROOT).startsWith(q)) {
				starts.add(c);
			} else if (path.contains(q)) {
				contains.add(c);
			}
		}
		starts.addAll(contains);
		return starts;
	}

	/** @return whether {@code typed} is exactly the path or name of a code */
	public boolean exists(String typed) {
		String t = typed.strip();
		return ordered.stream().anyMatch(c -> tree.path(c.id()).equals(t));
	}

	/**
	 * Where a new code typed as {@code parent/name} goes: the parent when its path exists, else top
	 * level with the whole text as name.
	 *
	 * @return the parent code's id ({@code null}: top level) and the name
	 */
	public String[] placement(String typed) {
		String t = typed.strip();
		int slash = t.lastIndexOf('/');
		if (slash > 0 && slash < t.length() - 1) {
			String parentPath = t.substring(0, slash);
			for (Code c : ordered) {
				if (tree.path(c.id()).equals(parentPath)) {
					return new String[] { c.id(), t.substring(slash + 1) };
				}
			}
		}
		return new String[] { null, t };
	}

	/** @return the tree */
	public CodeTree tree() {
		return tree;
	}
}

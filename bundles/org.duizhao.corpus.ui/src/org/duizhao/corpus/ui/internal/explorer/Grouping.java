package org.duizhao.corpus.ui.internal.explorer;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.ui.internal.Messages;

/** How the explorer groups a project's documents. */
public enum Grouping {
	/** By the folder the file was imported from. */
	FOLDER(d -> folderOf(d.metadata().source())),
	/** By province-level region. */
	REGION(d -> d.metadata().region()),
	/** By the year of the document's date. */
	YEAR(d -> yearOf(d.metadata().date())),
	/** By script: simplified, traditional, mixed. */
	SCRIPT(d -> Messages.script(d.current().script()));

	private final Function<Document, String> key;

	Grouping(Function<Document, String> key) {
		this.key = key;
	}

	/** @return the grouping for a radio-state value ({@code folder}, {@code region}, …), FOLDER if unknown */
	public static Grouping of(String state) {
		for (Grouping g : values()) {
			if (g.name().equalsIgnoreCase(state)) {
				return g;
			}
		}
		return FOLDER;
	}

	/** @return the grouping after this one, the last followed by the first */
	public Grouping next() {
		return values()[(ordinal() + 1) % values().length];
	}

	/** @return the groups of {@code documents}, sorted by label, documents sorted by title */
	public List<GroupNode> group(ProjectNode project, List<DocumentNode> documents) {
		Map<String, List<DocumentNode>> groups = documents.stream()
				.sorted(Comparator.comparing((DocumentNode n) -> n.document().displayName()))
				.collect(Collectors.groupingBy(n -> labelOf(n.document()), TreeMap::new, Collectors.toList()));
		return groups.entrySet().stream().map(e -> new GroupNode(project, e.getKey(), e.getValue())).toList();
	}

	private String labelOf(Document document) {
		String label = key.apply(document);
		return label == null || label.isBlank() ? Messages.Explorer_unknown : label;
	}

	private static String folderOf(String source) {
		if (source == null || source.isBlank()) {
			return null;
		}
		try {
			Path parent = Path.of(source).getParent();
			return parent == null ? null : parent.getFileName() == null ? parent.toString() : parent.getFileName().toString();
		} catch (RuntimeException e) {
			return null; // a URL or another string that is not a path
		}
	}

	private static String yearOf(String date) {
		return date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
				? date.substring(0, 4)
				: null;
	}
}

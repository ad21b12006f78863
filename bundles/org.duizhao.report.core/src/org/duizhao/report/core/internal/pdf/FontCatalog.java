package org.duizhao.report.core.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Chinese TrueType faces found in font folders. Reading a font's character map costs tens of
 * milliseconds, so the faces of a folder list are read once per process and kept (a few bit sets of
 * at most 40 KB each); fonts installed while the workbench runs are found after a restart.
 */
final class FontCatalog {

	/** Ideographs that any font meant for Chinese has (一, 的, 国) or, for fallback fonts, 𠀀. */
	private static final int[] HAN_PROBES = { 0x4E00, 0x7684, 0x56FD, 0x20000 };
	private static final int DEPTH = 6;
	private static final Map<List<Path>, List<FontFace>> CACHE = new ConcurrentHashMap<>();

	private FontCatalog() {
	}

	/** @return the faces in {@code folders} (recursively) that carry Han characters */
	static List<FontFace> hanFaces(List<Path> folders) {
		return CACHE.computeIfAbsent(List.copyOf(folders), FontCatalog::scan);
	}

	private static List<FontFace> scan(List<Path> folders) {
		List<FontFace> faces = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		for (Path folder : folders) {
			for (Path file : fontFiles(folder)) {
				if (seen.add(real(file))) {
					faces.addAll(readHan(file));
				}
			}
		}
		return List.copyOf(faces);
	}

	private static List<Path> fontFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder, DEPTH, FileVisitOption.FOLLOW_LINKS)) {
			return files.filter(FontCatalog::isTrueTypeName).filter(Files::isRegularFile).sorted().toList();
		} catch (IOException | UncheckedIOException unreadable) {
			return List.of();
		}
	}

	/** .otf files are left out: they nearly always hold CFF outlines, which PDFBox cannot embed. */
	static boolean isTrueTypeName(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".ttf") || name.endsWith(".ttc"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Path real(Path file) {
		try {
			return file.toRealPath();
		} catch (IOException e) {
			return file.toAbsolutePath();
		}
	}

	private static List<FontFace> readHan(Path file) {
		try {
			return FontFace.readFirst(file, true).filter(FontCatalog::hasHan).stream().toList();
		} catch (IOException | RuntimeException damaged) {
			return List.of(); // a damaged or unusual font in a system folder is not our business
		}
	}

	private static boolean hasHan(FontFace face) {
		for (int probe : HAN_PROBES) {
			if (face.covers(probe)) {
				return true;
			}
		}
		return false;
	}
}

package org.duizhao.report.core.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.FontHeaders;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One face of a font file ({@code .ttf}, or one of the faces of a {@code .ttc} collection) with the
 * code points its character map covers. Only faces with TrueType outlines (a {@code glyf} table)
 * are read: PDFBox embeds no others, and CFF-outline CJK fonts (Noto Sans CJK, Source Han) would
 * fail at export time with "OTF fonts do not have a glyf table".
 *
 * @param file the font file
 * @param name the face's PostScript name, which picks it out of a collection
 * @param coverage the code points the face maps to a glyph
 */
public record FontFace(Path file, String name, BitSet coverage) {

	/** @return whether the face has a glyph for {@code codePoint} */
	public boolean covers(int codePoint) {
		return coverage.get(codePoint);
	}

	/** @return whether the file is a collection of faces */
	boolean inCollection() {
		return isCollection(file);
	}

	static boolean isCollection(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc"); //$NON-NLS-1$
	}

	/**
	 * Reads the first face of {@code file} with TrueType outlines. Only the table headers of the
	 * other faces are read, which keeps a scan of the system's fonts short: a CFF collection such as
	 * Noto Sans CJK (five faces, 20 MB) is passed over without parsing its character maps.
	 *
	 * @param hanOnly whether to pass over faces whose OS/2 table claims no Chinese (ideographs, or
	 *            the GB 2312 or Big5 code page)
	 * @return the face, empty when the file has no such face
	 * @throws IOException when the file is not a font PDFBox can read
	 */
	static Optional<FontFace> readFirst(Path file, boolean hanOnly) throws IOException {
		List<String> names = new ArrayList<>();
		if (isCollection(file)) {
			TrueTypeCollection.processAllFontHeaders(file.toFile(), h -> {
				if (usable(h, hanOnly)) {
					names.add(h.getName());
				}
			});
		} else {
			try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile())) {
				FontHeaders h = new TTFParser().parseTableHeaders(in);
				if (usable(h, hanOnly)) {
					names.add(h.getName());
				}
			}
		}
		if (names.isEmpty()) {
			return Optional.empty();
		}
		List<Closeable> open = new ArrayList<>();
		try {
			TrueTypeFont ttf = new FontFace(file, names.get(0), null).open(open);
			if (!ttf.getTableMap().containsKey("glyf")) { //$NON-NLS-1$
				return Optional.empty();
			}
			return Optional.of(new FontFace(file, ttf.getName(), coverage(ttf)));
		} finally {
			for (Closeable c : open) {
				c.close();
			}
		}
	}

	/** OS/2 bit 59 of the Unicode ranges: CJK ideographs; code pages 18 and 20: GB 2312, Big5. */
	private static boolean usable(FontHeaders h, boolean hanOnly) {
		if (h.getError() != null || h.isOpenTypePostScript() || h.getName() == null) {
			return false;
		}
		if (!hanOnly) {
			return true;
		}
		OS2WindowsMetricsTable os2 = h.getOS2Windows();
		return os2 != null && ((os2.getUnicodeRange2() & (1L << 27)) != 0
				|| (os2.getCodePageRange1() & ((1L << 18) | (1L << 20))) != 0);
	}

	/** Collects the mapped code points glyph by glyph, cheaper than asking for every code point. */
	private static BitSet coverage(TrueTypeFont ttf) throws IOException {
		BitSet set = new BitSet();
		CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
		if (cmap == null) {
			return set;
		}
		int glyphs = ttf.getNumberOfGlyphs();
		for (int gid = 1; gid < glyphs; gid++) {
			List<Integer> codes = cmap.getCharCodes(gid);
			if (codes != null) {
				codes.forEach(set::set);
			}
		}
		return set;
	}

	/**
	 * Opens the face for embedding. The returned font stays usable until {@code owner} is closed,
	 * which must happen after the PDF is saved (PDFBox subsets the font when it saves).
	 *
	 * @param owner receives what has to be closed
	 */
	TrueTypeFont open(List<Closeable> owner) throws IOException {
		if (inCollection()) {
			TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
			owner.add(collection);
			TrueTypeFont ttf = collection.getFontByName(name);
			if (ttf == null) {
				throw new IOException(file + ": " + name); //$NON-NLS-1$
			}
			return ttf;
		}
		TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
		owner.add(ttf);
		return ttf;
	}
}

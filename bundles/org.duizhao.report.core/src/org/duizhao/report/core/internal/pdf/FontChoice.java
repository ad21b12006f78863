package org.duizhao.report.core.internal.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

/**
 * Chooses the fonts of one PDF: the named font first (when a setting names one), else the found
 * face that covers most of the text's characters; then, one by one, the face that covers most of
 * what is still missing, until every character is covered or no face helps. So a text with a rare
 * character outside the BMP gets a fallback face (HanaMinB, say) for that character only.
 */
final class FontChoice {

	/** Among faces that cover equally much, these come first (a Ming/Song face suits documents). */
	private static final List<String> PREFERRED = List.of("uming", "simsun", "songti", "stsong", "wqy-zenhei", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"msyh", "simhei", "stheiti", "ukai", "hanamina", "hanaminb"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private FontChoice() {
	}

	/**
	 * @param source the settings
	 * @param text the code points that the PDF will show
	 * @return the faces in the order the PDF uses them, never empty
	 * @throws IOException naming the setting, when the named font is unusable or none is found
	 */
	static List<FontFace> choose(FontSource source, BitSet text) throws IOException {
		List<FontFace> chosen = new ArrayList<>();
		BitSet missing = (BitSet) text.clone();
		if (source.font() != null) {
			FontFace named = named(source);
			chosen.add(named);
			missing.andNot(named.coverage());
		}
		List<FontFace> found = new ArrayList<>(FontCatalog.hanFaces(source.folders()));
		if (chosen.isEmpty() && found.isEmpty()) {
			throw new IOException(NLS.bind(Messages.noFont, source.folders()));
		}
		while (!found.isEmpty() && (chosen.isEmpty() || !missing.isEmpty())) {
			FontFace best = found.stream().max(Comparator.comparingInt((FontFace f) -> overlap(f, missing))
					.thenComparing(FontChoice::preference)).get();
			if (!chosen.isEmpty() && overlap(best, missing) == 0) {
				break;
			}
			chosen.add(best);
			missing.andNot(best.coverage());
			found.removeIf(f -> f.file().equals(best.file()));
		}
		return chosen;
	}

	private static int overlap(FontFace face, BitSet missing) {
		BitSet both = (BitSet) missing.clone();
		both.and(face.coverage());
		return both.cardinality();
	}

	/** @return higher for a preferred file name, so that {@code max} picks it */
	private static int preference(FontFace face) {
		String name = face.file().getFileName().toString().toLowerCase(Locale.ROOT);
		for (int i = 0; i < PREFERRED.size(); i++) {
			if (name.startsWith(PREFERRED.get(i))) {
				return PREFERRED.size() - i;
			}
		}
		return 0;
	}

	private static FontFace named(FontSource source) throws IOException {
		if (!Files.isRegularFile(source.font())) {
			throw new IOException(NLS.bind(Messages.fontUnreadable, new Object[] { source.font(), source.origin(),
					Messages.fontMissing }));
		}
		Optional<FontFace> face;
		try {
			face = FontFace.readFirst(source.font(), false);
		} catch (IOException | RuntimeException e) {
			throw new IOException(NLS.bind(Messages.fontUnreadable, new Object[] { source.font(), source.origin(),
					String.valueOf(e.getMessage()) }), e);
		}
		return face.orElseThrow(() -> new IOException(NLS.bind(Messages.fontNotTrueType, source.font(), source.origin())));
	}
}

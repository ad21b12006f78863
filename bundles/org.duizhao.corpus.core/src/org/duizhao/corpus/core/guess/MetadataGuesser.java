package org.duizhao.corpus.core.guess;

import java.util.List;
import java.util.Objects;

import org.duizhao.corpus.core.Metadata;

/**
 * Guesses descriptive metadata from a document's text on import: title ({@link TitleGuess}),
 * date ({@link DateGuess}), issuer ({@link IssuerGuess}) and region ({@link RegionGuess}); the
 * Javadoc of each says what it looks at. Every guess is best effort and may be {@code null}; the
 * user corrects them in the Properties view. Stateless and thread-safe.
 */
public final class MetadataGuesser {

	private MetadataGuesser() {
	}

	/**
	 * @param text the extracted text, not {@code null}
	 * @param declaredTitle a title the file declares (HTML, PDF), or {@code null}
	 * @param fileName the original file name (fallback title), or {@code null}
	 * @param source the source path or URL to record, or {@code null}
	 * @return the guessed metadata, never {@code null}; tags are empty
	 */
	public static Metadata guess(String text, String declaredTitle, String fileName, String source) {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		Lines lines = new Lines(text);
		String title = TitleGuess.guess(lines, declaredTitle, fileName);
		String issuer = IssuerGuess.guess(lines);
		String date = DateGuess.guess(lines, title);
		String region = RegionGuess.guess(lines, title, issuer);
		return new Metadata(title, source, date, region, issuer, List.of());
	}

	/** @return the guessed date ({@code yyyy-MM-dd}, {@code yyyy-MM}) of {@code text}, or {@code null} */
	public static String guessDate(String text) {
		return DateGuess.guess(new Lines(text), null);
	}

	/** @return the guessed region's standard name, or {@code null} */
	public static String guessRegion(String text) {
		Lines lines = new Lines(text);
		return RegionGuess.guess(lines, TitleGuess.guess(lines, null, null), IssuerGuess.guess(lines));
	}
}

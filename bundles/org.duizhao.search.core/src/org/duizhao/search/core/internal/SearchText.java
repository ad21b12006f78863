package org.duizhao.search.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.duizhao.text.core.CodePoints;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.NormalizedText;
import org.duizhao.text.core.normalize.Normalizer;

/**
 * How text becomes index terms, for documents and queries alike, so that both fold the same way.
 * <p>
 * The text is first normalized as comparison does (width, pinyin glosses, variants and
 * look-alikes, traditional to simplified; {@link #FOLD}), and whitespace between Han characters is
 * left out ({@link HanJoin}). Lucene's standard tokenizer then cuts the normalized view into words
 * and single Han characters, which {@link CJKBigramFilter} turns into overlapping bigrams. A
 * document is indexed with unigrams <em>and</em> bigrams at the same positions; a query uses
 * bigrams only (a lone character stays a unigram). So any run of Han characters is a phrase of
 * bigrams at consecutive positions, and one character is found as itself.
 * <p>
 * The tokenizer sees only the normalized view; each token's offsets are mapped back through the
 * view's offset map to the original text and stored as <b>code points of the original</b>, so a
 * hit needs no re-normalization to be shown.
 */
public final class SearchText {

	/** What the index folds: as comparison does, minus boilerplate (page furniture stays findable). */
	public static final Set<NormalizeOption> FOLD = EnumSet.of(NormalizeOption.WIDTH, NormalizeOption.PINYIN,
			NormalizeOption.VARIANTS, NormalizeOption.SCRIPT);

	private final Normalizer normalizer;

	/** @param normalizer the project's normalizer, not {@code null} */
	public SearchText(Normalizer normalizer) {
		this.normalizer = normalizer;
	}

	/** @return the searchable view of {@code original} */
	public NormalizedText normalize(String original) {
		return HanJoin.apply(normalizer.normalize(original, FOLD));
	}

	/** @return the tokens of a document, offsets in code points of {@code original} */
	public TokenStream documentTokens(String original) {
		NormalizedText view = normalize(original);
		return new OriginalOffsets(chain(view.text(), true), view, CodePoints.index(original));
	}

	/**
	 * @param text a query term or phrase, as typed
	 * @return its terms with positions relative to the first, in order; empty when it has none
	 */
	public List<QueryToken> queryTokens(String text) {
		List<QueryToken> tokens = new ArrayList<>();
		try (TokenStream ts = chain(normalize(text).text(), false)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
			ts.reset();
			int position = -1;
			while (ts.incrementToken()) {
				position += inc.getPositionIncrement();
				tokens.add(new QueryToken(term.toString(), position));
			}
			ts.end();
		} catch (IOException e) {
			throw new IllegalStateException(e); // a StringReader does not fail
		}
		if (!tokens.isEmpty() && tokens.get(0).position() > 0) {
			int first = tokens.get(0).position();
			tokens.replaceAll(t -> new QueryToken(t.term(), t.position() - first));
		}
		return tokens;
	}

	private static TokenStream chain(String normalized, boolean unigrams) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(normalized));
		TokenStream ts = new LowerCaseFilter(tokenizer);
		int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
		return new CJKBigramFilter(ts, scripts, unigrams);
	}

	/** One term of a query and its position. */
	public record QueryToken(String term, int position) {
	}

	/** Rewrites token offsets (UTF-16 of the normalized view) to code points of the original. */
	private static final class OriginalOffsets extends TokenFilter {
		private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
		private final NormalizedText view;
		private final CodePoints.Index codePoints;

		OriginalOffsets(TokenStream input, NormalizedText view, CodePoints.Index codePoints) {
			super(input);
			this.view = view;
			this.codePoints = codePoints;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!input.incrementToken()) {
				return false;
			}
			int[] original = view.toOriginal(offsets.startOffset(), offsets.endOffset());
			offsets.setOffset(codePoints.toCodePoint(original[0]), codePoints.toCodePoint(original[1]));
			return true;
		}

		@Override
		public void end() throws IOException {
			super.end();
			int length = codePoints.codePointLength();
			offsets.setOffset(length, length);
		}
	}
}

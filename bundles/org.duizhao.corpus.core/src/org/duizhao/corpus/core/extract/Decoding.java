package org.duizhao.corpus.core.extract;

import java.util.Optional;

import org.duizhao.corpus.core.SkipReason;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.text.core.decode.BinaryCheck;
import org.duizhao.text.core.decode.BinarySignal;
import org.duizhao.text.core.decode.DecodedText;
import org.duizhao.text.core.decode.TextDecoder;
import org.eclipse.osgi.util.NLS;

/** Shared first step of the text formats: refuse binary files, then decode once. */
final class Decoding {

	private Decoding() {
	}

	/**
	 * @param encoding user's charset or {@code null} to detect
	 * @throws SkipException {@link SkipReason#BINARY} with the reason, {@link SkipReason#ERROR}
	 *             for an unknown charset, {@link SkipReason#OVER_LIMIT} for too much text
	 */
	static DecodedText decode(byte[] bytes, String encoding) throws SkipException {
		DecodedText d = decodeUnchecked(bytes, encoding);
		// before any paragraph list is built: millions of one-character lines used to fill the heap
		ExtractionLimits.DEFAULTS.checkText(d.text());
		return d;
	}

	private static DecodedText decodeUnchecked(byte[] bytes, String encoding) throws SkipException {
		if (encoding == null) {
			Optional<BinarySignal> binary = BinaryCheck.check(bytes);
			if (binary.isPresent()) {
				throw new SkipException(SkipReason.BINARY, describe(binary.get()));
			}
			return TextDecoder.decode(bytes);
		}
		try {
			return TextDecoder.decode(bytes, encoding);
		} catch (IllegalArgumentException e) {
			throw new SkipException(SkipReason.ERROR, NLS.bind(Messages.errorUnknownCharset, encoding));
		}
	}

	/** @return a user-readable reason for a binary signal */
	static String describe(BinarySignal signal) {
		return switch (signal.kind()) {
		case MAGIC_NUMBER -> NLS.bind(Messages.skipBinaryMagic, signal.detail());
		case NUL_BYTES -> NLS.bind(Messages.skipBinaryNul, signal.detail());
		case CONTROL_CHARACTERS -> NLS.bind(Messages.skipBinaryControl, signal.detail());
		};
	}
}

package org.duizhao.text.core.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes while counting every malformed or unmappable sequence, which the JDK's replacing
 * decoders do silently; the count is what tells a right charset from a wrong one.
 */
record StrictDecoding(String text, int malformed) {

	static StrictDecoding run(byte[] data, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(data, offset, data.length - offset);
		// no charset used here yields more chars than bytes, replacements included
		int capacity = (int) Math.max(in.remaining() * (double) decoder.maxCharsPerByte(), in.remaining()) + 16;
		CharBuffer out = CharBuffer.allocate(capacity);
		int malformed = 0;
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isUnderflow()) {
				decoder.flush(out);
				break;
			}
			if (result.isOverflow()) {
				out = grow(out);
			} else {
				out.put('\uFFFD');
				in.position(in.position() + result.length());
				malformed++;
			}
		}
		out.flip();
		return new StrictDecoding(out.toString(), malformed);
	}

	private static CharBuffer grow(CharBuffer out) {
		CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
		out.flip();
		bigger.put(out);
		return bigger;
	}
}

package org.duizhao.annotations.core.internal.qdpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.duizhao.annotations.core.exchange.ExchangeException;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads the entries a REFI-QDA import needs from a zip into memory, within {@link ZipLimits}, and
 * refuses a zip whose entry names could escape a folder ({@code ../}, absolute paths, drive
 * letters, backslashes): such a file is not a project export but an attack.
 */
public final class SafeZip {

	private SafeZip() {
	}

	/**
	 * @param wanted which entries to read (others are checked by name only, never inflated)
	 * @return the wanted entries' bytes by entry name, in zip order
	 * @throws ExchangeException if the file is no zip, an entry name is unsafe or a limit is passed
	 */
	public static Map<String, byte[]> read(Path file, ZipLimits limits, Predicate<String> wanted)
			throws IOException {
		Map<String, byte[]> out = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > limits.maxEntries()) {
				throw new ExchangeException(NLS.bind(Messages.zipTooManyEntries, zip.size(), limits.maxEntries()));
			}
			long[] total = { 0 };
			for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
				ZipEntry e = en.nextElement();
				checkName(e.getName());
				if (!e.isDirectory() && wanted.test(e.getName())) {
					out.put(e.getName(), inflate(zip, e, limits, total));
				}
			}
		} catch (ZipException e) {
			throw new ExchangeException(NLS.bind(Messages.zipBad, file.getFileName(), e.getMessage()), e);
		}
		return out;
	}

	/** Refuses names that are absolute or climb out of the folder they would be unpacked into. */
	static void checkName(String name) throws ExchangeException {
		boolean bad = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0 //$NON-NLS-1$ //$NON-NLS-2$
				|| name.matches("^[A-Za-z]:.*"); //$NON-NLS-1$
		for (String segment : name.split("/")) { //$NON-NLS-1$
			bad |= segment.equals(".."); //$NON-NLS-1$
		}
		if (bad) {
			throw new ExchangeException(NLS.bind(Messages.zipUnsafeName, name));
		}
	}

	private static byte[] inflate(ZipFile zip, ZipEntry e, ZipLimits limits, long[] total) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		long compressed = Math.max(1, e.getCompressedSize());
		byte[] chunk = new byte[64 * 1024];
		long size = 0;
		try (InputStream in = zip.getInputStream(e)) {
			for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
				size += n;
				total[0] += n;
				if (total[0] > limits.maxTotalBytes()) {
					throw new ExchangeException(NLS.bind(Messages.zipTooLarge, limits.maxTotalBytes()));
				}
				if (size > limits.ratioFloor() && size / compressed > limits.maxRatio()) {
					throw new ExchangeException(NLS.bind(Messages.zipBomb, e.getName(), limits.maxRatio()));
				}
				buffer.write(chunk, 0, n);
			}
		}
		return buffer.toByteArray();
	}
}

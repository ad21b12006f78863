package org.duizhao.annotations.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Writes and reads small zips for the REFI-QDA tests. */
final class Zips {

	private Zips() {
	}

	/** Writes {@code entries} (name to UTF-8 text) as a zip. */
	static Path write(Path file, Map<String, String> entries) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

	/** Writes a zip with one entry of {@code size} zero bytes (it deflates about a thousand times). */
	static Path zeros(Path file, String name, long size) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry(name));
			byte[] block = new byte[1 << 16];
			for (long done = 0; done < size; done += block.length) {
				zip.write(block);
			}
			zip.closeEntry();
		}
		return file;
	}

	/** @return the text of one entry */
	static String read(Path file, String name) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Copies one entry's bytes to {@code out}. */
	static void copy(Path file, String name, OutputStream out) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
			in.transferTo(out);
		}
	}
}

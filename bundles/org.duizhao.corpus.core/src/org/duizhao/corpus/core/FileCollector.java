package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.corpus.core.internal.Messages;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Expands the import sources into files: folders recursively in name order, hidden entries (names
 * starting with a dot, such as {@code .git}) passed over; a source that does not exist is
 * reported as {@link SkipReason#ERROR}.
 */
final class FileCollector {

	private FileCollector() {
	}

	static List<Path> collect(List<Path> sources, List<ImportReport.Skipped> skipped, SubMonitor monitor)
			throws IOException {
		monitor.subTask(Messages.taskScan);
		List<Path> files = new ArrayList<>();
		for (Path source : sources) {
			monitor.checkCanceled();
			if (Files.isDirectory(source)) {
				walk(source, files, skipped, monitor);
			} else if (Files.isRegularFile(source)) {
				files.add(source);
			} else if (Files.exists(source)) {
				// a FIFO would block the read for ever, a device such as /dev/zero never ends
				skipped.add(new ImportReport.Skipped(source, SkipReason.ERROR, NLS.bind(Messages.skipNotRegular, source)));
			} else {
				skipped.add(new ImportReport.Skipped(source, SkipReason.ERROR,
						NLS.bind(Messages.skipError, source)));
			}
		}
		return files;
	}

	private static void walk(Path root, List<Path> files, List<ImportReport.Skipped> skipped, SubMonitor monitor) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				monitor.checkCanceled();
				return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && !isHidden(file)) {
					found.add(file);
				} else if (attrs.isOther() && !isHidden(file)) {
					skipped.add(new ImportReport.Skipped(file, SkipReason.ERROR, NLS.bind(Messages.skipNotRegular, file)));
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException exc) {
				skipped.add(new ImportReport.Skipped(file, SkipReason.ERROR, NLS.bind(Messages.skipError, exc.getMessage())));
				return FileVisitResult.CONTINUE;
			}
		});
		found.sort(null);
		files.addAll(found);
	}

	private static boolean isHidden(Path p) {
		return p.getFileName() != null && p.getFileName().toString().startsWith("."); //$NON-NLS-1$
	}
}

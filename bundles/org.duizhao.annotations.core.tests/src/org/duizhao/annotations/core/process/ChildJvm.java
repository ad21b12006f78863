package org.duizhao.annotations.core.process;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.text.core.CodePoints;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.sqlite.SQLiteDataSource;

/**
 * Starts a second, plain Java process that uses the annotation store on the same files, as the CLI
 * does while the workbench is open: a real process, so it can be killed with SIGKILL mid-write.
 * Its class path is made of the code sources of the bundles the store needs.
 */
public final class ChildJvm {

	private ChildJvm() {
	}

	/** @return a started process running {@code mainClass} with {@code args} */
	public static Process start(Class<?> mainClass, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		command.add("-Xmx256m"); //$NON-NLS-1$
		command.add("-cp"); //$NON-NLS-1$
		command.add(classpath());
		command.add(mainClass.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
	}

	/** @return the class path of the store and its dependencies, as the test runtime has them */
	public static String classpath() throws URISyntaxException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> c : List.of(ChildJvm.class, AnnotationStore.class, SQLiteDataSource.class, CodePoints.class,
				IProgressMonitor.class, NLS.class, org.postgresql.PGConnection.class, com.google.gson.Gson.class)) {
			for (Path p : locations(c)) {
				entries.add(p.toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static List<Path> locations(Class<?> c) throws URISyntaxException {
		Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Path> out = new ArrayList<>();
		if (Files.isDirectory(p)) {
			// a bundle from the build: its classes are in target/classes (or bin), resources beside them
			for (String sub : new String[] { "target/classes", "bin" }) { //$NON-NLS-1$ //$NON-NLS-2$
				if (Files.isDirectory(p.resolve(sub))) {
					out.add(p.resolve(sub));
				}
			}
		}
		out.add(p);
		return out;
	}
}

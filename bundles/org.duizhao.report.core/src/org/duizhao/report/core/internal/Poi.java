package org.duizhao.report.core.internal;

import java.io.IOException;

import java.util.List;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComment;

/**
 * Runs Apache POI work the way it works both on a plain class path and inside OSGi.
 * <ul>
 * <li>XMLBeans looks up schema types by name through the thread's context class loader (its
 * "context type loader", used e.g. when it parses a part of unknown type). The types live in two
 * bundles: the OOXML schemas (poi-ooxml-lite) and XMLBeans itself (built-in types such as
 * {@code xml:space}); no bundle's loader sees both, so the work runs with a context class loader
 * that asks the schemas' bundle, XMLBeans' and POI's in turn (and the previous one is put back).
 * The schemas' own links to XMLBeans' types go through their bundle's class loader instead, which is
 * why the target platform wraps poi-ooxml-lite with a {@code Require-Bundle} on XMLBeans.</li>
 * <li>POI logs through the Log4j API, which reports on stderr that it found no Log4j
 * implementation the first time it is used (also when commons-logging, which uses the Log4j API
 * when present, is used first). The product and the test runs set {@value #STATUS_LEVEL}
 * {@code =OFF} at launch; for other launches it is set here, unless set already, before POI first
 * runs. It silences only that status channel: errors that POI logs still reach stderr.</li>
 * </ul>
 */
public final class Poi {

	/** The Log4j API property that sets the level of its own status messages. */
	static final String STATUS_LEVEL = "log4j2.StatusLogger.level"; //$NON-NLS-1$

	/** Work that reads or writes an OOXML document. */
	@FunctionalInterface
	public interface Work<T> {
		/** @return the result */
		T run() throws IOException;
	}

	private static final ClassLoader SCHEMAS = new JoinedClassLoader(List.of(CTComment.class.getClassLoader(),
			XmlObject.class.getClassLoader(), POIXMLDocument.class.getClassLoader()));

	private Poi() {
	}

	/** @return the result of {@code work}, run with the OOXML schemas' class loader as context loader */
	public static <T> T run(Work<T> work) throws IOException {
		quietLogging();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(SCHEMAS);
		try {
			return work.run();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static void quietLogging() {
		if (System.getProperty(STATUS_LEVEL) == null) {
			System.setProperty(STATUS_LEVEL, "OFF"); //$NON-NLS-1$
		}
	}
}

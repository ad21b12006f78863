package org.duizhao.report.core;

/**
 * Where the PDF format looks for the font that carries the Chinese text, first match wins: the
 * command line's {@code --font FILE} (which the CLI passes on as the system property), the system
 * property {@value #PROPERTY}, the environment variable {@value #ENVIRONMENT}, the workbench
 * preference {@value #KEY} in the instance scope node {@value #NODE}, and then the system's font
 * folders. Each setting names a TrueType font file ({@code .ttf} or {@code .ttc}): PDFBox cannot
 * embed the CFF outlines of OpenType CJK fonts such as Noto Sans CJK.
 *
 * @since 0.1
 */
public final class PdfFontSetting {

	/** The preference node, shared by the workbench page and the engine. */
	public static final String NODE = "org.duizhao.report.core"; //$NON-NLS-1$
	/** The preference key under {@link #NODE}: a font file's path, empty for the system's fonts. */
	public static final String KEY = "pdfFont"; //$NON-NLS-1$
	/** The system property (set by the CLI's {@code --font}). */
	public static final String PROPERTY = "duizhao.report.font"; //$NON-NLS-1$
	/** The environment variable. */
	public static final String ENVIRONMENT = "DUIZHAO_REPORT_FONT"; //$NON-NLS-1$

	private PdfFontSetting() {
	}
}

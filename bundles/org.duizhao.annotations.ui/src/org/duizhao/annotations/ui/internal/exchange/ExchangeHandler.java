package org.duizhao.annotations.ui.internal.exchange;

import java.nio.file.Path;
import java.util.Locale;

import org.duizhao.annotations.core.exchange.ExchangeFormat;
import org.duizhao.annotations.ui.internal.Messages;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.handlers.ProjectHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File &gt; Import Annotations… and File &gt; Export Annotations… (plugin.xml names the variant
 * {@code import} or {@code export} after a colon): asks for the file, then runs an
 * {@link ExchangeJob}. The dialogs start in the folder that holds the project, and an export is
 * named after the project.
 */
public class ExchangeHandler extends ProjectHandler {

	private static final ExchangeFormat[] EXPORT_FORMATS = { ExchangeFormat.W3C, ExchangeFormat.QDPX,
			ExchangeFormat.CSV };

	@Override
	protected void execute(ExecutionEvent event, Shell shell, Project project) {
		if (isVariant("export")) { //$NON-NLS-1$
			askExport(shell, project);
		} else {
			askImport(shell, project);
		}
	}

	private static void askImport(Shell shell, Project project) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Messages.Exchange_importDialog);
		dialog.setFilterPath(startFolder(project));
		dialog.setFilterExtensions(new String[] { "*.qdpx;*.jsonld;*.json", "*.qdpx", "*.jsonld;*.json", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		dialog.setFilterNames(new String[] { Messages.Exchange_filterAll, Messages.Exchange_filterQdpx,
				Messages.Exchange_filterW3c, Messages.Exchange_filterAny });
		String chosen = dialog.open();
		if (chosen != null) {
			ExchangeJob.startImport(project, Path.of(chosen), shell);
		}
	}

	private static void askExport(Shell shell, Project project) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Exchange_exportDialog);
		dialog.setFilterPath(startFolder(project));
		dialog.setFilterExtensions(new String[] { "*.jsonld", "*.qdpx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setFilterNames(new String[] { Messages.Exchange_filterW3c, Messages.Exchange_filterQdpx,
				Messages.Exchange_filterCsv });
		dialog.setFileName(project.name() + ".jsonld"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		int index = dialog.getFilterIndex();
		ExchangeFormat byFilter = index >= 0 && index < EXPORT_FORMATS.length ? EXPORT_FORMATS[index] : ExchangeFormat.W3C;
		ExchangeFormat format = formatOf(chosen, byFilter);
		ExchangeJob.startExport(project, format, withExtension(chosen, format), shell);
	}

	/**
	 * @return the export format a file name asks for by its extension ({@code .json} counts as W3C),
	 *         else {@code fallback} (the filter the user picked)
	 */
	public static ExchangeFormat formatOf(String fileName, ExchangeFormat fallback) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		for (ExchangeFormat f : EXPORT_FORMATS) {
			if (lower.endsWith('.' + f.extension())) {
				return f;
			}
		}
		return lower.endsWith(".json") ? ExchangeFormat.W3C : fallback; //$NON-NLS-1$
	}

	/** @return {@code fileName} with the format's extension added unless it has one of its own */
	public static Path withExtension(String fileName, ExchangeFormat format) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		boolean has = lower.endsWith('.' + format.extension()) || format == ExchangeFormat.W3C && lower.endsWith(".json"); //$NON-NLS-1$
		return Path.of(has ? fileName : fileName + '.' + format.extension());
	}

	private static String startFolder(Project project) {
		Path parent = project.folder().toAbsolutePath().getParent();
		return (parent == null ? project.folder().toAbsolutePath() : parent).toString();
	}
}

package org.duizhao.annotations.ui.internal.exchange;

import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.exchange.ExportResult;
import org.duizhao.annotations.core.exchange.ImportResult;
import org.duizhao.annotations.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What an import or export did, for the researcher: a title, one line of counts, and what could
 * not be mapped (one line per item left out, as the core wrote it).
 *
 * @param title the dialog's title
 * @param headline the counts
 * @param problems what was left out and why, never {@code null}
 */
public record ExchangeSummary(String title, String headline, List<String> problems) {

	/** Copies the list. */
	public ExchangeSummary {
		problems = List.copyOf(problems);
	}

	static ExchangeSummary of(Path file, ImportResult r) {
		String headline = NLS.bind(Messages.Exchange_imported, new Object[] { file.getFileName(), r.documents(),
				r.codes(), r.annotations(), r.memos() });
		if (r.relocated() > 0) {
			headline += '\n' + NLS.bind(Messages.Exchange_relocated, r.relocated());
		}
		return new ExchangeSummary(Messages.Exchange_importTitle, headline, r.problems());
	}

	static ExchangeSummary of(Path file, ExportResult r) {
		String headline = NLS.bind(Messages.Exchange_exported,
				new Object[] { file, r.documents(), r.codes(), r.annotations(), r.memos() });
		return new ExchangeSummary(Messages.Exchange_exportTitle, headline, r.problems());
	}
}

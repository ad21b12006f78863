package org.duizhao.corpus.ui.internal.viewer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.core.ProjectNormalization;
import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.text.core.normalize.Fold;
import org.duizhao.text.core.normalize.FoldReason;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;
import org.duizhao.text.core.normalize.TextMarks;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

/**
 * Runs the project's normalization over a document for the viewer: which lines are boilerplate,
 * which runs are damaged or glosses, and which characters are folded as variants or look-alikes
 * (script folding is left out: in a traditional text it would mark nearly every character).
 */
final class Marking {

	private static final Set<FoldReason> SHOWN = EnumSet.of(FoldReason.VARIANT, FoldReason.LOOKALIKE,
			FoldReason.PROJECT_LOOKALIKE);

	private Marking() {
	}

	static ViewerContent analyze(Project project, String text, Structure structure, IProgressMonitor monitor) {
		try {
			Normalizer normalizer = new ProjectNormalization(project).normalizer(ScriptTarget.SIMPLIFIED);
			TextMarks marks = normalizer.marks(text);
			List<Fold> folds = normalizer.normalizeWithFolds(text, EnumSet.of(NormalizeOption.VARIANTS), monitor)
					.folds().stream().filter(f -> SHOWN.contains(f.reason())).toList();
			return new ViewerContent(text, structure, marks, folds);
		} catch (Exception e) {
			// a malformed project table must not keep the document from showing
			CorpusUiPlugin.log(NLS.bind(Messages.Viewer_marksFailed, e.getMessage()), e);
			return new ViewerContent(text, structure, null, List.of());
		}
	}
}

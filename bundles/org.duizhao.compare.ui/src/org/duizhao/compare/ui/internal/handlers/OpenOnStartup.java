package org.duizhao.compare.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.compare.ui.internal.CompareUi;
import org.duizhao.compare.ui.internal.base.BaseCompareEditor;
import org.duizhao.compare.ui.internal.base.BaseEditorInput;
import org.duizhao.compare.ui.internal.passages.SharedPassagesView;
import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.editor.CompareMode;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.corpus.core.Document;
import org.duizhao.corpus.core.Project;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Opens a comparison when the workbench starts, if the system property {@code duizhao.compare}
 * names one: {@code PROJECT_DIR,DOC_A,DOC_B} with documents by id or source file name opens the
 * compare editor as Document &gt; Compare does (maximized unless the preference says to keep the
 * layout); {@code PROJECT_DIR,BASE,DOC,DOC...} (three documents or more) opens "compare with
 * base"; a trailing {@code ,passages} shows the shared passages view in the restored layout, a
 * trailing {@code ,related} opens the pair in Related mode. Meant for demonstrations, screenshots and manual tests (set it through
 * {@code DUIZHAO_VMARGS}).
 */
public class OpenOnStartup implements IStartup {

	/** The system property read. */
	public static final String PROPERTY = "duizhao.compare"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		String spec = System.getProperty(PROPERTY);
		if (spec == null || spec.split(",").length < 3) { //$NON-NLS-1$
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> open(workbench, spec.split(","))); //$NON-NLS-1$
	}

	private static void open(IWorkbench workbench, String[] spec) {
		try {
			Project project = CorpusUiPlugin.getDefault().projects().open(Path.of(spec[0]));
			IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
			IWorkbenchPage page = window.getActivePage();
			boolean passages = "passages".equals(spec[spec.length - 1]); //$NON-NLS-1$
			boolean related = "related".equals(spec[spec.length - 1]); //$NON-NLS-1$
			List<DocumentRef> docs = new ArrayList<>();
			for (int k = 1; k < spec.length - (passages || related ? 1 : 0); k++) {
				docs.add(ref(project, spec[k]));
			}
			if (docs.size() > 2) {
				EditorPlacement.apply(page, page.openEditor(new BaseEditorInput(docs.get(0), docs.subList(1, docs.size())),
						BaseCompareEditor.ID));
				return;
			}
			if (!passages) {
				CompareEditor editor = CompareHandler.open(page, docs.get(0), docs.get(1));
				if (related && editor != null) {
					editor.setMode(CompareMode.RELATED);
				}
				return;
			}
			CompareEditor editor = CompareHandler.openInLayout(page, docs.get(0), docs.get(1));
			if (editor != null) {
				page.showView(SharedPassagesView.ID);
				page.activate(editor);
			}
		} catch (Exception e) {
			CompareUi.log("Could not open the comparison " + String.join(",", spec), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static DocumentRef ref(Project project, String key) {
		List<Document> found = project.documents().stream()
				.filter(d -> d.id().equals(key) || key.equals(d.current().sourceName())).toList();
		if (found.size() != 1) {
			throw new IllegalArgumentException("no single document " + key); //$NON-NLS-1$
		}
		Document d = found.get(0);
		return new DocumentRef(project.folder(), d.id(), d.current().number(), d.displayName());
	}
}

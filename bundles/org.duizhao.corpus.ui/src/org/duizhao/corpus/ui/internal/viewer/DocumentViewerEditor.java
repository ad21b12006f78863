package org.duizhao.corpus.ui.internal.viewer;

import org.duizhao.corpus.core.Project;
import java.util.List;

import org.duizhao.corpus.core.Structure;
import org.duizhao.corpus.ui.internal.CjkFonts;
import org.duizhao.corpus.ui.internal.CorpusUiPlugin;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.corpus.ui.internal.explorer.DocumentNode;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.duizhao.corpus.ui.DocumentPanes;
import org.duizhao.corpus.ui.ReadOnlyEditor;
import org.duizhao.corpus.ui.ShownDocument;
import org.duizhao.corpus.ui.Restylable;
import org.duizhao.corpus.ui.ViewerOptions;

/**
 * Shows one document version read-only: wrapped lines in a CJK-capable font, paragraphs spaced,
 * headings bold, and the caret's code point offset in the status line. The text shown is exactly
 * the stored decoded text, so every offset shown is an offset into the document.
 */
public class DocumentViewerEditor extends ReadOnlyEditor<DocumentEditorInput> implements Restylable {

	/** Creates the editor. */
	public DocumentViewerEditor() {
		super(DocumentEditorInput.class);
	}

	/** The editor id. */
	public static final String ID = "org.duizhao.corpus.ui.viewer"; //$NON-NLS-1$

	private SourceViewer viewer;
	private Label fontNote;
	private LocalResourceManager resources;
	private CaretStatus caretStatus;
	private final DocumentSelection selection = new DocumentSelection();
	private MarkTooltips tooltips;
	private volatile ViewerContent content;
	private ShownDocument shown;

	/** @return the document input */
	public DocumentEditorInput documentInput() {
		return input();
	}

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		area.setLayout(layout);
		fontNote = new Label(area, SWT.WRAP);
		fontNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new SourceViewer(area, null, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setEditable(false);
		StyledText text = viewer.getTextWidget();
		text.setWordWrap(true);
		text.setLineSpacing(6);
		text.setLeftMargin(12);
		text.setRightMargin(12);
		text.setTopMargin(8);
		applyFont(text);
		viewer.setDocument(new Document(NLS.bind(Messages.Viewer_loading, getPartName())));
		caretStatus = new CaretStatus(text, getEditorSite().getActionBars().getStatusLineManager());
		getSite().setSelectionProvider(selection);
		tooltips = new MarkTooltips(text);
		shown = new ShownDocument(text, documentInput().projectRoot(), documentInput().documentId());
		load();
	}

	private void applyFont(StyledText text) {
		int height = JFaceResources.getTextFont().getFontData()[0].getHeight() + 2;
		CjkFonts.fontData(text.getDisplay(), height).ifPresentOrElse(data -> {
			text.setFont(resources.create(FontDescriptor.createFrom(data)));
			fontNote.setText(NLS.bind(Messages.Viewer_fontInfo, data.getName()));
			fontNote.setVisible(false);
			((GridData) fontNote.getLayoutData()).exclude = true;
		}, () -> fontNote.setText(Messages.Viewer_noCjkFont));
	}

	/** Reads the document again and recomputes what normalization finds in it. */
	public void reload() {
		load();
	}

	/** Reads the text off the UI thread; a large document must not freeze the window. */
	private void load() {
		DocumentEditorInput input = documentInput();
		Job job = Job.create(NLS.bind(Messages.Viewer_loading, input.getName()), (IProgressMonitor monitor) -> {
			try {
				Project project = CorpusUiPlugin.getDefault().projects().open(input.projectRoot());
				org.duizhao.corpus.core.Document document = project.document(input.documentId())
						.orElseThrow(() -> new java.io.FileNotFoundException(input.getName()));
				org.duizhao.corpus.core.DocumentVersion version = document.version(input.version());
				if (version == null) {
					version = document.current();
				}
				String content = project.readText(document, version);
				Structure structure = project.readStructure(document, version);
				int number = version.number();
				show(Marking.analyze(project, content, structure, monitor), number);
				showInProperties(new DocumentNode(project, document));
				return Status.OK_STATUS;
			} catch (Exception e) {
				show(new ViewerContent(NLS.bind(Messages.Viewer_loadFailed, e.getMessage()), null, null, List.of()), 0);
				return Status.error(NLS.bind(Messages.Viewer_loadFailed, e.getMessage()), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(ViewerContent loaded, int versionNumber) {
		if (viewer == null) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			content = loaded;
			viewer.setDocument(new Document(loaded.text()));
			caretStatus.setText(loaded.text(), loaded.structure());
			restyle();
			if (versionNumber > 0) {
				shown.shown(versionNumber, loaded.text());
			}
		});
	}

	/** Applies the viewer toggles (marks, glosses) again, e.g. after one of them changed. */
	@Override
	public void restyle() {
		if (content == null || viewer.getControl().isDisposed()) {
			return;
		}
		boolean marks = ViewerOptions.isOn(ViewerOptions.SHOW_MARKS);
		DocumentStyles.apply(viewer.getTextWidget(), content, marks, ViewerOptions.isOn(ViewerOptions.HIDE_GLOSSES));
		tooltips.setContent(content, marks);
	}

	/** @return what the viewer shows, once loaded, or {@code null} */
	ViewerContent content() {
		return content;
	}

	/** @return the tooltip text for the character at {@code offset} (for tests) */
	public String markDescription(int offset) {
		return content == null ? null : tooltips.describe(offset);
	}

	/** Lets the Properties view show the metadata of the open document while this editor is active. */
	private void showInProperties(DocumentNode node) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (viewer != null && !viewer.getControl().isDisposed()) {
				selection.setSelection(new StructuredSelection(node));
			}
		});
	}

	/** @return the text widget, for tests and for editors that reveal ranges */
	public StyledText textWidget() {
		return viewer.getTextWidget();
	}

	/** @return the note about the font in use (visible only when no CJK font is installed) */
	public Label fontNote() {
		return fontNote;
	}

	/** Selects and reveals a range of the document, given in UTF-16 indices. */
	public void reveal(int start, int end) {
		viewer.setSelectedRange(start, end - start);
		viewer.revealRange(start, end - start);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == DocumentPanes.class && shown != null) {
			return adapter.cast((DocumentPanes) () -> List.of(shown));
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** @return what the status line says for the caret where it is now */
	public String caretMessage() {
		return caretStatus.message(viewer.getTextWidget().getCaretOffset());
	}

	/** @return the font the text is shown in */
	public Font textFont() {
		return viewer.getTextWidget().getFont();
	}
}

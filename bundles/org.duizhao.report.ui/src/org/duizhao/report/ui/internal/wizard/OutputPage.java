package org.duizhao.report.ui.internal.wizard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.duizhao.corpus.core.Project;
import org.duizhao.report.core.ReportExporter;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The second page: the format, from every registered exporter that carries the chosen kind (so a
 * format another bundle registers appears here by itself), the file, and whether to offer to open
 * the report when it is written. Changing the format changes the file's extension.
 */
public final class OutputPage extends WizardPage {

	private final Project project;
	private final WizardSettings settings;
	private final Supplier<ReportKind> kind;
	private List<ReportExporter> exporters = List.of();
	private ReportKind shownKind;
	private Combo format;
	private Text file;
	private Button open;

	OutputPage(Project project, WizardSettings settings, Supplier<ReportKind> kind) {
		super("output"); //$NON-NLS-1$
		this.project = project;
		this.settings = settings;
		this.kind = kind;
		setTitle(Messages.Output_title);
		setDescription(Messages.Output_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.Output_format);
		format = new Combo(area, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
		format.addListener(SWT.Selection, e -> formatChanged());
		new Label(area, SWT.NONE).setText(Messages.Output_file);
		file = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(file);
		file.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Output_browse);
		browse.addListener(SWT.Selection, e -> browse());
		open = new Button(area, SWT.CHECK);
		open.setText(Messages.Output_open);
		open.setSelection(settings.flag(WizardSettings.OPEN, true));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(open);
		setControl(area);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible && kind.get() != shownKind) {
			fill(kind.get());
		}
		super.setVisible(visible);
	}

	/** Offers the formats of {@code k}, the last one used for it first chosen. */
	private void fill(ReportKind k) {
		shownKind = k;
		exporters = ReportExporters.all().stream().filter(e -> e.kinds().contains(k)).toList();
		format.removeAll();
		exporters.forEach(e -> format.add(e.format().toUpperCase(Locale.ROOT) + " (*." + e.extension() + ")")); //$NON-NLS-1$ //$NON-NLS-2$
		String last = settings.get(WizardSettings.FORMAT + k.id());
		int index = 0;
		for (int i = 0; i < exporters.size(); i++) {
			if (exporters.get(i).format().equals(last) || last == null && exporters.get(i).format().equals("html")) { //$NON-NLS-1$
				index = i;
			}
		}
		if (!exporters.isEmpty()) {
			format.select(index);
		}
		if (file.getText().isBlank()) {
			String folder = settings.get(WizardSettings.FOLDER);
			Path dir = folder != null && Files.isDirectory(Path.of(folder)) ? Path.of(folder) : startFolder();
			file.setText(dir.resolve(project.name() + "-" + k.id()).toString()); //$NON-NLS-1$
		}
		formatChanged();
	}

	private Path startFolder() {
		Path root = project.folder().toAbsolutePath();
		return root.getParent() == null ? root : root.getParent();
	}

	private void formatChanged() {
		ReportExporter e = exporter();
		if (e != null && !file.getText().isBlank()) {
			file.setText(withExtension(file.getText().strip(), e.extension()));
		}
		validate();
	}

	/** @return {@code name} with its extension replaced by {@code extension} (added if it had none) */
	static String withExtension(String name, String extension) {
		Path p = Path.of(name);
		String base = p.getFileName() == null ? name : p.getFileName().toString();
		int dot = base.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, name.length() - (base.length() - dot)) : name;
		return stem + '.' + extension;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setText(Messages.Output_browseTitle);
		Path current = Path.of(file.getText().isBlank() ? startFolder().toString() : file.getText());
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString()); //$NON-NLS-1$
		ReportExporter e = exporter();
		if (e != null) {
			dialog.setFilterExtensions(new String[] { "*." + e.extension(), "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		}
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(e == null ? chosen : withExtension(chosen, e.extension()));
		}
	}

	private void validate() {
		String problem = null;
		if (exporters.isEmpty()) {
			problem = Messages.Output_noFormat;
		} else if (file.getText().isBlank()) {
			problem = Messages.Output_noFile;
		} else {
			Path parent = Path.of(file.getText().strip()).toAbsolutePath().getParent();
			if (parent == null || !Files.isDirectory(parent)) {
				problem = Messages.Output_noFolder;
			} else if (Files.isDirectory(Path.of(file.getText().strip()))) {
				problem = Messages.Output_isFolder;
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** Remembers the format, the folder and the open choice. */
	void save() {
		settings.put(WizardSettings.FORMAT + shownKind.id(), format());
		Path parent = output().getParent();
		if (parent != null) {
			settings.put(WizardSettings.FOLDER, parent.toString());
		}
		settings.putFlag(WizardSettings.OPEN, open.getSelection());
	}

	private ReportExporter exporter() {
		int i = format == null ? -1 : format.getSelectionIndex();
		return i < 0 || i >= exporters.size() ? null : exporters.get(i);
	}

	/** @return the chosen format id, or {@code null} */
	public String format() {
		ReportExporter e = exporter();
		return e == null ? null : e.format();
	}

	/** @return the chosen file */
	public Path output() {
		return Path.of(file.getText().strip()).toAbsolutePath();
	}

	/** @return whether to offer to open the report */
	public boolean openWhenDone() {
		return open.getSelection();
	}

	/** @return the format choice (for tests) */
	public Combo formatCombo() {
		return format;
	}

	/** @return the file field (for tests) */
	public Text fileText() {
		return file;
	}

	/** @return the open check box (for tests) */
	public Button openButton() {
		return open;
	}

	/** Call after changing the format programmatically (tests). */
	public void update() {
		formatChanged();
	}
}

package org.duizhao.report.ui.internal.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.duizhao.corpus.core.Document;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/**
 * The first page: the kind of report, and what it covers: documents (for a comparison two, or a
 * base and the documents compared with it), codes and coders. Nothing checked means all. For a
 * comparison also how it compares ({@link ComparisonChoice}).
 */
public final class ContentPage extends WizardPage {

	private final ProjectContent content;
	private final WizardSettings settings;
	private final Map<ReportKind, Button> kinds = new EnumMap<>(ReportKind.class);
	private Label hint;
	private CheckList documents;
	private CheckList codes;
	private CheckList coders;
	private Combo base;
	private ComparisonChoice comparison;

	ContentPage(ProjectContent content, WizardSettings settings) {
		super("content"); //$NON-NLS-1$
		this.content = content;
		this.settings = settings;
		setTitle(Messages.Content_title);
		setDescription(Messages.Content_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).equalWidth(true).applyTo(area);
		Group group = new Group(area, SWT.NONE);
		group.setText(Messages.Content_kind);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(group);
		for (ReportKind k : ReportKind.values()) {
			Button b = new Button(group, SWT.RADIO);
			b.setText(Labels.kind(k));
			b.setData(k);
			b.addListener(SWT.Selection, e -> changed());
			kinds.put(k, b);
		}
		hint = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(hint);
		documents = new CheckList(area, Messages.Content_documents, content.documents().stream().map(Document::displayName).toList(),
				content.documents().stream().map(Document::id).toList(), this::changed);
		codes = new CheckList(area, Messages.Content_codes, content.codes(), content.codes(), this::changed);
		coders = new CheckList(area, Messages.Content_coders, content.coders(), content.coders(), this::changed);
		Composite baseRow = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(baseRow);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(baseRow);
		new Label(baseRow, SWT.NONE).setText(Messages.Content_base);
		base = new Combo(baseRow, SWT.READ_ONLY);
		base.add(Messages.Content_noBase);
		content.documents().forEach(d -> base.add(d.displayName()));
		base.addListener(SWT.Selection, e -> changed());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(base);
		comparison = new ComparisonChoice(area, 3);
		Label all = new Label(area, SWT.WRAP);
		all.setText(Messages.Content_allWhenNone);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(all);
		restore();
		setControl(area);
		changed();
	}

	private void restore() {
		ReportKind kind = ReportKind.of(String.valueOf(settings.get(WizardSettings.KIND))).orElse(ReportKind.DOCUMENT);
		kinds.get(kind).setSelection(true);
		documents.check(settings.list(WizardSettings.DOCUMENTS));
		codes.check(settings.list(WizardSettings.CODES));
		coders.check(settings.list(WizardSettings.CODERS));
		String saved = settings.get(WizardSettings.BASE);
		List<String> ids = content.documents().stream().map(Document::id).toList();
		base.select(saved == null ? 0 : ids.indexOf(saved) + 1);
		comparison.show(ComparisonChoice.restore(settings.list(WizardSettings.COMPARISON)));
	}

	/** Remembers the choices for the next time. */
	void save() {
		settings.put(WizardSettings.KIND, kind().id());
		settings.putList(WizardSettings.DOCUMENTS, documents.checked());
		settings.putList(WizardSettings.CODES, codes.checked());
		settings.putList(WizardSettings.CODERS, coders.checked());
		settings.put(WizardSettings.BASE, baseId() == null ? "" : baseId()); //$NON-NLS-1$
		settings.putList(WizardSettings.COMPARISON, ComparisonChoice.save(comparison.settings()));
	}

	private void changed() {
		ReportKind kind = kind();
		base.setEnabled(kind == ReportKind.COMPARISON);
		comparison.setEnabled(kind == ReportKind.COMPARISON);
		hint.setText(Labels.hint(kind));
		hint.getParent().layout();
		String problem = problem(kind);
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem(ReportKind kind) {
		if (kind == ReportKind.COMPARISON) {
			List<String> others = others();
			if (baseId() == null && others.size() != 2) {
				return Messages.Content_needTwo;
			}
			if (baseId() != null && others.isEmpty()) {
				return Messages.Content_needOthers;
			}
		}
		if (kind == ReportKind.AGREEMENT) {
			int n = coders.checked().isEmpty() ? content.coders().size() : coders.checked().size();
			if (n < 2) {
				return Messages.Content_needCoders;
			}
		}
		return null;
	}

	/** @return the checked documents other than the base */
	private List<String> others() {
		List<String> others = new ArrayList<>(documents.checked());
		others.remove(baseId());
		return others;
	}

	private String baseId() {
		int i = base == null ? 0 : base.getSelectionIndex();
		return i <= 0 ? null : content.documents().get(i - 1).id();
	}

	/** @return the chosen kind */
	public ReportKind kind() {
		return kinds.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(ReportKind.DOCUMENT);
	}

	/** @return the chosen content; the base only for a comparison */
	public ReportSelection selection() {
		boolean comparison = kind() == ReportKind.COMPARISON;
		return new ReportSelection(comparison ? others() : documents.checked(), codes.checked(), coders.checked(),
				comparison ? baseId() : null);
	}

	/** @return how a comparison compares (the granularity and what it ignores) */
	public ComparisonSettings comparisonSettings() {
		return comparison.settings();
	}

	/** @return the granularity choice (for tests): character, word, sentence */
	public Combo granularityCombo() {
		return comparison.granularityCombo();
	}

	/** @return the check box that ignores {@code option} (for tests) */
	public Button ignoreButton(NormalizeOption option) {
		return comparison.ignoreButton(option);
	}

	/** Chooses {@code kind}, as a click on its button does (for tests). */
	public void choose(ReportKind kind) {
		kinds.forEach((k, b) -> b.setSelection(k == kind));
		changed();
	}

	/** @return the documents list (for tests) */
	public Table documentsTable() {
		return documents.table();
	}

	/** @return the coders list (for tests) */
	public Table codersTable() {
		return coders.table();
	}

	/** @return the base choice (for tests): 0 is none, then the documents in project order */
	public Combo baseCombo() {
		return base;
	}

	/** Call after changing a control programmatically (tests). */
	public void update() {
		changed();
	}
}

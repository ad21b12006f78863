package org.duizhao.compare.ui.internal.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.duizhao.compare.core.Granularity;
import org.duizhao.compare.ui.internal.Images;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The compare editor's own tool bar: granularity (radio), what to ignore (toggles), previous and
 * next change, synchronized scrolling. Every change of settings is passed on at once.
 * <p>
 * A GTK tool bar neither wraps nor folds, so a single one is cut off in a narrow editor. The items
 * sit instead in small tool bars in a wrapping row: what does not fit goes to the next line. The
 * toggles stay visible rather than folding into a menu, because they decide what the comparison
 * shows, and a researcher should see at a glance what is being ignored.
 */
public final class CompareToolbar {

	private static final NormalizeOption[] TOGGLES = { NormalizeOption.SCRIPT, NormalizeOption.VARIANTS,
			NormalizeOption.PUNCTUATION, NormalizeOption.WHITESPACE, NormalizeOption.PINYIN,
			NormalizeOption.BOILERPLATE };

	private final Composite row;
	private final Map<CompareMode, ToolItem> modes = new EnumMap<>(CompareMode.class);
	private final Map<Granularity, ToolItem> granularity = new EnumMap<>(Granularity.class);
	private final Map<NormalizeOption, ToolItem> ignore = new EnumMap<>(NormalizeOption.class);
	private final ToolItem previousItem;
	private final ToolItem nextItem;
	private final ToolItem syncItem;
	private CompareSettings settings;

	CompareToolbar(Composite parent, CompareSettings initial, Consumer<CompareSettings> changed, Runnable previous,
			Runnable next, Consumer<Boolean> sync, Consumer<CompareMode> mode) {
		settings = initial;
		row = new Composite(parent, SWT.NONE);
		row.setLayout(wrappingRow());
		ToolBar modeBar = bar();
		mode(modeBar, CompareMode.VERSIONS, Messages.Toolbar_versions, Messages.Toolbar_versionsTip, mode);
		mode(modeBar, CompareMode.RELATED, Messages.Toolbar_related, Messages.Toolbar_relatedTip, mode);
		new ToolItem(modeBar, SWT.SEPARATOR);
		radio(bar(), Granularity.SENTENCE, Messages.Toolbar_sentence, changed);
		radio(bar(), Granularity.WORD, Messages.Toolbar_word, changed);
		ToolBar last = bar();
		radio(last, Granularity.CHAR, Messages.Toolbar_char, changed);
		new ToolItem(last, SWT.SEPARATOR);
		ToolBar first = bar();
		ToolItem label = new ToolItem(first, SWT.PUSH);
		label.setText(Messages.Toolbar_ignore);
		label.setEnabled(false);
		toggle(first, TOGGLES[0], changed);
		for (int k = 1; k < TOGGLES.length; k++) {
			toggle(bar(), TOGGLES[k], changed);
		}
		ToolBar moves = bar();
		new ToolItem(moves, SWT.SEPARATOR);
		previousItem = push(moves, Images.PREVIOUS, Messages.Toolbar_previous, previous);
		nextItem = push(moves, Images.NEXT, Messages.Toolbar_next, next);
		syncItem = new ToolItem(moves, SWT.CHECK);
		syncItem.setText(Messages.Toolbar_sync);
		syncItem.setToolTipText(Messages.Toolbar_syncTip);
		syncItem.setSelection(true);
		syncItem.addListener(SWT.Selection, e -> sync.accept(syncItem.getSelection()));
	}

	private static RowLayout wrappingRow() {
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.spacing = 4;
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.marginLeft = 0;
		layout.marginRight = 0;
		layout.marginTop = 0;
		layout.marginBottom = 0;
		return layout;
	}

	private void mode(ToolBar bar, CompareMode value, String text, String tip, Consumer<CompareMode> changed) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(tip);
		item.setSelection(value == CompareMode.VERSIONS);
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection()) {
				changed.accept(value);
			}
		});
		modes.put(value, item);
	}

	/**
	 * Shows {@code value} as the mode; granularity only applies to versions, and synchronized
	 * scrolling only there (related texts each keep their own order).
	 */
	void showMode(CompareMode value) {
		modes.forEach((m, item) -> item.setSelection(m == value));
		boolean versions = value == CompareMode.VERSIONS;
		granularity.values().forEach(item -> item.setEnabled(versions));
		syncItem.setEnabled(versions);
	}

	/** @return whether synchronized scrolling is asked for */
	boolean syncOn() {
		return syncItem.getSelection();
	}

	/** Adds the keys bound to the modes to their tool tips. */
	void showModeKeys(Supplier<String[]> keys) {
		Listener update = e -> {
			String[] k = keys.get();
			modes.get(CompareMode.VERSIONS).setToolTipText(KeyHints.tip(Messages.Toolbar_versionsTip, k[0]));
			modes.get(CompareMode.RELATED).setToolTipText(KeyHints.tip(Messages.Toolbar_relatedTip, k[1]));
		};
		update.handleEvent(null);
		modes.get(CompareMode.VERSIONS).getParent().addListener(SWT.MouseEnter, update);
	}

	/** @return the radio item of mode {@code value}, for tests */
	public ToolItem modeItem(CompareMode value) {
		return modes.get(value);
	}

	private ToolBar bar() {
		return new ToolBar(row, SWT.FLAT | SWT.RIGHT);
	}

	private void radio(ToolBar bar, Granularity value, String text, Consumer<CompareSettings> changed) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(Messages.Toolbar_granularityTip);
		item.setSelection(settings.granularity() == value);
		item.addListener(SWT.Selection, e -> select(value, changed));
		granularity.put(value, item);
	}

	/** The radio items sit in tool bars of their own (to wrap and be spaced), so they are kept exclusive here. */
	private void select(Granularity value, Consumer<CompareSettings> changed) {
		granularity.forEach((g, item) -> item.setSelection(g == value));
		if (settings.granularity() != value) {
			settings = settings.withGranularity(value);
			changed.accept(settings);
		}
	}

	private void toggle(ToolBar bar, NormalizeOption option, Consumer<CompareSettings> changed) {
		ToolItem item = new ToolItem(bar, SWT.CHECK);
		item.setText(Messages.option(option));
		item.setToolTipText(Messages.optionTip(option));
		item.setSelection(settings.ignore().contains(option));
		item.addListener(SWT.Selection, e -> {
			settings = settings.with(option, item.getSelection());
			changed.accept(settings);
		});
		ignore.put(option, item);
	}

	private static ToolItem push(ToolBar bar, String image, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setImage(Images.get(image));
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	/**
	 * Adds the keys bound to previous and next change to their tool tips, as the key bindings
	 * say when the pointer reaches them (a researcher may have changed them, and the bindings are
	 * not all known yet while the editor is being made).
	 *
	 * @param keys gives the keys of previous and of next change
	 */
	void showKeys(Supplier<String[]> keys) {
		Listener update = e -> {
			String[] k = keys.get();
			previousItem.setToolTipText(KeyHints.tip(Messages.Toolbar_previous, k[0]));
			nextItem.setToolTipText(KeyHints.tip(Messages.Toolbar_next, k[1]));
		};
		update.handleEvent(null);
		previousItem.getParent().addListener(SWT.MouseEnter, update);
	}

	Control control() {
		return row;
	}

	/** @return every item in order, for tests */
	public List<ToolItem> items() {
		List<ToolItem> all = new ArrayList<>();
		for (Control c : row.getChildren()) {
			for (ToolItem item : ((ToolBar) c).getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					all.add(item);
				}
			}
		}
		return all;
	}

	/** @return the previous and next change items, for tests */
	public List<ToolItem> navigationItems() {
		return List.of(previousItem, nextItem);
	}

	/** @return the toggle of {@code option}, for tests */
	ToolItem ignoreItem(NormalizeOption option) {
		return ignore.get(option);
	}

	/** @return the radio item of {@code value}, for tests */
	public ToolItem granularityItem(Granularity value) {
		return granularity.get(value);
	}
}

package org.duizhao.compare.ui.internal.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.duizhao.compare.core.Granularity;
import org.duizhao.compare.ui.internal.Images;
import org.duizhao.compare.ui.internal.Messages;
import org.duizhao.compare.ui.internal.model.CompareSettings;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The compare editor's own tool bar: granularity (radio), what to ignore (toggles), previous and
 * next change, synchronized scrolling. Every change of settings is passed on at once.
 */
final class CompareToolbar {

	private static final NormalizeOption[] TOGGLES = { NormalizeOption.SCRIPT, NormalizeOption.VARIANTS,
			NormalizeOption.PUNCTUATION, NormalizeOption.WHITESPACE, NormalizeOption.PINYIN,
			NormalizeOption.BOILERPLATE };

	private final ToolBar bar;
	private final Map<Granularity, ToolItem> granularity = new EnumMap<>(Granularity.class);
	private final Map<NormalizeOption, ToolItem> ignore = new EnumMap<>(NormalizeOption.class);
	private CompareSettings settings;

	CompareToolbar(Composite parent, CompareSettings initial, Consumer<CompareSettings> changed, Runnable previous,
			Runnable next, Consumer<Boolean> sync) {
		settings = initial;
		bar = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
		radio(Granularity.SENTENCE, Messages.Toolbar_sentence, changed);
		radio(Granularity.WORD, Messages.Toolbar_word, changed);
		radio(Granularity.CHAR, Messages.Toolbar_char, changed);
		new ToolItem(bar, SWT.SEPARATOR);
		ToolItem label = new ToolItem(bar, SWT.PUSH);
		label.setText(Messages.Toolbar_ignore);
		label.setEnabled(false);
		for (NormalizeOption option : TOGGLES) {
			toggle(option, changed);
		}
		new ToolItem(bar, SWT.SEPARATOR);
		push(Images.PREVIOUS, Messages.Toolbar_previous, previous);
		push(Images.NEXT, Messages.Toolbar_next, next);
		ToolItem syncItem = new ToolItem(bar, SWT.CHECK);
		syncItem.setText(Messages.Toolbar_sync);
		syncItem.setToolTipText(Messages.Toolbar_syncTip);
		syncItem.setSelection(true);
		syncItem.addListener(SWT.Selection, e -> sync.accept(syncItem.getSelection()));
	}

	private void radio(Granularity value, String text, Consumer<CompareSettings> changed) {
		ToolItem item = new ToolItem(bar, SWT.RADIO);
		item.setText(text);
		item.setToolTipText(Messages.Toolbar_granularityTip);
		item.setSelection(settings.granularity() == value);
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection() && settings.granularity() != value) {
				settings = settings.withGranularity(value);
				changed.accept(settings);
			}
		});
		granularity.put(value, item);
	}

	private void toggle(NormalizeOption option, Consumer<CompareSettings> changed) {
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

	private void push(String image, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setImage(Images.get(image));
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	ToolBar control() {
		return bar;
	}

	/** @return the toggle of {@code option}, for tests */
	ToolItem ignoreItem(NormalizeOption option) {
		return ignore.get(option);
	}

	/** @return the radio item of {@code value}, for tests */
	ToolItem granularityItem(Granularity value) {
		return granularity.get(value);
	}
}

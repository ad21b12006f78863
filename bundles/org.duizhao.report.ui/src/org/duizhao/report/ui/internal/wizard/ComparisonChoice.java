package org.duizhao.report.ui.internal.wizard;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duizhao.compare.core.Granularity;
import org.duizhao.report.core.ComparisonSettings;
import org.duizhao.report.ui.internal.Messages;
import org.duizhao.text.core.normalize.NormalizeOption;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * How a comparison report compares, as the compare editor's tool bar offers it and the CLI's
 * {@code --granularity} and {@code --ignore} take it: the granularity of the differences inside
 * changed sentences and what is ignored. Starts from the last choice, else from the compare
 * editor's defaults ({@link ComparisonSettings#defaults()}); enabled only for a comparison.
 */
final class ComparisonChoice {

	/** The granularities in the order the compare editor lists them. */
	private static final List<Granularity> GRANULARITIES = List.of(Granularity.CHAR, Granularity.WORD,
			Granularity.SENTENCE);

	/** What may be ignored, in the compare editor's tool bar order (width, which its tool bar does not offer and its defaults ignore, last). */
	private static final List<NormalizeOption> OPTIONS = List.of(NormalizeOption.SCRIPT, NormalizeOption.VARIANTS,
			NormalizeOption.PUNCTUATION, NormalizeOption.WHITESPACE, NormalizeOption.PINYIN, NormalizeOption.BOILERPLATE,
			NormalizeOption.WIDTH);

	private final Group group;
	private final Combo granularity;
	private final Map<NormalizeOption, Button> ignore = new EnumMap<>(NormalizeOption.class);

	ComparisonChoice(Composite parent, int span) {
		group = new Group(parent, SWT.NONE);
		group.setText(Messages.Comparison_group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).applyTo(group);
		new Label(group, SWT.NONE).setText(Messages.Comparison_granularity);
		granularity = new Combo(group, SWT.READ_ONLY);
		GRANULARITIES.forEach(g -> granularity.add(Labels.granularity(g)));
		granularity.setToolTipText(Messages.Comparison_granularityTip);
		new Label(group, SWT.NONE).setText(Messages.Comparison_ignore);
		Composite options = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(options);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(options);
		for (NormalizeOption o : OPTIONS) {
			Button b = new Button(options, SWT.CHECK);
			b.setText(Labels.option(o));
			b.setToolTipText(Labels.optionTip(o));
			ignore.put(o, b);
		}
	}

	/** Shows {@code settings}. */
	void show(ComparisonSettings settings) {
		granularity.select(GRANULARITIES.indexOf(settings.granularity()));
		ignore.forEach((o, b) -> b.setSelection(settings.ignore().contains(o)));
	}

	/** @return the settings shown */
	ComparisonSettings settings() {
		int i = granularity.getSelectionIndex();
		Set<NormalizeOption> ignored = EnumSet.noneOf(NormalizeOption.class);
		ignore.forEach((o, b) -> {
			if (b.getSelection()) {
				ignored.add(o);
			}
		});
		return new ComparisonSettings(i < 0 ? Granularity.CHAR : GRANULARITIES.get(i), ignored);
	}

	void setEnabled(boolean enabled) {
		group.setEnabled(enabled);
		granularity.setEnabled(enabled);
		ignore.values().forEach(b -> b.setEnabled(enabled));
	}

	Combo granularityCombo() {
		return granularity;
	}

	Button ignoreButton(NormalizeOption option) {
		return ignore.get(option);
	}

	/** @return {@code settings} as kept in the dialog settings: the granularity, then the options ignored */
	static List<String> save(ComparisonSettings settings) {
		List<String> out = new java.util.ArrayList<>();
		out.add(settings.granularity().name());
		settings.ignore().forEach(o -> out.add(o.name()));
		return out;
	}

	/** @return the settings kept by {@link #save}, or the compare editor's defaults when none or unreadable */
	static ComparisonSettings restore(List<String> saved) {
		if (saved.isEmpty()) {
			return ComparisonSettings.defaults();
		}
		try {
			Set<NormalizeOption> ignored = EnumSet.noneOf(NormalizeOption.class);
			saved.subList(1, saved.size()).forEach(s -> ignored.add(NormalizeOption.valueOf(s)));
			return new ComparisonSettings(Granularity.valueOf(saved.get(0)), ignored);
		} catch (IllegalArgumentException e) {
			return ComparisonSettings.defaults();
		}
	}
}

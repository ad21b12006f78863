package org.duizhao.report.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.duizhao.report.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A titled list of check boxes with All and None buttons; each item carries a key. */
final class CheckList {

	private final Table table;
	private final Runnable changed;

	CheckList(Composite parent, String title, List<String> labels, List<String> keys, Runnable changed) {
		this.changed = changed;
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
		Label label = new Label(area, SWT.NONE);
		label.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		button(area, Messages.Content_all, true);
		button(area, Messages.Content_none, false);
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(180, 160).applyTo(table);
		for (int i = 0; i < labels.size(); i++) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(labels.get(i));
			item.setData(keys.get(i));
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				changed.run();
			}
		});
	}

	private void button(Composite area, String text, boolean value) {
		Button b = new Button(area, SWT.PUSH);
		b.setText(text);
		b.addListener(SWT.Selection, e -> {
			for (TableItem item : table.getItems()) {
				item.setChecked(value);
			}
			changed.run();
		});
	}

	/** Checks the items whose key is in {@code keys}. */
	void check(List<String> keys) {
		for (TableItem item : table.getItems()) {
			item.setChecked(keys.contains(item.getData()));
		}
	}

	/** @return the keys of the checked items, in list order */
	List<String> checked() {
		List<String> out = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				out.add((String) item.getData());
			}
		}
		return out;
	}

	Table table() {
		return table;
	}
}

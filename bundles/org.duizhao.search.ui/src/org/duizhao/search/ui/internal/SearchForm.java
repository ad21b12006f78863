package org.duizhao.search.ui.internal;

import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.SearchQuery;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The query field, the project and the metadata filters of the Search view. */
final class SearchForm {

	private static final String[] SCRIPTS = { "simplified", "traditional", "mixed" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	final Text query;
	final Combo project;
	final Text region;
	final Text year;
	final Text issuer;
	final Combo script;
	final Text tag;
	final Button search;
	final Button grouped;
	private List<Project> projects = List.of();

	SearchForm(Composite parent) {
		Composite line = new Composite(parent, SWT.NONE);
		line.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout lineLayout = new GridLayout(4, false);
		lineLayout.marginWidth = 0;
		lineLayout.marginHeight = 0;
		line.setLayout(lineLayout);
		label(line, Messages.Form_query);
		query = new Text(line, SWT.SEARCH | SWT.BORDER);
		query.setMessage(Messages.Form_queryHint);
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search = new Button(line, SWT.PUSH);
		search.setText(Messages.Form_search);
		grouped = new Button(line, SWT.CHECK);
		grouped.setText(Messages.Form_grouped);
		// the filters wrap onto further lines in a narrow view instead of being cut off
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginLeft = 0;
		rows.marginRight = 0;
		rows.marginTop = 0;
		rows.marginBottom = 0;
		rows.spacing = 12;
		filters.setLayout(rows);
		project = new Combo(pair(filters, Messages.Form_project), SWT.READ_ONLY);
		project.setLayoutData(new GridData(180, SWT.DEFAULT));
		region = field(pair(filters, Messages.Form_region), 8);
		year = field(pair(filters, Messages.Form_year), 7);
		script = new Combo(pair(filters, Messages.Form_script), SWT.READ_ONLY);
		script.add(Messages.Form_scriptAny);
		for (String s : new String[] { Messages.Form_scriptSimplified, Messages.Form_scriptTraditional, Messages.Form_scriptMixed }) {
			script.add(s);
		}
		script.select(0);
		issuer = field(pair(filters, Messages.Form_issuer), 12);
		tag = field(pair(filters, Messages.Form_tag), 8);
	}

	/** @return a cell of the filter line holding {@code text} as a label, for its field */
	private static Composite pair(Composite filters, String text) {
		Composite c = new Composite(filters, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		c.setLayout(layout);
		label(c, text);
		return c;
	}

	/** Lists the open projects, keeping the chosen one when it is still open. */
	void setProjects(List<Project> open) {
		Project chosen = project();
		projects = List.copyOf(open);
		project.removeAll();
		for (Project p : projects) {
			project.add(p.name());
		}
		int at = chosen == null ? 0 : Math.max(0, projects.indexOf(chosen));
		if (!projects.isEmpty()) {
			project.select(at);
		}
		project.getParent().getParent().layout(true);
	}

	/** Chooses {@code open} when it is in the list (after {@link #setProjects}). */
	void choose(Project open) {
		int i = projects.indexOf(open);
		if (i >= 0) {
			project.select(i);
		}
	}

	/** @return the chosen project, or {@code null} when none is open */
	Project project() {
		int i = project.getSelectionIndex();
		return i < 0 || i >= projects.size() ? null : projects.get(i);
	}

	/**
	 * @return the query with its filters
	 * @throws IllegalArgumentException when the year is not a year or a range
	 */
	SearchQuery toQuery() {
		Integer[] years = years(year.getText().strip());
		String chosenScript = script.getSelectionIndex() <= 0 ? null : SCRIPTS[script.getSelectionIndex() - 1];
		return SearchQuery.of(query.getText()).withRegion(region.getText()).withYears(years[0], years[1])
				.withIssuer(issuer.getText()).withScript(chosenScript).withTag(tag.getText());
	}

	/** @return {from, to} of {@code 2019}, {@code 2018-2020} or blank (both null) */
	static Integer[] years(String value) {
		if (value.isEmpty()) {
			return new Integer[2];
		}
		String[] parts = value.split("\\s*[-–~]\\s*", 2); //$NON-NLS-1$
		try {
			int from = Integer.parseInt(parts[0]);
			int to = parts.length == 2 ? Integer.parseInt(parts[1]) : from;
			if (from <= to) {
				return new Integer[] { from, to };
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(Messages.Form_badYear);
	}

	private static void label(Composite c, String text) {
		new Label(c, SWT.NONE).setText(text);
	}

	private static Text field(Composite c, int chars) {
		Text t = new Text(c, SWT.BORDER);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, false, false);
		gd.widthHint = chars * 14;
		t.setLayoutData(gd);
		return t;
	}
}

package org.duizhao.search.ui.internal;

import java.util.List;

import org.duizhao.corpus.core.Project;
import org.duizhao.search.core.SearchQuery;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
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
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		c.setLayout(new GridLayout(8, false));
		label(c, Messages.Form_query);
		query = new Text(c, SWT.SEARCH | SWT.BORDER);
		query.setMessage(Messages.Form_queryHint);
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
		search = new Button(c, SWT.PUSH);
		search.setText(Messages.Form_search);
		grouped = new Button(c, SWT.CHECK);
		grouped.setText(Messages.Form_grouped);
		label(c, Messages.Form_project);
		project = new Combo(c, SWT.READ_ONLY);
		project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		label(c, Messages.Form_region);
		region = field(c, 8);
		label(c, Messages.Form_year);
		year = field(c, 9);
		label(c, Messages.Form_script);
		script = new Combo(c, SWT.READ_ONLY);
		script.add(Messages.Form_scriptAny);
		for (String s : SCRIPTS) {
			script.add(s);
		}
		script.select(0);
		label(c, Messages.Form_issuer);
		issuer = field(c, 14);
		label(c, Messages.Form_tag);
		tag = field(c, 8);
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
		project.getParent().layout(true);
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

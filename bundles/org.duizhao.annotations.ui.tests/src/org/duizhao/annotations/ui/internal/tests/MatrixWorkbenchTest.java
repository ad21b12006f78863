package org.duizhao.annotations.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.duizhao.annotations.core.Code;
import org.duizhao.annotations.ui.internal.views.MatrixView;
import org.duizhao.testing.ui.Workbench;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Code Matrix view on a real workbench: codes in tree order by document with totals, another
 * grouping on demand, a new annotation counted without a restart, and the CSV it saves.
 */
class MatrixWorkbenchTest extends WithAnnotatedProject {

	private Code policy;
	private Code industry;

	@BeforeEach
	void setUp() throws Exception {
		policy = store.createCode(null, "扶贫", null, null, null); //$NON-NLS-1$
		industry = store.createCode(policy.id(), "产业", null, null, null); //$NON-NLS-1$
		annotate("产业扶贫", industry); //$NON-NLS-1$
		annotate("教育扶贫", policy); //$NON-NLS-1$
		annotate("生态保护", policy); //$NON-NLS-1$
	}

	private void annotate(String passage, Code code) throws Exception {
		annotate(passage, List.of(code.id()), "alice"); //$NON-NLS-1$
	}

	@Test
	void countsPerCodeAndDocumentFollowTheStoreAndSaveAsCsv() throws Exception {
		MatrixView view = Workbench.sync(() -> (MatrixView) AnnotatedProject.page().showView(MatrixView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> rows(view).equals(List.of("扶贫|2|2", "扶贫/产业|1|1")), 10); //$NON-NLS-1$ //$NON-NLS-2$
		Workbench.run(() -> assertThat(view.table().getColumn(1).getText()).isEqualTo(fixture.document.displayName()));

		annotate("乡村学校", industry); //$NON-NLS-1$
		Workbench.waitUntil(() -> rows(view).equals(List.of("扶贫|2|2", "扶贫/产业|2|2")), 10); //$NON-NLS-1$ //$NON-NLS-2$

		Workbench.run(() -> {
			view.setColumns(MatrixView.Columns.YEAR);
			assertThat(view.table().getColumnCount()).isEqualTo(3);
		});
		Path csv = temp.resolve("matrix.csv"); //$NON-NLS-1$
		Workbench.sync(() -> {
			view.exportCsv(csv);
			return null;
		});
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(3);
		assertThat(lines.get(2)).isEqualTo("扶贫/产业,2"); //$NON-NLS-1$
	}

	@Test
	void exportButtonStaysWhollyVisibleWhateverTheColumns() throws Exception {
		MatrixView view = Workbench.sync(() -> (MatrixView) AnnotatedProject.page().showView(MatrixView.ID));
		Workbench.run(view::refresh);
		Workbench.waitUntil(() -> view.table().getItemCount() == 2, 10);
		Workbench.run(() -> {
			// as wide as the columns of a large corpus
			for (org.eclipse.swt.widgets.TableColumn c : view.table().getColumns()) {
				c.setWidth(1500);
			}
			Composite viewArea = view.table().getParent().getParent();
			viewArea.layout(true, true);
			Button export = view.exportButton();
			Rectangle area = viewArea.getClientArea();
			Rectangle button = viewArea.getDisplay().map(export.getParent(), viewArea, export.getBounds());
			assertThat(area.width).isPositive();
			assertThat(button.x).isGreaterThanOrEqualTo(area.x);
			assertThat(button.x + button.width).as("right edge of Export CSV within " + area).isLessThanOrEqualTo(area.x + area.width); //$NON-NLS-1$
			assertThat(button.width).isGreaterThanOrEqualTo(export.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
			Rectangle table = viewArea.getDisplay().map(view.table().getParent(), viewArea, view.table().getBounds());
			assertThat(table.x + table.width).isLessThanOrEqualTo(area.x + area.width);
		});
	}

	private static List<String> rows(MatrixView view) {
		return java.util.Arrays.stream(view.table().getItems()).map(MatrixWorkbenchTest::row).toList();
	}

	private static String row(TableItem item) {
		StringBuilder sb = new StringBuilder(item.getText(0));
		for (int c = 1; c < item.getParent().getColumnCount(); c++) {
			sb.append('|').append(item.getText(c));
		}
		return sb.toString();
	}
}

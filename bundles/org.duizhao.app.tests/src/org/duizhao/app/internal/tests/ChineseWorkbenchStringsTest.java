package org.duizhao.app.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.duizhao.testing.ui.Workbench;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code -nl zh} (this bundle's tests run so), Eclipse's own strings come from the fragments
 * {@code org.duizhao.nl.zh.*}: the JFace buttons, the Preferences dialog, the Properties view, the
 * workbench's menu items. Read from the real widgets, as the researcher sees them.
 */
class ChineseWorkbenchStringsTest {

	@BeforeAll
	static void start() throws InterruptedException {
		Workbench.start();
	}

	@Test
	void runsInChinese() {
		assertThat(Platform.getNL()).startsWith("zh"); //$NON-NLS-1$
	}

	@Test
	void jfaceButtonLabelsAreChinese() {
		assertThat(IDialogConstants.OK_LABEL).isEqualTo("确定"); //$NON-NLS-1$
		assertThat(IDialogConstants.CANCEL_LABEL).isEqualTo("取消"); //$NON-NLS-1$
		assertThat(IDialogConstants.YES_LABEL).isEqualTo("是(&Y)"); //$NON-NLS-1$
		assertThat(IDialogConstants.NO_LABEL).isEqualTo("否(&N)"); //$NON-NLS-1$
		assertThat(IDialogConstants.SHOW_DETAILS_LABEL).isEqualTo("详细信息(&D) >>"); //$NON-NLS-1$
		assertThat(JFaceResources.getString("defaults")).isEqualTo("恢复默认值(&D)"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void preferencesDialogIsChinese() throws Exception {
		Display display = Workbench.display();
		// the dialog is modal: open it later on the UI thread, then read it from here
		display.asyncExec(() -> {
			try {
				PlatformUI.getWorkbench().getService(IHandlerService.class)
						.executeCommand("org.eclipse.ui.window.preferences", null); //$NON-NLS-1$
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Workbench.waitUntil(() -> preferenceShell(display) != null, 30);
		try {
			String title = Workbench.sync(() -> preferenceShell(display).getText());
			List<String> buttons = Workbench.sync(() -> buttonTexts(preferenceShell(display)));

			assertThat(title).isEqualTo("首选项"); //$NON-NLS-1$
			assertThat(buttons).contains("恢复默认值(&D)", "应用(&A)", "应用并关闭", "取消"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} finally {
			Workbench.run(() -> ((PreferenceDialog) preferenceShell(display).getData()).close());
		}
	}

	@Test
	void propertiesViewIsChinese() throws Exception {
		String title = Workbench.sync(() -> Workbench.page().showView(IPageLayout.ID_PROP_SHEET).getTitle());
		List<String> columns = Workbench.sync(() -> {
			PropertySheet view = (PropertySheet) Workbench.page().findView(IPageLayout.ID_PROP_SHEET);
			Tree tree = (Tree) view.getCurrentPage().getControl();
			return Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList();
		});

		assertThat(title).isEqualTo("属性"); //$NON-NLS-1$
		assertThat(columns).containsExactly("属性", "值"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void workbenchMenuItemsAreChinese() throws Exception {
		Shell shell = Workbench.sync(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		List<String> edit = Workbench.sync(() -> MenuItems.texts(shell, "edit")); //$NON-NLS-1$
		List<String> showView = Workbench.sync(() -> MenuItems.submenuTexts(shell, "window", "showView")); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> window = Workbench.sync(() -> MenuItems.texts(shell, "window")); //$NON-NLS-1$

		assertThat(edit).as("Edit menu").anyMatch(t -> t.startsWith("剪切")).anyMatch(t -> t.startsWith("复制")) //$NON-NLS-1$ //$NON-NLS-2$
				.anyMatch(t -> t.startsWith("粘贴")).anyMatch(t -> t.startsWith("全选")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(showView).as("Show View menu").anyMatch(t -> t.startsWith("其他(&O)...")); //$NON-NLS-1$
		assertThat(window).as("Window menu").anyMatch(t -> t.startsWith("显示视图")) //$NON-NLS-1$
				.anyMatch(t -> t.startsWith("复位透视图")).anyMatch(t -> t.startsWith("首选项")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Shell preferenceShell(Display display) {
		return Stream.of(display.getShells()).filter(s -> !s.isDisposed() && s.getData() instanceof PreferenceDialog)
				.findFirst().orElse(null);
	}

	private static List<String> buttonTexts(Composite parent) {
		List<String> texts = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button) {
				texts.add(button.getText());
			} else if (child instanceof Composite composite) {
				texts.addAll(buttonTexts(composite));
			}
		}
		return texts;
	}
}

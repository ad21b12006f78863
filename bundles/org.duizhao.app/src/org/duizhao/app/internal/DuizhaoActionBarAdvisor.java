package org.duizhao.app.internal;

import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus and toolbars are contributed declaratively (plugin.xml menus); nothing is built here. */
public class DuizhaoActionBarAdvisor extends ActionBarAdvisor {

	DuizhaoActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}
}

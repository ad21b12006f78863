package org.duizhao.annotations.ui.internal.shared;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

/** Asks where to share a project: the server URL, the owner's login and password. */
public final class ShareDialog extends ServerDialog {

	/** @param projectName the project to share */
	public ShareDialog(Shell parent, String projectName) {
		super(parent, Messages.Share_title, NLS.bind(Messages.Share_heading, projectName), Messages.Share_message,
				Messages.Share_button);
	}
}

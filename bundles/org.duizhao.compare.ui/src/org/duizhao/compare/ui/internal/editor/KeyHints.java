package org.duizhao.compare.ui.internal.editor;

import java.util.LinkedHashSet;
import java.util.Set;

import org.duizhao.compare.ui.internal.Messages;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.Scheme;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The keys bound to a command, as a tool tip shows them ("Alt+Down, Ctrl+."). Reads every binding
 * of the active scheme and its parents, whatever context it belongs to: the editor's tool tips
 * are made before its context is active.
 */
final class KeyHints {

	private KeyHints() {
	}

	/** @return the keys bound to {@code commandId}, or "" when none */
	static String of(IServiceLocator locator, String commandId) {
		IBindingService service = locator.getService(IBindingService.class);
		if (service == null || service.getActiveScheme() == null) {
			return ""; //$NON-NLS-1$
		}
		Set<String> schemes = schemes(service);
		Set<String> keys = new LinkedHashSet<>();
		for (Binding b : service.getBindings()) {
			if (b.getParameterizedCommand() != null && commandId.equals(b.getParameterizedCommand().getId())
					&& schemes.contains(b.getSchemeId()) && onThisPlatform(b)) {
				keys.add(b.getTriggerSequence().format());
			}
		}
		return String.join(", ", keys); //$NON-NLS-1$
	}

	private static Set<String> schemes(IBindingService service) {
		Set<String> ids = new LinkedHashSet<>();
		Scheme scheme = service.getActiveScheme();
		try {
			while (scheme != null && ids.add(scheme.getId())) {
				String parent = scheme.getParentId();
				scheme = parent == null ? null : service.getScheme(parent);
			}
		} catch (NotDefinedException e) {
			// a parent that is not defined ends the chain
		}
		return ids;
	}

	private static boolean onThisPlatform(Binding b) {
		return b.getPlatform() == null || b.getPlatform().equals(SWT.getPlatform());
	}

	/** @return {@code text} followed by {@code keys} in brackets, or {@code text} when there are none */
	static String tip(String text, String keys) {
		return keys.isEmpty() ? text : NLS.bind(Messages.Toolbar_withKeys, text, keys);
	}
}

package org.duizhao.corpus.ui.internal.handlers;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.duizhao.corpus.ui.internal.CjkFonts;
import org.duizhao.corpus.ui.internal.Messages;
import org.duizhao.text.core.decode.DecodedText;
import org.duizhao.text.core.decode.TextDecoder;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Lets the user pick another encoding for a document's original bytes, with a preview of the
 * start of the text decoded that way and the number of bytes it cannot decode.
 */
final class RedecodeDialog extends TitleAreaDialog {

	/** Preview at most this many bytes: enough to judge, quick even for a large file. */
	private static final int PREVIEW_BYTES = 16 * 1024;
	private static final String[] COMMON = { "GB18030", "Big5", "Big5-HKSCS", "UTF-8", "UTF-16LE", "UTF-16BE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"GBK", "GB2312", "windows-1252" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String message;
	private final byte[] head;
	private final String current;
	private Combo encodings;
	private Text preview;
	private Label verdict;
	private String chosen;

	RedecodeDialog(Shell parent, String message, byte[] original, String current) {
		super(parent);
		this.message = message;
		this.head = Arrays.copyOf(original, Math.min(original.length, PREVIEW_BYTES));
		this.current = current;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText(Messages.Redecode_title);
		setTitle(Messages.Redecode_title);
		setMessage(message);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Redecode_encoding);
		encodings = new Combo(form, SWT.DROP_DOWN);
		encodings.setItems(choices());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(encodings);
		verdict = new Label(form, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(verdict);
		preview = new Text(form, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 260).applyTo(preview);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), preview);
		CjkFonts.fontData(preview.getDisplay(), JFaceResources.getTextFont().getFontData()[0].getHeight())
				.ifPresent(data -> preview.setFont(resources.create(FontDescriptor.createFrom(data))));
		encodings.addModifyListener(e -> update());
		encodings.select(0);
		return area;
	}

	private String[] choices() {
		Set<String> names = new LinkedHashSet<>(Arrays.asList(COMMON));
		names.removeIf(n -> n.equalsIgnoreCase(current));
		return names.toArray(new String[0]);
	}

	private void update() {
		String name = encodings.getText().trim();
		boolean supported = Charset.isSupported(name);
		if (supported) {
			DecodedText decoded = TextDecoder.decode(head, name);
			preview.setText(decoded.text());
			verdict.setText(NLS.bind(Messages.Redecode_preview, decoded.malformed()));
		} else {
			preview.setText(""); //$NON-NLS-1$
			verdict.setText(NLS.bind(Messages.Redecode_unknown, name));
		}
		verdict.getParent().layout();
		getButton(IDialogConstants.OK_ID).setEnabled(supported);
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.min(size.x, 780), size.y); // a long title must not make the dialog screen-wide
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		update();
	}

	@Override
	protected void okPressed() {
		chosen = encodings.getText().trim();
		super.okPressed();
	}

	/** @return the encoding chosen */
	String encoding() {
		return chosen;
	}
}

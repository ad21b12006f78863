package org.duizhao.annotations.ui.internal.shared;

import java.util.List;

import org.duizhao.annotations.core.Member;
import org.duizhao.annotations.core.ProjectRole;
import org.duizhao.annotations.core.StoreException;
import org.duizhao.annotations.core.internal.pg.PostgresAnnotationStore;
import org.duizhao.annotations.ui.internal.AnnotationsUiPlugin;
import org.duizhao.corpus.core.Project;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * The members of a shared project with their roles; an owner adds members, removes them and changes
 * their role. Every change runs on the server in a job; what the server refuses is shown in the
 * dialog's message area with the server's reason.
 */
public final class MembersDialog extends TitleAreaDialog {

	private final Project project;
	private final boolean owner;
	private TableViewer table;
	private Combo role;
	private Button change;
	private Button add;
	private Button remove;
	private volatile List<Member> members = List.of();
	private volatile Job running;

	/** @param project an open shared project */
	public MembersDialog(Shell parent, Project project) {
		super(parent);
		this.project = project;
		this.owner = MembersHandler.canManage(project);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Members_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Members_heading, project.name()));
		setMessage(owner ? Messages.Members_message : Messages.Members_notOwner);
		Composite grid = new Composite(area, SWT.NONE);
		grid.setLayout(new GridLayout(2, false));
		grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table = new TableViewer(grid, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 4).hint(320, 180).applyTo(table.getControl());
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Members_login, 180, m -> m.login());
		column(Messages.Members_role, 120, m -> roleName(m.role()));
		table.addSelectionChangedListener(e -> selected());
		add = button(grid, Messages.Members_add, this::add);
		remove = button(grid, Messages.Members_remove, this::remove);
		role = new Combo(grid, SWT.READ_ONLY);
		for (ProjectRole r : ProjectRole.values()) {
			role.add(roleName(r));
		}
		role.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		role.getAccessible().addAccessibleListener(new org.eclipse.swt.accessibility.AccessibleAdapter() {
			@Override
			public void getName(org.eclipse.swt.accessibility.AccessibleEvent e) {
				e.result = Messages.Members_role;
			}
		});
		change = button(grid, Messages.Members_change, this::changeSelected);
		new Label(grid, SWT.WRAP).setText(Messages.Members_roles);
		updateButtons();
		reload();
		return area;
	}

	private void column(String title, int width, java.util.function.Function<Member, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((Member) o)));
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		b.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		b.addListener(SWT.Selection, e -> action.run());
		return b;
	}

	/** @return the role's name for the user */
	static String roleName(ProjectRole r) {
		return switch (r) {
		case OWNER -> Messages.Role_owner;
		case CODER -> Messages.Role_coder;
		case VIEWER -> Messages.Role_viewer;
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	private Member selectedMember() {
		Object o = ((IStructuredSelection) table.getSelection()).getFirstElement();
		return o instanceof Member m ? m : null;
	}

	private void selected() {
		Member m = selectedMember();
		if (m != null) {
			role.select(m.role().ordinal());
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean idle = running == null;
		boolean one = selectedMember() != null;
		add.setEnabled(owner && idle);
		remove.setEnabled(owner && idle && one);
		role.setEnabled(owner && idle && one);
		change.setEnabled(owner && idle && one);
	}

	private void add() {
		AddMemberDialog d = new AddMemberDialog(getShell());
		if (d.open() == Window.OK) {
			addMember(d.login(), d.role(), d.password());
		}
	}

	private void remove() {
		Member m = selectedMember();
		if (m != null && MessageDialog.openQuestion(getShell(), Messages.Members_title,
				NLS.bind(Messages.Members_removeConfirm, m.login()))) {
			run(NLS.bind(Messages.Members_removing, m.login()), s -> s.removeMember(m.login()));
		}
	}

	private void changeSelected() {
		Member m = selectedMember();
		if (m != null && role.getSelectionIndex() >= 0) {
			changeRole(m.login(), ProjectRole.values()[role.getSelectionIndex()]);
		}
	}

	/** Adds a member (a new login gets {@code password}); returns the job (tests wait for it). */
	public Job addMember(String login, ProjectRole r, String password) {
		return run(NLS.bind(Messages.Members_adding, login), s -> s.addMember(login, r, password));
	}

	/** Gives a member another role; returns the job. */
	public Job changeRole(String login, ProjectRole r) {
		return run(NLS.bind(Messages.Members_changing, login), s -> s.addMember(login, r, null));
	}

	/** Reads the members again; returns the job. */
	public Job reload() {
		return run(Messages.Members_reading, s -> {
		});
	}

	@FunctionalInterface
	private interface Change {
		void apply(PostgresAnnotationStore server) throws StoreException;
	}

	private Job run(String name, Change change) {
		Job job = Job.create(name, monitor -> {
			try {
				PostgresAnnotationStore server = ServerWork.server(project.folder());
				change.apply(server);
				members = server.members();
				done(null);
			} catch (StoreException e) {
				done(e.getMessage());
			}
			return Status.OK_STATUS;
		});
		running = job;
		updateButtons();
		job.schedule();
		return job;
	}

	private void done(String problem) {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			running = null;
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			running = null;
			if (table.getControl().isDisposed()) {
				return;
			}
			table.setInput(members);
			setErrorMessage(problem == null ? null : NLS.bind(Messages.Members_refused, problem));
			updateButtons();
			AnnotationsUiPlugin.getDefault().connections().checkSoon();
		});
	}

	/** @return the members shown */
	public List<Member> members() {
		return members;
	}

	/** @return whether the list is shown and no change is running (tests) */
	public boolean isIdle() {
		return running == null;
	}

	/** @return whether the owner's controls are enabled (tests) */
	public boolean canEdit() {
		return add.isEnabled();
	}

	/** @return the error shown, or {@code null} (tests) */
	public String error() {
		return getErrorMessage();
	}
}

package org.duizhao.annotations.ui.internal.shared;

import org.eclipse.osgi.util.NLS;

/** User-visible strings of the shared-project part of the annotations UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.annotations.ui.internal.shared.messages"; //$NON-NLS-1$

	public static String Add_generated;
	public static String Add_login;
	public static String Add_password;
	public static String Add_passwordHint;
	public static String Add_role;
	public static String Add_title;
	public static String Conflict_kept;
	public static String Conflicts_annotationText;
	public static String Conflicts_count;
	public static String Conflicts_deleted;
	public static String Conflicts_failed;
	public static String Conflicts_keepMine;
	public static String Conflicts_memo;
	public static String Conflicts_memoText;
	public static String Conflicts_mergeMemo;
	public static String Conflicts_merged;
	public static String Conflicts_mine;
	public static String Conflicts_mineColumn;
	public static String Conflicts_none;
	public static String Conflicts_other;
	public static String Conflicts_passage;
	public static String Conflicts_project;
	public static String Conflicts_reading;
	public static String Conflicts_resolving;
	public static String Conflicts_subject;
	public static String Conflicts_takeTheirs;
	public static String Conflicts_theirs;
	public static String Conflicts_theirsColumn;
	public static String Members_add;
	public static String Members_adding;
	public static String Members_change;
	public static String Members_changing;
	public static String Members_heading;
	public static String Members_login;
	public static String Members_message;
	public static String Members_notOwner;
	public static String Members_notShared;
	public static String Members_reading;
	public static String Members_refused;
	public static String Members_remove;
	public static String Members_removeConfirm;
	public static String Members_removing;
	public static String Members_role;
	public static String Members_roles;
	public static String Members_title;
	public static String Open_browse;
	public static String Open_button;
	public static String Open_failed;
	public static String Open_folder;
	public static String Open_folderPrompt;
	public static String Open_heading;
	public static String Open_job;
	public static String Open_message;
	public static String Open_noFolder;
	public static String Open_title;
	public static String Role_coder;
	public static String Role_owner;
	public static String Role_viewer;
	public static String Server_incomplete;
	public static String Server_password;
	public static String Server_tls;
	public static String Server_url;
	public static String Server_user;
	public static String Share_already;
	public static String Share_button;
	public static String Share_failed;
	public static String Share_heading;
	public static String Share_job;
	public static String Share_message;
	public static String Share_title;
	public static String Status_checking;
	public static String Status_local;
	public static String Status_localTooltip;
	public static String Status_offline;
	public static String Status_offlineWaiting;
	public static String Status_online;
	public static String Status_tooltip;
	public static String Status_withConflicts;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

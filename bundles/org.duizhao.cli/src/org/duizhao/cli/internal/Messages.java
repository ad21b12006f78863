package org.duizhao.cli.internal;

import org.duizhao.corpus.core.SkipReason;
import org.eclipse.osgi.util.NLS;

/**
 * User-visible strings of the command line; translations in {@code messages_zh.properties}.
 * Command names, option names, JSON keys and the {@code --stats} line stay untranslated: scripts
 * read them.
 */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.duizhao.cli.internal.messages"; //$NON-NLS-1$

	public static String Help_title;
	public static String Help_usageLabel;
	public static String Help_commandSyntax;
	public static String Help_openWorkbench;
	public static String Help_runCommand;
	public static String Help_commands;
	public static String Help_footer;
	public static String Help_commandUsage;
	public static String Cli_unknownCommand;
	public static String Cli_usageError;
	public static String Cli_failed;
	public static String Cli_cancelled;
	public static String Args_needsValue;
	public static String Args_unknownOption;
	public static String Error_noSuchFile;
	public static String Error_unsupportedType;
	public static String Error_fileProblem;
	public static String Error_notRegular;
	public static String Error_badEncoding;
	public static String Error_outOfMemory;
	public static String Error_internal;
	public static String Error_cannotWrite;
	public static String Error_noFolder;
	public static String Error_isFolder;
	public static String Error_denied;
	public static String Import_usage;
	public static String Import_description;
	public static String Import_projectRequired;
	public static String Import_noSources;
	public static String Import_noSuchSource;
	public static String Import_maxSize;
	public static String Import_skipped;
	public static String Import_sameTitle;
	public static String Import_sameTitles;
	public static String Import_summary;
	public static String Import_summaryReasons;
	public static String Import_reasonCount;
	public static String Import_listSeparator;
	public static String Import_reason_BINARY;
	public static String Import_reason_UNDECODABLE;
	public static String Import_reason_EMPTY;
	public static String Import_reason_DUPLICATE;
	public static String Import_reason_TOO_LARGE;
	public static String Import_reason_UNSUPPORTED;
	public static String Import_reason_ERROR;
	public static String Import_reason_OVER_LIMIT;
	public static String Info_usage;
	public static String Info_description;
	public static String Info_oneFile;
	public static String Info_emptyFile;
	public static String Project_required;
	public static String Annotate_usage;
	public static String Annotate_description;
	public static String Annotate_threeArguments;
	public static String Annotate_codeRequired;
	public static String Annotate_badOffset;
	public static String Annotate_badRange;
	public static String Annotate_codeCreated;
	public static String Shared_needsUrlAndUser;
	public static String Shared_notShared;
	public static String Shared_noPassword;
	public static String Share_usage;
	public static String Share_description;
	public static String Share_done;
	public static String OpenShared_usage;
	public static String OpenShared_description;
	public static String OpenShared_done;
	public static String Members_usage;
	public static String Members_description;
	public static String Members_badAction;
	public static String Members_badRole;
	public static String Members_added;
	public static String Members_removed;
	public static String Members_newPassword;
	public static String Sync_usage;
	public static String Sync_description;
	public static String Sync_done;
	public static String Sync_kept;
	public static String Sync_notUploaded;
	public static String Codes_usage;
	public static String Codes_description;
	public static String Codes_badFormat;
	public static String Codes_noArguments;
	public static String Codes_line;
	public static String Report_usage;
	public static String Report_description;
	public static String Report_noArguments;
	public static String Report_kindRequired;
	public static String Report_badKind;
	public static String Report_badFormat;
	public static String Report_formatCannot;
	public static String Report_outputRequired;
	public static String Report_comparisonOnly;
	public static String Report_written;
	public static String Search_usage;
	public static String Search_description;
	public static String Search_oneQuery;
	public static String Search_badFormat;
	public static String Search_badLimit;
	public static String Search_badYear;
	public static String Search_total;
	public static String Search_updating;
	public static String Related_usage;
	public static String Related_description;
	public static String Related_badFormat;
	public static String Related_badMinLength;
	public static String Related_phrases;
	public static String Related_phraseLine;
	public static String Related_passages;
	public static String Related_passageLine;
	public static String Related_distinctiveA;
	public static String Related_distinctiveB;
	public static String Related_keywordLine;
	public static String Keywords_usage;
	public static String Keywords_description;
	public static String Keywords_unexpected;
	public static String Keywords_badFormat;
	public static String Keywords_oneTarget;
	public static String Keywords_badNumber;
	public static String Keywords_emptyTarget;
	public static String Keywords_header;
	public static String Keywords_columns;
	public static String Diffusion_usage;
	public static String Diffusion_description;
	public static String Diffusion_noPhrase;
	public static String Diffusion_badBy;
	public static String Diffusion_badFormat;
	public static String Reuse_usage;
	public static String Reuse_description;
	public static String Reuse_unexpected;
	public static String Reuse_badThreshold;
	public static String Reuse_badContainment;
	public static String Check_usage;
	public static String Check_description;
	public static String Check_noArguments;
	public static String Check_whole;
	public static String Check_summary;
	public static String Check_hintRepair;
	public static String Project_problem;
	public static String Compare_usage;
	public static String Compare_description;
	public static String Compare_twoNames;
	public static String Compare_badGranularity;
	public static String Compare_badIgnore;
	public static String Compare_badFormat;
	public static String Compare_noProject;
	public static String Compare_noMatch;
	public static String Compare_manyMatches;
	public static String Normalize_usage;
	public static String Normalize_description;
	public static String Normalize_oneFile;
	public static String Normalize_badFormat;
	public static String Annotations_usage;
	public static String Annotations_description;
	public static String Annotations_subcommand;
	public static String Annotations_oneFile;
	public static String Annotations_badFormat;
	public static String Annotations_formatRequired;
	public static String Annotations_outputRequired;
	public static String Annotations_unexpected;
	public static String Annotations_notMapped;
	public static String Annotations_leftOut;
	public static String Annotations_imported;
	public static String Annotations_exported;
	public static String Version_usage;
	public static String Version_description;
	public static String Version_twoArguments;
	public static String Agreement_usage;
	public static String Agreement_description;
	public static String Agreement_noArguments;
	public static String Agreement_coders;
	public static String Agreement_badFormat;
	public static String Agreement_noCode;
	public static String Agreement_textCoders;
	public static String Agreement_colCode;
	public static String Agreement_colUnits;
	public static String Agreement_colAgreement;
	public static String Agreement_colKappa;
	public static String Agreement_colAlpha;

	/** @return the short user-facing name of a skip reason, as the import summary counts them */
	static String reason(SkipReason reason) {
		return switch (reason) {
		case BINARY -> Import_reason_BINARY;
		case UNDECODABLE -> Import_reason_UNDECODABLE;
		case EMPTY -> Import_reason_EMPTY;
		case DUPLICATE -> Import_reason_DUPLICATE;
		case TOO_LARGE -> Import_reason_TOO_LARGE;
		case UNSUPPORTED -> Import_reason_UNSUPPORTED;
		case ERROR -> Import_reason_ERROR;
		case OVER_LIMIT -> Import_reason_OVER_LIMIT;
		};
	}


	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

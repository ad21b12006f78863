package org.duizhao.annotations.core;

/**
 * What deleting or merging a code affects, to show the researcher before asking.
 *
 * @param annotations annotations that carry the code or one of its sub-codes
 * @param documents documents those annotations are on
 * @param subCodes codes below it (deleted with it)
 */
public record CodeUsage(int annotations, int documents, int subCodes) {

	/** @return whether deleting the code changes nothing else */
	public boolean isUnused() {
		return annotations == 0 && subCodes == 0;
	}
}

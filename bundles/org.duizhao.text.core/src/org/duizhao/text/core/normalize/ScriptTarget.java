package org.duizhao.text.core.normalize;

/** The script that {@link NormalizeOption#SCRIPT} folds both texts to. */
public enum ScriptTarget {
	/** simplified characters (the default) */
	SIMPLIFIED,
	/** traditional characters, in OpenCC's standard forms */
	TRADITIONAL
}

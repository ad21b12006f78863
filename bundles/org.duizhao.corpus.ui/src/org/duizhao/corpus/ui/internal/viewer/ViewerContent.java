package org.duizhao.corpus.ui.internal.viewer;

import java.util.List;

import org.duizhao.corpus.core.Structure;
import org.duizhao.text.core.normalize.Fold;
import org.duizhao.text.core.normalize.TextMarks;

/**
 * What a document viewer shows: the text exactly as stored, its structure, and what the project's
 * normalization finds in it (boilerplate, damage, pinyin glosses, folded look-alikes and variants),
 * all in UTF-16 indices of the text.
 *
 * @param text the decoded text
 * @param structure paragraphs and headings, or {@code null}
 * @param marks boilerplate, damaged and gloss ranges
 * @param folds the characters that comparison folds as variants or look-alikes
 */
record ViewerContent(String text, Structure structure, TextMarks marks, List<Fold> folds) {
}

package org.duizhao.corpus.core.guess;

import java.util.List;

/**
 * A provincial-level division of China.
 *
 * @param name the standard simplified full name, e.g. 福建省
 * @param names every form matched in text: full and bare names, simplified and traditional
 * @param abbreviations one-character short names (闽, 閩), used only inside document numbers
 */
public record Region(String name, List<String> names, List<String> abbreviations) {
}

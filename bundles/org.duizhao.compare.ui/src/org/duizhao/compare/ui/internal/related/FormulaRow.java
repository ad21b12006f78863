package org.duizhao.compare.ui.internal.related;

import org.duizhao.analysis.core.SharedFormula;

/**
 * A row of the Shared Formulas table.
 *
 * @param formula the formula and its occurrences
 * @param documents how many documents of the project hold it
 * @param generic whether it is stock language (hidden unless asked for)
 * @param rank its place in the core's ranking, from 0
 */
public record FormulaRow(SharedFormula formula, int documents, boolean generic, int rank) {
}

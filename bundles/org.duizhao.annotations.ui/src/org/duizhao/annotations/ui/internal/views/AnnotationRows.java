package org.duizhao.annotations.ui.internal.views;

import java.util.List;
import java.util.Map;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.CodeTree;

/**
 * What the Annotations view shows: the passages that match its filters, the code system to name
 * their codes, the document titles, and the coders to offer in the coder filter.
 */
record AnnotationRows(List<Annotation> rows, CodeTree codes, Map<String, String> titles, List<String> coders) {
}

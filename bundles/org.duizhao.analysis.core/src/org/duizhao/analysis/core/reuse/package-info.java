/**
 * Corpus-wide text reuse as plain Java: MinHash signatures over shingles of normalized texts,
 * locality-sensitive hashing by bands for candidate pairs, and the pairwise alignment of a
 * candidate pair ({@link org.duizhao.analysis.core.reuse.PairReuse}), a pure function of two
 * (document id, normalized text) pairs.
 * <p>
 * Nothing in this package imports Eclipse, OSGi, SWT or another Duizhao bundle: a corpus that
 * outgrows one machine runs the same classes on a distributed engine (see
 * {@code docs/corpus-reuse-design.md}). A test loads them from a plain class loader to keep it so.
 */
package org.duizhao.analysis.core.reuse;

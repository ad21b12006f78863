package org.duizhao.search.core.internal;

import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.duizhao.corpus.core.DocumentVersion;
import org.duizhao.corpus.core.Metadata;

/**
 * The fields of one indexed document. The text is indexed (not stored) with positions and
 * offsets, the offsets being code points of the original ({@link SearchText}); the metadata are
 * exact-match keys, folded like the text so that a traditional region name finds a simplified one.
 * The stamp says which version and which metadata were indexed, so that an update re-indexes only
 * what changed.
 */
public final class IndexFields {

	/** The document id (stored, the key for updates). */
	public static final String ID = "id"; //$NON-NLS-1$
	/** The indexed version number (stored). */
	public static final String VERSION = "version"; //$NON-NLS-1$
	/** What was indexed (stored): version, text hash, metadata hash. */
	public static final String STAMP = "stamp"; //$NON-NLS-1$
	/** The searchable text. */
	public static final String TEXT = "text"; //$NON-NLS-1$
	/** Folded region, issuer, tags and script name. */
	public static final String REGION = "region"; //$NON-NLS-1$
	/** Folded issuing body. */
	public static final String ISSUER = "issuer"; //$NON-NLS-1$
	/** One folded tag per value. */
	public static final String TAG = "tag"; //$NON-NLS-1$
	/** Script of the indexed version, lower case ({@code simplified}, {@code traditional} …). */
	public static final String SCRIPT = "script"; //$NON-NLS-1$
	/** Year of the document date (a point, for ranges). */
	public static final String YEAR = "year"; //$NON-NLS-1$

	private static final FieldType TEXT_TYPE = new FieldType();

	static {
		TEXT_TYPE.setTokenized(true);
		TEXT_TYPE.setStored(false);
		TEXT_TYPE.setOmitNorms(true);
		TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_TYPE.freeze();
	}

	private IndexFields() {
	}

	/** @return the Lucene document for one document's current version */
	static Document of(org.duizhao.corpus.core.Document d, String original, SearchText text) {
		DocumentVersion v = d.current();
		Metadata m = d.metadata();
		Document doc = new Document();
		doc.add(new StringField(ID, d.id(), Field.Store.YES));
		doc.add(new StoredField(VERSION, v.number()));
		// column copies of the id and version: a search reads them for every matching document,
		// and doc values cost a lookup where stored fields cost decompressing a block
		doc.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
		doc.add(new NumericDocValuesField(VERSION, v.number()));
		doc.add(new StoredField(STAMP, stamp(d)));
		doc.add(new Field(TEXT, text.documentTokens(original), TEXT_TYPE));
		keyword(doc, REGION, m.region(), text);
		keyword(doc, ISSUER, m.issuer(), text);
		m.tags().forEach(tag -> keyword(doc, TAG, tag, text));
		doc.add(new StringField(SCRIPT, v.script().name().toLowerCase(Locale.ROOT), Field.Store.NO));
		Integer year = year(m.date());
		if (year != null) {
			doc.add(new IntPoint(YEAR, year));
		}
		return doc;
	}

	/** @return what an index entry of {@code d} must say to be current */
	public static String stamp(org.duizhao.corpus.core.Document d) {
		DocumentVersion v = d.current();
		return v.number() + ":" + v.textSha256() + ":" + Integer.toHexString(d.metadata().hashCode()) //$NON-NLS-1$ //$NON-NLS-2$
				+ ":" + v.script(); //$NON-NLS-1$
	}

	/** @return a metadata value as it is indexed and looked up: folded, trimmed; null if blank */
	static String key(String value, SearchText text) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return text.normalize(value.strip()).text().toLowerCase(Locale.ROOT);
	}

	/** @return the year of an ISO date ({@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd}), or null */
	static Integer year(String date) {
		if (date == null || date.length() < 4) {
			return null;
		}
		try {
			return Integer.valueOf(date.substring(0, 4));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static void keyword(Document doc, String field, String value, SearchText text) {
		String key = key(value, text);
		if (key != null) {
			doc.add(new StringField(field, key, Field.Store.NO));
		}
	}
}

package org.duizhao.report.core.internal.tei;

import java.math.BigDecimal;
import java.util.List;

import javax.xml.stream.XMLStreamException;

/**
 * Writes a TEI {@code <table>}: a label row, then rows of cells. A figure is a
 * {@code <measure type="…" quantity="0.8731" unit="…">87.3%</measure>}, so a program reads the
 * number from {@code @quantity} and a person the text; an undefined figure is a dash and no
 * {@code <measure>} (TEI's {@code @quantity} must be a number).
 */
final class TeiTable {

	static final String UNDEFINED = "—"; //$NON-NLS-1$

	private final Xml xml;

	TeiTable(Xml xml) {
		this.xml = xml;
	}

	/** Opens {@code <table type="type">} and writes the label row. */
	TeiTable open(String type, List<String> labels) throws XMLStreamException {
		xml.start("table").attr("type", type).newline().start("row").attr("role", "label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (String label : labels) {
			label(label);
		}
		xml.end().newline();
		return this;
	}

	/** Opens a data row. */
	TeiTable row() throws XMLStreamException {
		xml.start("row"); //$NON-NLS-1$
		return this;
	}

	/** Opens a data row with an attribute such as {@code ana} or {@code corresp}. */
	TeiTable row(String attribute, String value) throws XMLStreamException {
		xml.start("row").attr(attribute, value); //$NON-NLS-1$
		return this;
	}

	TeiTable endRow() throws XMLStreamException {
		xml.end().newline();
		return this;
	}

	void close() throws XMLStreamException {
		xml.end().newline();
	}

	TeiTable label(String text) throws XMLStreamException {
		xml.start("cell").attr("role", "label").text(text).end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return this;
	}

	TeiTable text(String text) throws XMLStreamException {
		xml.element("cell", text); //$NON-NLS-1$
		return this;
	}

	/** A cell whose text points at {@code target} ({@code <ref target="#doc-2">name</ref>}). */
	TeiTable ref(String target, String text) throws XMLStreamException {
		xml.start("cell").start("ref").attr("target", target).text(text).end().end(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return this;
	}

	/**
	 * A cell holding a figure.
	 *
	 * @param quantity the number, or {@code null} (or not finite) when undefined
	 * @param shown how a person reads it
	 */
	TeiTable measure(String type, Number quantity, String unit, String shown) throws XMLStreamException {
		return measure(type, quantity, unit, shown, null);
	}

	/** A cell holding a figure, which {@code @corresp} ties to {@code corresp} (a coder), unless {@code null}. */
	TeiTable measure(String type, Number quantity, String unit, String shown, String corresp)
			throws XMLStreamException {
		xml.start("cell").attr("role", "data"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (corresp != null) {
			xml.attr("corresp", corresp); //$NON-NLS-1$
		}
		if (quantity == null || !Double.isFinite(quantity.doubleValue())) {
			xml.text(UNDEFINED).end();
			return this;
		}
		xml.start("measure").attr("type", type).attr("quantity", number(quantity)).attr("unit", unit).text(shown) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.end().end();
		return this;
	}

	/** @return {@code n} as a plain decimal (no exponent, at most four decimals for fractions) */
	static String number(Number n) {
		if (n instanceof Integer || n instanceof Long) {
			return n.toString();
		}
		return new BigDecimal(n.doubleValue()).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
				.toPlainString();
	}
}

package org.duizhao.report.core.internal.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.duizhao.report.core.internal.CodeColors;
import org.duizhao.report.core.internal.SafeText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;

/**
 * Small helpers over POI's Word model. Every run gets an East-Asian font ({@value #EAST_ASIAN_FONT},
 * with the language {@code zh-CN}) so Word shapes Chinese with a Chinese font whatever the Latin
 * font is; every text is cleaned with {@link SafeText} first, so the XML stays well-formed.
 */
final class Docx {

	/** The font Word uses for Chinese: present on every Chinese Windows, mapped elsewhere. */
	static final String EAST_ASIAN_FONT = "SimSun"; //$NON-NLS-1$

	private static final String GREY = "777777"; //$NON-NLS-1$

	/** The width tables take, in twips: A4 or Letter less Word's default margins, with a little to spare. */
	static final int TEXT_WIDTH = 9000;

	private Docx() {
	}

	/** @return a new run in {@code p} holding {@code text} (line breaks become breaks) */
	static XWPFRun run(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		run.setFontFamily(EAST_ASIAN_FONT, FontCharRange.eastAsia);
		CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		pr.addNewLang().setEastAsia("zh-CN"); //$NON-NLS-1$
		String[] lines = SafeText.clean(text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		return run;
	}

	/** @return a grey run, for context and labels */
	static XWPFRun grey(XWPFParagraph p, String text) {
		XWPFRun run = run(p, text);
		run.setColor(GREY);
		return run;
	}

	/** Adds a heading paragraph: bold, at {@code size} points. */
	static XWPFParagraph heading(XWPFDocument doc, String text, int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(size * 12);
		XWPFRun run = run(p, text);
		run.setBold(true);
		run.setFontSize(size);
		return p;
	}

	/** Adds a plain paragraph. */
	static XWPFParagraph paragraph(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		run(p, text);
		return p;
	}

	/** Shades {@code run} with {@code color} ({@code RRGGBB}). */
	static void shade(XWPFRun run, String color) {
		CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTShd shd = pr.addNewShd();
		shd.setVal(STShd.CLEAR);
		shd.setColor("auto"); //$NON-NLS-1$
		shd.setFill(color);
	}

	/** Shades a table cell with {@code color} ({@code RRGGBB}). */
	static void shade(XWPFTableCell cell, String color) {
		cell.setColor(color);
	}

	/** @return a table with a bold header row of {@code headers} */
	static XWPFTable table(XWPFDocument doc, List<String> headers) {
		XWPFTable table = doc.createTable(1, headers.size());
		XWPFTableRow row = table.getRow(0);
		row.setRepeatHeader(true);
		for (int i = 0; i < headers.size(); i++) {
			run(cellParagraph(row.getCell(i)), headers.get(i)).setBold(true);
		}
		return table;
	}

	/** @return the first paragraph of {@code cell}, to write into */
	static XWPFParagraph cellParagraph(XWPFTableCell cell) {
		return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
	}

	/** Writes {@code text} into {@code cell}. */
	static XWPFRun cell(XWPFTableCell cell, String text) {
		return run(cellParagraph(cell), text);
	}

	/**
	 * Sets the columns' widths in proportion to {@code weights}, over {@value #TEXT_WIDTH} twips:
	 * in the table grid (which LibreOffice follows) and on every cell (which Word follows). Call
	 * when all rows are added. Without it POI's columns are all alike, so a colour swatch or a
	 * number takes as much room as a text.
	 */
	static void widths(XWPFTable table, int... weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		CTTbl t = table.getCTTbl();
		CTTblGrid grid = t.getTblGrid() != null ? t.getTblGrid() : t.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int w : weights) {
			grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * w / total));
		}
		table.setWidth(Integer.toString(TEXT_WIDTH));
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < Math.min(weights.length, row.getTableCells().size()); i++) {
				row.getCell(i).setWidth(Integer.toString(TEXT_WIDTH * weights[i] / total));
			}
		}
	}

	/** @return {@code #rrggbb} as Word's {@code RRGGBB}, or the fallback when it is not a colour */
	static String color(String color) {
		return CodeColors.safe(color).substring(1).toUpperCase(Locale.ROOT);
	}

	/** @return the average of Word colours ({@code RRGGBB}), for a run covered by several codes */
	static String mix(List<String> colors) {
		int r = 0;
		int g = 0;
		int b = 0;
		for (String c : colors) {
			int v = Integer.parseInt(c, 16);
			r += v >> 16 & 0xff;
			g += v >> 8 & 0xff;
			b += v & 0xff;
		}
		int n = colors.size();
		return String.format(Locale.ROOT, "%02X%02X%02X", r / n, g / n, b / n); //$NON-NLS-1$
	}
}

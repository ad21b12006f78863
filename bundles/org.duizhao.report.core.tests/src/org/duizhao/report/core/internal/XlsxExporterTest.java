package org.duizhao.report.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duizhao.corpus.core.Metadata;
import org.duizhao.report.core.Report;
import org.duizhao.report.core.ReportBuilder;
import org.duizhao.report.core.ReportExporters;
import org.duizhao.report.core.ReportKind;
import org.duizhao.report.core.ReportSelection;
import org.duizhao.report.core.SegmentsReport;
import org.duizhao.report.core.internal.xlsx.XlsxExporter;
import org.junit.jupiter.api.Test;

/** The segments table as XLSX, read back with POI: the same rows as the CSV, typed cells, safe text. */
class XlsxExporterTest extends WithReportFixture {

	static byte[] xlsx(Report r) throws Exception {
		return ReportFixture.written(new XlsxExporter(), r);
	}

	/** @return the first sheet's cells as CSV would write them */
	static List<List<String>> rows(XSSFSheet sheet) {
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : format.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	@Test
	void sameRowsAsTheCsvWithTypedCellsAndAFrozenHeader() throws Exception {
		f.project.updateMetadata(f.gansu.id(), Metadata.empty().withTitle("甘肃, \"通知\"").withRegion("甘肃")
				.withTags(List.of("扶贫", "协作")));
		f.code(f.project.document(f.gansu.id()).orElseThrow(), "发展特色农业", "甲", "多行\n备忘", f.industry,
				f.cooperation);
		f.code(f.fujian, "东西部协作", "乙", "-负面 +正面", f.cooperation);
		SegmentsReport r = ReportBuilder.segments(f.project, f.store, ReportSelection.all(), null);
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		new CsvExporter().write(r, csv);
		String csvText = new String(csv.toByteArray(), 3, csv.size() - 3, StandardCharsets.UTF_8);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(r)))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("segments");
			assertThat(rows(sheet)).isEqualTo(CsvExporterTest.parse(csvText));
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			Row gansu = sheet.getRow(1).getCell(1).getStringCellValue().equals(f.gansu.id()) ? sheet.getRow(1)
					: sheet.getRow(2);
			assertThat(gansu.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(gansu.getCell(3).getNumericCellValue()).isEqualTo(11.0);
			assertThat(gansu.getCell(5).getStringCellValue()).isEqualTo("发展特色农业");
			assertThat(gansu.getCell(8).getStringCellValue()).isEqualTo("多行\n备忘");
			int quote = sheet.getColumnWidth(5);
			assertThat(quote).isGreaterThan(sheet.getColumnWidth(2)).isLessThanOrEqualTo(60 * 256);
			Row fujian = gansu.getRowNum() == 1 ? sheet.getRow(2) : sheet.getRow(1);
			assertThat(fujian.getCell(8).getCellType()).isEqualTo(CellType.STRING);
			assertThat(fujian.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	@Test
	void formulasStayTextAndHostileTextStaysWellFormed() throws Exception {
		SegmentsReport r = HostileReports.segments(f.gansu);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(r)))) {
			Row row = wb.getSheetAt(0).getRow(1);
			for (Cell cell : row) {
				assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
			}
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo(HostileReports.CLEAN);
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo(HostileReports.CLEAN);
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")" + HostileReports.CLEAN);
			assertThat(row.getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(5).getStringCellValue()).contains("𠀀");
		}
	}

	@Test
	void registeredForEveryKindWithTheDocumentsAsTheirPassages() throws Exception {
		assertThat(ReportExporters.get("xlsx").orElseThrow().kinds()).isEqualTo(Tables.kinds())
				.isEqualTo(ReportExporters.get("csv").orElseThrow().kinds()).contains(ReportKind.values());
		f.code(f.gansu, "发展特色农业", "甲", "", f.industry);
		Report doc = ReportBuilder.documents(f.project, f.store, ReportSelection.all(), null);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx(doc)))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("passages");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("发展特色农业");
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(11.0);
		}
	}
}

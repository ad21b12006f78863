package org.duizhao.annotations.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.corpus.core.Document;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class QdpxExchangeTest extends WithExchangeFixtures {

	@Test
	void roundTripIntoAnEmptyProjectGivesTheSameDocumentsCodesAnnotationsAndMemos() throws IOException {
		ExchangeFixture from = ExchangeFixture.coded(tmp, "from"); //$NON-NLS-1$
		from.project.updateMetadata(from.a.id(), from.a.metadata().withTitle("甲省关于产业扶贫的决定")); //$NON-NLS-1$
		Path file = tmp.resolve("out.qdpx"); //$NON-NLS-1$
		ExportResult exported = from.exchange().export(ExchangeFormat.QDPX, file, null);
		assertThat(exported.annotations()).isEqualTo(4);
		String lostId = from.store.annotations(AnnotationQuery.unanchored()).get(0).id();
		assertThat(exported.problems()).singleElement().asString().contains(lostId);

		ExchangeFixture to = ExchangeFixture.empty(tmp, "to"); //$NON-NLS-1$
		ImportResult result = to.exchange().importFile(file, null);

		assertThat(result.problems()).isEmpty();
		assertThat(result.documents()).isEqualTo(2);
		assertThat(result.codes()).isEqualTo(3);
		assertThat(result.annotations()).isEqualTo(4);
		assertThat(result.memos()).isEqualTo(2);
		assertThat(to.project.documents()).extracting(d -> d.current().sourceName())
				.containsExactlyInAnyOrder("a-policy.txt", "b-notice.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		Document a = to.bySource("a-policy.txt"); //$NON-NLS-1$
		assertThat(to.project.readText(a, a.current())).isEqualTo(ExchangeFixture.TEXT_A);
		assertThat(a.metadata().title()).isEqualTo("甲省关于产业扶贫的决定"); //$NON-NLS-1$
		assertThat(to.signatures()).isEqualTo(from.signatures());
		assertThat(to.codeLines()).isEqualTo(from.codeLines());
		assertThat(to.memoLines()).isEqualTo(from.memoLines());
	}

	@Test
	void exportedProjectIsValidAgainstTheRefiQdaSchema() throws IOException, SAXException {
		ExchangeFixture f = ExchangeFixture.coded(tmp, "p"); //$NON-NLS-1$
		Path file = tmp.resolve("out.qdpx"); //$NON-NLS-1$
		f.exchange().export(ExchangeFormat.QDPX, file, null);
		String qde = Zips.read(file, "project.qde"); //$NON-NLS-1$

		validate(qde);
		assertThat(qde).contains("startPosition=\"10\" endPosition=\"16\""); //$NON-NLS-1$
		assertThat(Zips.read(file, "sources/" + f.a.id() + ".txt")).isEqualTo(ExchangeFixture.TEXT_A); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void anEmptyProjectExportsValidXmlToo() throws IOException, SAXException {
		ExchangeFixture f = ExchangeFixture.empty(tmp, "p"); //$NON-NLS-1$
		Path file = tmp.resolve("empty.qdpx"); //$NON-NLS-1$
		f.exchange().export(ExchangeFormat.QDPX, file, null);
		validate(Zips.read(file, "project.qde")); //$NON-NLS-1$
	}

	@Test
	void theSchemaRejectsWhatItShould() {
		String bad = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Users/></Project>"; //$NON-NLS-1$
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(bad)).isInstanceOf(SAXException.class);
	}

	static void validate(String qde) throws IOException, SAXException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Validator v = factory.newSchema(QdpxExchangeTest.class.getResource("Project-mrt2019.xsd")).newValidator(); //$NON-NLS-1$
		v.validate(new StreamSource(new StringReader(qde)));
	}

	@Test
	void positionsCountedInUtf16UnitsAreRecognisedByTheSelectionText() throws IOException {
		ExchangeFixture f = ExchangeFixture.empty(tmp, "p"); //$NON-NLS-1$
		String text = "𠮷𠮷𠮷 政策文本：推进产业扶贫。"; //$NON-NLS-1$
		// "推进产业扶贫" is at code points 9..15 and at UTF-16 units 12..18
		Path file = Zips.write(tmp.resolve("utf16.qdpx"), Map.of("project.qde", qde( //$NON-NLS-1$ //$NON-NLS-2$
				"<PlainTextSelection guid=\"" + G1 + "\" name=\"推进产业扶贫\" startPosition=\"12\" endPosition=\"18\" creatingUser=\"" + USER + "\">" //$NON-NLS-1$ //$NON-NLS-2$
						+ coding() + "</PlainTextSelection>" //$NON-NLS-1$
						+ "<PlainTextSelection guid=\"" + G2 + "\" startPosition=\"0\" endPosition=\"3\" creatingUser=\"" + USER + "\">" + coding() //$NON-NLS-1$ //$NON-NLS-2$
						+ "</PlainTextSelection>"), //$NON-NLS-1$
				"sources/s.txt", text)); //$NON-NLS-1$
		ImportResult r = f.exchange().importFile(file, null);

		assertThat(r.problems()).isEmpty();
		List<Annotation> all = f.store.annotations(AnnotationQuery.all());
		assertThat(all).extracting(x -> x.start() + ".." + x.end() + " " + x.quote().exact()) //$NON-NLS-1$ //$NON-NLS-2$
				.containsExactlyInAnyOrder("9..15 推进产业扶贫", "0..3 𠮷𠮷𠮷"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(all).extracting(Annotation::coder).containsOnly("Ana"); //$NON-NLS-1$
	}

	@Test
	void importingIntoAProjectThatHasTheTextsReusesItsDocuments() throws IOException {
		ExchangeFixture from = ExchangeFixture.coded(tmp, "from"); //$NON-NLS-1$
		Path file = tmp.resolve("out.qdpx"); //$NON-NLS-1$
		from.exchange().export(ExchangeFormat.QDPX, file, null);
		ExchangeFixture to = ExchangeFixture.documents(tmp, "to"); //$NON-NLS-1$

		ImportResult r = to.exchange().importFile(file, null);

		assertThat(r.documents()).isZero();
		assertThat(to.project.documents()).hasSize(2);
		assertThat(to.signatures()).isEqualTo(from.signatures());
	}

	static final String G1 = "11111111-1111-1111-1111-111111111111"; //$NON-NLS-1$
	static final String G2 = "22222222-2222-2222-2222-222222222222"; //$NON-NLS-1$
	static final String CODE = "33333333-3333-3333-3333-333333333333"; //$NON-NLS-1$
	static final String USER = "44444444-4444-4444-4444-444444444444"; //$NON-NLS-1$
	static final String SOURCE = "55555555-5555-5555-5555-555555555555"; //$NON-NLS-1$

	static String coding() {
		return "<Coding guid=\"66666666-6666-6666-6666-666666666666\" creatingUser=\"" + USER + "\"><CodeRef targetGUID=\"" //$NON-NLS-1$ //$NON-NLS-2$
				+ CODE + "\"/></Coding>"; //$NON-NLS-1$
	}

	/** @return a project.qde with one user, one code and one text source {@code sources/s.txt} */
	static String qde(String selections) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">" //$NON-NLS-1$
				+ "<Users><User guid=\"" + USER + "\" name=\"Ana\"/></Users>" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<CodeBook><Codes><Code guid=\"" + CODE + "\" name=\"政策\" isCodable=\"true\" color=\"#F00\"/></Codes></CodeBook>" //$NON-NLS-1$ //$NON-NLS-2$
				+ "<Sources><TextSource guid=\"" + SOURCE + "\" name=\"s.txt\" plainTextPath=\"internal://s.txt\">" //$NON-NLS-1$ //$NON-NLS-2$
				+ selections + "</TextSource></Sources></Project>"; //$NON-NLS-1$
	}

	static Map<String, String> entries(String qde, String text) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("project.qde", qde); //$NON-NLS-1$
		m.put("sources/s.txt", text); //$NON-NLS-1$
		return m;
	}
}

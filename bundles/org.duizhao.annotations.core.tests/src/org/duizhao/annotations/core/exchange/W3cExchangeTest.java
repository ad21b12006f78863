package org.duizhao.annotations.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.CodeTree;
import org.duizhao.annotations.core.internal.exchange.Messages;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class W3cExchangeTest extends WithExchangeFixtures {

	@Test
	void roundTripGivesTheSameAnnotationsPositionsAndCodes() throws IOException {
		ExchangeFixture from = ExchangeFixture.coded(tmp, "from"); //$NON-NLS-1$
		Path file = tmp.resolve("out.jsonld"); //$NON-NLS-1$
		ExportResult exported = from.exchange().export(ExchangeFormat.W3C, file, null);
		assertThat(exported.annotations()).isEqualTo(5);

		ExchangeFixture to = ExchangeFixture.documents(tmp, "to"); //$NON-NLS-1$
		ImportResult result = to.exchange().importFile(file, null);

		assertThat(result.annotations()).isEqualTo(4);
		assertThat(result.codes()).isEqualTo(3);
		assertThat(result.relocated()).isZero();
		String lostId = from.store.annotations(AnnotationQuery.unanchored()).get(0).id();
		assertThat(result.problems()).singleElement().asString().contains(lostId)
				.contains(Messages.failureQuoteNotFound);
		assertThat(to.signatures()).isEqualTo(from.signatures());
		assertThat(to.signatures()).anyMatch(s -> s.startsWith("b-notice.txt|0|2|𠮷𠮷|")); //$NON-NLS-1$
	}

	@Test
	void exportHasBothSelectorsCodesAsTaggingBodiesAndIris() throws IOException {
		ExchangeFixture f = ExchangeFixture.coded(tmp, "p"); //$NON-NLS-1$
		Path file = tmp.resolve("out.json"); //$NON-NLS-1$
		f.exchange().export(ExchangeFormat.W3C, file, null);
		JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();

		assertThat(root.get("@context").getAsString()).isEqualTo("http://www.w3.org/ns/anno.jsonld"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(root.get("type").getAsString()).isEqualTo("AnnotationCollection"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(root.get("id").getAsString()).startsWith("urn:uuid:"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonArray items = root.getAsJsonObject("first").getAsJsonArray("items"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(items).hasSize(5);
		assertThat(root.get("total").getAsInt()).isEqualTo(5); //$NON-NLS-1$

		JsonObject first = find(items, "推进产业扶贫"); //$NON-NLS-1$
		assertThat(first.get("id").getAsString()).startsWith("urn:uuid:"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(first.getAsJsonObject("creator").get("name").getAsString()).isEqualTo("张三"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		JsonObject target = first.getAsJsonObject("target"); //$NON-NLS-1$
		JsonObject source = target.getAsJsonObject("source"); //$NON-NLS-1$
		assertThat(source.get("id").getAsString()).isEqualTo("urn:uuid:" + f.a.id()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(source.get("label").getAsString()).isEqualTo("a-policy.txt"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonArray selectors = target.getAsJsonArray("selector"); //$NON-NLS-1$
		JsonObject position = selectors.get(0).getAsJsonObject();
		assertThat(position.get("type").getAsString()).isEqualTo("TextPositionSelector"); //$NON-NLS-1$ //$NON-NLS-2$
		// 第一条 𠮷语言政策。 is 10 code points (11 UTF-16 units): the passage starts at 10
		assertThat(position.get("start").getAsInt()).isEqualTo(10); //$NON-NLS-1$
		assertThat(position.get("end").getAsInt()).isEqualTo(16); //$NON-NLS-1$
		JsonObject quote = selectors.get(1).getAsJsonObject();
		assertThat(quote.get("prefix").getAsString()).isEqualTo("第一条 𠮷语言政策。"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonObject tag = first.getAsJsonArray("body").get(0).getAsJsonObject(); //$NON-NLS-1$
		assertThat(tag.get("purpose").getAsString()).isEqualTo("tagging"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(tag.get("value").getAsString()).isEqualTo("扶贫/产业扶贫"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(tag.get("id").getAsString()).startsWith("urn:uuid:"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonObject memo = first.getAsJsonArray("body").get(1).getAsJsonObject(); //$NON-NLS-1$
		assertThat(memo.get("purpose").getAsString()).isEqualTo("commenting"); //$NON-NLS-1$ //$NON-NLS-2$

		JsonObject lost = find(items, "已删除的句子"); //$NON-NLS-1$
		JsonArray lostSelectors = lost.getAsJsonObject("target").getAsJsonArray("selector"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(lostSelectors).hasSize(1);
		assertThat(lostSelectors.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("TextQuoteSelector"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static JsonObject find(JsonArray items, String exact) {
		for (JsonElement e : items) {
			for (JsonElement s : e.getAsJsonObject().getAsJsonObject("target").getAsJsonArray("selector")) { //$NON-NLS-1$ //$NON-NLS-2$
				JsonObject o = s.getAsJsonObject();
				if (o.has("exact") && o.get("exact").getAsString().equals(exact)) { //$NON-NLS-1$ //$NON-NLS-2$
					return e.getAsJsonObject();
				}
			}
		}
		throw new AssertionError(exact);
	}

	@Test
	void sourceNamesADocumentByIdOrFileNameAndCreatorMayBeAString() throws IOException {
		ExchangeFixture f = ExchangeFixture.documents(tmp, "p"); //$NON-NLS-1$
		Path file = write(array(
				annotation(f.a.id(), 10, 16, "推进产业扶贫", "\"王五\"", "扶贫/产业扶贫"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				annotation("file:///data/b-notice.txt", 0, 2, "𠮷𠮷", "{\"type\":\"Person\",\"name\":\"赵六\"}", "扶贫")));  //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ImportResult r = f.exchange().importFile(file, null);

		assertThat(r.problems()).isEmpty();
		assertThat(r.annotations()).isEqualTo(2);
		assertThat(r.codes()).isEqualTo(2);
		List<Annotation> all = f.store.annotations(AnnotationQuery.all());
		assertThat(all).extracting(Annotation::coder).containsExactlyInAnyOrder("王五", "赵六"); //$NON-NLS-1$ //$NON-NLS-2$
		CodeTree tree = new CodeTree(f.store.codes());
		assertThat(tree.roots()).singleElement().extracting(c -> c.name()).isEqualTo("扶贫"); //$NON-NLS-1$
		assertThat(tree.find("扶贫/产业扶贫")).isPresent(); //$NON-NLS-1$
	}

	@Test
	void aByteOrderMarkBeforeTheJsonIsAccepted() throws IOException {
		ExchangeFixture f = ExchangeFixture.documents(tmp, "p"); //$NON-NLS-1$
		Path file = write("\uFEFF" + array(annotation(f.a.id(), 10, 16, "推进产业扶贫", null, "A"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(f.exchange().importFile(file, null).annotations()).isEqualTo(1);
	}

	@Test
	void aPositionOutOfRangeOrNotShowingTheQuoteFallsBackToTheQuote() throws IOException {
		ExchangeFixture f = ExchangeFixture.documents(tmp, "p"); //$NON-NLS-1$
		Path file = write(array(
				annotation(f.a.id(), 500, 506, "推进产业扶贫", null, "A"), //$NON-NLS-1$ //$NON-NLS-2$
				// UTF-16 offsets (11..17) instead of code points: the quote corrects them
				annotation(f.a.id(), 11, 17, "推进产业扶贫", null, "B"))); //$NON-NLS-1$ //$NON-NLS-2$
		ImportResult r = f.exchange().importFile(file, null);

		assertThat(r.relocated()).isEqualTo(2);
		assertThat(f.store.annotations(AnnotationQuery.all())).extracting(Annotation::start).containsOnly(10);
		assertThat(f.store.annotations(AnnotationQuery.all())).extracting(Annotation::coder).containsOnly("导入者"); //$NON-NLS-1$
	}

	@Test
	void whatCannotBeMappedIsReportedAndTheRestImported() throws IOException {
		ExchangeFixture f = ExchangeFixture.documents(tmp, "p"); //$NON-NLS-1$
		String noSelector = "{\"type\":\"Annotation\",\"target\":{\"source\":\"urn:uuid:" + f.a.id() + "\"}}"; //$NON-NLS-1$ //$NON-NLS-2$
		Path file = write(array(annotation("nowhere.txt", 0, 1, "x", null, "A"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				annotation(f.a.id(), 0, 3, "不在文中", null, "A"), noSelector, "42", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				annotation(f.b.id(), 0, 2, "𠮷𠮷", null, "A"))); //$NON-NLS-1$ //$NON-NLS-2$
		ImportResult r = f.exchange().importFile(file, null);

		assertThat(r.annotations()).isEqualTo(1);
		assertThat(r.problems()).hasSize(4);
		assertThat(r.problems().get(0)).contains("nowhere.txt"); //$NON-NLS-1$
	}

	@Test
	void aQuoteFoundSeveralTimesWithoutAPositionIsRefusedAsAmbiguous() throws IOException {
		ExchangeFixture f = ExchangeFixture.documents(tmp, "p"); //$NON-NLS-1$
		String quoteOnly = "{\"type\":\"Annotation\",\"target\":{\"source\":\"b-notice.txt\",\"selector\":" //$NON-NLS-1$
				+ "{\"type\":\"TextQuoteSelector\",\"exact\":\"产业扶贫\"}}}"; //$NON-NLS-1$
		ImportResult r = f.exchange().importFile(write(array(quoteOnly)), null);
		assertThat(r.annotations()).isZero();
		assertThat(r.problems()).singleElement().asString().contains("#1").contains(Messages.failureAmbiguous); //$NON-NLS-1$
	}

	@Test
	void malformedFilesAreRefusedWithAClearMessageAndChangeNothing() throws IOException {
		ExchangeFixture f = ExchangeFixture.coded(tmp, "p"); //$NON-NLS-1$
		List<String> before = f.signatures();
		List<String> bad = new ArrayList<>(List.of("{\"type\": \"AnnotationCollection\", ", //$NON-NLS-1$
				"{\"type\": \"AnnotationCollection\"} trailing", "\"just a string\"", //$NON-NLS-1$ //$NON-NLS-2$
				"{\"type\": \"Something\"}", "{\"type\":\"AnnotationCollection\",\"first\":\"http://x/page1\"}", //$NON-NLS-1$ //$NON-NLS-2$
				"{'single': 'quotes'}")); //$NON-NLS-1$
		for (String json : bad) {
			Path file = tmp.resolve("bad.json"); //$NON-NLS-1$
			Files.writeString(file, json, StandardCharsets.UTF_8);
			assertThatThrownBy(() -> f.exchange().importFile(file, null)).as(json)
					.isInstanceOf(ExchangeException.class).hasMessageNotContaining("Exception"); //$NON-NLS-1$
		}
		Files.write(tmp.resolve("latin.json"), new byte[] { '[', (byte) 0xE9, ']' }); //$NON-NLS-1$
		assertThatThrownBy(() -> f.exchange().importFile(tmp.resolve("latin.json"), null)) //$NON-NLS-1$
				.isInstanceOf(ExchangeException.class);
		assertThat(f.signatures()).isEqualTo(before);
	}

	@Test
	void theFirstMalformedJsonMessageSaysWhere() throws IOException {
		ExchangeFixture f = ExchangeFixture.documents(tmp, "p"); //$NON-NLS-1$
		Path file = tmp.resolve("bad.json"); //$NON-NLS-1$
		Files.writeString(file, "{\n  \"type\": \"AnnotationCollection\",\n  \"first\": [1, 2,, 3]\n}"); //$NON-NLS-1$
		assertThatThrownBy(() -> f.exchange().importFile(file, null)).isInstanceOf(ExchangeException.class)
				.hasMessageContaining("line 3"); //$NON-NLS-1$
	}

	private Path write(String json) throws IOException {
		Path file = tmp.resolve("in.jsonld"); //$NON-NLS-1$
		Files.writeString(file, json, StandardCharsets.UTF_8);
		return file;
	}

	private static String array(String... items) {
		return "[" + String.join(",", items) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static String annotation(String source, int start, int end, String exact, String creatorJson, String code) {
		StringBuilder sb = new StringBuilder("{\"type\":\"Annotation\",\"motivation\":\"tagging\","); //$NON-NLS-1$
		if (creatorJson != null) {
			sb.append("\"creator\":").append(creatorJson).append(','); //$NON-NLS-1$
		}
		sb.append("\"body\":{\"type\":\"TextualBody\",\"purpose\":\"tagging\",\"value\":\"").append(code).append("\"},"); //$NON-NLS-1$ //$NON-NLS-2$
		sb.append("\"target\":{\"source\":\"").append(source).append("\",\"selector\":["); //$NON-NLS-1$ //$NON-NLS-2$
		sb.append("{\"type\":\"TextPositionSelector\",\"start\":").append(start).append(",\"end\":").append(end) //$NON-NLS-1$ //$NON-NLS-2$
				.append("},"); //$NON-NLS-1$
		sb.append("{\"type\":\"TextQuoteSelector\",\"exact\":\"").append(exact).append("\"}]}}"); //$NON-NLS-1$ //$NON-NLS-2$
		return sb.toString();
	}
}

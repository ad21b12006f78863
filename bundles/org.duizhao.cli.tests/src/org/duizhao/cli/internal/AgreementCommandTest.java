package org.duizhao.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.Code;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code duizhao agreement}: a 50-character document coded by two coders as in the textbook kappa
 * example (both 20, neither 15, only A 5, only B 10: agreement 0.7, kappa 0.4), a sub-code only
 * one coder used, and a third coder on a second document.
 */
class AgreementCommandTest {

	private static final String TEXT = "甲乙丙丁戊己庚辛壬癸".repeat(5);

	@TempDir
	Path dir;
	AnnotatedProject p;

	@BeforeEach
	void setUp() throws IOException {
		p = AnnotatedProject.create(dir, "doc.txt", TEXT);
		try (AnnotationStore store = p.store()) {
			Code top = p.code(store, null, "扶贫");
			Code sub = p.code(store, top.id(), "产业");
			p.annotate(store, "A", 0, 25, top);
			p.annotate(store, "B", 0, 20, top);
			p.annotate(store, "B", 25, 35, top, sub);
		}
	}

	private CliHarness run(String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "agreement";
		all[1] = "--project";
		all[2] = p.folder.toString();
		System.arraycopy(args, 0, all, 3, args.length);
		return CliHarness.run(all);
	}

	@Test
	void jsonHasOneRowPerCodeInTreeOrder() {
		CliHarness h = run("--coders", "A,B");
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject json = JsonParser.parseString(h.out()).getAsJsonObject();
		assertThat(json.getAsJsonArray("coders").toString()).isEqualTo("[\"A\",\"B\"]");
		JsonArray rows = json.getAsJsonArray("rows");
		assertThat(rows).hasSize(2);
		JsonObject top = rows.get(0).getAsJsonObject();
		assertThat(top.keySet()).containsExactly("code", "units", "agreement", "kappa", "alpha");
		assertThat(top.get("code").getAsString()).isEqualTo("扶贫");
		assertThat(top.get("units").getAsLong()).isEqualTo(50);
		assertThat(top.get("agreement").getAsDouble()).isCloseTo(0.7, within(1e-9));
		assertThat(top.get("kappa").getAsDouble()).isCloseTo(0.4, within(1e-9));
		assertThat(top.get("alpha").getAsDouble()).isCloseTo(1 - 99.0 * 30 / (10000 - 55 * 55 - 45 * 45), within(1e-9));
		JsonObject sub = rows.get(1).getAsJsonObject();
		assertThat(sub.get("code").getAsString()).isEqualTo("扶贫/产业");
		assertThat(sub.get("agreement").getAsDouble()).isCloseTo(0.8, within(1e-9));
		assertThat(sub.get("kappa").getAsDouble()).isZero();
	}

	@Test
	void threeCodersHaveNoKappaAndACodeCanBeChosen() {
		CliHarness h = run("--coders", "A, B ,C", "--code", "扶贫/产业", "--document", "doc.txt");
		assertThat(h.code()).as(h.err()).isZero();
		JsonObject json = JsonParser.parseString(h.out()).getAsJsonObject();
		JsonArray rows = json.getAsJsonArray("rows");
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getAsJsonObject().get("kappa").isJsonNull()).isTrue();
		assertThat(rows.get(0).getAsJsonObject().get("alpha").isJsonNull()).isFalse();
	}

	@Test
	void csvAndTextFormats() {
		CliHarness csv = run("--coders", "A,B", "--format", "csv");
		assertThat(csv.code()).as(csv.err()).isZero();
		assertThat(csv.out()).startsWith("code,units,agreement,kappa,alpha\r\n扶贫,50,0.7000,0.4000,");
		CliHarness text = run("--coders", "A,B", "--format", "text");
		assertThat(text.code()).as(text.err()).isZero();
		assertThat(text.out()).contains("A, B").contains("0.700").contains("0.400");
		assertThat(text.out().lines().filter(l -> l.startsWith("扶贫")).count()).isEqualTo(2);
	}

	@Test
	void wrongUsageAndUnknownNames() {
		assertThat(run("--coders", "A").code()).isEqualTo(2);
		assertThat(run("--coders", "A,A").code()).isEqualTo(2);
		assertThat(run("--coders", "A,B", "--format", "xml").code()).isEqualTo(2);
		assertThat(run("--coders", "A,B", "extra").code()).isEqualTo(2);
		assertThat(CliHarness.run("agreement", "--coders", "A,B").code()).isEqualTo(2);
		CliHarness noCode = run("--coders", "A,B", "--code", "没有");
		assertThat(noCode.code()).isEqualTo(1);
		assertThat(noCode.err()).startsWith("duizhao agreement: ");
		assertThat(run("--coders", "A,B", "--document", "没有").code()).isEqualTo(1);
	}
}

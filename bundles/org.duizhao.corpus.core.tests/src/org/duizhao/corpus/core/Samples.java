package org.duizhao.corpus.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sample texts written for these tests, and a helper to write them as files. */
final class Samples {

	static final String NOTICE = "关于做好春季农田水利建设工作的通知\n"
			+ "　　各市、县人民政府：\n"
			+ "　　为了保障春耕生产用水，现就有关事项通知如下。\n"
			+ "　　一、各地要在三月底前完成渠道清淤。\n"
			+ "湖南省人民政府办公厅\n"
			+ "2021年2月18日\n";

	static final String TRADITIONAL = "關於推動社區圖書館建設的說明\n"
			+ "　　本會決定自明年起每年撥出專項經費，用於購置圖書與設備。\n"
			+ "臺北市政府文化局\n";

	private Samples() {
	}

	static Path write(Path dir, String name, String text, String charset) throws IOException {
		return write(dir, name, text.getBytes(Charset.forName(charset)));
	}

	static Path write(Path dir, String name, byte[] bytes) throws IOException {
		Path p = dir.resolve(name);
		Files.createDirectories(p.getParent());
		Files.write(p, bytes);
		return p;
	}

	/** A variant of {@link #NOTICE} with distinct bytes. */
	static String notice(int i) {
		return NOTICE.replace("三月底", "第" + i + "批次三月底");
	}
}

package org.duizhao.compare.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates Chinese-like text from a small character set and edits it at random: characters
 * inserted, deleted and replaced, sentences inserted and deleted, paragraphs moved.
 */
public final class RandomTexts {

	/** Characters of the generated text; 𠮷 (outside the BMP) is in on purpose. */
	static final String[] CHARS = ("的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 "
			+ "作 地 于 出 就 分 对 成 会 可 主 发 年 动 同 工 也 能 下 过 子 说 产 种 面 而 方 后 多 定 行 学 法 "
			+ "所 民 得 经 十 三 之 进 着 等 部 度 家 电 力 里 如 水 化 高 自 二 理 起 小 物 现 实 加 量 都 两 体 "
			+ "制 机 当 使 点 从 业 本 去 把 性 好 应 开 它 合 还 因 由 其 些 然 前 外 天 政 四 日 那 社 义 事 平 "
			+ "形 相 全 表 间 样 与 关 各 重 新 线 内 数 正 心 反 你 明 看 原 又 么 利 比 或 但 质 气 第 向 道 "
			+ "命 此 变 条 只 没 结 解 问 意 建 月 公 无 系 军 很 情 者 最 立 代 想 已 通 并 提 直 题 党 程 展 "
			+ "五 果 料 象 员 革 位 入 常 文 总 次 品 式 活 设 及 管 特 件 长 求 老 头 基 资 边 流 路 级 少 图 "
			+ "山 统 接 知 较 将 组 见 计 别 她 手 角 期 根 论 运 农 指 几 九 区 强 放 决 西 被 干 做 必 战 先 "
			+ "回 则 任 取 据 处 队 南 给 色 光 门 即 保 治 北 造 百 规 热 领 七 海 口 东 导 器 压 志 世 金 增 "
			+ "争 济 阶 油 思 术 极 交 受 联 什 认 六 共 权 收 证 改 清 己 美 再 采 转 更 单 风 切 打 白 教 速 "
			+ "花 带 安 场 身 车 例 真 务 具 万 每 目 至 达 走 积 示 议 声 报 斗 完 类 八 离 华 名 确 才 科 张 "
			+ "信 马 节 话 米 整 空 元 况 今 集 温 传 土 许 步 群 广 石 记 需 段 研 界 拉 林 律 叫 且 究 观 越 "
			+ "织 装 影 算 低 持 音 众 书 布 复 容 儿 须 际 商 非 验 连 断 深 难 近 矿 千 周 委 素 技 备 半 办 "
			+ "青 省 列 习 响 约 支 般 史 感 劳 便 团 往 酸 历 市 克 何 除 消 构 府 称 太 准 精 值 号 率 族 维 "
			+ "划 选 标 写 存 候 毛 亲 快 效 斯 院 查 江 型 眼 王 按 格 养 易 置 派 层 片 始 却 专 状 育 厂 京 "
			+ "识 适 属 圆 包 火 住 调 满 县 局 照 参 红 细 引 听 该 铁 价 严 𠮷").split(" ");

	private static final String[] ENDS = { "。", "。", "。", "！", "？", "；", "，" };

	private final Random random;
	private final int alphabet;

	/** @param seed the random seed; @param alphabet how many of {@link #CHARS} to use (small = more repeats) */
	public RandomTexts(long seed, int alphabet) {
		this.random = new Random(seed);
		this.alphabet = Math.min(alphabet, CHARS.length);
	}

	/** @return a sentence of 6..30 characters ending with punctuation */
	public String sentence() {
		StringBuilder sb = new StringBuilder();
		int n = 6 + random.nextInt(25);
		for (int i = 0; i < n; i++) {
			sb.append(character());
		}
		String end = ENDS[random.nextInt(ENDS.length)];
		return sb.append(end.equals("，") ? "。" : end).toString();
	}

	/** @return a paragraph of 1..6 sentences and a line break */
	public String paragraph() {
		StringBuilder sb = new StringBuilder();
		int n = 1 + random.nextInt(6);
		for (int i = 0; i < n; i++) {
			sb.append(sentence());
		}
		return sb.append('\n').toString();
	}

	/** @return paragraphs up to at least {@code length} UTF-16 units */
	public List<String> paragraphs(int length) {
		List<String> out = new ArrayList<>();
		int total = 0;
		while (total < length) {
			String p = paragraph();
			out.add(p);
			total += p.length();
		}
		return out;
	}

	/** @return {@code text} with {@code count} random character edits (insert, delete, replace) */
	public String editChars(String text, int count) {
		StringBuilder sb = new StringBuilder(text);
		for (int k = 0; k < count && sb.length() > 0; k++) {
			int at = codePointStart(sb, random.nextInt(sb.length()));
			int width = Character.charCount(sb.codePointAt(at));
			switch (random.nextInt(3)) {
			case 0 -> sb.insert(at, character());
			case 1 -> sb.delete(at, at + width);
			default -> sb.replace(at, at + width, character());
			}
		}
		return sb.toString();
	}

	/** @return the paragraphs with some sentences inserted and deleted and some paragraphs moved */
	public List<String> editStructure(List<String> paragraphs, int sentenceEdits, int moves) {
		List<String> out = new ArrayList<>(paragraphs);
		for (int k = 0; k < sentenceEdits && !out.isEmpty(); k++) {
			int p = random.nextInt(out.size());
			if (random.nextBoolean()) {
				out.set(p, sentence() + out.get(p));
			} else {
				out.set(p, dropFirstSentence(out.get(p)));
			}
		}
		for (int k = 0; k < moves && out.size() > 2; k++) {
			String moved = out.remove(random.nextInt(out.size()));
			out.add(random.nextInt(out.size() + 1), moved);
		}
		return out;
	}

	/** @return a shuffled copy */
	public List<String> shuffle(List<String> list) {
		List<String> out = new ArrayList<>(list);
		Collections.shuffle(out, random);
		return out;
	}

	/** @return a random int below {@code bound} */
	public int nextInt(int bound) {
		return random.nextInt(bound);
	}

	private String character() {
		return CHARS[random.nextInt(alphabet)];
	}

	private static String dropFirstSentence(String paragraph) {
		List<org.duizhao.text.core.TextRange> s = TestTexts.sentences(paragraph);
		return s.size() < 3 ? paragraph : paragraph.substring(s.get(0).end());
	}

	private static int codePointStart(CharSequence text, int index) {
		return index > 0 && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
	}
}

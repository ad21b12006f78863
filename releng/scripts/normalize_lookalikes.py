"""Look-alike candidates and the word table that decides them; used by gen-normalize-tables.py.

A look-alike is a real character swapped in for a common one so that filters miss the word:
財 for 才, 囿 for 有, 夶 for 大, 鋶 for 流. Each rare character gets the common characters it may
stand for, found from its shape (cjk-decomp) and reading (Unihan kMandarin/kHanyuPinyin):

  p  part       the common character is a part of it, beside a radical (財 = 貝 + 才, 囿 = 囗 + 有)
                (never a plain numeral for its capital form: 佰 is not a look-alike of 百)
  r  repeat     it repeats the common character (夶 = 大 大, 惢 = 心 心 心)
  l  similar    it swaps one part of the common character for one that looks alike (苐/第: 艹, ⺮)
  s  sound      it shares a part in the same place and a reading with it (赱/走, 鋶/流), or the
                common character sounds like its part and shares a part with that (莋/作/做)
  e  enclosure  it has the same enclosure and nothing else to go by (囙/回)
  w  whole      for a rare character only: any other part that is a common character and no
                radical (惒 = 和 + 心)

A kind in upper case says that the two characters also share a reading (財/才 cái, 囿/有 you);
for a character of GB 2312 level 1 the tone must match too (玖/久 jiǔ, but not 辐 fú/辅 fǔ).

Which candidate, if any, a character in a text stands for is decided at run time from the words
it makes with its neighbours (words.txt, from jieba's dictionary). The class says how far to go:

  c  context    a character in standard use (GB 2312, Big Five level 1, Unihan kFrequency 4-5):
             folds only to a candidate that shares its reading and makes a clearly more
             frequent word
  u  uncommon   any other that jieba's dictionary knows: folds where any candidate makes a
             clearly more frequent word
  r  rare       one that jieba's dictionary does not know at all (not alone, not in a word):
             also folds to its one strong candidate when no candidate makes a word

Characters in everyday use (kFrequency 1-3, or GB 2312 level 1 and used alone in jieba's
dictionary at least SINGLE_USE times) are never folded and get no row.
"""
import math
import re
import unicodedata

SINGLE_USE = 200
KIND_ORDER = ('part', 'repeat', 'similar', 'sound', 'enclosure', 'whole')
CODES = {'part': 'p', 'repeat': 'r', 'similar': 'l', 'sound': 's', 'enclosure': 'e', 'whole': 'w',
         'context': 'c', 'uncommon': 'u', 'rare': 'r'}

# Capital numerals (on cheques and invoices) are standard characters, not look-alikes of the plain ones.
CAPITALS = {'壹': '一', '贰': '二', '貳': '二', '叁': '三', '參': '三', '肆': '四', '伍': '五', '陆': '六',
            '陸': '六', '柒': '七', '捌': '八', '玖': '九', '拾': '十', '佰': '百', '仟': '千', '萬': '万'}

# Words of Chinese policy documents that jieba's dictionary lacks, so that look-alikes in them can
# be decided (ours; given a middling frequency).
POLICY_WORDS = ("做大做强 做大 做强 做优 减贫 脱贫攻坚 精准扶贫 精准脱贫 乡村振兴 提质增效 对口支援 对口帮扶 "
                "结对帮扶 驻村 两不愁 三保障 易地搬迁 扶贫车间 产业扶贫 消费扶贫 就业扶贫 教育扶贫 健康扶贫 "
                "兜底保障 防止返贫 稳岗 稳就业 保就业 全面小康 获得感 四个意识 四个自信 两个维护 不忘初心 "
                "牢记使命 作风建设 基层减负 放管服 营商环境 城乡融合 污染防治 金山银山 生态文明 一带一路 新基建 "
                "数字经济 揭榜挂帅 补短板 强弱项 固根基 扬优势 劳务协作 对口协作 提质扩面 见行见效 落地见效 "
                "落细落实 久久为功 善作善成 担当作为 常态化").split()
POLICY_FREQUENCY = 50
MAX_CANDIDATES = 24
HAN_WORD = re.compile(r'^[\u4e00-\u9fff]{2,4}$')

# parts that a scribe adds to a common character: radicals, in all their forms
ADDED = set('口亻金钅釒艹⺮竹山氵扌木土女忄心讠言訁纟糸糹石月日火王足⻊虫礻衤米车車马馬鱼魚鸟鳥犭彳'
            '宀穴雨饣食飠目耳田贝貝辶⻌走阝⻖刂攵欠页頁冫')
ADDED |= {unicodedata.normalize('NFKC', chr(cp)) for cp in range(0x2F00, 0x2FD6)}  # the 214 Kangxi radicals


def parse_decomp(path):
    """cjk-decomp rows: character -> (kind, [parts])."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    out = {}
    for m in re.finditer(r'^([^:\n]+):([a-z0-9/]+)\(([^)]*)\)$', text, re.M):
        out[m.group(1)] = (m.group(2), m.group(3).split(','))
    return out


def toneless(syllable):
    plain = unicodedata.normalize('NFD', syllable)
    return ''.join(ch for ch in plain if not unicodedata.combining(ch)).replace('ü', 'v')


def readings(mandarin, hanyu):
    """character -> set of readings with tones: kMandarin, else kHanyuPinyin (a character's
    rare readings would make look-alikes of characters that sound nothing like it: 佰/万 mò)."""
    out = {}
    for c, v in hanyu.items():
        out[c] = {x for entry in v.split() for x in entry.split(':')[1].split(',')}
    for c, v in mandarin.items():
        out[c] = set(v.split())
    return out


def jieba_words(path):
    """jieba dict.txt ('word freq tag' per line) -> ({2-4 character Han word: freq}, {char: freq})."""
    words, singles = {}, {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            parts = line.split(' ')
            if len(parts) < 2 or not parts[1].isdigit():
                continue
            word, freq = parts[0], int(parts[1])
            if len(word) == 1:
                singles[word] = max(singles.get(word, 0), freq)
            elif HAN_WORD.match(word) and freq >= 3:
                words[word] = max(words.get(word, 0), freq)
    for word in POLICY_WORDS:
        words.setdefault(word, POLICY_FREQUENCY)
    return words, singles


class Lookalikes:
    """Candidate generation over cjk-decomp, Unihan ranks and readings."""

    def __init__(self, decomp, rank, reads, kfreq, gb0, singles, words, ts_chars, similar):
        self.decomp, self.rank, self.reads = decomp, rank, reads
        self.known = set(singles) | {ch for w in words for ch in w}
        self.toneless = {c: {toneless(x) for x in rs} for c, rs in reads.items()}
        self.kfreq, self.gb0, self.singles = kfreq, gb0, singles
        self.ts_chars, self.similar = ts_chars, similar
        self.targets = {c for c, r in rank.items() if r <= 4 and len(c) == 1}
        self.slots, self.containing = {}, {}
        for t in self.targets:
            if t in decomp:
                kind, parts = decomp[t]
                for i, p in enumerate(parts):
                    self.slots.setdefault((kind[0], i, p), set()).add(t)
                    self.containing.setdefault(p, set()).add(t)

    def gb_level(self, c):
        if c not in self.gb0:
            return 0
        return 1 if 1600 <= int(self.gb0[c]) < 5600 else 2

    def klass(self, c):
        """never, context or rare (see the module's comment)."""
        if self.kfreq.get(c, 9) <= 3:
            return 'never'
        if self.gb_level(c) == 1:
            return 'never' if self.singles.get(c, 0) >= SINGLE_USE else 'context'
        if self.rank.get(c, 6) <= 5:
            return 'context'
        return 'uncommon' if c in self.known else 'rare'

    def candidates(self, c, depth=0):
        """common character -> kind, for the rare character c."""
        found = {}
        if c not in self.decomp:
            return found

        def add(t, kind):
            if t != c and t != self.ts_chars.get(c) and t in self.targets and CAPITALS.get(c) != t:
                found.setdefault(t, kind)
        kind, parts = self.decomp[c]
        if kind.startswith('r') and len(parts) == 1:
            add(parts[0], 'repeat')
        for i, p in enumerate(parts):
            others = [q for j, q in enumerate(parts) if j != i]
            if (kind[0] == 's' and i == 1) or (others and all(q in ADDED for q in others)):
                add(p, 'part')
                for t in self.homophones_sharing_a_part(p):
                    add(t, 'sound')
            elif self.klass(c) != 'context' and p not in ADDED:
                add(p, 'whole')
        mine = self.toneless.get(c, set())
        for i, p in enumerate(parts):
            for t in sorted(self.slots.get((kind[0], i, p), ())):
                theirs = [q for j, q in enumerate(self.decomp[t][1]) if j != i]
                rest = [q for j, q in enumerate(parts) if j != i]
                if theirs and rest and frozenset((theirs[0], rest[0])) in self.similar:
                    add(t, 'similar')
                elif self.toneless.get(t, set()) & mine:
                    add(t, 'sound')
        for p in {q for part in parts if part in self.decomp for q in self.decomp[part][1]}:
            if self.toneless.get(p, set()) & mine:
                add(p, 'sound')  # a part of a part that sounds alike: 翕 (合 + 羽, 羽 = 习 习) for 习
        if kind[0] == 's' and not any(k == 'part' for k in found.values()):
            for t in sorted(self.slots.get(('s', 0, parts[0]), set()) | self.slots.get(('r', 0, parts[0]), set())):
                add(t, 'enclosure')
        simple = self.ts_chars.get(c)
        if depth == 0 and simple and simple != c and simple not in self.targets:
            for t, k in self.candidates(simple, 1).items():
                add(t, k)  # a rare traditional form of a look-alike: 鋶 -> 锍 -> 流
        return found

    def sounds_alike(self, c, t):
        """Whether c and t share a reading; with the tone when c is of GB 2312 level 1."""
        sounds = self.reads if self.gb_level(c) == 1 else self.toneless
        return bool(sounds.get(t, set()) & sounds.get(c, set()))

    def homophones_sharing_a_part(self, p):
        """Common characters that sound like p and share a direct part with it (作 -> 做)."""
        if p not in self.decomp:
            return []
        found = set()
        for q in self.decomp[p][1]:
            found |= {t for t in self.containing.get(q, ()) if self.toneless.get(t, set()) & self.toneless.get(p, set())}
        found.discard(p)
        return sorted(found)

    def row(self, c):
        """(candidates, kind codes, class code) for c, or None when c never folds or has no candidate."""
        klass = self.klass(c)
        if klass == 'never' or len(c) != 1:
            return None
        found = self.candidates(c)
        by_simple = {}
        for t, k in sorted(found.items(), key=lambda tk: (KIND_ORDER.index(tk[1]), self.rank.get(tk[0], 6), tk[0])):
            by_simple.setdefault(self.ts_chars.get(t, t), (t, k))  # 升 and 陞 are one candidate
        best = list(by_simple.values())[:MAX_CANDIDATES]
        if not best:
            return None
        kinds = ''.join(CODES[k].upper() if self.sounds_alike(c, t) else CODES[k] for t, k in best)
        return ''.join(t for t, _ in best), kinds, CODES[klass]


def word_rows(words):
    """The word table: per first character, its words' other characters each followed by the
    rounded log2 of the word's jieba frequency ('首\t都9 先11 …')."""
    grouped = {}
    for word in sorted(words):
        grouped.setdefault(word[0], []).append('%s%d' % (word[1:], round(math.log2(words[word]))))
    return {first: ' '.join(rest) for first, rest in grouped.items()}


def injection_pool(decomp, gen, strict=True):
    """Test material: for each common character, characters a filter dodger could put in its
    place, as the look-alikes seen in scraped pages are made: a real character that holds the
    common one beside a radical (財/才), repeats it (夶/大), or holds it within two levels of its
    decomposition and shares its reading (鋶/流 through 锍). Characters in everyday use are left
    out: swapping one common character for another makes another word, which no folding undoes.
    With strict, so are characters in standard use that do not sound like the common one (恸 is
    not 动 but the 恸 of 恸哭); the folding leaves those alone too."""
    pool = {}

    def parts(c, depth):
        if depth == 0 or c not in decomp:
            return []
        out = []
        for p in decomp[c][1]:
            out += [p] + parts(p, depth - 1)
        return out
    for c in decomp:
        if len(c) != 1 or gen.klass(c) == 'never':
            continue
        kind, direct = decomp[c]
        beside = {p for i, p in enumerate(direct)
                  if all(q in ADDED for j, q in enumerate(direct) if j != i) and len(direct) > 1}
        if kind.startswith('r'):
            beside |= set(direct)
        sounding = {p for p in parts(c, 2) if gen.toneless.get(p, set()) & gen.toneless.get(c, set())}
        for t in beside | sounding:
            if t not in gen.targets or gen.rank.get(t, 6) > 3 or t == c or CAPITALS.get(c) == t:
                continue
            if strict and gen.klass(c) == 'context' and not gen.sounds_alike(c, t):
                continue
            pool.setdefault(t, set()).add(c)
    return {t: ''.join(sorted(cs)) for t, cs in pool.items()}

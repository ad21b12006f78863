#!/usr/bin/env python3
"""Generates a large, messy benchmark corpus for import, decoding, compare and dedup timings.

    python3 releng/scripts/gen-bench-corpus.py OUT_DIR [--docs 2000] [--mb 40] [--seed 1]
            [--notices 20] [--seeds ../shared/seeds] [--samples samples/corpus] [--manifest FILE] [--clean]

Documents are recombined at run time from paragraphs and sentences of the seed texts and the
project's sample texts; the seed texts are never stored in the repository, so neither is the
generated corpus. What it produces, and why:
  - sizes from 2 to 60 KB around a mean of MB/DOCS, because real imports mix notices and reports;
  - mostly UTF-8, ~10 % GB18030, ~5 % Big5 (built only from text Big5 can hold), ~5 % UTF-8 with
    BOM, some CRLF line ends, and ~3 % HTML pages, so charset detection is exercised at scale;
  - ~10 % variants of an earlier document (paragraphs dropped, moved, reworded, inserted), so
    compare and text-reuse detection have true pairs to find;
  - ~1 % exact byte duplicates of an earlier file, so duplicate detection has something to do;
  - besides the DOCS files, NOTICES short notices (notice-*.txt) that each copy three paragraphs of
    one of NOTICES/2 long decisions (decision-*.txt), so that corpus-wide reuse by containment has
    true pairs that resemble each other little. A decision's own paragraphs are new text (a
    character-bigram chain over the sources), since every other paragraph recurs all over the
    corpus; notices and decisions come from a random generator of their own, so the doc-* files
    are the same with or without them (--notices 0 gives exactly the corpus of earlier versions).
The same --seed and inputs give byte-identical output. A manifest (TSV: file, encoding, bytes,
kind, parent) is written beside OUT_DIR, not inside it, so importing OUT_DIR imports documents only.
Standard library only.
"""
import argparse
import html
import math
import pathlib
import random
import re
import sys
import time
from html.parser import HTMLParser

ROOT = pathlib.Path(__file__).resolve().parents[2]
KB = 1024
MIN_SIZE, MAX_SIZE = 2 * KB, 60 * KB
HAN = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END = re.compile(r"(?<=[。！？；!?])")
PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
ENCODINGS = [("gb18030", 0.10), ("big5", 0.05), ("utf-8-sig", 0.05)]  # rest: utf-8
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
HTML_SHARE, CRLF_SHARE, VARIANT_SHARE, DUPLICATE_SHARE = 0.03, 0.10, 0.10, 0.01
# Invented metadata pieces: the issuers are generic office names, not taken from any source.
# Big5 documents get the traditional forms, since Big5 cannot hold most simplified characters.
PROVINCES = {
    "simplified": ["陕西省", "江苏省", "甘肃省", "贵州省", "四川省", "浙江省", "青海省", "广西壮族自治区"],
    "traditional": ["陝西省", "江蘇省", "甘肅省", "貴州省", "四川省", "浙江省", "青海省", "廣西壯族自治區"]}
OFFICES = {
    "simplified": ["人民政府办公厅", "乡村振兴局", "农业农村厅", "发展和改革委员会", "人力资源和社会保障厅"],
    "traditional": ["人民政府辦公廳", "鄉村振興局", "農業農村廳", "發展和改革委員會", "人力資源和社會保障廳"]}
HTML_WORDS = {"simplified": ("无标题", "首页", "示例站点 版权所有"),
              "traditional": ("無標題", "首頁", "示例站點 版權所有")}


class _TextOnly(HTMLParser):
    """Collects the text of an HTML page, one line per block element, skipping script/style."""

    BLOCKS = {"p", "div", "h1", "h2", "h3", "li", "title", "br", "tr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip > 0:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def decode(data, name):
    """Decodes a source file; samples may be UTF-8 (with or without BOM), GBK or Big5."""
    order = ["utf-8-sig", "big5", "gb18030"] if "big5" in name else ["utf-8-sig", "gb18030", "big5"]
    for codec in order:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def read_sources(folders):
    """Returns the text of every .txt/.md/.html file in the folders, in a stable order."""
    texts = []
    for folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() not in (".txt", ".md", ".html", ".htm") or path.name == "README.md":
                continue
            text = decode(path.read_bytes(), path.name)
            if path.suffix.lower() in (".html", ".htm"):
                parser = _TextOnly()
                parser.feed(text)
                text = "".join(parser.parts)
            texts.append(text)
    return texts


class Pool:
    """Paragraphs, sentences and short lines cut from the sources, for one target charset."""

    def __init__(self, texts, codec=None):
        self.paragraphs, self.sentences, self.lines = [], [], []
        for text in texts:
            if codec:  # glosses carry tone marks that Big5 lacks; a Big5 page would not have them
                text = PINYIN_GLOSS.sub("", text)
            for line in text.replace("\r\n", "\n").split("\n"):
                line = line.strip("\ufeff \t")
                if not line or (codec and not fits(line, codec)):
                    continue
                if len(HAN.findall(line)) >= 20:
                    self.paragraphs.append(line)
                    self.sentences.extend(s for s in SENTENCE_END.split(line.strip("\u3000")) if len(s) > 4)
                elif len(line) <= 60:
                    self.lines.append(line)

    def usable(self):
        return len(self.paragraphs) >= 5 and len(self.lines) >= 3

    def paragraph(self, rng):
        """A whole source paragraph or, half the time, a new one of 2-6 random sentences."""
        if rng.random() < 0.5 or len(self.sentences) < 6:
            return rng.choice(self.paragraphs)
        indent = "\u3000\u3000" if rng.random() < 0.7 else ""
        return indent + "".join(rng.choice(self.sentences) for _ in range(rng.randint(2, 6)))


def fits(text, codec):
    try:
        text.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def target_size(rng, mean):
    """Log-normal size with the given mean, clamped to the 2-60 KB range."""
    sigma = 0.7
    return int(min(MAX_SIZE, max(MIN_SIZE, rng.lognormvariate(math.log(mean) - sigma * sigma / 2, sigma))))


def script_of(codec):
    return "traditional" if codec == "big5" else "simplified"


def header(rng, pool, codec):
    year, month, day = rng.randint(2018, 2022), rng.randint(1, 12), rng.randint(1, 28)
    date = rng.choice([f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}",
                       f"{year}年{month}月{day}日".translate(FULLWIDTH)])
    issuer = rng.choice(PROVINCES[script_of(codec)]) + rng.choice(OFFICES[script_of(codec)])
    lines = [rng.choice(pool.lines)] if rng.random() < 0.5 else []
    return lines + [rng.choice(pool.lines).strip("\u3000"), "", f"{date}\u3000{issuer}", ""]


def fresh(rng, pool, size, codec):
    """A new document: navigation, title, date and issuer, body paragraphs, footer lines."""
    lines = header(rng, pool, codec)
    footer = [""] + [rng.choice(pool.lines) for _ in range(rng.randint(0, 3))]
    return fit(rng, pool, lines, footer, codec, size)


def fit(rng, pool, lines, footer, codec, size):
    """Adds or drops body paragraphs until lines + footer is near size and within 2-60 KB."""
    size = min(MAX_SIZE - 2 * KB, max(MIN_SIZE, size))  # room for an HTML wrapper and CRLFs
    used = sum(len(l.encode(codec)) + 1 for l in lines + footer)
    while used > size and len(lines) > 6:
        used -= len(lines.pop(rng.randrange(5, len(lines))).encode(codec)) + 1
    while used < size:
        paragraph = pool.paragraph(rng)
        if used + len(paragraph.encode(codec)) > MAX_SIZE - 2 * KB:
            break
        lines.append(paragraph)
        used += len(paragraph.encode(codec)) + 1
    return lines + footer


def variant(rng, pool, parent, codec):
    """A reworked copy of parent: the kinds of edit a county makes to a provincial text."""
    lines = [p for p in parent if rng.random() > 0.15 or len(p) < 60]
    for _ in range(rng.randint(1, 3)):  # moves
        if len(lines) > 4:
            lines.insert(rng.randrange(len(lines)), lines.pop(rng.randrange(len(lines))))
    for i, line in enumerate(lines):  # rewording: swap or replace a sentence
        sentences = [s for s in SENTENCE_END.split(line) if s]
        if len(sentences) > 2 and rng.random() < 0.3:
            a, b = rng.sample(range(len(sentences)), 2)
            sentences[a], sentences[b] = sentences[b], sentences[a]
            if pool.sentences and rng.random() < 0.5:
                sentences[rng.randrange(len(sentences))] = rng.choice(pool.sentences)
            lines[i] = "".join(sentences)
    for _ in range(rng.randint(0, 3)):  # insertions
        lines.insert(rng.randrange(len(lines) + 1), pool.paragraph(rng))
    # Edits may push a short parent under 2 KB or a long one over 60 KB; fit() restores the range.
    current = sum(len(l.encode(codec)) + 1 for l in lines)
    return fit(rng, pool, lines, [], codec, current)


def to_html(lines, codec, rng):
    label = {"utf-8-sig": "utf-8", "gb18030": rng.choice(["gb18030", "gbk", "gb2312"])}.get(codec, codec)
    untitled, home, footer = HTML_WORDS[script_of(codec)]
    title = html.escape(next((l.strip(" \u3000") for l in lines if l.strip(" \u3000")), untitled))
    body = "\n".join(f"<p>{html.escape(l)}</p>" for l in lines[1:] if l.strip())
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{label}">\n<title>{title}</title>\n'
            f'</head>\n<body>\n<div class="nav"><a href="/">{home}</a> &gt; 正文</div>\n<h1>{title}</h1>\n'
            f'{body}\n<div class="footer">{footer}</div>\n</body>\n</html>\n')


def choose_codec(rng, big5_ok):
    r, edge = rng.random(), 0.0
    for codec, share in ENCODINGS:
        edge += share
        if r < edge:
            return "utf-8" if codec == "big5" and not big5_ok else codec
    return "utf-8"


def generate(args, pools):
    rng = random.Random(args.seed)
    mean = max(MIN_SIZE, min(MAX_SIZE, args.mb * KB * KB / args.docs))
    written, docs, manifest = 0, [], []
    for i in range(args.docs):
        ext, kind, parent = ".txt", "fresh", ""
        if docs and rng.random() < DUPLICATE_SHARE:
            parent = rng.choice(docs)
            data, ext, kind = parent["data"], parent["ext"], "duplicate"
            codec, lines, parent = parent["codec"], parent["lines"], parent["name"]
        else:
            codec = choose_codec(rng, pools["big5"].usable())
            pool = pools["big5" if codec == "big5" else "any"]
            measure = "utf-8" if codec == "utf-8-sig" else codec  # encode() per line would add BOMs
            candidates = [d for d in docs if codec != "big5" or d["codec"] == "big5"]
            if candidates and rng.random() < VARIANT_SHARE:
                source = rng.choice(candidates)
                lines, kind, parent = variant(rng, pool, source["lines"], measure), "variant", source["name"]
            else:
                lines = fresh(rng, pool, target_size(rng, mean), measure)
            newline = "\r\n" if rng.random() < CRLF_SHARE else "\n"
            if rng.random() < HTML_SHARE:
                text, ext = to_html(lines, codec, rng), ".html"
            else:
                text = "\n".join(lines) + "\n"
            data = text.replace("\n", newline).encode(codec)
        name = f"doc-{i + 1:05d}{ext}"
        (args.out / name).write_bytes(data)
        written += len(data)
        # Keep lines of recent documents only: variants need parents, memory need not hold 40 MB.
        docs.append({"name": name, "ext": ext, "codec": codec, "data": data, "lines": lines})
        if len(docs) > 200:
            docs.pop(0)
        manifest.append((name, codec, len(data), kind, parent))
    return manifest, written


class Chain:
    """A character-bigram chain over the source paragraphs: new text that reads like the sources."""

    def __init__(self, paragraphs):
        self.next = {}
        for p in paragraphs:
            for a, b in zip(p, p[1:]):
                self.next.setdefault(a, []).append(b)
        self.starts = [p[0] for p in paragraphs if p and HAN.match(p[0])]

    def paragraph(self, rng, length):
        out = [rng.choice(self.starts)]
        while len(out) < length:
            follow = self.next.get(out[-1])
            out.append(rng.choice(follow) if follow else rng.choice(self.starts))
        return "\u3000\u3000" + "".join(out).replace("\n", "") + "。"


def notices(args, pool, count):
    """count short notices, two per long decision, each copying three of its own paragraphs."""
    rng, chain = random.Random(args.seed * 1000003 + 7), Chain(pool.paragraphs)
    manifest, written = [], 0
    for d in range((count + 1) // 2):
        own = [chain.paragraph(rng, rng.randint(150, 300)) for _ in range(12)]
        lines = fresh(rng, pool, rng.randint(20 * KB, 40 * KB), "utf-8")
        for k, paragraph in enumerate(own):  # spread among the body paragraphs, in order
            lines.insert(min(len(lines), 5 + k * max(1, (len(lines) - 5) // len(own))), paragraph)
        name = f"decision-{d + 1:04d}.txt"
        written += write(args.out / name, lines)
        manifest.append((name, "utf-8", (args.out / name).stat().st_size, "decision", ""))
        for n in range(2 * d, min(count, 2 * d + 2)):
            start = rng.randrange(len(own) - 2)
            body = [pool.paragraph(rng)] + own[start:start + 3] + [pool.paragraph(rng)]
            notice = header(rng, pool, "utf-8") + body + ["", rng.choice(pool.lines)]
            file = f"notice-{n + 1:04d}.txt"
            written += write(args.out / file, notice)
            manifest.append((file, "utf-8", (args.out / file).stat().st_size, "notice", name))
    return manifest, written


def write(path, lines):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(data)
    return len(data)


def prepare(out, clean):
    out.mkdir(parents=True, exist_ok=True)
    old = sorted(p for p in out.iterdir() if re.fullmatch(r"(doc-\d{5,}|notice-\d{4,}|decision-\d{4,})\.(txt|html)", p.name))
    others = [p for p in out.iterdir() if p not in old]
    if others or (old and not clean):
        sys.exit(f"{out} is not empty; use an empty folder, or --clean to replace an earlier run")
    for p in old:
        p.unlink()


def summary(manifest, written, seconds):
    by = lambda key: {v: sum(1 for m in manifest if m[key] == v) for v in sorted({m[key] for m in manifest})}
    html_files = sum(1 for m in manifest if m[0].endswith(".html"))
    print(f"files: {len(manifest)}  bytes: {written} ({written / KB / KB:.1f} MiB)  "
          f"mean: {written / max(1, len(manifest)) / KB:.1f} KB  "
          f"min/max: {min(m[2] for m in manifest) / KB:.1f}/{max(m[2] for m in manifest) / KB:.1f} KB")
    print(f"encodings: {by(1)}  kinds: {by(3)}  html: {html_files}  time: {seconds:.1f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path, metavar="OUT_DIR")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--mb", type=float, default=40.0, help="approximate total size in MiB")
    parser.add_argument("--seeds", type=pathlib.Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--samples", type=pathlib.Path, default=ROOT / "samples" / "corpus")
    parser.add_argument("--seed", type=int, default=1, help="random seed (output is reproducible)")
    parser.add_argument("--manifest", type=pathlib.Path, help="default: OUT_DIR.manifest.tsv")
    parser.add_argument("--notices", type=int, default=20,
                        help="short notices copying part of a long decision, besides --docs (0: none)")
    parser.add_argument("--clean", action="store_true", help="delete the files of an earlier run")
    args = parser.parse_args()
    if args.docs < 1 or args.mb <= 0 or args.notices < 0:
        parser.error("--docs and --mb must be positive, --notices not negative")
    if not args.seeds.is_dir():
        print(f"warning: no seed folder {args.seeds}; using the samples only", file=sys.stderr)
    start = time.monotonic()
    texts = read_sources([args.seeds, args.samples])
    pools = {"any": Pool(texts), "big5": Pool(texts, "big5")}
    if not pools["any"].usable():
        sys.exit("not enough source text: check --seeds and --samples")
    prepare(args.out, args.clean)
    manifest, written = generate(args, pools)
    if args.notices:
        more, more_written = notices(args, pools["any"], args.notices)
        manifest, written = manifest + more, written + more_written
    out = args.out.resolve()
    manifest_path = args.manifest or out.with_name(out.name + ".manifest.tsv")
    rows = ["file\tencoding\tbytes\tkind\tparent"] + ["\t".join(map(str, m)) for m in manifest]
    manifest_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary(manifest, written, time.monotonic() - start)
    print(f"manifest: {manifest_path}")


if __name__ == "__main__":
    main()

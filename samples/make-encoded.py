#!/usr/bin/env python3
"""Regenerates the legacy-encoded sample files from their editable UTF-8 sources.

The corpus holds one GBK and one Big5 file because researchers import such files every day.
Nobody can comfortably edit them, so their text lives in src/ as UTF-8 and this script writes
the encoded copies into corpus/. Encoding is strict: a character the target charset cannot
hold is an error (with its line and column), never a silent '?', so the files stay honest
test material for charset detection.

    python3 samples/make-encoded.py           write corpus/ files
    python3 samples/make-encoded.py --check   exit 1 if a corpus/ file is out of date
"""
import argparse
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

# (UTF-8 source in src/, encoded target in corpus/, codec, line ending)
# The GBK notice gets CRLF line endings, as files exported on Windows office machines do.
FILES = [
    ("08-county-notice.utf8.txt", "08-county-notice-gbk.txt", "gbk", "\r\n"),
    ("09-speech.utf8.txt", "09-speech-big5.txt", "big5", "\n"),
]


def encode(text, codec, newline):
    """Returns the bytes of text in codec, or raises ValueError naming the first bad character."""
    text = text.replace("\r\n", "\n").replace("\n", newline)
    try:
        return text.encode(codec, errors="strict")
    except UnicodeEncodeError as e:
        line = text.count("\n", 0, e.start) + 1
        col = e.start - (text.rfind("\n", 0, e.start) + 1) + 1
        bad = text[e.start:e.end]
        raise ValueError(f"{bad!r} (U+{ord(bad[0]):04X}) at line {line}, column {col} is not in {codec}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, do not write")
    args = parser.parse_args()
    stale = 0
    for src, dst, codec, newline in FILES:
        text = (HERE / "src" / src).read_text(encoding="utf-8")
        try:
            data = encode(text, codec, newline)
        except ValueError as e:
            print(f"{src}: {e}", file=sys.stderr)
            return 2
        # Round trip guards against codec quirks (e.g. characters mapped one way only).
        if data.decode(codec).replace("\r\n", "\n") != text.replace("\r\n", "\n"):
            print(f"{src}: does not survive a {codec} round trip", file=sys.stderr)
            return 2
        target = HERE / "corpus" / dst
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                print(f"{dst}: out of date, run make-encoded.py")
                stale += 1
        else:
            target.write_bytes(data)
            print(f"{dst}: {len(data)} bytes ({codec})")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

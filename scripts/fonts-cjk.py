"""Splits Noto Sans CJK SC, JP and KR into slices fetched by need (run by scripts/fonts).

Usage: python3 scripts/fonts-cjk.py <repo root>

For each face it writes public/fonts/cjk/<face>/<NN>.ttf and public/fonts/cjk/<face>/index.txt.
A PDF needs only the slices holding its characters, so a slice holds characters that tend to
appear together, the most frequent first:

* slice 00: the CJK punctuation and full-width forms, the Japanese kana (jp), every character of
  Tandem's own messages in that language (locales/zh|ja|ko, what every PDF of it prints), and
  the SLICE0 most frequent characters of the language;
* then the rest of the language's characters by falling frequency, FREQ_SLICE a slice;
* then the rest of the face's coverage (below) by code point, RARE_SLICE a slice;
  the slices after 00 are cut before the characters of slice 00 are taken out of them, so that a
  change of the messages changes few files.

Coverage (what can be printed at all): the national character set of the language (GB 2312 for
zh, JIS X 0208 for ja, KS X 1001 for ko, read from Python's codecs), every modern Hangul
syllable (ko), the kana blocks (ja), and every character of the frequency list and of the
locale, as far as the face draws them and they are CJK (Latin, Greek and Cyrillic come from
Noto Sans).

Frequencies: the `wordfreq` package (PyPI, version 3.x; code Apache-2.0, data CC BY-SA 4.0,
Robyn Speer et al.), its "large" list for zh and ja and "small" for ko, each word's frequency
added to each of its characters. Only the resulting order of characters is used.

Each slice is a TrueType font (outlines converted from CFF with cu2qu, at most 1 unit of 1000
off) with no hinting and no layout tables: CJK text needs no shaping, and tandem-pdf embeds
TrueType outlines. Output is deterministic.
"""

import codecs
import collections
import pathlib
import sys

import wordfreq
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
# Face index in the collection, language, national character set codec, wordfreq list.
FACES = {
    "sc": (2, "zh", "gb2312", "large"),
    "jp": (0, "ja", "euc_jp", "large"),
    "kr": (1, "ko", "euc_kr", "small"),
}
SLICE0 = 700
FREQ_SLICE = 100
RARE_SLICE = 250

# The code points a CJK slice may hold: everything else is Noto Sans' (or another script's).
CJK_RANGES = [
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0x3200, 0x33FF),  # enclosed CJK, compatibility
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
# Always in slice 00: punctuation and full-width forms (every CJK text has some).
PUNCTUATION = [(0x3000, 0x303F), (0xFF00, 0xFFEF)]


def in_ranges(cp, ranges):
    return any(a <= cp <= b for a, b in ranges)


def national_set(codec):
    """Every character of a two-byte EUC character set."""
    chars = set()
    for hi in range(0xA1, 0xFF):
        for lo in range(0xA1, 0xFF):
            try:
                text = bytes([hi, lo]).decode(codec)
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in text)
    return chars


def frequencies(lang, wordlist):
    freq = collections.Counter()
    for word, p in wordfreq.get_frequency_dict(lang, wordlist).items():
        for c in word:
            freq[ord(c)] += p
    # Most frequent first; ties by code point, so the order is deterministic.
    return [cp for cp, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]


def locale_chars(root, lang):
    chars = set()
    for f in sorted((root / "locales" / lang).rglob("*.ftl")):
        chars.update(ord(c) for c in f.read_text(encoding="utf-8"))
    return chars


def slices_of(root, face):
    index, lang, codec, wordlist = FACES[face]
    font = TTFont(TTC, fontNumber=index, lazy=True)
    drawn = set(font.getBestCmap())
    cjk = lambda cps: {cp for cp in cps if cp in drawn and in_ranges(cp, CJK_RANGES)}

    coverage = cjk(national_set(codec))
    if face == "jp":
        coverage |= cjk(range(0x3040, 0x3100)) | cjk(range(0x31F0, 0x3200))
    if face == "kr":
        coverage |= cjk(range(0xAC00, 0xD7A4)) | cjk(range(0x3130, 0x3190))
    order = [cp for cp in frequencies(lang, wordlist) if cp in cjk([cp])]
    own = cjk(locale_chars(root, lang))
    coverage |= set(order) | own

    # The slices after 00 are cut from the frequency order and the coverage alone, and only then
    # lose what slice 00 took from them: a change of the locale's messages changes slice 00 and
    # the few slices its characters come from, not every slice after it.
    top = order[:SLICE0]
    first = {cp for cp in coverage if in_ranges(cp, PUNCTUATION)} | own | set(top)
    if face == "jp":
        first |= cjk(range(0x3040, 0x3100))
    slices = [sorted(first)]
    rest = order[SLICE0:]
    for i in range(0, len(rest), FREQ_SLICE):
        slices.append(sorted(set(rest[i : i + FREQ_SLICE]) - first))
    rare = sorted(coverage - set(order))
    for i in range(0, len(rare), RARE_SLICE):
        slices.append(sorted(set(rare[i : i + RARE_SLICE]) - first))
    # A slice left empty keeps its number: it has no file and no line in the index.
    return index, slices


def to_truetype(font):
    """Replaces the CFF outlines of a subset font by quadratic TrueType ones."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    table = font["glyf"] = newTable("glyf")
    table.glyphOrder = order
    table.glyphs = glyf
    del font["CFF "]
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxTwilightPoints maxStorage maxFunctionDefs maxInstructionDefs maxStackElements "
        "maxSizeOfInstructions maxComponentElements"
    ).split():
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    font.sfntVersion = "\0\1\0\0"
    return font


def ranges_text(cps):
    out, start, prev = [], None, None
    for cp in cps + [None]:
        if start is not None and (cp is None or cp != prev + 1):
            out.append(f"{start:04X}" if start == prev else f"{start:04X}-{prev:04X}")
            start = None
        if cp is not None and start is None:
            start = cp
        prev = cp
    return ",".join(out)


def main(root):
    root = pathlib.Path(root)
    for face in FACES:
        index, slices = slices_of(root, face)
        out = root / "public" / "fonts" / "cjk" / face
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*"):
            old.unlink()
        lines = []
        for n, cps in enumerate(slices):
            if not cps:
                continue
            font = TTFont(TTC, fontNumber=index)
            options = subset.Options()
            options.hinting = False
            options.desubroutinize = True
            options.layout_features = []
            options.notdef_outline = True
            options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
            options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "GSUB", "GPOS", "GDEF"]
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=cps)
            subsetter.subset(font)
            to_truetype(font)
            # Fixed timestamps: the same input gives the same bytes.
            font["head"].created = font["head"].modified = 0
            font.recalcTimestamp = False
            font.save(out / f"{n:02d}.ttf")
            lines.append(f"{n:02d} {ranges_text(cps)}")
        (out / "index.txt").write_text("\n".join(lines) + "\n")
        print(f"cjk/{face}: {sum(1 for s in slices if s)} slices, {sum(map(len, slices))} characters")


if __name__ == "__main__":
    main(sys.argv[1])

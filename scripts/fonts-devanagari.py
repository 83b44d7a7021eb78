#!/usr/bin/env python3
"""Prunes the Devanagari font scripts/fonts made to the glyphs Hindi text actually uses.

Noto Sans Devanagari draws most conjuncts as ligatures of their own (the `pres`, `akhn`, `half`,
`blwf`, `rphf` glyphs): 771 glyphs, 41 kB brotli once subset to the block, over the 35 kB a
script's font may cost. Most of those glyphs are clusters Hindi hardly ever writes. This keeps:
  - every character the file maps (so no text ever falls to .notdef),
  - every glyph HarfBuzz produces when it shapes, with the full font,
      the 30,000 most frequent Hindi words of the wordfreq package (Robyn Speer et al.; data under
      CC BY-SA 4.0; only which words occur is used), the Hindi locale's own messages,
      every consonant in its half, rakar and reph forms and with each vowel sign and mark,
      every two-consonant conjunct, alone and with the vowel signs that change its shape,
and drops the rest, with the layout rules that only produced dropped glyphs (fontTools'
--no-layout-closure). A rarer cluster the list does not hold is still shaped, by the rules kept:
as half forms, or with a visible virama where the consonant has no half form, which is how
Hindi writes such clusters when the font has no ligature for them; it is never a box.
Deterministic for a given font and wordfreq version.
usage: python3 scripts/fonts-devanagari.py ROOT   (rewrites ROOT/public/fonts/NotoSansDevanagari-tandem.ttf)
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

import uharfbuzz as hb
import wordfreq
from fontTools.ttLib import TTFont

WORDS = 30000
VIRAMA, ZWJ, RA, I_SIGN = '\u094d', '\u200d', '\u0930', '\u093f'
CONSONANTS = [chr(c) for c in range(0x0915, 0x093A)] + [chr(c) for c in range(0x0958, 0x0960)]
VOWELS = [chr(c) for c in range(0x0904, 0x0915)]
SIGNS = [chr(c) for c in range(0x093E, 0x094D)] + ['\u0901', '\u0902', '\u0903', '\u093c']
MARKS = ['\u0901', '\u0902', '\u0903']
# Vowel signs and marks whose shape or place depends on the conjunct they follow.
CONJUNCT_SIGNS = ['\u0941', '\u0942', '\u0943', '\u0947', '\u0948', '\u0902', I_SIGN]


def texts(root):
    """The words and clusters whose glyphs are kept."""
    devanagari = re.compile('[\u0900-\u097f\u200c\u200d]+')
    yield from (w for w in wordfreq.top_n_list('hi', WORDS) if devanagari.search(w))
    for path in sorted(glob.glob(os.path.join(root, 'locales', 'hi', '**', '*.ftl'), recursive=True)):
        with open(path, encoding='utf-8') as f:
            yield from sorted(set(devanagari.findall(f.read())))
    for c in CONSONANTS:
        yield from (c + VIRAMA, c + VIRAMA + ZWJ, c + VIRAMA + RA, RA + VIRAMA + c)
        yield from (c + s for s in SIGNS)
        for d in CONSONANTS:
            yield c + VIRAMA + d
            yield from (c + VIRAMA + d + s for s in CONJUNCT_SIGNS)
    yield from (v + m for v in VOWELS for m in MARKS)


def main():
    root = sys.argv[1]
    path = os.path.join(root, 'public', 'fonts', 'NotoSansDevanagari-tandem.ttf')
    with open(path, 'rb') as f:
        data = f.read()
    font = hb.Font(hb.Face(data))
    tt = TTFont(path)
    order = tt.getGlyphOrder()
    keep = {'.notdef'} | set(tt.getBestCmap().values())
    for text in texts(root):
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(font, buf, {})
        keep.update(order[info.codepoint] for info in buf.glyph_infos)
    unicodes = ','.join('U+%04X' % u for u in sorted(tt.getBestCmap()))
    with tempfile.TemporaryDirectory() as tmp:
        glyphs = os.path.join(tmp, 'glyphs.txt')
        with open(glyphs, 'w') as f:
            f.write('\n'.join(sorted(keep)))
        subprocess.run(
            [sys.executable, '-m', 'fontTools.subset', path,
             '--glyphs-file=' + glyphs, '--unicodes=' + unicodes, '--no-layout-closure',
             '--layout-features=*', '--name-IDs=*', '--name-languages=*',
             '--no-hinting', '--notdef-outline', '--recalc-bounds',
             '--output-file=' + path],
            check=True)
    print(f'Devanagari: {len(keep)} of {len(order)} glyphs kept')


if __name__ == '__main__':
    main()

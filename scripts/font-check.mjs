// The per-script fonts' budget (issue #17), checked by scripts/test: every font file a script's
// text fetches from public/fonts/ (Latin, Arabic, Armenian, Devanagari, Georgian, Hebrew, the
// Vietnamese supplement) is at most FONT_BUDGET_KB brotli, as a host serves it. Sizes are
// deterministic, so this is a test; scripts/bench prints the same figures. The CJK slices have
// their own budget per request (tandem-pdf's tests).
// usage: node scripts/font-check.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliSize } from './shell-check.mjs';

export const FONT_BUDGET_KB = 35;
const FONTS = join(resolve(fileURLToPath(import.meta.url), '..', '..'), 'public', 'fonts');

/** Each per-script font's brotli size in bytes, by file name. */
export function fontSizes() {
  return readdirSync(FONTS)
    .filter((f) => f.endsWith('.ttf'))
    .sort()
    .map((f) => [f, brotliSize(readFileSync(join(FONTS, f)))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = fontSizes();
  if (sizes.length < 7) throw new Error(`font check: only ${sizes.length} fonts found in ${FONTS}`);
  const over = sizes.filter(([, br]) => br > FONT_BUDGET_KB * 1000);
  for (const [f, br] of sizes) console.log(`${(br / 1000).toFixed(1).padStart(6)} kB  ${f}`);
  if (over.length) {
    console.error(`font check: over ${FONT_BUDGET_KB} kB brotli: ${over.map(([f]) => f).join(', ')}`);
    process.exit(1);
  }
  console.log(`font check: ${sizes.length} fonts, each ≤ ${FONT_BUDGET_KB} kB brotli`);
}

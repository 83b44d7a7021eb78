// The app shell's two checks, run by scripts/test after the release build (sizes and linked code
// are deterministic, unlike times):
//   - what a first visit loads before the app runs (html, boot, js, css, the app's wasm up to its
//     first screen) is at most SHELL_BUDGET_KB brotli. The other screens (a draft's, a request
//     received's, the statistics) are wasm modules of their own, loaded when first shown or
//     once the page is idle (scripts/split-web, `#[wasm_split]`), so they are not counted;
//   - the app's wasm (shell and screens alike) links no cipher (aes-gcm, argon2) and no PDF engine
//     (tandem-pdf, pdf-writer, subsetter, rustybuzz): those live in the lock and PDF workers. Read
//     from the function names of the wasm cargo linked (the release profile keeps its name
//     section; wasm-opt drops it from what is served). The same check is run on both workers'
//     wasm and must find them there, so that a check that no longer sees anything fails too.
// usage: node scripts/shell-check.mjs   (DIST and CARGO_TARGET_DIR as for scripts/bench)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, brotliCompressSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');

/**
 * What a first visit loads before the app runs: the page, its boot module, the app's
 * wasm-bindgen glue and the module it imports to load the later screens, the style sheet, and
 * the shell's wasm.
 */
export const SHELL = ['index.html', 'boot.js', 'tandem-web.js', '__wasm_split.js', 'tandem.css', 'tandem-web_bg.wasm'];
/**
 * The budget of issue #18 for the app shell, which `scripts/test` fails above and `scripts/bench`
 * prints the shell against. A feature that must be in the first screen pays for itself within
 * it; one that need not goes in a screen loaded later.
 */
export const SHELL_BUDGET_KB = 300;
/** kB of 1000 bytes, the unit DevTools shows transfers in. */
const KB = 1000;

/**
 * Crates the app shell must not link, as a function name shows its crate: mangled
 * (`_ZN10tandem_pdf7request…`, `$LT$tandem_pdf..layout…`) or demangled (`tandem_pdf::…`).
 */
const crate = (name) => new RegExp(`(^|[^A-Za-z_])[0-9]*${name}([0-9]|\\.\\.|::)`);
export const FORBIDDEN = {
  'aes-gcm': crate('aes_gcm'),
  argon2: crate('argon2'),
  'tandem-pdf': crate('tandem_pdf'),
  'pdf-writer': crate('pdf_writer'),
  subsetter: crate('subsetter'),
  rustybuzz: crate('rustybuzz'),
};

/** Brotli at quality 11, as a host pre-compresses static files. */
export function brotliSize(bytes) {
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return brotliCompressSync(bytes, { params }).length;
}

function leb128(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The function names of a wasm module's `name` section (empty when it has none). */
export function functionNames(bytes) {
  const names = [];
  const decoder = new TextDecoder();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    let size;
    [size, at] = leb128(bytes, at + 1);
    const end = at + size;
    if (id === 0) {
      let [length, p] = leb128(bytes, at);
      const name = decoder.decode(bytes.subarray(p, p + length));
      p += length;
      while (name === 'name' && p < end) {
        const sub = bytes[p];
        let subSize;
        [subSize, p] = leb128(bytes, p + 1);
        const subEnd = p + subSize;
        if (sub === 1) {
          let count;
          [count, p] = leb128(bytes, p);
          for (let i = 0; i < count; i++) {
            [, p] = leb128(bytes, p);
            [length, p] = leb128(bytes, p);
            names.push(decoder.decode(bytes.subarray(p, p + length)));
            p += length;
          }
        }
        p = subEnd;
      }
    }
    at = end;
  }
  return names;
}

/** Which of FORBIDDEN a wasm file links, by its function names; throws when it has none. */
export function linkedForbidden(file) {
  const names = functionNames(readFileSync(file));
  if (names.length === 0) throw new Error(`${file} has no function names: is the release profile stripping them?`);
  return Object.entries(FORBIDDEN)
    .filter(([, pattern]) => names.some((n) => pattern.test(n)))
    .map(([crate]) => crate);
}

function main() {
  const dist = resolve(ROOT, process.env.DIST || 'dist');
  const wasmDir = join(resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target'), 'wasm32-unknown-unknown', 'release');
  const failures = [];

  const sizes = SHELL.map((f) => [f, brotliSize(readFileSync(join(dist, f)))]);
  const total = sizes.reduce((n, [, size]) => n + size, 0);
  const detail = sizes.map(([f, size]) => `${f} ${(size / KB).toFixed(1)}`).join(', ');
  console.log(`app shell: ${(total / KB).toFixed(1)} kB brotli (budget ${SHELL_BUDGET_KB} kB): ${detail}`);
  if (total > SHELL_BUDGET_KB * KB) failures.push(`the app shell is ${(total / KB).toFixed(1)} kB brotli, over its budget of ${SHELL_BUDGET_KB} kB`);

  const shell = linkedForbidden(join(wasmDir, 'tandem-web.wasm'));
  console.log(`the app's wasm links: ${shell.length ? shell.join(', ') : 'no cipher, no PDF engine'}`);
  if (shell.length) failures.push(`the app's wasm links ${shell.join(', ')}`);

  // The check itself: it must see the engine in the PDF worker and the ciphers in the lock worker.
  for (const [file, expected] of [
    ['tandem_worker.wasm', ['tandem-pdf', 'pdf-writer', 'subsetter', 'rustybuzz']],
    ['tandem_lock_worker.wasm', ['aes-gcm', 'argon2']],
  ]) {
    const found = linkedForbidden(join(wasmDir, file));
    const unseen = expected.filter((c) => !found.includes(c));
    if (unseen.length) failures.push(`the link check does not see ${unseen.join(', ')} in ${file}: it would not see them in the shell either`);
  }

  if (failures.length) {
    for (const f of failures) console.error(`FAIL: ${f}`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

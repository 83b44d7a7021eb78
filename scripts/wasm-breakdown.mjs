// What each crate costs in a wasm file, from its name section: the bytes of every function body
// attributed to the crate its (demangled) name belongs to, raw and brotli. Run by
// `scripts/wasm-breakdown`, which builds the wasm with the release settings and names kept; by
// hand: `node scripts/wasm-breakdown.mjs file.wasm [--top N]` (N largest functions listed too).
//
// A function belongs to the first crate named in its path that is not the standard library, so
// `core::ptr::drop_in_place<lopdf::object::Object>` and `<lopdf::Object as core::fmt::Debug>::fmt`
// are lopdf's; only a function that names nothing else is std's. Functions without a Rust path
// (wasm-bindgen glue, functions wasm-opt merged) are "(no crate)". Code the optimiser inlined is
// charged to the function it was inlined into: a crate whose entry points all got inlined into
// ours shows under ours, so compare totals before and after a change, not one row alone.
//
// Brotli: each crate's function bodies are compressed together ("br alone"); as code compresses
// better in one file than in pieces, "≈ br in file" shares the whole file's brotli size out in
// proportion to those. Data segments (tables, strings) carry no names and are one row. Custom
// sections (names, producers) are not shipped and not counted.
import { readFileSync } from 'node:fs';
import { constants, brotliCompressSync } from 'node:zlib';

const KB = 1000;
const STD = new Set(['core', 'alloc', 'std', 'compiler_builtins', 'panic_abort', 'hashbrown', 'std_detect', 'dlmalloc', 'rustc_demangle']);

function brotli(bytes) {
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  };
  return brotliCompressSync(bytes, { params }).length;
}

/** A reader of the wasm binary format's LEB128 integers, names and vectors. */
class Reader {
  constructor(bytes, at = 0, end = bytes.length) {
    this.bytes = bytes;
    this.at = at;
    this.end = end;
  }
  byte() {
    if (this.at >= this.end) throw new Error('unexpected end of wasm');
    return this.bytes[this.at++];
  }
  u32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return result;
      shift += 7;
    }
  }
  name() {
    const length = this.u32();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
  limits() {
    const flags = this.byte();
    this.u32();
    if (flags & 1) this.u32();
  }
}

/** The sections of a wasm file: id, custom name, start and end of the contents. */
function sections(bytes) {
  const magic = bytes.readUInt32LE(0);
  if (magic !== 0x6d736100) throw new Error('not a wasm file');
  const r = new Reader(bytes, 8);
  const out = [];
  while (r.at < bytes.length) {
    const start = r.at;
    const id = r.byte();
    const size = r.u32();
    const body = r.at;
    const section = { id, start, body, end: body + size };
    if (id === 0) section.name = new Reader(bytes, body, body + size).name();
    out.push(section);
    r.at = body + size;
  }
  return out;
}

/** How many functions are imported (they come first in the function index space). */
function importedFunctions(bytes, section) {
  if (!section) return 0;
  const r = new Reader(bytes, section.body, section.end);
  let functions = 0;
  for (let n = r.u32(); n > 0; n--) {
    r.name();
    r.name();
    const kind = r.byte();
    if (kind === 0) {
      functions++;
      r.u32();
    } else if (kind === 1) {
      r.byte();
      r.limits();
    } else if (kind === 2) {
      r.limits();
    } else if (kind === 3) {
      r.byte();
      r.byte();
    } else if (kind === 4) {
      r.byte();
      r.u32();
    } else {
      throw new Error(`unknown import kind ${kind}`);
    }
  }
  return functions;
}

/** Function index → name, from the name section's function names. */
function functionNames(bytes, section) {
  const names = new Map();
  if (!section) return names;
  const r = new Reader(bytes, section.body, section.end);
  r.name();
  while (r.at < r.end) {
    const id = r.byte();
    const size = r.u32();
    const end = r.at + size;
    if (id === 1) {
      for (let n = r.u32(); n > 0; n--) {
        const index = r.u32();
        names.set(index, r.name());
      }
    }
    r.at = end;
  }
  return names;
}

/** Demangles a legacy Rust symbol (`_ZN3foo3bar17h0123456789abcdefE`); others pass unchanged. */
function demangle(name) {
  const m = /^_?_ZN(.*)E(\.\d+)?$/.exec(name);
  if (!m) return name;
  const parts = [];
  let rest = m[1];
  while (rest.length) {
    const len = /^\d+/.exec(rest);
    if (!len) return name;
    const n = Number(len[0]);
    parts.push(rest.slice(len[0].length, len[0].length + n));
    rest = rest.slice(len[0].length + n);
  }
  return parts
    .join('::')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$u27\$/g, "'")
    .replace(/\$u5b\$/g, '[')
    .replace(/\$u5d\$/g, ']')
    .replace(/\$u7b\$/g, '{')
    .replace(/\$u7d\$/g, '}')
    .replace(/\$C\$/g, ',')
    .replace(/\$RF\$/g, '&')
    .replace(/\$BP\$/g, '*')
    .replace(/\.\./g, '::');
}

/** The crate a function is charged to (see the top of this file). */
export function crateOf(name) {
  const clean = demangle(name).replace(/::h[0-9a-f]{16}/g, '');
  // A path's first segment; the standard library's carry a disambiguator: `core[c5930c85a12de822]::`.
  const roots = [...clean.matchAll(/(?:^|[<\s(&*,\[;{])([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/g)].map((m) => m[1]);
  if (!roots.length) return '(no crate)';
  return roots.find((c) => !STD.has(c)) ?? 'std (core, alloc)';
}

export function breakdown(bytes) {
  const all = sections(bytes);
  const imports = importedFunctions(bytes, all.find((s) => s.id === 2));
  const names = functionNames(bytes, all.find((s) => s.id === 0 && s.name === 'name'));
  const code = all.find((s) => s.id === 10);
  const crates = new Map();
  const functions = [];
  const charge = (crate, chunk) => {
    if (!crates.has(crate)) crates.set(crate, []);
    crates.get(crate).push(chunk);
  };
  if (code) {
    const r = new Reader(bytes, code.body, code.end);
    const count = r.u32();
    for (let i = 0; i < count; i++) {
      const size = r.u32();
      const body = bytes.subarray(r.at, r.at + size);
      r.at += size;
      const name = names.get(imports + i) ?? `(unnamed ${imports + i})`;
      const crate = crateOf(name);
      charge(crate, body);
      functions.push({ name: demangle(name), crate, size });
    }
  }
  const data = all.filter((s) => s.id === 11);
  for (const s of data) charge('(data segments: tables, strings)', bytes.subarray(s.body, s.end));
  const other = all.filter((s) => s.id !== 0 && s.id !== 10 && s.id !== 11);
  for (const s of other) charge('(types, imports, exports, tables)', bytes.subarray(s.start, s.end));
  // The file as shipped: without its custom sections.
  const shipped = Buffer.concat([bytes.subarray(0, 8), ...all.filter((s) => s.id !== 0).map((s) => bytes.subarray(s.start, s.end))]);
  const rows = [...crates].map(([crate, chunks]) => {
    const joined = Buffer.concat(chunks);
    return { crate, functions: chunks.length, raw: joined.length, brAlone: brotli(joined) };
  });
  const fileBr = brotli(shipped);
  const sumAlone = rows.reduce((s, r) => s + r.brAlone, 0);
  for (const row of rows) row.brShare = (fileBr * row.brAlone) / sumAlone;
  rows.sort((a, b) => b.brShare - a.brShare);
  return { rows, functions, shipped: shipped.length, fileBr, named: names.size };
}

function table(rows, cols) {
  const width = cols.map((c) => Math.max(c.title.length, ...rows.map((r) => c.get(r).length)));
  const line = (cells) => cells.map((cell, i) => (cols[i].right ? cell.padStart(width[i]) : cell.padEnd(width[i]))).join(' | ').trimEnd();
  return [line(cols.map((c) => c.title)), width.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map((r) => line(cols.map((c) => c.get(r))))].join('\n');
}

const kb = (bytes) => (bytes / KB).toFixed(1);

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 0;
  if (!file) {
    console.error('usage: node scripts/wasm-breakdown.mjs file.wasm [--top N]');
    process.exit(2);
  }
  const { rows, functions, shipped, fileBr, named } = breakdown(readFileSync(file));
  if (named === 0) console.error('warning: the file has no function names: every function is "(unnamed)"');
  const total = { crate: 'total (as shipped, without custom sections)', functions: functions.length, raw: shipped, brAlone: rows.reduce((s, r) => s + r.brAlone, 0), brShare: fileBr };
  console.log(
    table([...rows, total], [
      { title: 'crate', get: (r) => r.crate },
      { title: 'functions', get: (r) => String(r.functions), right: true },
      { title: 'raw kB', get: (r) => kb(r.raw), right: true },
      { title: 'br alone kB', get: (r) => kb(r.brAlone), right: true },
      { title: '≈ br in file kB', get: (r) => kb(r.brShare), right: true },
      { title: 'share', get: (r) => `${((100 * r.brShare) / fileBr).toFixed(1)} %`, right: true },
    ]),
  );
  if (top > 0) {
    console.log(`\n${top} largest functions:`);
    const largest = [...functions].sort((a, b) => b.size - a.size).slice(0, top);
    console.log(
      table(largest, [
        { title: 'bytes', get: (f) => String(f.size), right: true },
        { title: 'crate', get: (f) => f.crate },
        { title: 'function', get: (f) => (f.name.length > 110 ? `${f.name.slice(0, 107)}...` : f.name) },
      ]),
    );
  }
  console.log(`\nkB = 1000 bytes; brotli quality 11. ${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();

// Tandem's benchmark (issue 9): sizes of what is served and speeds in Debian's headless Chromium,
// against the budgets, printed as one table. Run by `scripts/bench`, which builds the release site
// into $DIST and the native CLI ($TANDEM_CLI) first. Progress goes to stderr, the table to stdout.
// Exits non-zero only when a measurement could not be made: an OVER figure is a finding.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { constants, brotliCompressSync } from 'node:zlib';
// startSession gives a fresh profile with the browser tests' flags. It also serves dist/ on an
// origin of its own, which the bench leaves unused: it measures $DIST, served as in production.
import { ROOT, startSession, untilStored } from '../tests/e2e/harness.mjs';
import { serveDir } from './serve.mjs';
import { SHELL, SHELL_BUDGET_KB } from './shell-check.mjs';
import { FONT_BUDGET_KB } from './font-check.mjs';

const DIST = resolve(ROOT, process.env.DIST || 'dist');
const CLI = resolve(ROOT, process.env.TANDEM_CLI || 'target/release/tandem');
const FIXTURE = join(ROOT, 'tests/fixtures/drafts/bench/art29-long-text-en-ru.json');
/** The largest template with 50 identifier rows (a test keeps it complete and the largest). */
const ROWS_FIXTURE = join(ROOT, 'tests/fixtures/drafts/bench/art31-content-50-identifiers.json');
/** The keystroke benchmark types into the last identifier row's value. */
const ROWS_INPUT = '[id="field-identifiers.identifiers.r50.value"]';

/** Sizes in the table are in kB of 1000 bytes, the unit DevTools shows transfers in. */
const KB = 1000;
/** PDF generation: 5 alternating rounds of 3 native and 3 in-browser runs, 15 of each. */
const GENERATION_ROUNDS = 5;
const RUNS_PER_ROUND = 3;
const KEYSTROKES = 30;
const KEYSTROKE_WARMUP = 3;
/** How long after the first keystrokes the settled ones are timed. */
const SETTLE_MS = 8000;
/** Key derivations for locked drafts, after one that loads the lock worker. */
const KDF_RUNS = 7;
/** The CPU slowdown of an old office laptop, as DevTools' "4× slowdown" emulates it. */
const CPU_THROTTLE = 4;
/** Each throttled run starts a fresh browser profile, so three keep the whole bench short. */
const THROTTLED_RUNS = 3;
/** 1.6 Mbps down, 150 ms round trip; 750 kbps up, as Lighthouse's slow-4G profile pairs them. */
const THROTTLE = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
};
/** How long a first visit fills the form before its first export (issue 18). */
const FILLING_MS = 30_000;
/** Any single-line text input of the form: the first one is typed into. */
const TEXT_INPUT = 'form.tandem-form input[type="text"]';

/**
 * The peer rows: pdfmake (npm dev dependency, never shipped) makes the same fixture in the same
 * browser. It gets the fixture's page plan (`tandem bench-render --plan`): every line as Tandem
 * broke, shaped and placed it, every rule, box and fill, and the same Noto Sans file; it still
 * measures, shapes, embeds and subsets the font and writes the PDF itself.
 */
const PEER = join(ROOT, 'node_modules/pdfmake/build/pdfmake.min.js');
const PEER_FONT = 'NotoSans-tandem.ttf';
/** Noto Sans's ascender, in ems: pdfmake places a line by its top, the plan by its baseline. */
const PEER_ASCENT = 1.069;

const ENGINE = ['pdf-worker.js', 'tandem-worker.js', 'tandem-worker_bg.wasm'];
const LOCK = ['lock-worker.js', 'tandem-lock-worker.js', 'tandem-lock-worker_bg.wasm'];

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Sizes

const brotliByDigest = new Map();

function digest(bytes) {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 27);
}

/** Brotli at quality 11, as a host pre-compresses static files; remembered, as it is slow. */
function brotli(bytes, key = digest(bytes)) {
  if (!brotliByDigest.has(key)) {
    const params = {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    };
    brotliByDigest.set(key, brotliCompressSync(bytes, { params }));
  }
  return brotliByDigest.get(key);
}

/** Raw and brotli bytes of files served separately (each compressed on its own). */
function servedSize(files) {
  let raw = 0;
  let br = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    br += brotli(bytes).length;
  }
  return { raw, br };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const verdict = (ok) => (ok ? 'OK' : 'OVER');

function sizeRow(figure, { raw, br }, budgetKb) {
  return {
    figure,
    value: `${kb(br)} br (${kb(raw)} raw)`,
    budget: `≤ ${budgetKb} kB`,
    status: verdict(br <= budgetKb * KB),
  };
}

function sizeRows() {
  const inDist = (files) => files.map((f) => join(DIST, f));
  const rows = [sizeRow('app shell (html, boot, js, css, wasm)', servedSize(inDist(SHELL)), SHELL_BUDGET_KB)];
  // A language's messages: its common bundle, fetched the first time the language is used, and
  // one bundle per request type, fetched when a request of that type is open. The figure is what
  // a user downloads to fill one request: the common bundle plus the largest request type's.
  const locales = join(DIST, 'locales');
  for (const bundle of readdirSync(locales).filter((f) => f.endsWith('.ftl')).sort()) {
    const lang = bundle.replace('.ftl', '');
    const common = servedSize([join(locales, bundle)]);
    const types = readdirSync(join(locales, lang))
      .filter((f) => f.endsWith('.ftl'))
      .map((f) => ({ name: f.replace('.ftl', ''), size: servedSize([join(locales, lang, f)]) }))
      .sort((a, b) => b.size.br - a.size.br);
    const largest = types[0];
    const label = `locale ${lang}: common ${kb(common.br)} + ${largest.name} ${kb(largest.size.br)}`;
    rows.push(sizeRow(label, { raw: common.raw + largest.size.raw, br: common.br + largest.size.br }, 15));
  }
  // The screens split from the shell (scripts/split-web), fetched when first shown or once the
  // home screen is idle.
  const later = readdirSync(DIST).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f)).sort();
  rows.push({ ...sizeRow(`screens loaded later (${later.length} wasm modules)`, servedSize(inDist(later)), 0), budget: '', status: 'info' });
  rows.push(sizeRow('PDF engine (worker js + wasm)', servedSize(inDist(ENGINE)), 300));
  rows.push({ ...sizeRow('lock worker (js + wasm), loaded on first lock', servedSize(inDist(LOCK)), 0), budget: '', status: 'info' });
  const fonts = join(DIST, 'fonts');
  for (const font of readdirSync(fonts).filter((f) => f.endsWith('.ttf')).sort()) {
    rows.push(sizeRow(`font ${font}`, servedSize([join(fonts, font)]), FONT_BUDGET_KB));
  }
  // CJK faces come in slices fetched by need (a request's own figure is in scriptRows).
  for (const face of readdirSync(join(fonts, 'cjk')).sort()) {
    const dir = join(fonts, 'cjk', face);
    const slices = readdirSync(dir).filter((f) => f.endsWith('.ttf')).sort();
    const all = servedSize(slices.map((f) => join(dir, f)));
    const first = servedSize([join(dir, slices[0])]);
    rows.push({
      figure: `font cjk/${face}: ${slices.length} slices, slice 00 ${kb(first.br)} br; all (never fetched at once)`,
      value: `${kb(all.br)} br (${kb(all.raw)} raw)`,
      budget: '',
      status: 'info',
    });
  }
  return rows;
}

/** The locales of the forty-language round (issue 17); those not landed yet are left out. */
const NEW_LOCALES = ['kk', 'ky', 'tg', 'uz', 'tk', 'zh', 'ja', 'ko', 'hi', 'fa', 'he', 'vi', 'id', 'pl', 'cs', 'sk', 'hu', 'bg', 'hr', 'bs', 'sl', 'el', 'nl'];

/** The largest of the new locales' bundles: all its files, as the two workers and the page may fetch them. */
function largestNewLocaleRow() {
  const locales = join(DIST, 'locales');
  const landed = NEW_LOCALES.filter((lang) => readdirSync(locales).includes(`${lang}.ftl`));
  if (!landed.length) return { figure: 'largest new locale (all its bundles)', value: 'n/a', budget: '', status: 'info' };
  const sizes = landed.map((lang) => {
    const files = [join(locales, `${lang}.ftl`), ...readdirSync(join(locales, lang)).map((f) => join(locales, lang, f))];
    return { lang, size: servedSize(files) };
  });
  const largest = sizes.sort((a, b) => b.size.br - a.size.br)[0];
  return {
    figure: `largest new locale (${largest.lang}, all its bundles; ${landed.length} of ${NEW_LOCALES.length} landed)`,
    value: `${kb(largest.size.br)} br (${kb(largest.size.raw)} raw)`,
    budget: '',
    status: 'info',
  };
}

/**
 * The scripts of issue 17 in the browser: the bench fixture (3 pages) set in en|zh, en|ja, en|ko
 * and en|hi, exported by a fresh PDF worker each: the CJK slices it fetched (brotli, as served;
 * budget 250 kB for a request), the PDF's size and the generation time with its fonts cached.
 */
async function scriptRows(origin) {
  const rows = [];
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const landed = readdirSync(join(DIST, 'locales'));
  const s = await startSession();
  try {
    await s.page.goto(`${origin}/#/`);
    await s.page.locator('.tandem-home').waitFor();
    for (const lang of ['zh', 'ja', 'ko', 'hi']) {
      if (!landed.includes(`${lang}.ftl`)) {
        rows.push({ figure: `en|${lang} fixture: PDF size, generation`, value: 'n/a (locale not landed)', budget: '', status: 'info' });
        continue;
      }
      // Translations into the fixture's language B are dropped: column B shows the note that
      // the text is not translated, as an export in another language B does.
      const answers = Object.fromEntries(Object.entries(fixture.answers).filter(([path]) => !path.endsWith('#b')));
      const draft = { ...fixture, langs: ['en', lang], answers };
      // The worker's request is the document as the page builds it: the CLI builds it the same
      // way, from the same messages, and writes it out.
      const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-script-'));
      let request;
      try {
        writeFileSync(join(dir, 'draft.json'), JSON.stringify(draft));
        execFileSync(CLI, ['bench-render', join(dir, 'draft.json'), '--runs', '1', '--fonts', join(DIST, 'fonts'), '--request', join(dir, 'request.txt')]);
        request = readFileSync(join(dir, 'request.txt'), 'utf8');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      const slices = [];
      const listen = (r) => {
        const m = r.url().match(/\/fonts\/(cjk\/[a-z]+\/[0-9]+\.ttf)$/);
        if (m) slices.push(m[1]);
      };
      s.page.on('request', listen);
      const pdf = Buffer.from(await startWorker(s.page, request));
      s.page.off('request', listen);
      const times = await browserTimes(s.page, 5);
      await s.page.evaluate(() => window.benchWorker.terminate());
      if (['zh', 'ja', 'ko'].includes(lang)) {
        const fetched = servedSize(slices.map((f) => join(DIST, 'fonts', f)));
        rows.push(sizeRow(`en|${lang} fixture (${pdfPages(pdf)} pages): CJK slices fetched (${slices.length})`, fetched, 250));
      }
      rows.push({ figure: `en|${lang} fixture PDF size (${pdfPages(pdf)} pages)`, value: kb(pdf.length), budget: '', status: 'info' });
      rows.push({ ...timeRow(`en|${lang} fixture PDF generation, Chromium worker, fonts cached`, times, 0), budget: '', status: 'info' });
    }
    if (s.errors.length) throw new Error(`errors in the browser session: ${s.errors.join('; ')}`);
  } finally {
    await s.close();
  }
  rows.push(largestNewLocaleRow());
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Serving

/**
 * Serves $DIST with scripts/serve.mjs, plus what a production host adds and that server leaves
 * out: brotli bodies (the same bytes as the size rows) and an ETag answered with 304. Without
 * them the throttled figures would measure the test server: 1.7 MB of raw engine at 1.6 Mbps, and
 * a "warm" load that downloads everything again.
 */
async function serveLikeProduction(dir) {
  // Compressed before the first request, as a host keeps them (the CJK font slices, fetched by
  // the scripts' rows alone, as they come): a page timed must not wait for the compression.
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isFile() && !file.includes(`${sep}cjk${sep}`)) brotli(readFileSync(file));
  }
  const { server, origin } = await serveDir(dir, 0);
  const [serveFile] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => serveFile(req, encodeLikeProduction(req, res)));
  return { server, origin };
}

/** Wraps `res` so that serve.mjs's `writeHead(status, headers).end(body)` is encoded on the way. */
function encodeLikeProduction(req, res) {
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  let status;
  let headers;
  res.writeHead = (code, fields) => {
    status = code;
    headers = { ...fields };
    return res;
  };
  res.end = (body) => {
    if (status === 200 && body) {
      const key = digest(body);
      // Weak: the brotli and the raw representation share it.
      headers.ETag = `W/"${key}"`;
      headers.Vary = 'Accept-Encoding';
      if (req.headers['if-none-match'] === headers.ETag) {
        writeHead(304, headers);
        return end();
      }
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = brotli(body, key);
        headers['Content-Encoding'] = 'br';
      }
    }
    writeHead(status, headers);
    return end(body);
  };
  return res;
}

// ---------------------------------------------------------------------------------------------
// Statistics and rows

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { median, min: sorted[0], max: sorted[n - 1], n };
}

const ms = (t) => `${t.toFixed(1)} ms`;
const seconds = (t) => `${(t / 1000).toFixed(2)} s`;

/** "48.2 ms (45.1–60.3, n=15)": the median, then the spread it was taken from. */
function timeValue(s, unit) {
  const number = (t) => unit(t).replace(/ m?s$/, '');
  return `${unit(s.median)} (${number(s.min)}–${number(s.max)}, n=${s.n})`;
}

function timeRow(figure, values, budgetMs, unit = ms) {
  const s = spread(values);
  return {
    figure,
    value: timeValue(s, unit),
    budget: unit === seconds ? `≤ ${budgetMs / 1000} s` : `≤ ${budgetMs} ms`,
    status: verdict(s.median <= budgetMs),
  };
}

// ---------------------------------------------------------------------------------------------
// Native and in-browser PDF generation

/**
 * `tandem bench-render` on the fixture, with the fonts the browser gets: every run's time in ms.
 * `more` are further arguments (`--plan FILE`, `--request FILE`).
 */
function nativeTimes(runs, more = []) {
  const out = execFileSync(
    CLI,
    ['bench-render', FIXTURE, '--runs', String(runs), '--fonts', join(DIST, 'fonts'), ...more],
    { encoding: 'utf8' },
  );
  const times = out.match(/^times \(ms\): (.+)$/m)?.[1].split(' ').map(Number);
  if (times?.length !== runs || times.some(Number.isNaN)) {
    throw new Error(`unexpected output of tandem bench-render: ${out}`);
  }
  return times;
}

/**
 * Starts a PDF worker in the page as the app does and exports the fixture once, which fetches the
 * fonts into the worker. The worker stays up as `window.benchWorker`; resolves to the PDF bytes.
 */
function startWorker(page, request) {
  return page.evaluate(async (request) => {
    window.benchWorker = new Worker('./pdf-worker.js');
    window.benchExport = () =>
      new Promise((ok, fail) => {
        window.benchWorker.onmessage = (event) =>
          event.data.pdf ? ok(event.data.pdf) : fail(new Error(event.data.error));
        window.benchWorker.onerror = (event) => fail(new Error(event.message));
        window.benchWorker.postMessage(request);
      });
    return Array.from(await window.benchExport());
  }, request);
}

/** Round trips of the fixture's export request to the started worker, timed in the page (ms). */
function browserTimes(page, runs) {
  return page.evaluate(async (runs) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await window.benchExport();
      times.push(performance.now() - start);
    }
    return times;
  }, runs);
}

/**
 * Native, in-browser and pdfmake generation in alternating rounds, so that all see the same load
 * on this shared machine and the ratios are not skewed by a busy moment.
 */
async function generationTimes(page, peer) {
  const native = [];
  const browser = [];
  const pdfmake = [];
  for (let round = 0; round < GENERATION_ROUNDS; round++) {
    native.push(...nativeTimes(RUNS_PER_ROUND));
    browser.push(...(await browserTimes(page, RUNS_PER_ROUND)));
    pdfmake.push(...(await peerTimes(peer, RUNS_PER_ROUND)));
  }
  return { native, browser, pdfmake };
}

/** The fixture's page plan as pdfmake's document definition: one page per page, same A4. */
function peerDocument(plan) {
  const grey = (level) => `#${Math.round(level * 255).toString(16).padStart(2, '0').repeat(3)}`;
  const content = [];
  plan.pages.forEach((items, i) => {
    const canvas = [];
    const lines = [];
    for (const item of items) {
      if (item.text !== undefined) {
        const y = item.baseline - PEER_ASCENT * item.size;
        lines.push({ text: item.text, fontSize: item.size, bold: item.bold, absolutePosition: { x: item.x, y } });
      } else if (item.path) {
        const points = item.path.map(([x, y]) => ({ x, y }));
        canvas.push({ type: 'polyline', points, closePath: item.closed, lineWidth: item.width });
      } else if (item.fill) {
        const [x, y, w, h] = item.fill;
        canvas.push({ type: 'rect', x, y, w, h, color: grey(item.grey) });
      }
    }
    // Fills and rules first, as the plan draws them under the text.
    content.push({ canvas, absolutePosition: { x: 0, y: 0 } }, ...lines);
    if (i + 1 < plan.pages.length) content.push({ text: '', pageBreak: 'after' });
  });
  return { pageSize: 'A4', pageMargins: 0, defaultStyle: { font: 'Noto' }, content };
}

/**
 * A second page of the same browser, blank (no CSP: pdfmake is no part of the app), with pdfmake
 * loaded and given the plan and the font; it makes the PDF once and resolves to its bytes.
 */
async function startPeer(context, plan) {
  const peer = await context.newPage();
  await peer.setContent('<!doctype html><title>pdfmake peer</title>');
  await peer.addScriptTag({ path: PEER });
  const font = readFileSync(join(DIST, 'fonts', PEER_FONT)).toString('base64');
  const bytes = await peer.evaluate(
    async ({ doc, font, name }) => {
      pdfMake.addVirtualFileSystem({ [name]: font });
      pdfMake.setFonts({ Noto: { normal: name, bold: name, italics: name, bolditalics: name } });
      window.peerExport = async (copy) => new Uint8Array(await pdfMake.createPdf(copy).getBuffer());
      window.peerDoc = doc;
      return Array.from(await window.peerExport(structuredClone(doc)));
    },
    { doc: peerDocument(plan), font, name: PEER_FONT },
  );
  return { peer, pdf: Buffer.from(bytes) };
}

/** pdfmake runs on the plan, timed in its page (ms); the copy of the definition is made before. */
function peerTimes(peer, runs) {
  return peer.evaluate(async (runs) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const copy = structuredClone(window.peerDoc);
      const start = performance.now();
      await window.peerExport(copy);
      times.push(performance.now() - start);
    }
    return times;
  }, runs);
}

/**
 * Key derivations (Argon2id at the lock's parameters) in the lock worker, started as the app
 * starts it; each round trip of a "create" request is timed in the page (ms). The first request,
 * which also loads the worker's wasm, is not counted.
 */
function kdfTimes(page) {
  return page.evaluate(async (runs) => {
    const worker = new Worker('./lock-worker.js');
    let seq = 0;
    const derive = () =>
      new Promise((ok, fail) => {
        seq += 1;
        worker.onmessage = (event) => (event.data.error ? fail(new Error(event.data.error)) : ok());
        worker.onerror = (event) => fail(new Error(event.message));
        worker.postMessage({ seq, op: 'create', id: 'bench', passphrase: 'correct horse battery staple' });
      });
    await derive();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await derive();
      times.push(performance.now() - start);
    }
    worker.terminate();
    return times;
  }, KDF_RUNS);
}

/**
 * Key derivations on a page that runs at 1/CPU_THROTTLE of this machine's speed (CDP
 * Emulation.setCPUThrottlingRate), in a fresh profile. Chromium throttles the page's own thread,
 * not its workers (measured: the lock worker took as long with the page throttled 4× as
 * without), so the derivation runs here on the page's thread, with the lock worker's own
 * wasm-bindgen glue and wasm loaded as a script; the page's policy refuses such a script, so this
 * one session bypasses the CSP. Resolves to each run's time (ms) after a warm-up run.
 */
async function throttledKdf(origin) {
  const s = await startSession({ bypassCSP: true });
  try {
    await s.page.goto(`${origin}/#/`);
    await s.page.locator('.tandem-home').waitFor();
    await s.page.addScriptTag({ url: `${origin}/tandem-lock-worker.js` });
    await s.page.evaluate(() => wasm_bindgen({ module_or_path: './tandem-lock-worker_bg.wasm' }));
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    const times = await s.page.evaluate((runs) => {
      const derive = () => wasm_bindgen.create('bench', 'correct horse battery staple');
      derive();
      const times = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        derive();
        times.push(performance.now() - start);
      }
      return times;
    }, KDF_RUNS);
    if (s.errors.length) throw new Error(`errors in the CPU-throttled session: ${s.errors.join('; ')}`);
    return times;
  } finally {
    await s.close();
  }
}

/** Pages of a PDF, as pdfinfo counts them. */
function pdfPages(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  try {
    const file = join(dir, 'fixture.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Peak JS heap of the page while the worker renders the fixture once more (sampled through CDP),
 * and the worker's wasm memory afterwards: wasm memory never shrinks, so that is its peak. The
 * worker's own JS heap is out of reach: CDP's Performance domain covers the page only.
 */
async function exportMemory(page, cdp) {
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize').value);
      await new Promise((ok) => setTimeout(ok, 5));
    }
  })();
  await page.evaluate(async () => {
    await window.benchExport();
  });
  sampling = false;
  await sampler;
  const worker = page.workers().find((w) => w.url().endsWith('/pdf-worker.js'));
  // `ready` is pdf-worker.js's promise of the wasm exports.
  const wasm = await worker?.evaluate(async () =>
    typeof ready === 'object' ? (await ready).memory.buffer.byteLength : null,
  );
  await page.evaluate(() => window.benchWorker.terminate());
  return { pageHeap: peak, workerWasm: wasm ?? null };
}

// ---------------------------------------------------------------------------------------------
// Keystroke to next frame

/**
 * Types into `selector` and times each key from its event timestamp to just after the next frame
 * (a task queued from requestAnimationFrame runs once the frame is done).
 *
 * A person's keys land anywhere in the 16.7 ms between two frames, so the keys are spread over
 * that interval: each is pressed a different delay after a frame starts. Pressed right after a
 * frame (where polling for the previous key's time leaves off), every key would wait almost a
 * whole frame, and even a page holding one input would measure about 16 ms.
 */
async function keystrokeTimes(page, selector) {
  await page.evaluate((selector) => {
    window.benchKeys = [];
    const input = document.querySelector(selector);
    // Listened to once, however many times it is timed.
    if (input.benchListened) return;
    input.benchListened = true;
    input.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.benchKeys.push(performance.now() - start)));
      },
      { capture: true },
    );
  }, selector);
  const input = page.locator(selector).first();
  await input.focus();
  for (let i = 1; i <= KEYSTROKE_WARMUP + KEYSTROKES; i++) {
    // 0, 7, 14, 4, 11, 1, 8 … ms after a frame starts: every phase of the frame in turn.
    const phase = (i * 7) % 17;
    await page.evaluate((phase) => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, phase))), phase);
    await page.keyboard.press('a');
    await page.waitForFunction((n) => window.benchKeys.length >= n, i);
  }
  return (await page.evaluate(() => window.benchKeys)).slice(KEYSTROKE_WARMUP);
}

/**
 * The same, SETTLE_MS after the first: the keys above are timed right after the form opens,
 * while the page makes the export engine ready once it is idle (its worker compiles the
 * engine's wasm on the machine's other core); these once that is over.
 */
async function settledKeystrokeTimes(page) {
  await page.waitForTimeout(SETTLE_MS);
  return keystrokeTimes(page, ROWS_INPUT);
}

/**
 * Opens the 50-row fixture and times keystrokes right after it opens, then once settled; and,
 * before them, the same on the first visit to the site.
 *
 * A 50-row draft is a returning user's: the keys timed against the budget are typed in a page
 * loaded afresh once the service worker has stored the site. On the first visit it is storing the
 * site (3 MB, from this local server in a second or two) while the keys are typed: a cost paid
 * once per version of the site, shown as its own row.
 */
async function formKeystrokes(page, origin) {
  const draft = JSON.parse(readFileSync(ROWS_FIXTURE, 'utf8'));
  await openDraft(page, origin, draft);
  await page.locator(ROWS_INPUT).waitFor();
  const firstVisit = await keystrokeTimes(page, ROWS_INPUT);
  await untilStored(page);
  await page.goto('about:blank');
  await openDraft(page, origin, draft);
  await page.locator(ROWS_INPUT).waitFor();
  const keys = await keystrokeTimes(page, ROWS_INPUT);
  return { keys, settled: await settledKeystrokeTimes(page), firstVisit };
}

/** The same measurement on a page holding nothing but one input: what the method itself costs. */
async function keystrokeFloor(page) {
  await page.goto('about:blank');
  await page.setContent('<input id="floor" aria-label="floor">');
  return keystrokeTimes(page, '#floor');
}

// ---------------------------------------------------------------------------------------------
// Throttled loads and first export

/**
 * Navigates and returns ms from navigation start until the form's first text input has taken a
 * typed character: the key is pressed as soon as the input is there.
 */
async function loadToInteractive(page, origin) {
  // From a blank page, so that the load is a whole one even when the app is open already.
  await page.goto('about:blank');
  await page.goto(`${origin}/#/new/art29-preservation`, { waitUntil: 'commit' });
  await shownAt(page, TEXT_INPUT);
  await page.evaluate(() => {
    document.addEventListener('input', () => (window.benchTaken = performance.now()), { capture: true, once: true });
  });
  const input = page.locator(TEXT_INPUT).first();
  const before = await input.inputValue();
  await input.press('x');
  const after = await input.inputValue();
  if (after.length !== before.length + 1) {
    throw new Error(`the typed character was not taken: "${after}"`);
  }
  return page.evaluate(() => window.benchTaken);
}

/**
 * Page time (ms from navigation start) of the first frame at which `selector` is an enabled
 * element that takes up room. Looked for in the page at every frame: Playwright's own retries
 * back off to 500 ms between looks, and timed that way a load looked up to 0.3 s longer.
 */
async function shownAt(page, selector) {
  const shown = await page.waitForFunction(
    (selector) => {
      const element = document.querySelector(selector);
      const there = element && !element.matches(':disabled') && element.getBoundingClientRect().height > 0;
      return there && performance.now();
    },
    selector,
    { polling: 'raf', timeout: 60_000 },
  );
  return shown.jsonValue();
}

/**
 * Runs `run(s, throttle)` in a fresh browser profile (`options` to startSession) and returns
 * what it returns; errors logged in the session fail the run. `throttle(noCache)` throttles the
 * page's network as THROTTLE says, and with `noCache` bypasses the HTTP cache (a first visit);
 * it returns the DevTools session.
 */
async function inProfile(options, what, run) {
  const s = await startSession(options);
  try {
    const throttle = async (noCache) => {
      const cdp = await s.context.newCDPSession(s.page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLE);
      if (noCache) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      return cdp;
    };
    const result = await run(s, throttle);
    if (s.errors.length) throw new Error(`errors in the ${what} session: ${s.errors.join('; ')}`);
    return result;
  } finally {
    await s.close();
  }
}

// The service worker is blocked on a first visit: its own downloads are not throttled by
// DevTools, so it would fetch the engine at full speed and flatter the figures.
const FIRST_VISIT = { serviceWorkers: 'block' };

/**
 * A first visit to the home screen: ms from navigation start until its first control is shown
 * (the screens split from the shell are not waited for).
 */
function coldHome(origin) {
  return inProfile(FIRST_VISIT, 'home', async ({ page }, throttle) => {
    await throttle(true);
    await page.goto('about:blank');
    await page.goto(`${origin}/#/`, { waitUntil: 'commit' });
    return shownAt(page, '.tandem-home button, .tandem-home a');
  });
}

/** A first visit: cold load, then the first export (engine and fonts over the throttled network). */
function firstVisit(origin) {
  return inProfile(FIRST_VISIT, 'throttled', async ({ page }, throttle) => {
    const cdp = await throttle(true);
    const cold = await loadToInteractive(page, origin);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    // A draft for consultation exports whatever the form holds; the final export would stop at
    // the error summary of an incomplete draft.
    const start = performance.now();
    await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
    return { cold, firstExport: performance.now() - start };
  });
}

/**
 * A first visit: cold load, then FILLING_MS of typing in the form (the app makes the PDF engine
 * ready meanwhile, once the page is idle), then the first export.
 */
function firstExportAfterFilling(origin) {
  return inProfile(FIRST_VISIT, 'filling', async ({ page }, throttle) => {
    await throttle(false);
    await loadToInteractive(page, origin);
    const input = page.locator(TEXT_INPUT).first();
    const until = Date.now() + FILLING_MS;
    while (Date.now() < until) {
      await input.press('a');
      // About five keys a second, as a person types.
      await page.waitForTimeout(200);
    }
    const start = performance.now();
    await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
    return performance.now() - start;
  });
}

/** A first visit installs the service worker; the next load is timed. */
function warmVisit(origin) {
  return inProfile({}, 'warm', async ({ page }, throttle) => {
    await page.goto(`${origin}/#/`);
    await untilStored(page);
    await throttle(false);
    return loadToInteractive(page, origin);
  });
}

// ---------------------------------------------------------------------------------------------
// The table

function table(rows) {
  const header = { figure: 'figure', value: 'value', budget: 'budget', status: 'status' };
  const cols = Object.keys(header);
  const widest = (c) => Math.max(...[header, ...rows].map((r) => r[c].length));
  const width = Object.fromEntries(cols.map((c) => [c, widest(c)]));
  const line = (r) => cols.map((c) => r[c].padEnd(width[c])).join(' | ').trimEnd();
  const rule = cols.map((c) => '-'.repeat(width[c])).join('-|-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Opens the app on a draft, as if it had been saved there before. */
async function openDraft(page, origin, draft) {
  await page.goto(`${origin}/#/`);
  await page.locator('.tandem-home').waitFor();
  await page.evaluate((draft) => localStorage.setItem(`tandem.draft.${draft.id}`, JSON.stringify(draft)), draft);
  await page.goto(`${origin}/#/draft/${draft.id}`);
}

/**
 * Keystrokes, PDF generation beside native, and memory, unthrottled, in one browser session on the
 * app's page (the worker needs a page of the origin; the app's own idle page is the realistic one).
 */
async function unthrottledRun(origin, request, plan) {
  const s = await startSession();
  try {
    const { keys, settled, firstVisit } = await formKeystrokes(s.page, origin);
    const pdf = Buffer.from(await startWorker(s.page, request));
    const peer = await startPeer(s.context, plan);
    const generation = await generationTimes(s.page, peer.peer);
    await peer.peer.close();
    const memory = await exportMemory(s.page, await s.context.newCDPSession(s.page));
    const kdf = await kdfTimes(s.page);
    const floor = await keystrokeFloor(s.page);
    if (s.errors.length) throw new Error(`errors in the browser session: ${s.errors.join('; ')}`);
    return { keys, settled, firstVisit, floor, pdf, peerPdf: peer.pdf, generation, memory, kdf };
  } finally {
    await s.close();
  }
}

function generationRows(pdf, peerPdf, { native, browser, pdfmake }) {
  const ratio = spread(browser).median / spread(native).median;
  const pages = pdfPages(pdf);
  const peerPages = pdfPages(peerPdf);
  if (peerPages !== pages) throw new Error(`pdfmake made ${peerPages} pages of the ${pages}-page plan`);
  const peerRatio = spread(pdfmake).median / spread(browser).median;
  const engine = servedSize(ENGINE.map((f) => join(DIST, f)));
  const peerSize = servedSize([PEER]);
  const peerVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/pdfmake/package.json'), 'utf8')).version;
  return [
    {
      figure: `fixture PDF (art29-long-text-en-ru, ${pdfPages(pdf)} pages)`,
      value: kb(pdf.length),
      budget: '≤ 60 kB',
      status: verdict(pdf.length <= 60 * KB),
    },
    timeRow('fixture PDF generation, Chromium worker', browser, 250),
    {
      figure: 'fixture PDF generation, native (bench-render)',
      value: timeValue(spread(native), ms),
      budget: '',
      status: 'info',
    },
    {
      figure: 'generation ratio Chromium / native (medians)',
      value: `${ratio.toFixed(2)}×`,
      budget: '≤ 3×',
      status: verdict(ratio <= 3),
    },
    {
      figure: `peer: pdfmake ${peerVersion} in Chromium, same plan and font (${kb(peerPdf.length)} PDF)`,
      value: timeValue(spread(pdfmake), ms),
      budget: '',
      status: 'info',
    },
    {
      figure: 'generation ratio pdfmake / Tandem in Chromium (medians)',
      value: `${peerRatio.toFixed(2)}×`,
      budget: '> 1× (Tandem ahead)',
      status: verdict(peerRatio > 1),
    },
    {
      figure: 'peer: pdfmake download (pdfmake.min.js, fonts apart)',
      value: `${kb(peerSize.br)} br (${kb(peerSize.raw)} raw)`,
      budget: '',
      status: 'info',
    },
    {
      figure: 'download ratio Tandem engine / pdfmake (brotli)',
      value: `${(engine.br / peerSize.br).toFixed(2)}×`,
      budget: '',
      status: 'info',
    },
  ];
}

async function throttledRows(origin) {
  const runs = [];
  for (let i = 1; i <= THROTTLED_RUNS; i++) {
    progress(`throttled loads and first export, fresh profiles ${i}/${THROTTLED_RUNS}`);
    const { cold, firstExport } = await firstVisit(origin);
    const afterFilling = await firstExportAfterFilling(origin);
    runs.push({ cold, firstExport, afterFilling, warm: await warmVisit(origin), home: await coldHome(origin) });
  }
  const times = (figure) => runs.map((run) => run[figure]);
  return [
    timeRow('cold load to interactive (throttled, first visit)', times('cold'), 3000, seconds),
    { ...timeRow('cold load to the home screen (throttled, first visit)', times('home'), 0, seconds), budget: '', status: 'info' },
    timeRow('warm load (service worker cache, throttled)', times('warm'), 1000, seconds),
    timeRow('first export right after load, engine + fonts (throttled, first visit)', times('firstExport'), 6000, seconds),
    timeRow(`first export after ${FILLING_MS / 1000} s of filling (throttled, first visit)`, times('afterFilling'), 1500, seconds),
  ];
}

function memoryRow({ pageHeap, workerWasm }) {
  const mb = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`);
  return {
    figure: 'peak memory during fixture export',
    value: `page JS heap ${mb(pageHeap)}, worker wasm ${mb(workerWasm)}`,
    budget: '',
    status: 'info',
  };
}

function chromiumVersion() {
  // Debian's wrapper script chatters on stderr; the version is on stdout.
  const binary = process.env.CHROMIUM || '/usr/bin/chromium';
  const stdio = ['ignore', 'pipe', 'ignore'];
  return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio }).trim();
}

/**
 * `--only loads` or `--only keystrokes`: that part of the table alone, for a quick look at one
 * figure while working on it.
 */
async function only(part) {
  const { server, origin } = await serveLikeProduction(DIST);
  try {
    if (part === 'loads') return await throttledRows(origin);
    if (part !== 'keystrokes') throw new Error(`--only ${part}: the parts are loads and keystrokes`);
    const s = await startSession();
    try {
      const { keys, settled, firstVisit } = await formKeystrokes(s.page, origin);
      const floor = await keystrokeFloor(s.page);
      return [keystrokeRow(keys), settledRow(settled), firstVisitRow(firstVisit), floorRow(floor)];
    } finally {
      await s.close();
    }
  } finally {
    server.close();
  }
}

const keystrokeRow = (keys) => timeRow('keystroke to next frame (art31-content, 50 identifier rows)', keys, 16);
const settledRow = (keys) => ({
  ...timeRow(`keystroke to next frame, the same ${SETTLE_MS / 1000} s later (the export engine ready)`, keys, 16),
  budget: '',
  status: 'info',
});
const firstVisitRow = (keys) => ({
  ...timeRow('keystroke to next frame, the same on a first visit (the service worker storing the site)', keys, 16),
  budget: '',
  status: 'info',
});
const floorRow = (floor) => ({
  ...timeRow("keystroke to next frame, a page holding one input (the method's floor)", floor, 16),
  budget: '',
  status: 'info',
});

async function main() {
  const part = process.argv.indexOf('--only');
  if (part > 0) {
    console.log(table(await only(process.argv[part + 1])));
    return;
  }
  progress(`sizes of ${DIST} (brotli quality 11 takes a while)`);
  const rows = sizeRows();
  // The worker's request is the fixture's document as the page builds it (the CLI builds it the
  // same way, with the same messages), so the worker's time is the engine's alone.
  const planDir = mkdtempSync(join(tmpdir(), 'tandem-bench-plan-'));
  let plan;
  let request;
  try {
    nativeTimes(1, ['--plan', join(planDir, 'plan.json'), '--request', join(planDir, 'request.json')]);
    plan = JSON.parse(readFileSync(join(planDir, 'plan.json'), 'utf8'));
    request = readFileSync(join(planDir, 'request.json'), 'utf8');
  } finally {
    rmSync(planDir, { recursive: true, force: true });
  }
  const { server, origin } = await serveLikeProduction(DIST);
  try {
    progress('keystrokes, PDF generation in Chromium beside native and pdfmake, memory');
    const { keys, settled, firstVisit, floor, pdf, peerPdf, generation, memory, kdf } = await unthrottledRun(origin, request, plan);
    rows.push(...generationRows(pdf, peerPdf, generation));
    rows.push(...(await throttledRows(origin)));
    rows.push(keystrokeRow(keys), settledRow(settled), firstVisitRow(firstVisit), floorRow(floor));
    rows.push(timeRow('key derivation (Argon2id 64 MiB, 3 passes), Chromium lock worker', kdf, 1000));
    progress(`key derivations on a ${CPU_THROTTLE}× CPU-throttled page`);
    rows.push({ ...timeRow(`key derivation, ${CPU_THROTTLE}× CPU-throttled page`, await throttledKdf(origin), 0), budget: '', status: 'info' });
    rows.push(memoryRow(memory));
    progress('the scripts of issue 17: CJK slices fetched, en|zh, en|ja, en|ko, en|hi PDFs');
    rows.push(...(await scriptRows(origin)));
  } finally {
    server.close();
  }
  console.log(table(rows));
  console.log(
    `\nTimes: median (min–max, n runs). kB = 1000 bytes. Throttled: 1.6 Mbps down, 750 kbps up, ` +
      `${THROTTLE.latency} ms round trip, served with brotli and ETag. ${chromiumVersion()}, headless.`,
  );
}

main().catch((error) => {
  console.error(`[bench] measurement failed: ${error.stack || error}`);
  process.exit(1);
});

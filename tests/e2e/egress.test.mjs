// Nothing leaked: every request of a full session (fill, save, import, export, preview, switch
// languages), from the page, the PDF worker and the service worker, is a same-origin GET of a
// file of the built site, and none carries anything the user typed.
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, ROOT, field, openHome, openTemplate, startSession, untilStored } from './harness.mjs';

let s;
/** Every request of the browser context: page, dedicated workers and the service worker. */
const seen = [];
const sockets = [];
before(async () => {
  s = await startSession();
  s.context.on('request', (r) =>
    seen.push({ url: r.url(), method: r.method(), body: r.postData(), fromWorker: Boolean(r.serviceWorker()) }),
  );
  s.context.on('page', (page) => page.on('websocket', (ws) => sockets.push(ws.url())));
  s.page.on('websocket', (ws) => sockets.push(ws.url()));
  // What the page could use to send data other than by fetch: recorded if ever called.
  await s.context.addInitScript(() => {
    window.egress = [];
    const note = (what) => window.egress.push(what);
    const beacon = navigator.sendBeacon?.bind(navigator);
    navigator.sendBeacon = (...args) => (note('beacon'), beacon?.(...args));
    const Socket = window.WebSocket;
    window.WebSocket = function (...args) {
      note('websocket');
      return new Socket(...args);
    };
    const Source = window.EventSource;
    window.EventSource = function (...args) {
      note('eventsource');
      return new Source(...args);
    };
  });
});
after(async () => {
  await s?.close();
});

/** What the user types in the session: none of it may appear in any request. */
const TYPED = {
  'reference.reference': 'EGRESS-REF-7731',
  'requesting-authority.email': 'egress.person@example.org',
  'requesting-authority.person': 'ნინო ბერიძე',
  'offence.facts': 'Secret facts of case 88421',
};
/** Values of the imported draft file. */
const IMPORTED = ['PR-2026-0042/GE', 'PR-2026-0007', 'Cybercrime Division'];

/** The id of the PDF viewer built into Chromium. */
const PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/** Every file of the built site, as a path from the site's root. */
function distFiles(dir = DIST, prefix = '/') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

test('a full session sends nothing anywhere: only same-origin GETs of the site files', async () => {
  const { page, origin, context } = s;
  await openHome(page, origin);
  await untilStored(page);

  // Fill and save.
  await openTemplate(page, origin, 'art29-preservation');
  for (const [path, value] of Object.entries(TYPED)) await field(page, path).fill(value);
  await page.waitForFunction((v) => Object.values(localStorage).some((t) => t.includes(v)), TYPED['offence.facts']);

  // Import a draft file.
  await page.locator('#all-requests').click();
  await page.locator('#import-file').setInputFiles(join(ROOT, 'tests/fixtures/drafts/art29-preservation/complete.json'));
  await page.locator('li.tandem-draft').nth(1).waitFor();

  // Export, preview, and again after switching the UI and document languages.
  await page.locator(`.tandem-draft__title a`, { hasText: TYPED['reference.reference'] }).click();
  await page.locator('form.tandem-form').waitFor();
  await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  await page.locator('#preview-pdf').click();
  await page.locator('#preview-frame').waitFor();
  for (const lang of ['ka', 'ar', 'fr']) {
    await page.locator('#ui-lang').selectOption(lang);
    await page.locator(`html[lang="${lang}"]`).waitFor();
  }
  await page.locator('#doc-lang-1').selectOption('de');
  await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  await page.locator('#all-requests').click();
  await page.locator('.tandem-home').waitFor();

  // The recorder saw the page's, the PDF worker's and the service worker's requests.
  const paths = (filter) => seen.filter(filter).map((r) => new URL(r.url).pathname);
  const byServiceWorker = paths((r) => r.fromWorker);
  const others = paths((r) => !r.fromWorker);
  assert.ok(byServiceWorker.includes('/tandem-web_bg.wasm'), `the service worker's precache was not seen: ${byServiceWorker}`);
  // The page never loads fonts (the UI uses the system's); the PDF worker fetches the Georgian
  // font for the typed name, the page the German messages for document language B (it builds the
  // document the worker lays out).
  assert.ok(others.includes('/pdf-worker.js') && others.includes('/tandem-worker_bg.wasm'), `${others}`);
  assert.ok(others.includes('/fonts/NotoSansGeorgian-tandem.ttf'), `the PDF worker's font fetch was not seen: ${others}`);
  assert.ok(others.includes('/locales/de.ftl'), `document language B's messages were not seen: ${others}`);

  const files = new Set(distFiles());
  const secrets = [...Object.values(TYPED), ...IMPORTED].flatMap((v) => [v, encodeURIComponent(v), encodeURI(v)]);
  for (const r of seen) {
    const url = new URL(r.url);
    if (url.protocol === 'blob:') {
      // The PDF preview: bytes made in the page, addressed in the page's own origin.
      assert.equal(new URL(url.pathname).origin, origin, r.url);
      continue;
    }
    // Chromium's own PDF viewer showing the preview and its resources: served from the
    // browser itself, never from the network.
    if (url.protocol === 'chrome:' || (url.protocol === 'chrome-extension:' && url.host === PDF_VIEWER)) continue;
    assert.equal(url.origin, origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(url.search, '', `query string: ${r.url}`);
    assert.equal(r.body, null, `body: ${r.url}`);
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    assert.ok(files.has(path), `not a file of the site: ${r.url}`);
    for (const secret of secrets) assert.ok(!r.url.includes(secret), `${r.url} carries ${secret}`);
  }
  assert.deepEqual(sockets, []);
  for (const p of context.pages()) assert.deepEqual(await p.evaluate(() => window.egress), [], p.url());
});

// The single-file build: one .html holding the whole app opens from file:// (a USB stick, an
// e-mail attachment) and works fully — typing, keeping the draft, PDF export — without a server
// and without a single request to any network.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { singleFile } from '../../scripts/single-file.mjs';
import { DIST, field, pdfText, saveDownload, startSession } from './harness.mjs';

let s;
let dir;
let url;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-single-'));
  const file = join(dir, 'tandem.html');
  writeFileSync(file, singleFile(DIST));
  url = pathToFileURL(file).href;
  s = await startSession();
});
after(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the single file holds no reference to any other file or origin', () => {
  const html = readFileSync(new URL(url), 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=/, 'a script loaded from elsewhere');
  assert.doesNotMatch(html, /<link[^>]+rel="(stylesheet|modulepreload|preload)"/, 'a linked resource');
  assert.doesNotMatch(html, /https?:\/\//, 'an http(s) address');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
});

test('opened from file://, it keeps a draft across a reload and exports a PDF', async () => {
  const { page } = s;
  await page.goto(`${url}#/new/art29-preservation`);
  await page.waitForURL(/#\/draft\//);
  await page.locator('form.tandem-form').waitFor();
  await field(page, 'reference.reference').fill('USB-2026-11');
  await field(page, 'requesting-authority.organisation').fill('Parquet national cyber');
  await page.reload();
  await page.locator('form.tandem-form').waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), 'USB-2026-11');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  const file = await saveDownload(download);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
  const text = pdfText(file);
  for (const expected of ['USB-2026-11', 'Parquet national cyber', 'Reference / case number', 'Исходящий номер']) {
    assert.ok(text.includes(expected), `PDF lacks ${JSON.stringify(expected)}:\n${text}`);
  }
});

test('opened from file://, it locks a draft with its lock worker', async () => {
  const { page } = s;
  await page.locator('#lock-start').click();
  await page.locator('#lock-passphrase').fill('usb stick passphrase');
  await page.locator('#lock-repeat').fill('usb stick passphrase');
  await page.locator('#lock-submit').click();
  await page.locator('#lock-state').waitFor();
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('tandem.draft.') && localStorage.getItem(k).includes('tandem-lock')),
  );
});

test('the single file made no network request and logged no error', () => {
  assert.deepEqual(s.errors, []);
  for (const r of s.requests) {
    assert.ok(/^(file|blob|data):/.test(r.url), `a network request: ${r.method} ${r.url}`);
  }
});

// Last: Chromium logs the refusals it asks for as errors.
test('opened from file://, Trusted Types refuse markup and foreign workers as on the site', async () => {
  const csp = readFileSync(new URL(url), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types default(;|$)/);
  const result = await s.page.evaluate(() => {
    const outcome = (act) => {
      try {
        act();
        return 'allowed';
      } catch (error) {
        return error.name;
      }
    };
    return {
      innerHTML: outcome(() => {
        document.body.innerHTML = '<b>bold</b>';
      }),
      otherWorker: outcome(() => new Worker('data:text/javascript,postMessage(1)')),
      otherPolicy: outcome(() => window.trustedTypes.createPolicy('mine', {})),
    };
  });
  assert.deepEqual(result, { innerHTML: 'TypeError', otherWorker: 'TypeError', otherPolicy: 'TypeError' });
});

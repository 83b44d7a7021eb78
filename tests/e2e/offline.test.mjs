// Offline use: after one visit the service worker has every file of the site, so the app loads
// and works — typing, saving, a PDF export with its engine, fonts and both languages — with the
// network off.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openApp, pdfText, saveDownload, startSession, untilStored } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

test('after one visit the app loads, saves and exports with the network off', async () => {
  const { page, origin, context } = s;
  await openApp(page, origin);
  // The service worker is installed once every file of the site is in its cache.
  await untilStored(page);

  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('form.tandem-form').waitFor();
    await field(page, 'reference.reference').fill('OFFLINE-2026-7');
    await field(page, 'requesting-authority.organisation').fill('Прокуратура, отдел киберпреступности');
    await page.reload();
    await page.locator('form.tandem-form').waitFor();
    assert.equal(await field(page, 'reference.reference').inputValue(), 'OFFLINE-2026-7');

    // Another language, never used online, comes from the cache too.
    await page.locator('#ui-lang').selectOption('ka');
    await page.locator('html[lang="ka"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
    const file = await saveDownload(download);
    assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    const text = pdfText(file);
    for (const expected of ['OFFLINE-2026-7', 'Прокуратура, отдел киберпреступности', 'Reference / case number', 'Исходящий номер']) {
      assert.ok(text.includes(expected), `offline PDF lacks ${JSON.stringify(expected)}:\n${text}`);
    }
  } finally {
    await context.setOffline(false);
  }
});

test('the service worker is registered once the first screen is shown, so that storing the site does not slow it', async () => {
  const page = await s.context.newPage();
  try {
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.registeredWith = {
          loaded: document.readyState === 'complete',
          screen: Boolean(document.querySelector('.tandem-header')),
        };
        return register.apply(this, args);
      };
    });
    await page.goto(`${s.origin}/#/`);
    await page.waitForFunction(() => window.registeredWith !== undefined);
    assert.deepEqual(await page.evaluate(() => window.registeredWith), { loaded: true, screen: true });
  } finally {
    await page.close();
  }
});

test('the app can be installed: its manifest is linked and names the app, start page and icon', async () => {
  const { page } = s;
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href);
  assert.equal(manifest.name, 'Tandem');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.some((icon) => icon.sizes === 'any'), 'no scalable icon');
});

test('the offline session logged no error', () => {
  assert.deepEqual(s.errors, []);
});

// Export ready before it is asked for: once a form is open and the page idle, the PDF worker,
// its wasm, the two document languages' messages and the fonts they need are fetched without any
// export click; never when the browser says the user wants to save data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { afterIdle, askToSaveData, field, openTemplate, saveDownload, startSession } from './harness.mjs';

// Document languages of a new draft are English and Russian; the UI stays English, so Russian
// messages are fetched only for the document (the page builds it for the worker), and the page
// itself never loads a font.
const ENGINE_FILES = [
  '/pdf-worker.js',
  '/tandem-worker_bg.wasm',
  '/locales/ru.ftl',
  '/locales/ru/art29-preservation.ftl',
  '/fonts/NotoSans-tandem.ttf',
];

let s;
before(async () => {
  // Without the service worker, whose precache would fetch every file of the site anyway.
  s = await startSession({ serviceWorkers: 'block' });
});
after(async () => {
  await s?.close();
});

const fetched = (session) => session.requests.map((r) => new URL(r.url).pathname);

test('with a form open, the PDF engine, the document languages and fonts are fetched unasked', async () => {
  const { page, origin } = s;
  let downloads = 0;
  page.on('download', () => downloads++);
  await openTemplate(page, origin, 'art29-preservation');
  // The recorder sees the page's and the worker's requests.
  const deadline = Date.now() + 10_000;
  while (ENGINE_FILES.some((f) => !fetched(s).includes(f)) && Date.now() < deadline) {
    await page.waitForTimeout(100);
  }
  const missing = ENGINE_FILES.filter((f) => !fetched(s).includes(f));
  assert.deepEqual(missing, [], `not fetched ahead of the export: ${missing}`);
  assert.equal(downloads, 0, 'nothing was exported');

  // The export then uses what was fetched: no second copy of the engine or the font.
  const before = fetched(s).length;
  await field(page, 'reference.reference').fill('PREFETCH-1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  assert.match(download.suggestedFilename(), /PREFETCH-1/);
  await saveDownload(download);
  const again = fetched(s).slice(before).filter((p) => ENGINE_FILES.includes(p));
  assert.deepEqual(again, [], `fetched again on export: ${again}`);
  assert.deepEqual(s.errors, []);
});

test('when the browser asks to save data, nothing of the engine is fetched before an export', async () => {
  const session = await startSession({ serviceWorkers: 'block' });
  try {
    const { page, origin } = session;
    await askToSaveData(page);
    await openTemplate(page, origin, 'art29-preservation');
    await afterIdle(page);
    const early = fetched(session).filter((p) => ENGINE_FILES.includes(p));
    assert.deepEqual(early, [], `fetched although the browser asked to save data: ${early}`);

    // An export still works, and only then loads the engine.
    await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
    assert.ok(fetched(session).includes('/tandem-worker_bg.wasm'), 'the export did not load the engine');
    assert.deepEqual(session.errors, []);
  } finally {
    await session.close();
  }
});

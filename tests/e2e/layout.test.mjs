// The PDF layout is chosen per export: both languages side by side (the default), only the
// requested State's language, or only the requesting authority's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openTemplate, pdfText, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

async function exportWith(page, layout) {
  await page.locator('#export-layout').selectOption(layout);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  return pdfText(await saveDownload(download));
}

test('each layout prints the languages it names', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  await field(page, 'reference.reference').fill('LAYOUT-2026-1');
  assert.equal(await page.locator('#export-layout').inputValue(), 'side-by-side');

  const both = await exportWith(page, 'side-by-side');
  assert.ok(both.includes('Reference / case number') && both.includes('Исходящий номер'), both);
  const target = await exportWith(page, 'target-only');
  assert.ok(target.includes('Исходящий номер') && !target.includes('Reference / case number'), target);
  const single = await exportWith(page, 'single');
  assert.ok(single.includes('Reference / case number') && !single.includes('Исходящий номер'), single);
  for (const text of [both, target, single]) assert.ok(text.includes('LAYOUT-2026-1'));
});

test('the layout session logged no error', () => {
  assert.deepEqual(s.errors, []);
});

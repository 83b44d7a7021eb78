// Every UI language in the real page, Arabic right to left, and a bilingual PDF per script.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openApp, pdfText, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
  await openApp(s.page, s.origin);
});
after(async () => {
  await s?.close();
});

test('the app switches to every UI language, each with its own labels', async () => {
  const { page } = s;
  const codes = await page.locator('#ui-lang option').evaluateAll((os) => os.map((o) => o.value));
  // One option per locale folder: a language is offered once its locale lands.
  const locales = readdirSync(new URL('../../locales/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.deepEqual([...codes].sort(), locales.sort());
  const labels = new Map();
  for (const code of codes) {
    await page.locator('#ui-lang').selectOption(code);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    const label = await page.locator('label[for="field-reference.reference"]').innerText();
    assert.ok(!label.includes('art29-'), `${code}: a message id is showing: ${label}`);
    labels.set(code, label);
  }
  // Every language has its own wording of the same label.
  assert.equal(new Set(labels.values()).size, codes.length);
});

test('Arabic is right to left, with identifiers kept left to right', async () => {
  const { page } = s;
  await page.locator('#ui-lang').selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  // The form's start edge is on the right.
  const input = await field(page, 'reference.reference').boundingBox();
  const main = await page.locator('main').boundingBox();
  assert.ok(input.x + input.width > main.x + main.width - 40, 'inputs are not aligned to the right');
  // An e-mail address or phone number stays left to right inside the right-to-left page.
  assert.equal(await field(page, 'requesting-authority.email').getAttribute('dir'), 'ltr');
  // So does an identifier's value, while its label and issues follow the page.
  await page.locator('[id="field-data.identifiers-add"]').click();
  const value = page.locator('[id="field-data.identifiers.r1.value"]');
  assert.equal(await value.evaluate((e) => getComputedStyle(e).direction), 'ltr');
  const valueLabel = page.locator('label[for="field-data.identifiers.r1.value"]');
  assert.equal(await valueLabel.evaluate((e) => getComputedStyle(e).direction), 'rtl');
  await page.locator('[id="field-data.identifiers.r1-remove"]').click();
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
});

for (const [a, b, expect] of [
  ['en', 'ar', ['Reference / case number', 'رقم']],
  ['en', 'ka', ['Reference / case number', 'ნომერი']],
  ['en', 'hy', ['Reference / case number', 'համար']],
  ['tr', 'de', ['Sayı', 'Aktenzeichen']],
]) {
  test(`a draft for consultation in ${a}|${b} exports with both languages' text`, async () => {
    const { page } = s;
    await page.locator('#doc-lang-0').selectOption(a);
    await page.locator('#doc-lang-1').selectOption(b);
    await field(page, 'reference.reference').fill(`CY-2026/${a}-${b}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-consultation').click(),
    ]);
    const text = pdfText(await saveDownload(download));
    assert.ok(text.includes(`CY-2026/${a}-${b}`), `${a}|${b}: reference missing`);
    for (const word of expect) {
      assert.ok(text.includes(word), `${a}|${b}: PDF lacks ${word}:\n${text.slice(0, 1500)}`);
    }
  });
}

test('no console error and no request off this origin', () => {
  assert.deepEqual(s.errors, []);
  for (const r of s.requests) {
    const url = new URL(r.url);
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    assert.equal(url.origin, s.origin, r.url);
    assert.equal(r.method, 'GET', r.url);
  }
});

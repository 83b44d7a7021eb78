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
  // Every locale folder is offered, and nothing else.
  const folders = readdirSync(new URL('../../locales/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.deepEqual([...codes].sort(), folders.sort());
  const labels = new Map();
  for (const code of codes) {
    await page.locator('#ui-lang').selectOption(code);
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    const label = await page.locator('label[for="field-reference.reference"]').innerText();
    assert.ok(!label.includes('art29-'), `${code}: a message id is showing: ${label}`);
    labels.set(code, label);
  }
  // As many different wordings of the same label as there are languages.
  assert.equal(new Set(labels.values()).size, codes.length);
});

test('a language is found by typing its code or its own name, in menus grouped by script', async () => {
  const { page } = s;
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const groups = await page.locator('#ui-lang optgroup').evaluateAll((gs) => gs.map((g) => g.label));
  assert.deepEqual(groups.slice(0, 2), ['Latin script', 'Cyrillic script']);
  assert.ok(groups.includes('Arabic and Hebrew scripts') && groups.includes('Other scripts'), groups.join());
  const visible = () => page.locator('#ui-lang option').evaluateAll((os) => os.map((o) => o.value));
  // Part of a name in its own script narrows the list; Enter picks what is left.
  // Letter case aside, in any script (the browser lowers what is typed): Greek, then a code.
  await page.locator('#ui-lang-search').fill('ΕΛΛΗΝ');
  assert.deepEqual(await visible(), ['el']);
  await page.locator('#ui-lang-search').fill(' NL ');
  assert.deepEqual(await visible(), ['nl']);
  await page.locator('#ui-lang-search').fill('рус');
  assert.deepEqual(await visible(), ['ru']);
  assert.deepEqual(
    await page.locator('#ui-lang optgroup').evaluateAll((gs) => gs.map((g) => g.label)),
    ['Cyrillic script'],
  );
  await page.locator('#ui-lang-search').press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'ru');
  assert.equal(await page.locator('#ui-lang-search').inputValue(), '');
  assert.ok((await visible()).length > 10, 'the list is whole again after a pick');
  // Nothing matches: the menu says so, in the interface language.
  await page.locator('#ui-lang-search').fill('qqq');
  assert.deepEqual(await visible(), []);
  await page.getByRole('status').filter({ hasText: 'Нет языка' }).first().waitFor();
  await page.locator('#ui-lang-search').fill('');
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // The document languages use the same menu: a code typed and Enter.
  const before = await page.locator('#doc-lang-1').inputValue();
  await page.locator('#doc-lang-1-search').fill('ka');
  await page.locator('#doc-lang-1-search').press('Enter');
  await page.waitForFunction(() => document.querySelector('#doc-lang-1').value === 'ka');
  await page.locator('#doc-lang-1').selectOption(before);
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

// The form brings up to date only the controls of the answers that changed: a keystroke or a row
// added, moved or removed leaves the other controls as they are (same elements, same values),
// while a language switch or another version of the draft shows every answer again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openTemplate, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const LIST = 'offence.offences';
const input = (row) => `${LIST}.${row}.offence`;
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** Adds rows r1… to the offences list, typing a value into each. */
async function addRows(page, rows) {
  for (const row of rows) {
    await page.locator(`[id="field-${LIST}-add"]`).click();
    await field(page, input(row)).waitFor();
    await field(page, input(row)).pressSequentially(`offence ${row}`);
  }
}

/** Types at the end of the input of an answer path. */
async function typeAtEnd(page, path, text) {
  await field(page, path).press('End');
  await field(page, path).pressSequentially(text);
}

/** Keeps the current input element of each row, to tell later whether it was re-created. */
const keep = (page, rows) =>
  page.evaluate(
    ([rows, ids]) => {
      window.kept = Object.fromEntries(rows.map((r, i) => [r, document.getElementById(ids[i])]));
    },
    [rows, rows.map((r) => `field-${input(r)}`)],
  );

/** The rows whose input is still the element kept. */
const same = (page, rows) =>
  page.evaluate(
    ([rows, ids]) => rows.filter((r, i) => document.getElementById(ids[i]) === window.kept[r]),
    [rows, rows.map((r) => `field-${input(r)}`)],
  );

const order = (page) =>
  page.evaluate((list) => [...document.getElementById(`field-${list}`).querySelectorAll('.tandem-row')].map((li) => li.id), LIST);

test('typing, adding, moving and removing a row never re-creates the other rows’ inputs', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  await addRows(page, ['r1', 'r2', 'r3']);
  await keep(page, ['r1', 'r2', 'r3']);

  await typeAtEnd(page, input('r2'), ' typed');
  assert.deepEqual(await same(page, ['r1', 'r2', 'r3']), ['r1', 'r2', 'r3']);

  await page.locator(`[id="field-${LIST}.r3-up"]`).click();
  assert.deepEqual(await order(page), ['r1', 'r3', 'r2'].map((r) => `field-${LIST}.${r}`));
  assert.deepEqual(await same(page, ['r1', 'r2', 'r3']), ['r1', 'r2', 'r3']);
  // Numbers follow the positions, in the heading and in the buttons' names.
  assert.equal(plain(await page.locator(`[id="field-${LIST}.r3-heading"]`).textContent()), 'Row 10.1.2');
  assert.match(plain(await page.locator(`[id="field-${LIST}.r2-remove"]`).getAttribute('aria-label')), /Row 10\.1\.3$/);

  await page.locator(`[id="field-${LIST}.r1-remove"]`).click();
  assert.deepEqual(await order(page), ['r3', 'r2'].map((r) => `field-${LIST}.${r}`));
  assert.deepEqual(await same(page, ['r2', 'r3']), ['r2', 'r3']);
  assert.equal(await field(page, input('r2')).inputValue(), 'offence r2 typed');
  assert.equal(await field(page, input('r3')).inputValue(), 'offence r3');
  assert.equal(plain(await page.locator(`[id="field-${LIST}.r3-heading"]`).textContent()), 'Row 10.1.1');

  // A new row gets a new, empty input.
  await page.locator(`[id="field-${LIST}-add"]`).click();
  await field(page, input('r1')).waitFor();
  assert.equal(await field(page, input('r1')).inputValue(), '');
  assert.deepEqual(await same(page, ['r2', 'r3']), ['r2', 'r3']);
});

test('a typed value survives a language switch and a row move', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  await addRows(page, ['r1', 'r2']);
  await field(page, 'reference.reference').pressSequentially('PR-7');
  await field(page, input('r2')).focus();
  await page.locator('#ui-lang').selectOption('fr');
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator(`[id="field-${LIST}-add"]`, { hasText: /ligne/i }).waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), 'PR-7');
  assert.equal(await field(page, input('r1')).inputValue(), 'offence r1');
  assert.equal(await field(page, input('r2')).inputValue(), 'offence r2');

  await page.locator(`[id="field-${LIST}.r2-up"]`).click();
  assert.deepEqual(await order(page), ['r2', 'r1'].map((r) => `field-${LIST}.${r}`));
  await typeAtEnd(page, input('r2'), '!');
  assert.equal(await field(page, input('r2')).inputValue(), 'offence r2!');
  assert.equal(await field(page, input('r1')).inputValue(), 'offence r1');
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await field(page, input('r2')).inputValue(), 'offence r2!');
});

test('loading the version another tab stored shows its answers, rows and ticks', async () => {
  const { origin } = s;
  const a = await s.context.newPage();
  await openTemplate(a, origin, 'art29-preservation');
  const id = a.url().split('/').pop();
  await addRows(a, ['r1', 'r2']);
  const b = await s.context.newPage();
  await b.goto(`${origin}/#/draft/${id}`);
  await field(b, input('r2')).waitFor();

  // A removes a row, adds one and ticks a box that shows more items.
  await a.locator(`[id="field-${LIST}.r1-remove"]`).click();
  await a.locator(`[id="field-${LIST}-add"]`).click();
  await field(a, input('r1')).pressSequentially('from A');
  await field(a, 'investigative-authority.different').check();
  await a.waitForFunction((id) => localStorage.getItem(`tandem.draft.${id}`).includes('"investigative-authority.different":true'), id);
  await b.locator('#conflict').waitFor();
  await b.locator('#conflict-load').click();
  await b.locator('#conflict').waitFor({ state: 'detached' });

  await b.waitForFunction((list) => document.getElementById(`field-${list}`).querySelectorAll('.tandem-row').length === 2, LIST);
  assert.deepEqual(await order(b), ['r2', 'r1'].map((r) => `field-${LIST}.${r}`));
  assert.equal(await field(b, input('r2')).inputValue(), 'offence r2');
  assert.equal(await field(b, input('r1')).inputValue(), 'from A');
  assert.equal(await field(b, 'investigative-authority.different').isChecked(), true);
  // The items the tick box conditions are shown with it.
  assert.equal(await field(b, 'investigative-authority.organisation').count(), 1);
  await a.close();
  await b.close();
});

// Languages that follow the case: the interface starts in the browser's language on a first
// visit, document language A is the interface language, B the requested State's official
// language until the user chooses one, and one language cannot be both (picked on the other
// side, the two change places).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, startSession } from './harness.mjs';

let s;
before(async () => {
  // A browser set to Georgian first, then English.
  s = await startSession({ locale: 'ka-GE' });
});
after(async () => {
  await s?.close();
});

const langs = (page) => page.evaluate(() => [document.getElementById('doc-lang-0').value, document.getElementById('doc-lang-1').value]);
const stored = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem(`tandem.draft.${location.hash.split('/').pop()}`)).langs);

test("a first visit is in the browser's language, and the choice made then is kept", async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ka');
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
});

test("A is the interface language, B follows the requested State's official language until chosen", async () => {
  const { page, origin } = s;
  await page.locator('#ui-lang').selectOption('ka');
  await page.waitForFunction(() => document.documentElement.lang === 'ka');
  await openTemplate(page, origin, 'art29-preservation');
  assert.deepEqual(await langs(page), ['ka', 'en']);
  const country = field(page, 'requested-authority.country');
  // Picked, and left: B follows once the focus leaves the country (no redraw while one goes
  // through the countries by keyboard).
  const pick = async (code) => {
    await country.selectOption(code);
    await country.blur();
  };
  await pick('DE');
  await page.waitForFunction(() => document.getElementById('doc-lang-1').value === 'de');
  // Luxembourgish is not one of Tandem's languages: French, the next official one, is.
  await pick('LU');
  await page.waitForFunction(() => document.getElementById('doc-lang-1').value === 'fr');
  // A State with no language Tandem has leaves B as it is.
  await pick('NO');
  await page.waitForTimeout(200);
  assert.deepEqual(await langs(page), ['ka', 'fr']);
  assert.deepEqual(await stored(page), ['ka', 'fr']);

  // Chosen by the user, B no longer follows the State, after a reload too.
  await page.locator('#doc-lang-1').selectOption('en');
  await page.reload();
  await page.locator('form.tandem-form').waitFor();
  await pick('IE');
  await pick('RU');
  await page.waitForTimeout(200);
  assert.deepEqual(await langs(page), ['ka', 'en']);
  assert.deepEqual(await stored(page), ['ka', 'en']);
});

test("the other side's language picked swaps A and B, said politely; never the same on both sides", async () => {
  const { page } = s;
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const status = page.locator('#doc-langs-swapped');
  assert.equal(await status.innerText(), '');
  // Every language is offered on both sides...
  assert.equal(await page.locator('#doc-lang-0 option[disabled], #doc-lang-1 option[disabled]').count(), 0);
  // ...and B's language picked as A changes places with it, typed in the search as well.
  await page.locator('#doc-lang-0-search').fill('en');
  await page.locator('#doc-lang-0-search').press('Enter');
  await page.waitForFunction(() => document.getElementById('doc-lang-0').value === 'en');
  await status.filter({ hasText: 'have changed places' }).waitFor();
  assert.deepEqual(await langs(page), ['en', 'ka']);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem(`tandem.draft.${location.hash.split('/').pop()}`)).langs[0] === 'en');
  assert.deepEqual(await stored(page), ['en', 'ka']);
  // From the menu too, and back.
  await page.locator('#doc-lang-1').selectOption('en');
  await page.waitForFunction(() => document.getElementById('doc-lang-1').value === 'en');
  assert.deepEqual(await langs(page), ['ka', 'en']);
  // A language of its own is taken, and the note goes.
  await page.locator('#doc-lang-0-search').fill('ru');
  await page.locator('#doc-lang-0-search').press('Enter');
  await page.waitForFunction(() => document.getElementById('doc-lang-0').value === 'ru');
  assert.deepEqual(await langs(page), ['ru', 'en']);
  assert.equal(await status.innerText(), '');
  // Both were chosen by the user: B no longer follows the requested State.
  const country = field(page, 'requested-authority.country');
  await country.selectOption('DE');
  await country.blur();
  await page.waitForTimeout(200);
  assert.deepEqual(await langs(page), ['ru', 'en']);
  assert.deepEqual(s.errors, []);
});

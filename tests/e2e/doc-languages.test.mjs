// Languages that follow the case: the interface starts in the browser's language on a first
// visit, document language A is the interface language, B the requested State's official
// language until the user chooses one, and one language cannot be both.
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

test('the same language on both sides is refused with a message, and nothing changes', async () => {
  const { page } = s;
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // The other side's language is disabled in each menu...
  const disabled = await page.locator('#doc-lang-0 option[disabled]').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(disabled, ['en']);
  assert.deepEqual(await page.locator('#doc-lang-1 option[disabled]').evaluateAll((os) => os.map((o) => o.value)), ['ka']);
  // ...and typed in the search, it is refused with a message.
  await page.locator('#doc-lang-0-search').fill('en');
  await page.locator('#doc-lang-0-search').press('Enter');
  const alert = page.locator('#doc-langs-same');
  await alert.filter({ hasText: 'must differ' }).waitFor();
  assert.deepEqual(await langs(page), ['ka', 'en']);
  assert.deepEqual(await stored(page), ['ka', 'en']);
  // A language of its own is taken, and the message goes.
  await page.locator('#doc-lang-0-search').fill('ru');
  await page.locator('#doc-lang-0-search').press('Enter');
  await page.waitForFunction(() => document.getElementById('doc-lang-0').value === 'ru');
  assert.equal(await alert.innerText(), '');
  assert.deepEqual(s.errors, []);
});

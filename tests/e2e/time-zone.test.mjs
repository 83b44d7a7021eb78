// Every time in a request carries a zone the user chose: none is ever filled in for them, a time
// typed without one blocks a final export (the error summary points at it), and choosing the
// zone, with the office's offered first, unblocks it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, field, openTemplate, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** The stored answers of the draft open now. */
const storedAnswers = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem(`tandem.draft.${location.hash.split('/').pop()}`)).answers);

/** Every stored answer that names a UTC offset, by path. */
const zoned = (answers) =>
  Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string' && /(?:[+-]\d\d:\d\d|Z)$/.test(v)));

test('a new draft holds no time zone the user did not choose', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  assert.equal(await field(page, 'requesting-authority.time-zone').inputValue(), '');
  assert.deepEqual(zoned(await storedAnswers(page)), {});
});

test('a time without a chosen zone blocks the final export until its zone is chosen', async () => {
  const { page, origin } = s;
  const fixture = JSON.parse(
    readFileSync(join(ROOT, 'tests', 'fixtures', 'drafts', 'art29-preservation', 'complete.json'), 'utf8'),
  );
  await page.evaluate((d) => localStorage.setItem(`tandem.draft.${d.id}`, JSON.stringify(d)), fixture);
  await page.goto(`${origin}/#/draft/${fixture.id}`);
  await page.locator('form.tandem-form [data-template="art29-preservation"]').waitFor();

  await field(page, 'data.identifiers-add').click();
  const row = (await page.locator('[id="field-data.identifiers"] li.tandem-row').last().getAttribute('id')).split('.').pop();
  const at = `data.identifiers.${row}.at`;
  await field(page, `data.identifiers.${row}.type`).selectOption('ip');
  await field(page, `data.identifiers.${row}.value`).fill('192.0.2.10');
  await field(page, `data.identifiers.${row}.port`).fill('52344');
  await field(page, at).fill('2026-11-20T14:03:11');

  // Stored as typed, without a zone; no UTC equivalent is shown without one.
  await page.waitForFunction(
    ([id, at]) => JSON.parse(localStorage.getItem(`tandem.draft.${id}`)).answers[at] === '2026-11-20T14:03:11',
    [fixture.id, at],
  );
  assert.equal(await field(page, `${at}-zone`).inputValue(), '');
  const utc = page.locator(`[id="field-${at}"]`).locator('xpath=ancestor::div[@class="tandem-datetime"]').locator('.tandem-datetime__utc');
  assert.equal((await utc.textContent()).trim(), '');
  // Every zone stored is one the fixture (the user) chose.
  assert.deepEqual(zoned(await storedAnswers(page)), zoned(fixture.answers));

  // The final export is refused; the summary and the field say which time lacks its zone.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.locator('#export-final').click();
  const link = page.locator(`#error-summary a[href="#field-${at}"]`);
  await link.waitFor();
  assert.match((await link.textContent()).replace(/[\u2068\u2069]/g, ''), /Choose the time zone of this time\./);
  assert.equal(await page.locator(`#error-summary a`).count(), 1, 'the only issue is the missing zone');
  await page.locator(`[id="field-${at}-error"]`).waitFor();

  // The office's zone (5.9) is offered first; choosing it unblocks the export.
  const zones = field(page, `${at}-zone`).locator('option');
  assert.equal(await zones.nth(0).getAttribute('value'), '');
  assert.equal(await zones.nth(1).getAttribute('value'), '+04:00');
  assert.match(await zones.nth(1).textContent(), /UTC\+04:00.*requesting authority/);
  await field(page, `${at}-zone`).selectOption({ index: 1 });
  await page.getByText('UTC equivalent: 2026-11-20 10:03:11 UTC').waitFor();
  await page.locator(`[id="field-${at}-error"]`).waitFor({ state: 'detached' });
  assert.equal((await storedAnswers(page))[at], '2026-11-20T14:03:11+04:00');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-final').click()]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  assert.equal(downloads, 1);
  assert.deepEqual(s.errors, []);
});

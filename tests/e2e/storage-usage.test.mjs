// Storage never fills unannounced: the home screen shows how much of local storage the drafts
// take (in the units the browser counts its limit in), warns from 80 % before any write is
// refused, offers the backup and the deletion of the oldest drafts, and a save refused by a
// full storage still loses nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, clearStorage, field, openHome, saveDownload, startSession } from './harness.mjs';

/** `tandem_core::usage::LIMIT`: 5 MiB of UTF-16 code units. */
const LIMIT = 5 * 1024 * 1024;
const WARN_PERCENT = 80;
const complete = (id) => join(ROOT, 'tests/fixtures/drafts', id, 'complete.json');

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** Code units of every key and value in local storage, as the browser counts its limit. */
const unitsStored = (page) =>
  page.evaluate(() => Object.entries(localStorage).reduce((sum, [k, v]) => sum + k.length + v.length, 0));

/** What the panel shows: the percentage, whether it warns, its figures line. */
async function panel(page) {
  await page.locator('#usage').waitFor();
  return page.evaluate(() => ({
    percent: Number(document.getElementById('usage').dataset.percent),
    warns: document.getElementById('usage-warning') !== null,
    figures: document.getElementById('usage-figures').textContent.replace(/[\u2068\u2069]/g, ''),
  }));
}

test('the limit counted against is Chromium\'s own: 5 MiB of UTF-16 code units', async () => {
  const page = await s.context.newPage();
  await openHome(page, s.origin);
  // The largest value one key takes in an empty storage, by bisection.
  const limit = await page.evaluate(() => {
    localStorage.clear();
    const key = 'probe';
    let [fits, refused] = [0, 32 * 1024 * 1024];
    while (refused - fits > 1) {
      const n = Math.floor((fits + refused) / 2);
      try {
        localStorage.setItem(key, 'x'.repeat(n));
        fits = n;
      } catch {
        refused = n;
      }
      localStorage.removeItem(key);
    }
    // Characters outside Latin-1 count the same: one code unit each.
    let wide = true;
    try {
      localStorage.setItem(key, 'Ж'.repeat(fits));
    } catch {
      wide = false;
    }
    localStorage.clear();
    return { units: fits + key.length, wide };
  });
  assert.deepEqual(limit, { units: LIMIT, wide: true });
  await page.close();
});

test('a complete draft\'s size, and how many fit', async (t) => {
  const page = await s.context.newPage();
  await openHome(page, s.origin);
  await clearStorage(page);
  const sizes = {};
  for (const id of ['art29-preservation', 'art31-subscriber', 'art31-traffic', 'art31-content', 'emergency-disclosure']) {
    const before = await unitsStored(page);
    await page.locator('#import-file').setInputFiles(complete(id));
    await page.locator(`#drafts-notice`).getByText('Draft imported').waitFor();
    sizes[id] = (await unitsStored(page)) - before;
  }
  const used = await unitsStored(page);
  const shown = await panel(page);
  assert.equal(shown.percent, Math.floor((used * 100) / LIMIT));
  assert.equal(shown.figures, `Stored drafts take ${Math.ceil((used * 2) / 1000)} kB: ${shown.percent} % of the ${Math.ceil((LIMIT * 2) / 1000)} kB this browser keeps for them.`);
  assert.equal(shown.warns, false);
  for (const [id, units] of Object.entries(sizes)) {
    t.diagnostic(`${id}: ${units} code units stored; ${Math.floor(LIMIT / units)} such drafts fit`);
  }
  await page.close();
});

test('filled with drafts to the limit: the warning comes before any write is refused', async () => {
  const page = await s.context.newPage();
  await openHome(page, s.origin);
  await clearStorage(page);
  const fixture = JSON.parse(readFileSync(complete('art29-preservation'), 'utf8'));
  const history = [];
  for (let i = 0; ; i++) {
    // A complete request with 150,000 more characters in its statement of facts; the oldest first.
    const draft = {
      ...fixture,
      id: `fill-${i}`,
      modified: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      answers: { ...fixture.answers, 'offence.facts': `${fixture.answers['offence.facts']} ${'x'.repeat(150_000)}` },
    };
    const written = await page.evaluate(([key, text]) => {
      try {
        localStorage.setItem(key, text);
        return 'written';
      } catch (error) {
        return error.name;
      }
    }, [`tandem.draft.${draft.id}`, JSON.stringify(draft)]);
    if (written !== 'written') {
      assert.equal(written, 'QuotaExceededError');
      break;
    }
    await page.reload();
    const used = await unitsStored(page);
    const shown = await panel(page);
    assert.equal(shown.percent, Math.floor((used * 100) / LIMIT), `after ${i + 1} drafts`);
    assert.equal(shown.warns, used * 100 >= LIMIT * WARN_PERCENT, `after ${i + 1} drafts (${shown.percent} %)`);
    history.push(shown);
  }
  assert.ok(history.length > 20, `only ${history.length} drafts fitted`);
  assert.ok(!history[0].warns, 'a warning from the first draft');
  assert.ok(history.at(-1).warns, 'no warning before the first refused write');
  assert.ok(history.at(-1).percent >= 95, `refused at ${history.at(-1).percent} % only`);

  // The warning offers the backup of every draft ...
  const warning = page.locator('#usage-warning');
  const [backup] = await Promise.all([page.waitForEvent('download'), warning.locator('#usage-export-all').click()]);
  const file = JSON.parse(readFileSync(await saveDownload(backup), 'utf8'));
  assert.equal(file.drafts.length, history.length);
  // ... and the oldest drafts, with their size, for deletion.
  const offered = await warning.locator('li').allTextContents();
  assert.ok(offered.length >= 1 && offered.length <= 3, `offered: ${offered}`);
  assert.match(offered[0].replace(/[\u2068\u2069]/g, ''), /^PR-2026-0042\/GE: \d+ kB in storage Delete$/);
  assert.equal(await warning.locator('li button').first().getAttribute('id'), 'usage-delete-fill-0');

  // A save the full storage refuses loses nothing: the alert offers the draft as it is now.
  await page.locator('#open-fill-1').click();
  await page.locator('form.tandem-form').waitFor();
  const typed = `FULL-STORAGE ${'y'.repeat(200_000)}`;
  await field(page, 'offence.facts').fill(typed);
  const alert = page.locator('#save-status[role="alert"]');
  await alert.getByText('This browser refused to save the draft').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download the draft' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await saveDownload(download), 'utf8'));
  assert.equal(saved.answers['offence.facts'], typed);

  // Deleting works in a full storage (the draft goes to the trash, with undo), and the next
  // deletion frees the room of the one before.
  await openHome(page, s.origin);
  const full = await unitsStored(page);
  await page.locator('#usage-delete-fill-0').click();
  await page.locator('#undo').waitFor();
  assert.deepEqual(
    await page.evaluate(() => [localStorage.getItem('tandem.draft.fill-0'), localStorage.getItem('tandem.trash.fill-0') !== null]),
    [null, true],
  );
  await page.locator('[id^="usage-delete-"]').first().click();
  await page.waitForFunction(() => localStorage.getItem('tandem.trash.fill-0') === null);
  assert.ok((await unitsStored(page)) < full - 150_000, 'the first deleted draft\'s room was freed');
  await page.close();
});

test('no error in the session', () => {
  assert.deepEqual(s.errors, []);
});

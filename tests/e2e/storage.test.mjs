// Nothing lost, nothing overwritten: two tabs editing one draft, stored entries that cannot be
// read, drafts written by a newer version, the backup of all drafts, persistent storage, and a
// browser that refuses to store anything.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, refuseWrites, saveDownload, startSession, focusedId, clearStorage } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** Text without the Unicode isolation marks Fluent puts around each variable. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');
const stored = (page, id) => page.evaluate((key) => localStorage.getItem(key), `tandem.draft.${id}`);
const idOf = (page) => page.url().split('/').pop();
/** Waits until the draft stored under `id` contains `text`. */
const storedWith = (page, id, text) =>
  page.waitForFunction(([key, t]) => localStorage.getItem(key)?.includes(t), [`tandem.draft.${id}`, text]);

/** Waits for the line under the drafts' heading to say `text` (variables and all). */
const says = (page, text) =>
  page.waitForFunction(
    (t) => document.getElementById('drafts-notice')?.innerText.replace(/[\u2068\u2069]/g, '').includes(t),
    text,
  );

/** A fresh page on an empty storage. */
async function freshPage() {
  const page = await s.context.newPage();
  await openHome(page, s.origin);
  await clearStorage(page);
  return page;
}

test('two tabs never silently overwrite each other', async () => {
  const a = await freshPage();
  await openTemplate(a, s.origin, 'art29-preservation');
  const id = idOf(a);
  const b = await s.context.newPage();
  await b.goto(`${s.origin}/#/draft/${id}`);
  await b.locator('form.tandem-form').waitFor();

  // A saves: B says so at once, before it tries to save, and moves the focus there.
  await field(a, 'reference.reference').fill('FROM-A');
  await storedWith(a, id, 'FROM-A');
  await b.locator('#conflict').waitFor();
  assert.match(await b.locator('#conflict').innerText(), /This draft was changed in another tab or window\./);
  assert.match(await b.locator('#conflict').innerText(), /changes not yet saved in this tab are lost/);
  assert.equal(await focusedId(b, 'conflict'), 'conflict');
  const fromA = await stored(a, id);

  // B's edits are not written over A's.
  await field(b, 'reference.reference').fill('FROM-B');
  await b.waitForTimeout(900);
  assert.equal(await stored(b, id), fromA);
  assert.equal((await b.locator('#save-status').innerText()).trim(), '', 'B claims it saved');

  // Keep mine as a copy: B's version is stored under a new id and opened; A's stays as it was.
  await b.locator('#conflict-copy').click();
  await b.waitForURL(new RegExp(`#/draft/${id}-copy$`));
  assert.equal(await field(b, 'reference.reference').inputValue(), 'FROM-B');
  assert.ok((await stored(b, `${id}-copy`)).includes('FROM-B'));
  assert.equal(await stored(b, id), fromA);
  assert.equal(await b.locator('#conflict').count(), 0);

  // Load the other version: B drops its unsaved text and shows what is stored.
  await b.goto(`${s.origin}/#/draft/${id}`);
  await b.locator('form.tandem-form').waitFor();
  assert.equal(await field(b, 'reference.reference').inputValue(), 'FROM-A');
  await field(a, 'reference.reference').fill('FROM-A2');
  await storedWith(a, id, 'FROM-A2');
  await b.locator('#conflict').waitFor();
  await field(b, 'reference.reference').fill('LOST-B');
  await b.waitForTimeout(900);
  assert.ok((await stored(b, id)).includes('FROM-A2'));
  await b.locator('#conflict-load').click();
  await b.locator('#conflict').waitFor({ state: 'detached' });
  assert.equal(await field(b, 'reference.reference').inputValue(), 'FROM-A2');

  // B now saves over the revision it loaded; A in turn is told.
  await field(b, 'reference.reference').fill('FROM-B3');
  await storedWith(b, id, 'FROM-B3');
  await a.locator('#conflict').waitFor();
  const revision = JSON.parse(await stored(b, id)).revision;
  assert.ok(revision >= 3, `revision ${revision}`);
  await a.close();
  await b.close();
});

test('a newer version saving the draft in another tab stops this one, which can load it read-only', async () => {
  const a = await freshPage();
  await openTemplate(a, s.origin, 'art29-preservation');
  const id = idOf(a);
  const b = await s.context.newPage();
  await openHome(b, s.origin);
  const newer = await b.evaluate((key) => {
    const draft = JSON.parse(localStorage.getItem(key));
    const text = JSON.stringify({ ...draft, format: 99, revision: draft.revision + 1 });
    localStorage.setItem(key, text);
    return text;
  }, `tandem.draft.${id}`);
  await a.locator('#conflict').waitFor();
  assert.match(await a.locator('#conflict').innerText(), /A newer version of Tandem changed this draft in another tab or window\./);
  await field(a, 'reference.reference').fill('NOT-OVER-NEWER');
  await a.waitForTimeout(900);
  assert.equal(await stored(a, id), newer);
  await a.locator('#conflict-load').click();
  await a.locator('#read-only').waitFor();
  assert.ok(await field(a, 'reference.reference').isDisabled());
  assert.equal(await stored(a, id), newer);
  await a.close();
  await b.close();
});

test('a draft another tab left unreadable is kept aside before this tab saves over it', async () => {
  const a = await freshPage();
  await openTemplate(a, s.origin, 'art29-preservation');
  const id = idOf(a);
  const b = await s.context.newPage();
  await openHome(b, s.origin);
  await b.evaluate((key) => localStorage.setItem(key, '{"format":2,"revision":'), `tandem.draft.${id}`);
  await field(a, 'reference.reference').fill('AFTER-BREAK');
  await storedWith(a, id, 'AFTER-BREAK');
  await a.locator('#conflict').waitFor();
  assert.match(await a.locator('#conflict').innerText(), /could not be read: it was kept aside, unchanged, and this version was saved/);
  assert.equal(await a.evaluate((key) => localStorage.getItem(key), `tandem.aside.${id}`), '{"format":2,"revision":');
  // Later edits are saved as usual.
  await field(a, 'reference.reference').fill('AFTER-BREAK-2');
  await storedWith(a, id, 'AFTER-BREAK-2');
  await a.close();
  await b.close();
});

test('a stored draft that cannot be read is kept aside, offered as it was, and the rest works', async () => {
  const page = await freshPage();
  await openTemplate(page, s.origin, 'art29-preservation');
  const good = idOf(page);
  await field(page, 'reference.reference').fill('GOOD-1');
  await storedWith(page, good, 'GOOD-1');
  const bad = '{"format":2,"id":"bad1","answers":{"x":"é — \u2028 ✓"';
  await page.evaluate((text) => localStorage.setItem('tandem.draft.bad1', text), bad);
  await openHome(page, s.origin);
  await page.reload();
  const notice = page.locator('#unreadable');
  await notice.waitFor();
  assert.match(plain(await notice.innerText()), /Stored drafts that could not be read: 1\. They were kept aside, unchanged\./);
  assert.equal(await page.evaluate(() => localStorage.getItem('tandem.draft.bad1')), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('tandem.aside.bad1')), bad);

  const [download] = await Promise.all([page.waitForEvent('download'), notice.locator('button').click()]);
  assert.equal(download.suggestedFilename(), 'tandem-unreadable-bad1.txt');
  assert.deepEqual(readFileSync(await saveDownload(download)), Buffer.from(bad, 'utf8'));

  // The other draft is listed and editable.
  await page.locator(`#open-${good}`).click();
  await field(page, 'reference.reference').fill('GOOD-2');
  await storedWith(page, good, 'GOOD-2');

  // An address naming an unreadable draft says so, instead of showing a blank one.
  await page.evaluate(() => localStorage.setItem('tandem.draft.bad2', '[1,2'));
  await page.goto(`${s.origin}/#/draft/bad2`);
  await page.locator('#unreadable').waitFor();
  assert.match(plain(await page.locator('#unreadable').innerText()), /could not be read: 2\./);
  assert.equal(await page.locator('text=This draft is not in this browser.').count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem('tandem.aside.bad2')), '[1,2');
  assert.equal(await page.locator('form.tandem-form').count(), 0);
  await page.close();
});

test('a draft written by a newer version is shown read-only and never written', async () => {
  const page = await freshPage();
  const newer = JSON.stringify({
    format: 99,
    id: 'new1',
    template: 'art29-preservation',
    template_version: 1,
    langs: ['en', 'fr'],
    answers: { 'reference.reference': 'NEWER-1' },
    revision: 7,
    future: { kept: true },
  });
  await page.evaluate((text) => localStorage.setItem('tandem.draft.new1', text), newer);
  await page.reload();
  const card = page.locator('li.tandem-draft[data-id="new1"]');
  await card.waitFor();
  assert.match(await card.innerText(), /Read-only: written by a newer version of Tandem/);
  assert.equal(await page.locator('#rename-new1, #duplicate-new1').count(), 0);
  const [exported] = await Promise.all([page.waitForEvent('download'), page.locator('#export-new1').click()]);
  assert.equal(readFileSync(await saveDownload(exported), 'utf8'), newer);

  await page.locator('#open-new1').click();
  await page.locator('#read-only').waitFor();
  assert.match(await page.locator('#read-only').innerText(), /written by a newer version of Tandem and cannot be changed here/);
  const reference = field(page, 'reference.reference');
  assert.equal(await reference.inputValue(), 'NEWER-1');
  assert.ok(await reference.isDisabled());
  assert.ok(await page.locator('#doc-lang-0').isDisabled());
  // Leaving, hiding and reloading the page write nothing.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.locator('#all-requests').click();
  await page.goBack();
  await page.reload();
  await page.locator('#read-only').waitFor();
  assert.equal(await stored(page, 'new1'), newer);

  // An editable copy, in this version's format, keeping what this version does not know.
  await page.locator('#read-only-copy').click();
  await page.waitForURL(/#\/draft\/new1-copy$/);
  assert.ok(!(await field(page, 'reference.reference').isDisabled()));
  await field(page, 'reference.reference').fill('NEWER-1-EDITED');
  await storedWith(page, 'new1-copy', 'NEWER-1-EDITED');
  const copy = JSON.parse(await stored(page, 'new1-copy'));
  assert.equal(copy.format, 3);
  assert.deepEqual(copy.future, { kept: true });
  assert.equal(await stored(page, 'new1'), newer);
  await page.close();
});

test('all drafts go to one backup file and come back, never over a stored draft', async () => {
  const page = await freshPage();
  const ids = [];
  for (const ref of ['BK-1', 'BK-2', 'BK-3']) {
    await openTemplate(page, s.origin, 'art29-preservation');
    ids.push(idOf(page));
    await field(page, 'reference.reference').fill(ref);
    await storedWith(page, ids.at(-1), ref);
  }
  await openHome(page, s.origin);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-all').click()]);
  assert.match(download.suggestedFilename(), /^tandem-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await saveDownload(download);

  await clearStorage(page);
  await page.reload();
  await page.getByText('There are no drafts yet.').waitFor();
  await page.locator('#import-file').setInputFiles(file);
  // Each named by its reference, never by its internal id.
  for (const [i] of ids.entries()) await says(page, `Imported: BK-${i + 1}`);
  assert.equal(await page.locator('li.tandem-draft').count(), 3);
  for (const [i, id] of ids.entries()) {
    assert.equal(JSON.parse(await stored(page, id)).answers['reference.reference'], `BK-${i + 1}`);
  }

  await page.locator('#import-file').setInputFiles(file);
  for (const [i] of ids.entries()) await says(page, `Already saved: BK-${i + 1}`);
  assert.equal(await page.locator('li.tandem-draft').count(), 3);

  await page.locator(`#open-${ids[0]}`).click();
  await field(page, 'reference.reference').fill('BK-1-CHANGED');
  await storedWith(page, ids[0], 'BK-1-CHANGED');
  const changed = await stored(page, ids[0]);
  await page.locator('#all-requests').click();
  await page.locator('#import-file').setInputFiles(file);
  await says(page, 'BK-1 is already saved here with other content: imported as a copy');
  assert.equal(await stored(page, ids[0]), changed);
  assert.equal(JSON.parse(await stored(page, `${ids[0]}-copy`)).answers['reference.reference'], 'BK-1');
  await page.close();
});

/** Replaces the browser's answers about persistent storage: `answer` once asked. */
function fakePersistence(answer) {
  window.persistAsked = 0;
  navigator.storage.persisted = async () => window.persistAsked > 0 && answer;
  navigator.storage.persist = async () => {
    window.persistAsked += 1;
    return answer;
  };
}

for (const answer of [true, false]) {
  test(`persistent storage is asked for once, at the first save, and the answer (${answer}) shown`, async () => {
    const page = await freshPage();
    await page.addInitScript(fakePersistence, answer);
    await page.reload();
    // Nothing to keep yet: nothing asked, nothing said.
    await page.getByText('There are no drafts yet.').waitFor();
    assert.equal(await page.locator('#persist').count(), 0);
    await openTemplate(page, s.origin, 'art29-preservation');
    await field(page, 'reference.reference').fill('P-1');
    await storedWith(page, idOf(page), 'P-1');
    await page.locator('#all-requests').click();
    const expected = answer ? /keeps these drafts until you delete them/ : /may delete these drafts/;
    await page.waitForFunction((e) => new RegExp(e).test(document.getElementById('persist')?.innerText), expected.source);
    assert.equal(await page.evaluate(() => window.persistAsked), 1);
    // Asked once per session, not at every save.
    await page.locator('.tandem-draft__title a').first().click();
    await field(page, 'reference.reference').fill('P-2');
    await storedWith(page, idOf(page), 'P-2');
    assert.equal(await page.evaluate(() => window.persistAsked), 1);
    await page.close();
  });
}

test('without the storage API nothing is said about persistence', async () => {
  const page = await s.context.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined }));
  await openTemplate(page, s.origin, 'art29-preservation');
  await page.locator('#all-requests').click();
  await page.locator('#export-all').waitFor();
  assert.equal(await page.locator('#persist').count(), 0);
  await page.close();
});

const REFUSALS = {
  'local storage throws': () =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    }),
  'every write throws': refuseWrites,
};

for (const [name, refuse] of Object.entries(REFUSALS)) {
  test(`a browser that stores nothing (${name}): the app works in memory and says so`, async () => {
    const page = await s.context.newPage();
    await page.addInitScript(refuse);
    await openHome(page, s.origin);
    const banner = page.locator('#storage-unavailable');
    await banner.waitFor();
    assert.match(await banner.innerText(), /does not let Tandem save drafts/);
    await openTemplate(page, s.origin, 'art29-preservation');
    await banner.waitFor();
    await field(page, 'reference.reference').fill('MEMORY-1');
    await page.locator('#save-download').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-download').click()]);
    assert.equal(JSON.parse(readFileSync(await saveDownload(download), 'utf8')).answers['reference.reference'], 'MEMORY-1');
    await page.close();
  });
}

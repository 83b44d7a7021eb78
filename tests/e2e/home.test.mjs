// The home screen and the drafts in this browser: start each request type, the list, duplicate,
// rename, delete and undo, export and import (and refused imports), autosave and the PDF preview.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, pdfText, refuseWrites, saveDownload, startSession, focusedId } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const TYPES = ['art29-preservation', 'art31-subscriber', 'art31-traffic', 'art31-content', 'emergency-disclosure'];
// Draft files larger than this are refused (tandem_core::draft::MAX_BYTES).
const MAX_BYTES = 2 * 1024 * 1024;

const cards = (page) => page.locator('li.tandem-draft');
const card = (page, text) => cards(page).filter({ hasText: text });
const notice = (page) => page.locator('#drafts-notice');
/** Text without the Unicode isolation marks Fluent puts around each variable. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');
/** Waits for the status line to say `text` (variables and all). */
async function says(page, text) {
  await page.waitForFunction(
    (t) => document.getElementById('drafts-notice')?.innerText.replace(/[\u2068\u2069]/g, '').includes(t),
    text,
  );
}

/** Every tandem.* key of local storage with its value. */
function storage(page) {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('tandem.')).sort().map((k) => [k, localStorage.getItem(k)])),
  );
}

async function goHome(page) {
  await page.locator('#all-requests').click();
  await page.locator('.tandem-home').waitFor();
}

test('the home screen says when to use each request type and starts each one', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  assert.equal(await page.locator('#main').getByText('There are no drafts yet.').count(), 1);
  await page.getByText('Start here: have the data preserved at once').waitFor();
  await page.getByText('Only for an imminent risk to the life or safety of a person.').waitFor();
  for (const id of TYPES) {
    const link = page.locator(`#new-${id}`);
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/#\/draft\/[0-9a-f]+$/);
    await page.locator('h2.tandem-request-title', { hasText: title }).waitFor();
    assert.ok((await page.locator('form.tandem-form .tandem-field').count()) > 10, `${id}: few fields`);
    // Back returns home (the #/new/ address was replaced), forward reopens the same draft.
    const url = page.url();
    await page.goBack();
    await page.locator('.tandem-home').waitFor();
    await page.goForward();
    await page.locator('form.tandem-form').waitFor();
    assert.equal(page.url(), url);
    await goHome(page);
  }
  assert.equal(await cards(page).count(), TYPES.length);
});

test('a new request can be started with the keyboard alone', async () => {
  const { page } = s;
  let focused = '';
  for (let i = 0; i < 30 && focused !== 'new-art31-content'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'new-art31-content');
  await page.keyboard.press('Enter');
  await page.locator('h2.tandem-request-title', { hasText: 'content data' }).waitFor();
  await goHome(page);
});

test('the list shows reference, type, requested State, languages, last edit and completeness', async () => {
  const { page } = s;
  await card(page, 'Mutual legal assistance').first().waitFor();
  await page.locator(`#new-art31-subscriber`).click();
  await page.locator('form.tandem-form').waitFor();
  await field(page, 'reference.reference').fill('MLA-2026-17/GE');
  await field(page, 'requested-authority.country').selectOption('AM');
  await page.locator('#doc-lang-0').selectOption('ka');
  await page.locator('#doc-lang-1').selectOption('en');
  const title = (await page.locator('h2.tandem-request-title').innerText()).trim();
  await goHome(page);
  const line = card(page, 'MLA-2026-17/GE');
  assert.equal(await line.count(), 1);
  assert.equal(await line.locator('.tandem-draft__type').innerText(), title);
  assert.equal(await line.locator('.tandem-draft__country').innerText(), 'Armenia');
  assert.equal(await line.locator('.tandem-draft__langs').innerText(), 'ქართული | English');
  assert.match(await line.locator('.tandem-draft__edited').innerText(), /^\d\d\/\d\d\/20\d\d \d\d:\d\d$/);
  const [, done, total] = plain(await line.locator('.tandem-draft__completeness').innerText()).match(/^(\d+) of (\d+) required done$/);
  assert.ok(Number(done) >= 2 && Number(total) > Number(done), `${done} of ${total}`);
  // The last edited comes first.
  assert.equal(await cards(page).first().locator('.tandem-draft__title').innerText(), 'MLA-2026-17/GE');

  // The emergency template asks for its country elsewhere (the addressee).
  await page.locator('#new-emergency-disclosure').click();
  await page.locator('form.tandem-form').waitFor();
  await field(page, 'reference.reference').fill('EM-2026-3');
  await field(page, 'addressee.country').selectOption('DE');
  await goHome(page);
  assert.equal(await card(page, 'EM-2026-3').locator('.tandem-draft__country').innerText(), 'Germany');
  // The date follows the UI language.
  await page.locator('#ui-lang').selectOption('de');
  await page.locator('h2', { hasText: 'Entwürfe in diesem Browser' }).waitFor();
  assert.match(await card(page, 'EM-2026-3').locator('.tandem-draft__edited').innerText(), /^\d\d\.\d\d\.20\d\d \d\d:\d\d$/);
  await page.locator('#ui-lang').selectOption('en');
  await page.locator('h2', { hasText: 'Drafts in this browser' }).waitFor();
});

test('duplicate, rename, delete and undo, even after a reload', async () => {
  const { page } = s;
  const before = await cards(page).count();
  await card(page, 'MLA-2026-17/GE').locator('button', { hasText: 'Duplicate' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('li.tandem-draft').length === n, before + 1);
  assert.equal(await card(page, 'MLA-2026-17/GE').count(), 2);

  // Rename the first of the two by keyboard: the name replaces the reference in the list.
  await card(page, 'MLA-2026-17/GE').first().locator('button', { hasText: 'Rename' }).click();
  const input = page.locator('.tandem-rename input');
  await input.waitFor();
  // The focus moves to the new field after the next render, which may come after the field shows.
  await page.waitForFunction(() => document.activeElement?.className === 'tandem-input', null, { timeout: 5000 });
  await input.fill('Hospital ransomware (copy)');
  await page.keyboard.press('Enter');
  const renamed = card(page, 'Hospital ransomware (copy)');
  await renamed.waitFor();
  assert.equal(await card(page, 'MLA-2026-17/GE').count(), 1);
  assert.equal(await renamed.locator('.tandem-draft__country').innerText(), 'Armenia');
  // The name reaches the draft itself, which still holds its reference.
  await renamed.locator('.tandem-draft__title a').click();
  await page.locator('form.tandem-form').waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), 'MLA-2026-17/GE');
  await goHome(page);
  await renamed.waitFor();

  // Delete: gone from the list, restorable from the status message, also after a reload.
  const stored = await storage(page);
  await renamed.locator('button', { hasText: 'Delete' }).click();
  await says(page, 'Draft deleted: Hospital ransomware (copy).');
  assert.equal(await focusedId(page, 'undo'), 'undo');
  assert.equal(await cards(page).count(), before);
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  assert.equal(await cards(page).count(), before);
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await renamed.waitFor();
  assert.equal(await cards(page).count(), before + 1);
  assert.equal(await notice(page).innerText(), '');
  assert.deepEqual(await storage(page), stored, 'undo did not restore the stored draft exactly');

  // Only the last deletion can be undone: deleting another draft purges the one before.
  await renamed.locator('button', { hasText: 'Delete' }).click();
  await card(page, 'EM-2026-3').locator('button', { hasText: 'Delete' }).click();
  await says(page, 'Draft deleted: EM-2026-3.');
  const keys = Object.keys(await storage(page)).filter((k) => k.startsWith('tandem.trash.'));
  assert.equal(keys.length, 1);
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await card(page, 'EM-2026-3').waitFor();
  assert.equal(await card(page, 'Hospital ransomware (copy)').count(), 0);
});

test('a draft exports to a file and imports back: the same is not stored twice, a changed one comes in as a copy', async () => {
  const { page } = s;
  const line = card(page, 'MLA-2026-17/GE');
  const [download] = await Promise.all([page.waitForEvent('download'), line.locator('button', { hasText: 'Export to a file' }).click()]);
  assert.equal(download.suggestedFilename(), 'MLA-2026-17_GE.tandem.json');
  const file = await saveDownload(download);
  const draft = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(draft.template, 'art31-subscriber');
  assert.equal(draft.answers['reference.reference'], 'MLA-2026-17/GE');
  assert.deepEqual(draft.langs, ['ka', 'en']);

  const before = await cards(page).count();
  await page.locator('#import-file').setInputFiles(file);
  // Named by its reference, never by its internal id.
  await says(page, 'Already saved: MLA-2026-17/GE');
  assert.ok(!(await notice(page).innerText()).includes(draft.id), 'the internal id is shown');
  assert.equal(await cards(page).count(), before);
  // Brought in all the same, as a copy, when asked.
  await page.locator('#copy-import').click();
  await says(page, 'This draft was already here, so it was imported as a copy: MLA-2026-17/GE.');
  assert.equal(await card(page, 'MLA-2026-17/GE').count(), 2);
  const copyId = (await card(page, 'MLA-2026-17/GE').evaluateAll((els) => els.map((e) => e.dataset.id))).find(
    (id) => id !== draft.id,
  );
  await page.locator(`#delete-${copyId}`).click();
  await says(page, 'Draft deleted');
  assert.equal(await cards(page).count(), before);
  // The same draft, changed elsewhere, never overwrites the one here.
  const changed = { ...draft, answers: { ...draft.answers, 'offence.facts': 'Changed in another office.' } };
  const changedFile = file.replace(/\.tandem\.json$/, '-changed.tandem.json');
  writeFileSync(changedFile, JSON.stringify(changed));
  await page.locator('#import-file').setInputFiles(changedFile);
  await says(page, 'This draft was already here, so it was imported as a copy: MLA-2026-17/GE.');
  assert.equal(await card(page, 'MLA-2026-17/GE').count(), 2);
  const ids = await card(page, 'MLA-2026-17/GE').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.ok(ids.includes(draft.id) && ids.some((id) => id !== draft.id), ids.join());

  // A draft from another browser keeps its id.
  const other = { ...draft, id: 'from-tbilisi-1', name: 'Sent by Tbilisi' };
  const otherFile = file.replace(/\.tandem\.json$/, '-other.tandem.json');
  writeFileSync(otherFile, JSON.stringify(other));
  await page.locator('#import-file').setInputFiles(otherFile);
  await says(page, 'Draft imported: Sent by Tbilisi.');
  assert.equal(await page.locator('#open-from-tbilisi-1').innerText(), 'Sent by Tbilisi');
  assert.equal(await cards(page).count(), before + 2);
  await page.locator('#open-from-tbilisi-1').click();
  await page.locator('form.tandem-form').waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), 'MLA-2026-17/GE');
  await goHome(page);
});

for (const [what, contents, message] of [
  ['a malformed file', () => '{"format":1,"id":"x", this is not JSON', 'This file is not a Tandem draft. Nothing was changed.'],
  ['a file too large', () => ' '.repeat(MAX_BYTES + 1), 'This file is too large for a Tandem draft. Nothing was changed.'],
  [
    'a draft of a newer format',
    () => JSON.stringify({ format: 99, id: 'future-1', template: 'art29-preservation', template_version: 1, langs: ['en', 'fr'], answers: {} }),
    'This draft was made by a newer version of Tandem. Nothing was changed.',
  ],
  [
    'a draft of an unknown request type',
    () => JSON.stringify({ format: 1, id: 'future-2', template: 'art99-teleport', template_version: 1, langs: ['en', 'fr'], answers: {} }),
    'This draft is for a type of request this version of Tandem does not have. Nothing was changed.',
  ],
]) {
  test(`importing ${what} says why and changes nothing`, async () => {
    const { page } = s;
    const stored = await storage(page);
    const count = await cards(page).count();
    await page.locator('#import-file').setInputFiles({ name: 'request.tandem.json', mimeType: 'application/json', buffer: Buffer.from(contents()) });
    await notice(page).getByRole('alert').filter({ hasText: message }).waitFor();
    assert.equal(await cards(page).count(), count);
    assert.deepEqual(await storage(page), stored);
  });
}

test('text typed just before the page closes is kept', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  await openTemplate(page, origin, 'art29-preservation');
  const id = page.url().split('/').pop();
  await field(page, 'reference.reference').fill('AUTO-1');
  await page.locator('#save-status', { hasText: 'Saving…' }).waitFor();
  // Stored within 500 ms of the last keystroke.
  await page.waitForFunction((key) => localStorage.getItem(key)?.includes('AUTO-1'), `tandem.draft.${id}`, { timeout: 1000 });
  await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
  // Typed, then the page is closed at once: the page-hide save keeps it.
  await field(page, 'requesting-authority.person').fill('Nino Beridze');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(`${origin}/#/draft/${id}`);
  await again.locator('form.tandem-form').waitFor();
  assert.equal(await field(again, 'requesting-authority.person').inputValue(), 'Nino Beridze');
  // Hiding the page (another tab, a phone's home button) stores at once too.
  await field(again, 'requesting-authority.organisation').fill('Cybercrime Division');
  await again.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.ok(await again.evaluate((key) => localStorage.getItem(key).includes('Cybercrime Division'), `tandem.draft.${id}`));
  await again.close();
});

test('a storage failure is shown at once with a download of the draft', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  await page.addInitScript(refuseWrites);
  await openTemplate(page, origin, 'art31-traffic');
  await field(page, 'reference.reference').fill('FULL-DISK-9');
  const alert = page.locator('#save-status[role="alert"]');
  await alert.getByText('This browser refused to save the draft').waitFor();
  assert.match(await alert.innerText(), /quota has been exceeded/);
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the draft' }).click()]);
  assert.equal(download.suggestedFilename(), 'FULL-DISK-9.tandem.json');
  const draft = JSON.parse(readFileSync(await saveDownload(download), 'utf8'));
  assert.equal(draft.answers['reference.reference'], 'FULL-DISK-9');
  assert.equal(draft.template, 'art31-traffic');
  await page.close();
});

test('the PDF is previewed in the page before it is downloaded', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  await field(page, 'reference.reference').fill('PREVIEW-2026/77');
  await field(page, 'requesting-authority.person').fill('Levan Kapanadze');
  await page.locator('#preview-pdf').click();
  const frame = page.locator('iframe#preview-frame');
  await frame.waitFor();
  assert.equal(await focusedId(page, 'preview-download'), 'preview-download');
  const src = await frame.getAttribute('src');
  assert.match(src, /^blob:/);
  // The CSP lets the page read nothing but its origin (connect-src), so the frame's blob is
  // saved the way a user could save it: as a download of that address.
  const [shown] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((url) => {
      const a = document.createElement('a');
      a.href = url;
      a.download = 'preview.pdf';
      a.click();
    }, src),
  ]);
  const file = await saveDownload(shown);
  const pdf = readFileSync(file);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const text = pdfText(file);
  for (const expected of ['PREVIEW-2026/77', 'Levan Kapanadze', 'Reference / case number']) {
    assert.ok(text.includes(expected), `preview lacks ${expected}`);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#preview-download').click()]);
  assert.equal(download.suggestedFilename(), 'tandem-PREVIEW-2026_77.pdf');
  assert.equal(readFileSync(await saveDownload(download)).toString('latin1'), pdf.toString('latin1'));
  // A change takes the preview away: it would no longer show the draft.
  await field(page, 'requesting-authority.person').fill('Levan K.');
  await frame.waitFor({ state: 'detached' });
});

test('an address naming no draft here says so on the home screen', async () => {
  const { page, origin } = s;
  await page.goto(`${origin}/#/draft/nothing-here`);
  await page.locator('.tandem-home [role="alert"]', { hasText: 'This draft is not in this browser.' }).waitFor();
  assert.match(page.url(), /#\/$/);
});

test('the home screen is right to left in Arabic', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await page.locator('#ui-lang').selectOption('ar');
  await page.locator('h2', { hasText: 'المسودات في هذا المتصفح' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const first = await cards(page).first().boundingBox();
  const title = await cards(page).first().locator('.tandem-draft__title a').boundingBox();
  assert.ok(title.x + title.width > first.x + first.width - 40, 'the title is not on the right');
  for (const button of await cards(page).first().locator('button').all()) {
    const box = await button.boundingBox();
    assert.ok(box.width >= 24 && box.height >= 24, 'a button smaller than 24×24 px');
  }
  await page.locator('#ui-lang').selectOption('en');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
});

test('no console error and no request off this origin', () => {
  assert.deepEqual(s.errors, []);
  for (const r of s.requests) {
    const url = new URL(r.url);
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    // Chromium's own PDF viewer showing the preview: part of the browser, not the network.
    if (url.protocol === 'chrome-extension:' || url.protocol === 'chrome:') continue;
    assert.equal(url.origin, s.origin, r.url);
    assert.equal(r.method, 'GET', r.url);
  }
});

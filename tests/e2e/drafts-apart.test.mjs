// Drafts told apart: a locked draft carries a label in clear (chosen when locking or later, under
// a warning that it is not encrypted) shown on its card; an import names drafts by their name,
// reference or label, never by their internal id, and one already saved can come in as a copy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, saveDownload, startSession } from './harness.mjs';

const PASSPHRASE = 'correct horse battery staple';
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

let s;
let id;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const stored = (page) => page.evaluate((id) => localStorage.getItem(`tandem.draft.${id}`), id);
const title = async (page) => plain(await page.locator(`li.tandem-draft[data-id="${id}"] h3`).innerText());

test('a label chosen when locking names the locked draft in the list, in clear', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  id = page.url().split('/').pop();
  await field(page, 'reference.reference').fill('SECRET-REF-2026/GE');
  await page.locator('#lock-start').click();
  await page.locator('#lock-passphrase').fill(PASSPHRASE);
  await page.locator('#lock-repeat').fill(PASSPHRASE);
  // The field says, and is described by, the warning that the label is not encrypted.
  const warning = await page.locator('#lock-label-warning').innerText();
  assert.match(warning, /unencrypted/);
  assert.equal(await page.locator('#lock-label').getAttribute('aria-describedby'), 'lock-label-warning');
  await page.locator('#lock-label').fill('Burglary case, Tbilisi');
  await page.locator('#lock-submit').click();
  await page.locator('#lock-remove').waitFor();
  await page.waitForFunction((id) => (localStorage.getItem(`tandem.draft.${id}`) || '').includes('tandem-lock'), id);
  const envelope = JSON.parse(await stored(page));
  assert.equal(envelope['tandem-lock'], 2);
  assert.equal(envelope.label, 'Burglary case, Tbilisi');
  assert.ok(!(await stored(page)).includes('SECRET-REF'), 'the reference is sealed');

  await openHome(page, origin);
  assert.equal(await title(page), `Burglary case, Tbilisi (locked draft, revision ${envelope.revision})`);
});

test('the label can be changed later, from the open draft', async () => {
  const { page, origin } = s;
  await page.locator(`#unlock-${id}`).click();
  await page.locator(`#passphrase-${id}`).fill(PASSPHRASE);
  await page.locator(`#passphrase-${id}`).press('Enter');
  await page.locator('form.tandem-form').waitFor();
  assert.equal(await page.locator('#lock-label').inputValue(), 'Burglary case, Tbilisi');
  await page.locator('#lock-label').fill('Burglary case, Batumi');
  await page.locator('#lock-label-save').click();
  await page.locator('#lock-label-status', { hasText: 'Label saved.' }).waitFor();
  await page.waitForFunction((id) => JSON.parse(localStorage.getItem(`tandem.draft.${id}`)).label === 'Burglary case, Batumi', id);
  await openHome(page, origin);
  assert.match(await title(page), /^Burglary case, Batumi \(locked draft, revision \d+\)$/);
});

test('an imported locked draft is named by its label, and once here can come in again as a copy', async () => {
  const { page } = s;
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${id}`).click()]);
  const file = await saveDownload(download);
  const notice = page.locator('#drafts-notice');
  const count = await page.locator('li.tandem-draft').count();
  // A locked file does not say which id it had: it comes in beside the draft it was made from.
  await page.locator('#import-file').setInputFiles(file);
  await notice.filter({ hasText: 'Draft imported:' }).waitFor();
  assert.equal(plain(await notice.innerText()), 'Draft imported: Burglary case, Batumi.');
  // The same file again: already saved, and brought in as a copy when asked.
  await page.locator('#import-file').setInputFiles(file);
  await notice.filter({ hasText: 'Already saved:' }).waitFor();
  assert.equal(plain(await notice.locator('p').first().textContent()).replace('Bring in as a copy', ''), 'Already saved: Burglary case, Batumi');
  assert.ok(!/locked-[0-9a-f]/.test(await notice.innerText()), 'an internal id is shown');
  await page.locator('#copy-import').click();
  await page.waitForFunction((n) => document.querySelectorAll('li.tandem-draft').length === n, count + 2);
  assert.match(plain(await notice.innerText()), /imported as a copy: Burglary case, Batumi/);
  assert.equal(await page.locator('li.tandem-draft--locked', { hasText: 'Burglary case, Batumi' }).count(), 3);
});

test('a backup report names each draft, and one already here can come in as a copy', async () => {
  const { page } = s;
  const backup = JSON.stringify({
    'tandem-backup': 1,
    drafts: [
      { format: 3, id: 'from-file-1', template: 'art29-preservation', template_version: 1, langs: ['ka', 'en'], answers: { 'reference.reference': 'PR-77/GE' } },
      { format: 3, id: 'from-file-2', template: 'art29-preservation', template_version: 1, langs: ['ka', 'xx'], answers: {} },
    ],
  });
  const input = { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) };
  await page.locator('#import-file').setInputFiles(input);
  const report = page.locator('#drafts-notice .tandem-report');
  await report.waitFor();
  const lines = (await report.locator('li').allInnerTexts()).map(plain);
  assert.equal(lines[0], 'Imported: PR-77/GE');
  assert.match(lines[1], /^Not imported: draft 2 of the file: /);
  await page.locator('#import-file').setInputFiles(input);
  // (Fluent isolates each variable with U+2068…U+2069.)
  await page.locator('#drafts-notice .tandem-report li', { hasText: /Already saved: \u2068PR-77\/GE\u2069/ }).waitFor();
  const count = await page.locator('li.tandem-draft').count();
  await page.locator('#copy-import-1').click();
  await page.waitForFunction((n) => document.querySelectorAll('li.tandem-draft').length === n, count + 1);
  assert.equal(await page.locator('li.tandem-draft', { hasText: 'PR-77/GE' }).count(), 2);
  assert.deepEqual(s.errors, []);
});

// Drafts locked with a passphrase: once locked, local storage holds only the envelope (no answer
// in clear anywhere), every save is sealed again with a fresh nonce, a reload asks for the
// passphrase, a wrong one changes nothing, and a locked draft is exported and imported locked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, pdfText, saveDownload, startSession, focusedId } from './harness.mjs';

const PASSPHRASE = 'correct horse battery staple';
const REFERENCE = 'LOCK-2026-0042/GE';
const AUTHORITY = 'Office of the Prosecutor General';

let s;
let id;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** Every key and value of the origin's local storage, as one text. */
const everythingStored = (page) =>
  page.evaluate(() => Object.entries(localStorage).map(([k, v]) => `${k}\n${v}`).join('\n'));

const stored = (page) => page.evaluate((id) => localStorage.getItem(`tandem.draft.${id}`), id);

/** Waits until the stored entry is an envelope other than `previous` and returns it, parsed. */
async function nextEnvelope(page, previous) {
  await page.waitForFunction(
    ([id, previous]) => {
      const text = localStorage.getItem(`tandem.draft.${id}`);
      return text !== previous && JSON.parse(text)['tandem-lock'] === 1;
    },
    [id, previous],
  );
  return JSON.parse(await stored(page));
}

async function lock(page, passphrase, repeat = passphrase) {
  await page.locator('#lock-passphrase').fill(passphrase);
  await page.locator('#lock-repeat').fill(repeat);
  await page.locator('#lock-submit').click();
}

async function unlock(page, passphrase) {
  await page.locator(`#unlock-${id}`).click();
  await page.locator(`#passphrase-${id}`).fill(passphrase);
  await page.locator(`#passphrase-${id}`).press('Enter');
}

test('locking refuses an empty or mismatched passphrase, then seals the draft', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  id = page.url().match(/#\/draft\/(.+)$/)[1];
  await field(page, 'reference.reference').fill(REFERENCE);
  await field(page, 'requesting-authority.organisation').fill(AUTHORITY);
  await page.locator('#lock-start').click();
  await lock(page, '');
  assert.equal(await page.locator('#lock-error').textContent(), 'Enter a passphrase.');
  await lock(page, PASSPHRASE, `${PASSPHRASE}!`);
  assert.equal(await page.locator('#lock-error').textContent(), 'The two passphrases are not the same.');
  assert.equal(await focusedId(page, 'lock-passphrase'), 'lock-passphrase');
  assert.ok(!(await stored(page)).includes('tandem-lock'), 'nothing is locked before the passphrase is accepted');

  await lock(page, PASSPHRASE);
  await page.locator('#lock-state').waitFor();
  await nextEnvelope(page, null);
  // Typing goes on, and the page is reloaded right after: the last keystrokes are sealed too.
  await field(page, 'requesting-authority.organisation').press('End');
  await field(page, 'requesting-authority.organisation').pressSequentially(', Tbilisi');
  await page.waitForTimeout(300);
  const all = await everythingStored(page);
  // Not even the request type: no key or value names the template.
  for (const typed of ['LOCK-2026', 'Prosecutor', 'Tbilisi', 'art29']) assert.ok(!all.includes(typed), `${typed} stored in clear`);
});

test('after a reload the list shows the draft as locked and a wrong passphrase changes nothing', async () => {
  const { page } = s;
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  const card = page.locator('.tandem-draft--locked');
  // Without the isolation marks around the number.
  const title = (await card.locator('h3').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.equal(title, `Locked draft (revision ${JSON.parse(await stored(page)).revision})`);
  assert.ok(!(await page.locator('.tandem-home').textContent()).includes('LOCK-2026'));
  assert.equal(await page.locator('#home-not-found, [role="alert"]').count(), 0, 'a locked draft is not "not found"');

  const before = await stored(page);
  await unlock(page, 'correct horse battery stapler');
  const error = page.locator(`#unlock-error-${id}`);
  await error.waitFor();
  assert.equal(await error.textContent(), 'Wrong passphrase, or the locked draft was altered. Nothing was changed.');
  assert.equal(await focusedId(page, `passphrase-${id}`), `passphrase-${id}`);
  assert.equal(await stored(page), before, 'the stored envelope is byte for byte the same');
});

test('the right passphrase opens the draft, and each edit is sealed again', async () => {
  const { page } = s;
  await page.locator(`#passphrase-${id}`).fill(PASSPHRASE);
  await page.locator(`#passphrase-${id}`).press('Enter');
  await page.waitForURL(new RegExp(`#/draft/${id}$`));
  await field(page, 'reference.reference').waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), REFERENCE);
  assert.equal(await field(page, 'requesting-authority.organisation').inputValue(), `${AUTHORITY}, Tbilisi`);

  const text = await stored(page);
  const before = JSON.parse(text);
  await field(page, 'reference.reference').fill(`${REFERENCE}-B`);
  const after = await nextEnvelope(page, text);
  assert.ok(after.revision > before.revision, 'the revision grows');
  assert.notEqual(after.nonce, before.nonce, 'a fresh nonce');
  assert.equal(after.salt, before.salt, 'the same key');
  assert.ok(!(await everythingStored(page)).includes('LOCK-2026'));

  // The PDF of an unlocked draft is made as for any draft.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  assert.ok(pdfText(await saveDownload(download)).includes(`${REFERENCE}-B`));
});

test('an extension made from a locked draft is locked too, never stored in clear', async () => {
  const { page } = s;
  await field(page, 'requested-authority.country').selectOption('IT');
  await field(page, 'executed.date').fill('2026-11-02');
  await page.locator('#preservation-extend').click();
  await field(page, 'status.status.extension.detail').waitFor();
  const extension = page.url().match(/#\/draft\/(.+)$/)[1];
  assert.notEqual(extension, id);
  assert.equal(await field(page, 'status.status.extension.detail').inputValue(), `${REFERENCE}-B`);
  await page.locator('#lock-state').waitFor();
  await page.waitForFunction(
    (extension) => (localStorage.getItem(`tandem.draft.${extension}`) || '').includes('tandem-lock'),
    extension,
  );
  assert.ok(!(await everythingStored(page)).includes('LOCK-2026'));
});

test('a locked draft is exported locked and opens elsewhere with the passphrase', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${id}`).click()]);
  const file = await saveDownload(download);
  const text = readFileSync(file, 'utf8');
  assert.equal(text, await stored(page), 'the export is the stored envelope');
  assert.ok(!text.includes('LOCK-2026'));

  const other = await startSession();
  try {
    await openHome(other.page, other.origin);
    await other.page.locator('#import-file').setInputFiles(file);
    const card = other.page.locator('.tandem-draft--locked');
    await card.waitFor();
    // The envelope holds no id: a locked file comes in under one made from its content.
    const imported = await card.getAttribute('data-id');
    assert.equal(await other.page.evaluate((id) => localStorage.getItem(`tandem.draft.${id}`), imported), text);
    await other.page.locator(`#unlock-${imported}`).click();
    await other.page.locator(`#passphrase-${imported}`).fill(PASSPHRASE);
    await other.page.locator(`#passphrase-${imported}`).press('Enter');
    await field(other.page, 'reference.reference').waitFor();
    assert.equal(await field(other.page, 'reference.reference').inputValue(), `${REFERENCE}-B`);
    assert.deepEqual(other.errors, []);
  } finally {
    await other.close();
  }
});

test('removing the lock stores the draft in clear again, after a confirmation', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await unlock(page, PASSPHRASE);
  await page.locator('#lock-remove').waitFor();
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#lock-remove').click();
  await page.locator('#lock-start').waitFor();
  await page.waitForFunction((id) => !localStorage.getItem(`tandem.draft.${id}`).includes('tandem-lock'), id);
  const draft = JSON.parse(await stored(page));
  assert.equal(draft.id, id);
  assert.ok((await stored(page)).includes(`${REFERENCE}-B`));
  assert.deepEqual(s.errors, []);
});

test('when the lock worker cannot start, the user is told so and the draft stays as it was', async () => {
  // A browser of its own, without the service worker's cache, where the lock worker's wasm fails
  // to load: as in a browser that refuses WebAssembly in workers, or a damaged copy of the app.
  const broken = await startSession({ serviceWorkers: 'block' });
  try {
    const { page, origin, context } = broken;
    let asked = 0;
    await context.route('**/tandem-lock-worker_bg.wasm', (route) => {
      asked += 1;
      return route.fulfill({ status: 500, body: 'broken' });
    });
    await openTemplate(page, origin, 'art29-preservation');
    const draftId = page.url().match(/#\/draft\/(.+)$/)[1];
    await field(page, 'reference.reference').fill(REFERENCE);
    await page.locator('#lock-start').click();
    await lock(page, PASSPHRASE);
    const error = page.locator('#lock-error');
    await error.waitFor();
    assert.equal(await error.textContent(), 'Encryption could not be started in this browser.');
    assert.ok(asked > 0, 'the lock worker asked for its wasm');
    assert.equal(await focusedId(page, 'lock-passphrase'), 'lock-passphrase');
    // Nothing was locked and nothing was lost: the draft is stored in clear and still editable.
    await field(page, 'reference.reference').press('End');
    await field(page, 'reference.reference').pressSequentially('-B');
    await page.waitForFunction(
      ([id, text]) => (localStorage.getItem(`tandem.draft.${id}`) || '').includes(text),
      [draftId, `${REFERENCE}-B`],
    );
    assert.ok(!(await page.evaluate((id) => localStorage.getItem(`tandem.draft.${id}`), draftId)).includes('tandem-lock'));
  } finally {
    await broken.close();
  }
});

test('a draft locked by an earlier version (19 MiB, 2 passes) opens and its next save is sealed at 64 MiB, 3 passes', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  // Sealed with the earlier parameters; the passphrase is PASSPHRASE.
  const old = readFileSync(new URL('../fixtures/locks/art29-19mib-2passes.json', import.meta.url), 'utf8').trim();
  const oldId = 'old-lock';
  await openHome(page, origin);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [`tandem.draft.${oldId}`, old]);
  await page.reload();
  const entry = () => page.evaluate((key) => localStorage.getItem(key), `tandem.draft.${oldId}`);

  // A wrong passphrase changes nothing.
  await page.locator(`#unlock-${oldId}`).click();
  await page.locator(`#passphrase-${oldId}`).fill('not the passphrase');
  await page.locator(`#passphrase-${oldId}`).press('Enter');
  await page.locator(`#unlock-error-${oldId}`).waitFor();
  assert.equal(await entry(), old);

  await page.locator(`#passphrase-${oldId}`).fill(PASSPHRASE);
  await page.locator(`#passphrase-${oldId}`).press('Enter');
  await page.waitForURL(new RegExp(`#/draft/${oldId}$`));
  assert.equal(await field(page, 'reference.reference').inputValue(), 'PR-2026-0042/GE');
  await field(page, 'reference.reference').fill('PR-2026-0042/GE-RESEALED');
  await page.waitForFunction(
    ([key, old]) => {
      const text = localStorage.getItem(key);
      return text !== old && JSON.parse(text)['tandem-lock'] === 1;
    },
    [`tandem.draft.${oldId}`, old],
  );
  const before = JSON.parse(old);
  const after = JSON.parse(await entry());
  assert.deepEqual([before.m, before.t, before.p], [19456, 2, 1]);
  assert.deepEqual([after.m, after.t, after.p], [65536, 3, 1], 'sealed again at the new cost');
  assert.notEqual(after.salt, before.salt, 'with a key derived again, on a fresh salt');
  assert.ok(!(await entry()).includes('RESEALED'));

  // After a reload, the same passphrase opens the re-sealed draft.
  await openHome(page, origin);
  await page.reload();
  await page.locator(`#unlock-${oldId}`).click();
  await page.locator(`#passphrase-${oldId}`).fill(PASSPHRASE);
  await page.locator(`#passphrase-${oldId}`).press('Enter');
  await page.waitForURL(new RegExp(`#/draft/${oldId}$`));
  assert.equal(await field(page, 'reference.reference').inputValue(), 'PR-2026-0042/GE-RESEALED');
  await page.close();
});

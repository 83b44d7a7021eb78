// Nothing older than a second lost when the whole browser is killed: Chromium writes local storage
// to disk lazily, so every save is also journaled in IndexedDB with strict durability and the
// newer of the two is read at the next start.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { serveDir } from '../../scripts/serve.mjs';
import { DIST, FLAGS, field, openApp, startSession } from './harness.mjs';

let server;
let origin;
const profiles = [];
before(async () => {
  ({ server, origin } = await serveDir(DIST, 0));
});
after(() => {
  server?.close();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
});

/** Chromium on a profile of its own, with every console error of its pages recorded. */
async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
  const errors = [];
  const watch = (page) => {
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  return { context, errors, page: context.pages()[0] || (await context.newPage()) };
}

/** The pid of the browser process (not a renderer, not a helper) running on this profile. */
function browserPid(profile) {
  const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = ps
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type='))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  assert.equal(pids.length, 1, `one browser process on ${profile}: ${pids}`);
  return pids[0];
}

test('text typed one second before the whole browser is killed is there after a restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-crash-'));
  profiles.push(profile);
  const first = await launch(profile);
  await openApp(first.page, origin);
  const id = first.page.url().split('/').pop();
  await field(first.page, 'reference.reference').fill('CRASH-2026-7');
  await field(first.page, 'requesting-authority.organisation').pressSequentially('Prosecutor General of Georgia');
  await first.page.waitForTimeout(1000);
  const pid = browserPid(profile);
  const gone = new Promise((resolve) => first.context.on('close', resolve));
  process.kill(pid, 'SIGKILL');
  await gone;

  const second = await launch(profile);
  await openApp(second.page, origin);
  assert.equal(second.page.url().split('/').pop(), id);
  assert.equal(await field(second.page, 'reference.reference').inputValue(), 'CRASH-2026-7');
  assert.equal(
    await field(second.page, 'requesting-authority.organisation').inputValue(),
    'Prosecutor General of Georgia',
  );
  // Local storage holds it again too, so the list and every later save agree with the journal.
  const stored = await second.page.evaluate((id) => localStorage.getItem(`tandem.draft.${id}`), id);
  assert.match(stored, /Prosecutor General of Georgia/);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test('without IndexedDB, drafts are kept in local storage alone, with no error', async () => {
  const s = await startSession();
  try {
    const { page, context } = s;
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openApp(page, s.origin);
    await field(page, 'reference.reference').fill('NO-IDB-1');
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
    await page.reload();
    await openApp(page, s.origin);
    assert.equal(await field(page, 'reference.reference').inputValue(), 'NO-IDB-1');
    assert.equal(await page.locator('[role=alert]:not(:empty)').count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("a locked draft's journal holds its envelope, never its text", async () => {
  const s = await startSession();
  try {
    const { page } = s;
    await openApp(page, s.origin);
    await page.locator('#lock-start').click();
    await page.locator('#lock-passphrase').fill('correct horse battery staple');
    await page.locator('#lock-repeat').fill('correct horse battery staple');
    await page.locator('#lock-submit').click();
    await page.locator('#lock-remove').waitFor();
    await field(page, 'reference.reference').fill('SEALED-REF-99');
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
    const journal = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('tandem');
          open.onerror = reject;
          open.onsuccess = () => {
            const all = open.result.transaction('journal').objectStore('journal').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    const envelope = journal.find((text) => text.includes('tandem-lock'));
    assert.ok(envelope, 'the locked draft is journaled');
    assert.ok(!journal.some((text) => text.includes('SEALED-REF-99')), 'clear text in the journal');
  } finally {
    await s.close();
  }
});

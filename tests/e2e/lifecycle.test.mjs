// Parts of the page drawn again leave nothing behind: each drawing's listeners go when the part
// is drawn again or leaves the screen (home and a draft, one draft then another).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, refuseWrites, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
  // Counts the page's listeners still attached: added and not removed.
  await s.context.addInitScript(() => {
    const live = new Map();
    const key = (target, type, listener) => {
      let types = live.get(target);
      if (!types) live.set(target, (types = new Map()));
      let listeners = types.get(type);
      if (!listeners) types.set(type, (listeners = new Set()));
      return listeners;
    };
    const { addEventListener, removeEventListener } = EventTarget.prototype;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (listener) key(this, type, listener).add(listener);
      return addEventListener.call(this, type, listener, options);
    };
    EventTarget.prototype.removeEventListener = function (type, listener, options) {
      if (listener) key(this, type, listener).delete(listener);
      return removeEventListener.call(this, type, listener, options);
    };
    window.liveListeners = () =>
      [...live.values()].flatMap((types) => [...types.values()]).reduce((n, set) => n + set.size, 0);
  });
});
after(async () => {
  await s?.close();
});

/** Listeners still attached once the page has settled. */
async function liveListeners(page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return page.evaluate(() => window.liveListeners());
}

test('switching screens again and again adds no listeners', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  const first = page.url().split('#')[1];
  await openTemplate(page, origin, 'art31-traffic');
  const second = page.url().split('#')[1];
  await openHome(page, origin);

  // Home, a draft, another draft (the form drawn again), the request type picker, home.
  const round = async () => {
    for (const [address, template] of [
      [first, 'art29-preservation'],
      [second, 'art31-traffic'],
    ]) {
      await page.evaluate((a) => (location.hash = a), address);
      await page.locator(`form.tandem-form [data-template="${template}"]`).waitFor();
    }
    await page.locator('#template').selectOption('art29-preservation');
    await page.locator('form.tandem-form [data-template="art29-preservation"]').waitFor();
    await page.locator('#all-requests').click();
    await page.locator('.tandem-home').waitFor();
  };
  await round();
  const after = await liveListeners(page);
  for (let i = 0; i < 4; i++) await round();
  assert.equal(await liveListeners(page), after, 'listeners left behind by screens no longer shown');
  assert.ok(after > 0, 'no listener counted at all');
});

test('while writes keep failing, the same alert stays and its download still works', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  await page.addInitScript(refuseWrites);
  await openTemplate(page, origin, 'art31-traffic');
  await field(page, 'reference.reference').fill('FULL-DISK-1');
  const alert = page.locator('#save-status[role="alert"]');
  await alert.getByText('This browser refused to save the draft').waitFor();
  await alert.evaluate((element) => (element.dataset.seen = 'yes'));
  // A choice is stored at once, and fails again: screen readers are not told the same alert anew.
  for (const lang of ['fr', 'de']) {
    await page.locator('#doc-lang-1').selectOption(lang);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
  assert.equal(await alert.getAttribute('data-seen'), 'yes', 'the alert was drawn anew');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the draft' }).click()]);
  assert.equal(download.suggestedFilename(), 'FULL-DISK-1.tandem.json');
  const draft = JSON.parse(readFileSync(await saveDownload(download), 'utf8'));
  assert.deepEqual(draft.langs, ['en', 'de']);
  await page.close();
});

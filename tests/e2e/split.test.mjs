// The app shell is the home screen: a draft's screen, a request received's, the statistics and
// the template reader are wasm modules of their own (scripts/split-web), fetched when first
// needed or, for a draft's screen and the template reader, once the home screen is idle; never
// ahead when the browser says the user wants to save data. One that cannot be fetched is said, in
// the UI language, and fetched again the next time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterIdle, askToSaveData, field, message, openHome, openTemplate, startSession } from './harness.mjs';

const fetched = (session) => session.requests.map((r) => new URL(r.url).pathname);
const modules = (session) => fetched(session).filter((p) => /^\/(split|chunk)_[A-Za-z0-9_]+\.wasm$/.test(p));
const draftScreen = (session) => fetched(session).filter((p) => p === '/split_draft_screen.wasm');

test("the home screen comes without the other screens' code, which follows once the page is idle", async () => {
  // Without the service worker, whose precache would fetch every file of the site anyway.
  const s = await startSession({ serviceWorkers: 'block' });
  try {
    const { page, origin } = s;
    await openHome(page, origin);
    const deadline = Date.now() + 10_000;
    while (draftScreen(s).length === 0 && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal(draftScreen(s).length, 1, `a draft's screen was not fetched ahead: ${modules(s)}`);
    assert.ok(!modules(s).some((p) => p === '/split_statistics_screen.wasm'), 'the statistics were fetched ahead');

    // The form then opens with what was fetched, and works.
    const before = modules(s).length;
    await openTemplate(page, origin, 'art29-preservation');
    await field(page, 'reference.reference').fill('SPLIT-1');
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
    assert.deepEqual(draftScreen(s).length, 1, 'the draft screen was fetched twice');
    assert.ok(modules(s).length >= before);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("when the browser asks to save data, no screen's code is fetched ahead; a form still opens", async () => {
  const s = await startSession({ serviceWorkers: 'block' });
  try {
    const { page, origin } = s;
    await askToSaveData(page);
    await openHome(page, origin);
    await afterIdle(page);
    assert.deepEqual(modules(s), [], 'screen code fetched ahead although the browser asked to save data');

    await openTemplate(page, origin, 'art29-preservation');
    assert.equal(draftScreen(s).length, 1, "opening a form did not fetch a draft's screen");
    await field(page, 'reference.reference').fill('SPLIT-2');
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();

    // The statistics, by their address, fetch their own module.
    await page.goto(`${origin}/#/statistics`);
    await page.locator('#stats-heading').waitFor();
    assert.ok(modules(s).some((p) => p === '/split_statistics_screen.wasm'), 'the statistics came without their module');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a screen whose code cannot be fetched says so in the UI language, and comes the next time', async () => {
  const s = await startSession({ serviceWorkers: 'block', locale: 'fr-FR' });
  try {
    const { page, origin } = s;
    await openHome(page, origin);
    await page.route('**/split_statistics_screen.wasm', (route) => route.abort());
    await page.goto(`${origin}/#/statistics`);
    await page.locator('#load-failed').waitFor();
    assert.equal(await page.locator('#load-failed').textContent(), message('fr', 'app.ftl', 'app-load-failed'));
    // The app still works: home, then the statistics again once the network answers.
    await page.unroute('**/split_statistics_screen.wasm');
    await page.goto(`${origin}/#/`);
    await page.locator('.tandem-home').waitFor();
    await page.goto(`${origin}/#/statistics`);
    await page.locator('#stats-heading').waitFor();
    assert.equal(await page.locator('#load-failed').count(), 0);
  } finally {
    await s.close();
  }
});

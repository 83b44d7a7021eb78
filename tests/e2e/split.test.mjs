// The app shell is the home screen: a draft's screen, its panels and export, a request
// received's screen, the statistics and the template reader are wasm modules of their own
// (scripts/split-web), fetched when first needed or, for a draft's screen, its panels and the
// template reader, once the home screen is idle; never ahead when the browser says the user wants
// to save data. One that cannot be fetched is said, in the UI language, and fetched again the next
// time. An address naming a form has its code, its template and the messages fetched beside the
// shell (public/boot.js), and each only once; the panels' code follows once the form is shown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, afterIdle, askToSaveData, field, message, openHome, openTemplate, startSession } from './harness.mjs';

const fetched = (session) => session.requests.map((r) => new URL(r.url).pathname);
const modules = (session) => fetched(session).filter((p) => /^\/(split|chunk)_[A-Za-z0-9_]+\.wasm$/.test(p));
const draftScreen = (session) => fetched(session).filter((p) => p === '/split_draft_screen.wasm');
const draftTools = (session) => fetched(session).filter((p) => p === '/split_draft_tools.wasm');

test("the home screen comes without the other screens' code, which follows once the page is idle", async () => {
  // Without the service worker, whose precache would fetch every file of the site anyway.
  const s = await startSession({ serviceWorkers: 'block' });
  try {
    const { page, origin } = s;
    await openHome(page, origin);
    const deadline = Date.now() + 10_000;
    while (draftTools(s).length === 0 && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal(draftScreen(s).length, 1, `a draft's screen was not fetched ahead: ${modules(s)}`);
    assert.equal(draftTools(s).length, 1, `a draft's panels were not fetched ahead: ${modules(s)}`);
    assert.ok(!modules(s).some((p) => p === '/split_statistics_screen.wasm'), 'the statistics were fetched ahead');

    // The form then opens with what was fetched, and works.
    const before = modules(s).length;
    await openTemplate(page, origin, 'art29-preservation');
    await field(page, 'reference.reference').fill('SPLIT-1');
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
    assert.deepEqual(draftScreen(s).length, 1, 'the draft screen was fetched twice');
    await page.locator('#export-consultation').waitFor();
    assert.deepEqual(draftTools(s).length, 1, "the draft's panels were fetched twice");
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

test("a first visit to a form's address asks for its code, template and messages beside the app shell, each once", async () => {
  const s = await startSession({ serviceWorkers: 'block', locale: 'fr-FR' });
  try {
    const { page, origin } = s;
    // Nothing fetched ahead for later (the export's languages, fetched by the PDF engine's
    // worker, would count twice): only what the first screen needs.
    await askToSaveData(page);
    // The files of each module, as scripts/post-build wrote them into boot.js.
    const boot = readFileSync(join(DIST, 'boot.js'), 'utf8');
    const MODULES = JSON.parse(/^const MODULES = (\{.*\}); \/\/ written by scripts\/post-build$/m.exec(boot)[1]);
    const code = [...new Set([...MODULES.draft_screen, ...MODULES.read_template])].map((f) => `/${f}`);
    const ahead = [
      ...code,
      '/templates/index.txt',
      '/templates/art29-preservation.json',
      '/locales/fr.ftl',
      '/locales/fr/art29-preservation.ftl',
    ];
    // The app shell is held back: whatever is asked for meanwhile, boot.js asked for.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/tandem-web_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${origin}/#/new/art29-preservation`, { waitUntil: 'commit' });
    const deadline = Date.now() + 10_000;
    while (ahead.some((f) => !fetched(s).includes(f)) && Date.now() < deadline) await page.waitForTimeout(50);
    assert.deepEqual(ahead.filter((f) => !fetched(s).includes(f)), [], 'not asked for before the app shell ran');
    release();
    await field(page, 'reference.reference').fill('SPLIT-4');
    await page.locator('#save-status').filter({ hasText: 'Enregistré dans ce navigateur' }).waitFor();
    // The app took what boot.js fetched: nothing was fetched twice.
    const twice = ahead.filter((f) => fetched(s).filter((p) => p === f).length !== 1);
    assert.deepEqual(twice, [], 'fetched again by the app');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("a form takes keys before the code of its panels and export is in; they then appear below it", async () => {
  const s = await startSession({ serviceWorkers: 'block' });
  try {
    const { page, origin } = s;
    // Nothing fetched ahead: the panels' code is asked for by the form itself.
    await askToSaveData(page);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/split_draft_tools.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await openTemplate(page, origin, 'art29-preservation');
    await field(page, 'reference.reference').fill('SPLIT-5');
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
    assert.equal(draftTools(s).length, 1, "the form did not ask for its panels' code");
    assert.equal(await page.locator('#export-consultation').count(), 0, 'the export was shown before its code was in');
    const form = await page.locator('form.tandem-form').boundingBox();
    release();
    await page.locator('#export-consultation').waitFor();
    assert.deepEqual(await page.locator('form.tandem-form').boundingBox(), form, 'the form moved when the panels came');
    assert.equal(await field(page, 'reference.reference').inputValue(), 'SPLIT-5');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

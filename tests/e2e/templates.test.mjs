// Templates are files the site serves, not part of the app: a request type's template is fetched
// when it is opened (the page saying so), a failed fetch says why in the UI language and loses
// nothing, and a host adds a request type to its copy of the site with files alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, clearStorage, field, openHome, openTemplate, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  // page.route sees no request a service worker answers.
  s = await startSession({ serviceWorkers: 'block' });
});
after(async () => {
  await s?.close();
});

const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

test('the app shell holds no template: each is fetched when its request type opens', async () => {
  const { page, origin } = s;
  const fetched = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/templates/')) fetched.push(path);
  });
  await openHome(page, origin);
  assert.deepEqual(fetched, ['/templates/index.txt']);
  await openTemplate(page, origin, 'art31-subscriber');
  assert.deepEqual(fetched, ['/templates/index.txt', '/templates/art31-subscriber.json']);
  const wasm = readFileSync(join(DIST, 'tandem-web_bg.wasm')).toString('latin1');
  assert.ok(!wasm.includes('art31-subscriber-legal-basis'), 'a template is embedded in the app shell');
});

test('a request type that cannot be fetched says so, in the UI language, and changes nothing', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  await field(page, 'reference.reference').fill('KEPT-1');
  await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
  const stored = await storage(page);
  await page.route('**/templates/art31-traffic.json', (route) => route.abort());
  await page.locator('#template').selectOption('art31-traffic');
  await page.locator('#template-failed').filter({ hasText: 'This type of request could not be loaded. Check the connection and try again: nothing was lost.' }).waitFor();
  // The draft open stays open, as it was.
  assert.equal(await field(page, 'reference.reference').inputValue(), 'KEPT-1');
  assert.equal(await storage(page), stored);
  // In French too.
  await page.goto(`${origin}/#/`);
  await page.locator('.tandem-home').waitFor();
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"fr"'));
  await page.reload();
  await page.locator('#new-art31-traffic').click();
  await page.locator('#template-failed').filter({ hasText: "Ce type de demande n'a pas pu être chargé." }).waitFor();
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"en"'));
  await page.unroute('**/templates/art31-traffic.json');
  // Once it can be fetched, it opens, and the message goes.
  await openTemplate(page, origin, 'art31-traffic');
  assert.equal(await page.locator('#template-failed').count(), 0);
});

test('while a request type is fetched, the page says so', async () => {
  const { page, origin } = s;
  await page.reload();
  await openHome(page, origin);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/templates/emergency-disclosure.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('#new-emergency-disclosure').click();
  await page.locator('#template-loading', { hasText: 'Loading this type of request…' }).waitFor();
  release();
  await page.locator('form.tandem-form [data-template="emergency-disclosure"]').waitFor();
  assert.equal(await page.locator('#template-loading').count(), 0);
  await page.unroute('**/templates/emergency-disclosure.json');
});

test('a draft listed before its template arrives keeps its card: a click or a name being typed is not lost', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  await openTemplate(page, origin, 'art31-content');
  await field(page, 'reference.reference').fill('KEEP-1');
  await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
  const id = page.url().split('/').pop();
  await openHome(page, origin);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${id}`).click()]);
  const file = await saveDownload(download);
  await clearStorage(page);
  await page.close();

  // A new page lists no draft, so it has fetched no template; the draft then comes from a file.
  const fresh = await context.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await fresh.route('**/templates/art31-content.json', async (route) => {
    await held;
    await route.continue();
  });
  await openHome(fresh, origin);
  await fresh.locator('#import-file').setInputFiles(file);
  const link = await fresh.locator(`#open-${id}`).elementHandle();
  const type = fresh.locator(`li[data-id="${id}"] .tandem-draft__type`);
  assert.equal(await type.innerText(), 'art31-content');
  await fresh.locator(`#rename-${id}`).click();
  await fresh.locator(`#name-${id}`).fill('Half-typed');
  // The template arrives: the card says what the request is, in place.
  release();
  await fresh.waitForFunction((id) => document.querySelector(`li[data-id="${id}"] .tandem-draft__type`)?.innerText !== 'art31-content', id);
  assert.ok(await link.evaluate((a) => a.isConnected), 'the link was replaced by another element');
  assert.equal(await fresh.locator(`#name-${id}`).inputValue(), 'Half-typed');
  await fresh.unroute('**/templates/art31-content.json');
  await fresh.close();
});

test('a host adds a request type with files alone: its template, a line of the list, its messages', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  const template = JSON.parse(readFileSync(join(DIST, 'templates', 'art31-traffic.json'), 'utf8'));
  template.id = 'national-form';
  template.title = 'national-form-title';
  const list = readFileSync(join(DIST, 'templates', 'index.txt'), 'utf8');
  const common = readFileSync(join(DIST, 'locales', 'en.ftl'), 'utf8');
  const own = readFileSync(join(DIST, 'locales', 'en', 'art31-traffic.ftl'), 'utf8');
  const serve = (body) => (route) => route.fulfill({ status: 200, body });
  await page.route('**/templates/index.txt', serve(`${list}national-form national-form-title\n`));
  await page.route('**/templates/national-form.json', serve(JSON.stringify(template)));
  await page.route('**/locales/en.ftl', serve(`${common}\nnational-form-title = National request for traffic data\n`));
  await page.route('**/locales/en/national-form.ftl', serve(own));
  await page.goto(`${origin}/#/`);
  await page.locator('#new-national-form', { hasText: 'National request for traffic data' }).click();
  await page.locator('form.tandem-form [data-template="national-form"]').waitFor();
  await field(page, 'reference.reference').fill('NAT-1');
  await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
  // Listed on the home screen with its title and completeness, after a reload too.
  await page.goto(`${origin}/#/`);
  await page.reload();
  await page.locator('.tandem-draft', { hasText: 'NAT-1' }).filter({ hasText: 'National request for traffic data' }).waitFor();
  await page.close();
});

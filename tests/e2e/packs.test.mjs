// Request forms added from a file (template packs, issue #19): the worked example, built into a
// pack by `tandem pack`, is added on the home screen, filled and exported in both its languages;
// a hostile file is refused with its own message and nothing stored; a newer version replaces
// the older only once confirmed; a UI language the form lacks shows its first language, marked;
// removing the form leaves its drafts readable, read-only, saying which form to add again.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, field, openHome, pdfText, saveDownload, startSession } from './harness.mjs';

let s;
let example;
before(async () => {
  // The worked example as `tandem pack` builds it (the same check as the browser's).
  const out = join(mkdtempSync(join(tmpdir(), 'tandem-pack-')), 'example-subscriber.json');
  execFileSync(
    'cargo',
    ['run', '--locked', '--offline', '-q', '-p', 'tandem-cli', '--', 'pack', 'templates/examples/example-subscriber', '-o', out],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  example = JSON.parse(readFileSync(out, 'utf8'));
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const packFile = (pack, name = 'form.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof pack === 'string' ? pack : JSON.stringify(pack)) });
const choose = (page, pack) => page.locator('#pack-file').setInputFiles(packFile(pack));
const copy = () => structuredClone(example);
const NOTHING = 'This file was not added as a request form. Nothing was stored.';
/** Drops the bidi isolation marks the screen's messages put around placeables. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');
/** Waits until an element of `selector` says `expected` (isolation marks aside), and asserts it. */
async function says(page, selector, expected) {
  await page
    .waitForFunction(
      ([sel, want]) => [...document.querySelectorAll(sel)].some((e) => e.textContent.replace(/[\u2068\u2069]/g, '').includes(want)),
      [selector, expected],
      { timeout: 10000 },
    )
    .catch(() => {});
  const texts = await page.locator(selector).allTextContents();
  assert.ok(texts.some((t) => plain(t).includes(expected)), `${selector}: ${JSON.stringify(texts.map(plain))} does not say ${expected}`);
}

test('a hostile file is refused with its own message, and nothing is stored', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  const before = await storage(page);
  const hostile = [];
  // Oversized: refused before it is read.
  hostile.push([JSON.stringify(example) + ' '.repeat(1024 * 1024), 'The file is larger than 1024 kB.']);
  // Deeply nested: refused before any parser runs.
  const deep = copy();
  deep.template.section[0].extra = JSON.parse('['.repeat(20) + ']'.repeat(20));
  hostile.push([deep, 'The file is nested deeper than 16 levels.']);
  // Markup in a message.
  const markup = copy();
  markup.messages.fr = markup.messages.fr.replace('= Date\n', '= <img src=x onerror=alert(1)>Date\n');
  hostile.push([markup, 'The text example-subscriber-date in the language fr contains markup; only plain text is allowed.']);
  // An ID outside its namespace: it would change the app's own wording.
  const outside = copy();
  outside.messages.en += 'home-start = Pirated\n';
  hostile.push([outside, 'The text home-start does not start with example-subscriber-: a form may not change Tandem\'s own texts.']);
  // A missing message.
  const missing = copy();
  missing.messages.fr = missing.messages.fr.replace(/^example-subscriber-facts = .*\n(    \.hint = .*\n)?/m, '');
  hostile.push([missing, 'The text example-subscriber-facts is missing in the language fr.']);
  // A wrong format version.
  const newer = copy();
  newer.format = 2;
  hostile.push([newer, 'The file was written for a newer version of Tandem (format 2).']);
  const unknown = copy();
  unknown.format = 'one';
  hostile.push([unknown, 'The file does not state a known request form format.']);
  // The id of a built-in request type.
  const taken = copy();
  taken.id = 'art29-preservation';
  hostile.push([taken, 'The form\'s identifier art29-preservation is taken by Tandem\'s own request types or texts.']);
  for (const [pack, reason] of hostile) {
    await choose(page, pack);
    await says(page, '#pack-refused', reason);
    assert.ok(plain(await page.locator('#pack-refused').textContent()).startsWith(NOTHING));
    assert.equal(await storage(page), before, reason);
    assert.equal(await page.locator('#new-example-subscriber').count(), 0);
  }
  // In the UI language.
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"fr"'));
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  await choose(page, newer);
  await says(page, '#pack-refused', 'format');
  const french = await page.locator('#pack-refused').textContent();
  assert.ok(!french.includes('Nothing was stored'), french);
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"en"'));
  await page.reload();
  await page.locator('.tandem-home').waitFor();
});

test('the worked example is added, filled and exported in both its languages', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await choose(page, example);
  await says(page, '#pack-done', 'Request form added: Request for subscriber information.');
  await says(page, '#pack-example-subscriber', 'Issued by Tandem project (worked example, not an official form) · version 1 · languages: English, Français');
  await says(page, '#pack-example-subscriber', 'Source: templates/examples/example-subscriber');
  // Stored under its own key, and counted with what this site stores.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes('tandem.pack.example-subscriber'), keys.join());
  // It starts requests like a built-in type, after a reload too.
  await page.reload();
  await page.locator('#new-example-subscriber', { hasText: 'Request for subscriber information' }).click();
  await page.waitForURL(/#\/draft\//);
  await page.locator('form.tandem-form [data-template="example-subscriber"]').waitFor();
  assert.equal(await page.locator('.tandem-request-title').textContent(), 'Request for subscriber information');
  // Only its languages are offered for its documents, its first two chosen.
  const offered = await page.locator('#doc-lang-1 option').evaluateAll((o) => o.map((x) => x.value));
  assert.deepEqual(offered.sort(), ['en', 'fr']);
  assert.equal(await page.locator('#doc-lang-0').inputValue(), 'en');
  assert.equal(await page.locator('#doc-lang-1').inputValue(), 'fr');
  await field(page, 'reference.reference').fill('PACK-1');
  await field(page, 'authority.name').fill('Cybercrime Unit');
  await field(page, 'facts.facts').fill('The account sent threats.');
  await says(page, '#save-status', 'Saved in this browser');
  const exported = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
    return pdfText(await saveDownload(download));
  };
  for (const [a, b] of [['en', 'fr'], ['fr', 'en']]) {
    await page.locator('#doc-lang-0').selectOption(a);
    await page.locator('#doc-lang-1').selectOption(b);
    await says(page, '#save-status', 'Saved in this browser');
    const text = await exported();
    // Both columns, in the order chosen.
    const line = text.split('\n').find((l) => l.includes('Reference / case number') && l.includes('Référence / numéro de dossier'));
    assert.ok(line, text);
    assert.ok(a === 'en' ? line.indexOf('Reference') < line.indexOf('Référence') : line.indexOf('Référence') < line.indexOf('Reference'), line);
    assert.ok(text.includes('Summary of the facts and relevance of the data'), text);
    assert.ok(text.includes('Résumé des faits et pertinence des données'), text);
    assert.ok(text.includes('PACK-1'), text);
  }
});

test('a newer version replaces the older only once confirmed; drafts keep their answers', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  const before = await storage(page);
  // The same version: left alone.
  await choose(page, example);
  await says(page, '#pack-done', 'This browser already has version 1 of “Request for subscriber information”; the file holds version 1. Nothing was changed.');
  const newer = copy();
  newer.version = 2;
  newer.messages.en = newer.messages.en.replace('= Request for subscriber information\n', '= Request for subscriber information (2nd edition)\n');
  await choose(page, newer);
  await says(page, '#pack-replace', 'This browser has version 1 of “Request for subscriber information”. Replace it with version 2?');
  // Cancelled: nothing changes.
  await page.locator('#pack-replace-no').click();
  assert.equal(await page.locator('#pack-replace').count(), 0);
  assert.equal(await storage(page), before);
  await choose(page, newer);
  await page.locator('#pack-replace-yes').click();
  await says(page, '#pack-done', 'Request form updated: Request for subscriber information (2nd edition), version 2.');
  await says(page, '#pack-example-subscriber', 'version 2');
  assert.notEqual(await storage(page), before);
  // The draft made with version 1 opens with its answers.
  await page.locator('.tandem-draft', { hasText: 'PACK-1' }).locator('.tandem-draft__title a').click();
  await page.locator('form.tandem-form [data-template="example-subscriber"]').waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), 'PACK-1');
  assert.equal(await page.locator('.tandem-request-title').textContent(), 'Request for subscriber information (2nd edition)');
});

test('a UI language the form lacks shows its first language, marked with lang', async () => {
  const { page, origin } = s;
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"de"'));
  await openHome(page, origin);
  await page.reload();
  const link = page.locator('#new-example-subscriber');
  await link.filter({ hasText: 'Request for subscriber information' }).waitFor();
  assert.equal(await link.getAttribute('lang'), 'en');
  // A language it has: no mark.
  assert.equal(await page.locator('#new-art29-preservation').getAttribute('lang'), null);
  await page.locator('.tandem-draft', { hasText: 'PACK-1' }).locator('.tandem-draft__title a').click();
  await page.locator('form.tandem-form [data-template="example-subscriber"]').waitFor();
  assert.equal(await page.locator('.tandem-request-title').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.tandem-form__all').getAttribute('lang'), 'en');
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"fr"'));
  await page.reload();
  await page.locator('form.tandem-form [data-template="example-subscriber"]').waitFor();
  assert.equal(await page.locator('.tandem-request-title').textContent(), "Demande d'informations relatives aux abonnés");
  assert.equal(await page.locator('.tandem-request-title').getAttribute('lang'), null);
  await page.evaluate(() => localStorage.setItem('tandem.ui-lang', '"en"'));
});

test('removing the form leaves its drafts readable, read-only, saying which form to add again', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await page.reload();
  await page.locator('#remove-pack-example-subscriber').click();
  await says(page, '#pack-done', 'Request form removed: Request for subscriber information (2nd edition). Its drafts stay in this browser and open read-only.');
  assert.equal(await page.locator('#new-example-subscriber').count(), 0);
  assert.equal(await page.locator('#pack-example-subscriber').count(), 0);
  // After a reload too; the draft is still listed, with its request type.
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  assert.equal(await page.locator('#new-example-subscriber').count(), 0);
  const draft = page.locator('.tandem-draft', { hasText: 'PACK-1' });
  await draft.filter({ hasText: 'Request for subscriber information' }).waitFor();
  await draft.locator('.tandem-draft__title a').click();
  await says(page, '#pack-removed', 'This draft was made with the request form “example-subscriber”, version 2, issued by Tandem project (worked example, not an official form), which is no longer in this browser. It is shown read-only');
  assert.equal(await field(page, 'reference.reference').inputValue(), 'PACK-1');
  assert.ok(await field(page, 'reference.reference').isDisabled());
  // No new request of it, even by its address.
  await page.goto(`${origin}/#/new/example-subscriber`);
  await page.locator('.tandem-home').waitFor();
  // Added again: the draft is editable again.
  await choose(page, example);
  await says(page, '#pack-done', 'Request form added');
  await page.locator('.tandem-draft', { hasText: 'PACK-1' }).locator('.tandem-draft__title a').click();
  await page.locator('form.tandem-form [data-template="example-subscriber"]').waitFor();
  assert.equal(await page.locator('#pack-removed').count(), 0);
  assert.ok(!(await field(page, 'reference.reference').isDisabled()));
  assert.deepEqual(s.errors.filter((e) => !e.includes('stored request form')), []);
});

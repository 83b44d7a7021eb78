// A request received: exported in ka|en in one browser profile, opened from its PDF in a fresh
// profile whose interface is French: shown read-only with French labels, the requester's text and
// translation as written, listed once, kept after a reload, exported as a reading copy marked as
// such. Hostile files are each refused with their own message and store nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { ROOT, field, openHome, pdfText, saveDownload, startSession } from './harness.mjs';

const ORGANISATION = 'საქართველოს გენერალური პროკურატურა';
const ORGANISATION_B = "Prosecutor General's Office of Georgia";
const REFERENCE = 'PR-2026-0042/GE';

const dir = mkdtempSync(join(tmpdir(), 'tandem-received-'));
let pdf; // the request's PDF, made in the first profile
let data; // its request.json, as parsed
let s;

/** The request.json a Tandem PDF carries: its embedded file's stream, inflated. */
function embedded(bytes) {
  const text = bytes.toString('latin1');
  const at = text.indexOf('/Type /EmbeddedFile');
  assert.ok(at > 0, 'the PDF has an embedded file');
  const start = text.lastIndexOf(' obj', at);
  const dict = text.slice(start, text.indexOf('stream', at));
  const length = Number(/\/Length (\d+)/.exec(dict)[1]);
  const from = text.indexOf('stream', at) + 'stream\n'.length;
  const raw = bytes.subarray(from, from + length);
  return JSON.parse((dict.includes('/FlateDecode') ? inflateSync(raw) : raw).toString('utf8'));
}

/** JSON with object keys in byte order, as the fingerprint is computed over. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fingerprint(request) {
  const over = {
    answers: request.answers,
    langs: request.langs,
    template: request.template,
    template_version: request.template_version,
  };
  return createHash('sha256').update(canonical(over)).digest('hex').slice(0, 16);
}

/** A PDF laid out as Tandem writes one, carrying `json` (uncompressed) as its request. */
function tandemLike(json, name) {
  const body = Buffer.from(json, 'utf8');
  const parts = [
    Buffer.from('%PDF-1.7\n%\x80\x80\x80\x80\n\n', 'latin1'),
    Buffer.from(
      '1 0 obj\n<<\n  /Type /Catalog\n  /Names <<\n    /EmbeddedFiles <<\n      /Names [(request.json) 3 0 R]\n    >>\n  >>\n>>\nendobj\n\n',
    ),
    Buffer.from(`2 0 obj\n<<\n  /Type /EmbeddedFile\n  /Length ${body.length}\n>>\nstream\n`),
    body,
    Buffer.from(
      '\nendstream\nendobj\n\n3 0 obj\n<<\n  /Type /Filespec\n  /F (request.json)\n  /EF <<\n    /F 2 0 R\n  >>\n>>\nendobj\n\nxref\n0 4\ntrailer\n<<\n  /Size 4\n  /Root 1 0 R\n>>\nstartxref\n0\n%%EOF',
    ),
  ];
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

const stored = (page) =>
  page.evaluate(() =>
    JSON.stringify(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

before(async () => {
  // The requester: a complete request imported as a draft file in ka|en, exported as final.
  const requester = await startSession();
  try {
    const { page, origin } = requester;
    const draft = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/drafts/art29-preservation/complete.json'), 'utf8'),
    );
    draft.id = 'received-test';
    draft.langs = ['ka', 'en'];
    draft.answers['requesting-authority.organisation'] = ORGANISATION;
    draft.answers['requesting-authority.organisation#b'] = ORGANISATION_B;
    const file = join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(draft));
    await openHome(page, origin);
    await page.locator('#import-file').setInputFiles(file);
    await page.locator('#open-received-test').click();
    await page.locator('form.tandem-form').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-final').click()]);
    pdf = await saveDownload(download);
    data = embedded(readFileSync(pdf));
    assert.deepEqual(data.langs, ['ka', 'en']);
    // This test computes fingerprints as Tandem does.
    assert.equal(fingerprint(data), data.fingerprint);
    assert.deepEqual(requester.errors, []);
  } finally {
    await requester.close();
  }
  // The reader: a fresh profile whose browser speaks French.
  s = await startSession({ locale: 'fr-FR' });
});

after(async () => {
  await s?.close();
});

test('a request exported in ka|en opens read-only in French, with the text as written and its translation', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  assert.equal(await page.locator('#drafts-heading').textContent(), 'Projets enregistrés dans ce navigateur');
  await page.locator('#received-file').setInputFiles(pdf);
  await page.waitForURL(/#\/received\//);
  await page.locator('#received-banner').waitFor();
  assert.ok(page.url().endsWith(`#/received/${data.fingerprint}`));
  // French labels: the section and the field of the requesting authority.
  const form = page.locator('form.tandem-form');
  assert.ok((await form.textContent()).includes('Autorité requérante'));
  const label = page.locator('label[for="field-requesting-authority.organisation"]');
  assert.ok((await label.textContent()).includes('Organisme'), await label.textContent());
  // The answer as written, and the requester's translation beside it, marked with its language.
  assert.equal(await field(page, 'requesting-authority.organisation').inputValue(), ORGANISATION);
  assert.equal(await field(page, 'requesting-authority.organisation#b').inputValue(), ORGANISATION_B);
  const translation = page.locator('label[for="field-requesting-authority.organisation#b"]');
  assert.ok((await translation.textContent()).includes('English'));
  // Read-only: every control disabled.
  assert.equal(await field(page, 'requesting-authority.organisation').isDisabled(), true);
  // The fingerprint, checked against the data, and the document languages.
  assert.ok((await page.locator('#received-fingerprint').textContent()).includes(data.fingerprint));
  assert.ok(pdfText(pdf).includes(data.fingerprint));
  const langs = await page.locator('#received-langs').textContent();
  assert.ok(langs.includes('ქართული') && langs.includes('English'), langs);
  // Never a draft.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes(`tandem.received.${data.fingerprint}`), keys.join());
  assert.ok(!keys.some((k) => k.startsWith('tandem.draft.')), keys.join());
  assert.deepEqual(s.errors, []);
});

test('it is listed once, also when opened again, and stays after a reload', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await page.locator('#received-file').setInputFiles(pdf);
  await page.waitForURL(/#\/received\//);
  await openHome(page, origin);
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  const items = page.locator('.tandem-received__item');
  await items.first().waitFor();
  assert.equal(await items.count(), 1);
  const item = await items.first().textContent();
  assert.ok(item.includes(REFERENCE), item);
  assert.ok(item.includes(ORGANISATION), item);
  assert.ok(item.includes('Reçue') || item.includes('Reçu'), item);
  // Not in the drafts list.
  assert.equal(await page.locator('.tandem-draft').count(), 0);
  assert.deepEqual(s.errors, []);
});

test('a reading copy in Georgian and French is marked as such in both columns and has no signature block', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await page.locator(`#open-received-${data.fingerprint}`).click();
  await page.locator('#export-reading-copy').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#export-reading-copy').click(),
  ]);
  assert.equal(download.suggestedFilename(), `tandem-reading-copy-${data.fingerprint}-ka-fr.pdf`);
  const copy = await saveDownload(download);
  const text = pdfText(copy).replace(/\s+/g, ' ');
  const fr = readFileSync(join(ROOT, 'locales/fr/pdf.ftl'), 'utf8');
  const mark = /^pdf-reading-copy = (.*)$/m.exec(fr)[1];
  assert.ok(text.includes(mark), `the French mark ${mark}`);
  assert.ok(text.includes(data.fingerprint));
  assert.ok(text.includes(ORGANISATION));
  // It carries the request it copies, whose fingerprint it prints: opened, it is that request.
  const carried = embedded(readFileSync(copy));
  assert.equal(carried.fingerprint, data.fingerprint);
  assert.deepEqual(carried.answers, data.answers);
  assert.deepEqual(carried.langs, ['ka', 'en']);
  assert.ok(!text.includes('Cachet officiel'), 'the copy has a signature block');
  await openHome(page, origin);
  await page.locator('#received-file').setInputFiles(copy);
  await page.waitForURL(new RegExp(`#/received/${data.fingerprint}`));
  await openHome(page, origin);
  assert.equal(await page.locator('.tandem-received__item').count(), 1);
  assert.deepEqual(s.errors, []);
});

test('hostile files are each refused with their own message, and nothing is stored', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  const refusals = readFileSync(join(ROOT, 'locales/fr/received.ftl'), 'utf8');
  const message = (id) => new RegExp(`^${id} = (.*)$`, 'm').exec(refusals)[1].split('{')[0].trim();

  const big = join(dir, 'big.pdf');
  closeSync(openSync(big, 'w'));
  truncateSync(big, 64 * 1024 * 1024 + 1);
  const text = join(dir, 'note.txt');
  writeFileSync(text, 'Not a request.');
  const plain = join(dir, 'plain.pdf');
  execFileSync('qpdf', ['--empty', plain]);
  const altered = structuredClone(data);
  altered.answers['reference.reference'] = 'PR-FORGED';
  const forged = tandemLike(JSON.stringify(altered), 'forged.pdf');

  for (const [file, id] of [
    [big, 'received-refused-too-large'],
    [text, 'received-refused-not-pdf'],
    [plain, 'received-refused-no-data'],
    [forged, 'received-refused-fingerprint'],
  ]) {
    const before = await stored(page);
    await page.locator('#received-file').setInputFiles(file);
    const notice = page.locator('#received-notice [role="alert"]', { hasText: message(id) });
    await notice.waitFor();
    const shown = await notice.textContent();
    assert.ok(shown.includes(message(id)), `${file}: ${shown}`);
    assert.equal(await stored(page), before, `${file} stored something`);
    assert.ok(page.url().endsWith('#/'), page.url());
  }
  assert.deepEqual(s.errors, []);
});

test('markup in an answer is text, as in an imported draft: shown inert, never run', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    dialog.dismiss();
  });
  const marked = structuredClone(data);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  marked.answers['reference.reference'] = payload;
  marked.fingerprint = fingerprint(marked);
  assert.notEqual(marked.fingerprint, data.fingerprint);
  await page.locator('#received-file').setInputFiles(tandemLike(JSON.stringify(marked), 'marked.pdf'));
  await page.waitForURL(new RegExp(`#/received/${marked.fingerprint}`));
  await page.locator('#received-banner').waitFor();
  assert.equal(await field(page, 'reference.reference').inputValue(), payload);
  const inert = await page.evaluate(() => ({
    flag: window.__pwned ?? null,
    images: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('script:not([src])').length,
  }));
  assert.deepEqual(inert, { flag: null, images: 0, scripts: 0 });
  assert.equal(dialogs, 0);
  assert.deepEqual(s.errors, []);
});

// Answers and the request log (T-CY Rec 9), on both sides. A preservation request made in ka|en is
// recorded as sent 20 days ago (its confirmation of receipt is then overdue); a French-speaking
// point of contact opens its PDF as a request received and answers it with a confirmation of
// receipt, exported as a bilingual PDF carrying its data; the requester records that PDF, which
// moves the request to "Receipt confirmed" and clears the flag — found by the fingerprint it
// names, although another request there has the same reference. A request's PDF is refused as an
// answer, an answer's as a request, each with its own message.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, field, message, openHome, pdfText, saveDownload, startSession } from './harness.mjs';

const REFERENCE = 'PR-2026-0077/GE';
const THEIR_REFERENCE = 'OCLCTIC-2026-311';
const dir = mkdtempSync(join(tmpdir(), 'tandem-answers-'));
let requester; // the requesting office's profile, kept open
let request; // the request's PDF
let answer; // the confirmation of receipt's PDF

/** Text as read, without the isolation marks Fluent puts around each variable. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/** A PDF's text in reading order, each column's lines whole (no layout). */
const rawText = (file) =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** The day `days` before today, YYYY-MM-DD (the browser's and this process's zone agree). */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

before(async () => {
  requester = await startSession();
  const { page, origin } = requester;
  const draft = JSON.parse(
    readFileSync(join(ROOT, 'tests/fixtures/drafts/art29-preservation/complete.json'), 'utf8'),
  );
  draft.id = 'answers-test';
  draft.langs = ['ka', 'en'];
  draft.answers['reference.reference'] = REFERENCE;
  const file = join(dir, 'draft.json');
  writeFileSync(file, JSON.stringify(draft));
  await openHome(page, origin);
  await page.locator('#import-file').setInputFiles(file);
  await page.locator('#open-answers-test').click();
  await page.locator('form.tandem-form').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-final').click()]);
  request = await saveDownload(download);
  // The log keeps the fingerprint the downloaded PDF prints: an answer naming it finds this request.
  const printed = /Fingerprint ([0-9a-f]{16})/.exec(pdfText(request))[1];
  await page.waitForFunction(
    (fp) => (JSON.parse(localStorage.getItem('tandem.draft.answers-test')).tracking?.exported ?? []).includes(fp),
    printed,
  );
});

after(async () => {
  await requester?.close();
});

test('a request recorded as sent is flagged when no confirmation of receipt came in time', async () => {
  const { page, origin } = requester;
  await page.locator('#tracking-status').waitFor();
  assert.ok((await page.locator('#tracking-status').textContent()).includes('Not sent yet'));
  await page.locator('#tracking-sent-on').fill(daysAgo(20));
  await page.locator('#tracking-channel').selectOption('diplomatic');
  await page.locator('#tracking-mark-sent').click();
  await page.locator('#tracking-sent').waitFor();
  assert.ok((await page.locator('#tracking-sent').textContent()).includes('Diplomatic channel'));
  assert.ok(plain(await page.locator('#tracking-due').textContent()).includes('No confirmation of receipt within 10 days'));
  await openHome(page, origin);
  const card = page.locator('.tandem-draft[data-id="answers-test"]');
  assert.ok((await card.locator('.tandem-draft__status').textContent()).includes('Sent'));
  assert.ok((await card.locator('.tandem-draft__overdue').textContent()).includes('Confirmation overdue'));
  // The log's filters: overdue only, and by status.
  await page.locator('#log-overdue').check();
  assert.equal(await page.locator('.tandem-draft').count(), 1);
  await page.locator('#log-status').selectOption('closed');
  assert.equal(await page.locator('.tandem-draft').count(), 0);
  assert.ok(plain(await page.locator('#log-filtered').textContent()).includes('0 of 1'));
  await page.locator('#log-status').selectOption('');
  await page.locator('#log-overdue').uncheck();
  assert.deepEqual(requester.errors, []);
});

test('a French point of contact answers the request received with a bilingual confirmation of receipt', async () => {
  const reader = await startSession({ locale: 'fr-FR' });
  try {
    const { page, origin } = reader;
    await openHome(page, origin);
    // An answer is never opened as a request received, nor a request recorded as an answer.
    await page.locator('#answer-file').setInputFiles(request);
    await page.locator('#answer-notice p').waitFor();
    assert.equal(
      await page.locator('#answer-notice').textContent(),
      message('fr', 'tracking.ftl', 'tracking-not-answer'),
    );
    await page.locator('#received-file').setInputFiles(request);
    await page.waitForURL(/#\/received\//);
    // Offered for a preservation request: the confirmation of preservation too.
    await page.locator('#answer-reply-preserved').waitFor();
    await page.locator('#answer-reply-receipt').click();
    await page.waitForURL(/#\/draft\//);
    await page.locator('form.tandem-form [data-template="reply-receipt"]').waitFor();
    // Filled in from the request: its reference and fingerprint, in the reader's and the
    // requester's languages (French | Georgian).
    assert.equal(await field(page, 'request.reference').inputValue(), REFERENCE);
    const fingerprint = await field(page, 'request.fingerprint').inputValue();
    assert.match(fingerprint, /^[0-9a-f]{16}$/);
    assert.ok(pdfText(request).includes(fingerprint));
    assert.equal(await page.locator('#doc-lang-0').inputValue(), 'fr');
    assert.equal(await page.locator('#doc-lang-1').inputValue(), 'ka');
    // No "after sending" log under an answer.
    assert.equal(await page.locator('#tracking-heading').count(), 0);
    await field(page, 'reference.reference').fill(THEIR_REFERENCE);
    await field(page, 'request.authority').fill('Parquet général de Géorgie');
    await field(page, 'responding-authority.organisation').fill('Point de contact 24/7, OCLCTIC');
    await field(page, 'responding-authority.organisation#b').fill('24/7 საკონტაქტო პუნქტი, OCLCTIC');
    await field(page, 'responding-authority.person').fill('Claire Martin');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-final').click()]);
    answer = await saveDownload(download);
    if (process.env.TANDEM_KEEP) writeFileSync(process.env.TANDEM_KEEP, readFileSync(answer));
    const text = rawText(answer);
    assert.ok(text.includes(message('fr', 'requests.ftl', 'reply-receipt-title')), 'French title');
    assert.ok(text.includes(message('ka', 'requests.ftl', 'reply-receipt-title')), 'Georgian title');
    assert.ok(text.includes(REFERENCE) && text.includes(fingerprint) && text.includes(THEIR_REFERENCE));
    assert.ok(text.includes(message('fr', 'pdf.ftl', 'pdf-review-heading-answer')));
    assert.ok(!text.includes(message('fr', 'pdf.ftl', 'pdf-review-heading')), 'a request\'s closing note');
    // The request received lists the answer prepared for it.
    await openHome(page, origin);
    await page.locator('.tandem-received__item a').first().click();
    await page.locator('#answers-made li').waitFor();
    // The answer's PDF is not a request received.
    await openHome(page, origin);
    await page.locator('#received-file').setInputFiles(answer);
    await page.locator('#received-notice p').waitFor();
    assert.equal(
      await page.locator('#received-notice').textContent(),
      message('fr', 'tracking.ftl', 'tracking-is-answer'),
    );
    assert.deepEqual(reader.errors, []);
  } finally {
    await reader.close();
  }
});

test('the requester records the answer: receipt confirmed, the flag gone, and read twice it is kept once', async () => {
  const { page, origin } = requester;
  // A second request with the same reference, never exported: the reference alone would not tell.
  await page.evaluate(() => {
    const draft = JSON.parse(localStorage.getItem('tandem.draft.answers-test'));
    draft.id = 'same-reference';
    draft.tracking = {};
    draft.revision = 0;
    localStorage.setItem('tandem.draft.same-reference', JSON.stringify(draft));
  });
  await openHome(page, origin);
  await page.locator('#answer-file').setInputFiles(answer);
  await page.locator('#answer-notice p').waitFor();
  const notice = plain(await page.locator('#answer-notice').textContent());
  assert.ok(notice.includes('Confirmation of receipt of a request recorded') && notice.includes(REFERENCE), notice);
  const card = page.locator('.tandem-draft[data-id="answers-test"]');
  assert.ok((await card.locator('.tandem-draft__status').textContent()).includes('Receipt confirmed'));
  assert.equal(await card.locator('.tandem-draft__overdue').count(), 0);
  const other = page.locator('.tandem-draft[data-id="same-reference"] .tandem-draft__status');
  assert.ok((await other.textContent()).includes('Not sent yet'));
  await page.locator('#answer-file').setInputFiles(answer);
  await page.waitForFunction(() => document.querySelector('#answer-notice')?.textContent.includes('already'));
  await page.locator('#open-answers-test').click();
  await page.locator('#tracking-answers').waitFor();
  assert.equal(await page.locator('#tracking-answers li').count(), 1);
  const line = await page.locator('#tracking-answers').textContent();
  assert.ok(line.includes(THEIR_REFERENCE) && line.includes('Read from the answer'), line);
  // Closed by the office.
  await page.locator('#tracking-close').click();
  await page.locator('#tracking-closed').waitFor();
  assert.ok((await page.locator('#tracking-status').textContent()).includes('Closed'));
  assert.deepEqual(requester.errors, []);
});

// The office's statistics (T-CY Rec 2): computed in the browser from the requests recorded as
// sent in a seeded log, shown as tables and exported as CSV with the expected counts and medians;
// a draft not sent is not counted; with nothing sent, the screen says so.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, clearStorage, openHome, pdfText, saveDownload, startSession } from './harness.mjs';

const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const fixture = (template) =>
  JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'drafts', template, 'complete.json'), 'utf8'));

const answer = (kind, on, reasons = []) => ({ kind, on, reasons });

/** A request of `template` to `country` ("" for none), sent on `sent` (null: not sent). */
function request(id, template, country, category, sent, answers) {
  const draft = fixture(template);
  draft.id = id;
  if (country) draft.answers['requested-authority.country'] = country;
  else delete draft.answers['requested-authority.country'];
  draft.tracking = { answers };
  if (sent) draft.tracking.sent = { on: sent, channel: 'email' };
  if (category) draft.tracking.category = category;
  return draft;
}

// Days to confirmation: 2, 4, 7, 12 (median 5.5 over 4); to an answer: 10, 4, 20 (median 10
// over 3).
const LOG = [
  request('stats1', 'art29-preservation', 'GE', 'content', '2026-01-01', [
    answer('receipt', '2026-01-03'),
    answer('refusal', '2026-01-11', ['not-held', 'legal-obstacle']),
  ]),
  request('stats2', 'art29-preservation', 'GE', 'content', '2026-02-01', [answer('action', '2026-02-05')]),
  request('stats3', 'art31-subscriber', 'FR', 'other', '2026-01-10', [
    answer('receipt', '2026-01-17'),
    answer('refusal', '2026-01-30', ['not-held']),
  ]),
  request('stats4', 'art31-subscriber', '', '', '2026-04-01', [answer('receipt', '2026-04-13')]),
  // Not sent: not counted, whatever it holds.
  request('stats5', 'art31-subscriber', 'DE', 'content', null, [answer('refusal', '2026-05-01', ['other'])]),
];

/** RFC 4180 records. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  assert.equal(field + row.length, '0', 'the CSV ends with CRLF');
  return rows;
}

test('nothing sent: the screen says so, and the home screen links to it', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await clearStorage(page);
  await page.reload();
  await page.locator('.tandem-home').waitFor();
  await page.locator('#open-stats').click();
  await page.waitForURL(/#\/statistics$/);
  await page.locator('#stats-none').waitFor();
  assert.equal(await page.locator('#stats-csv').count(), 0);
  await page.locator('#all-requests').click();
  await page.locator('.tandem-home').waitFor();
});

test('the statistics CSV of a seeded log has the expected counts and medians', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  await clearStorage(page);
  await page.evaluate((log) => {
    for (const d of log) localStorage.setItem(`tandem.draft.${d.id}`, JSON.stringify(d));
  }, LOG);
  await page.goto(`${origin}/#/statistics`);
  await page.reload();
  await page.locator('#stats-heading').waitFor();
  // Every template in: the countries are read.
  await page.locator('#stats-country th', { hasText: 'Georgia' }).waitFor();
  assert.equal(plain(await page.locator('#stats-total').innerText()), '4 requests recorded as sent');
  assert.equal(await page.locator('table caption').count(), 6);
  const times = plain(await page.locator('#stats-to-confirmation').innerText());
  assert.match(times, /5\.5\s+4$/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#stats-csv').click()]);
  assert.match(download.suggestedFilename(), /^tandem-statistics-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await saveDownload(download), 'utf8');
  assert.ok(text.startsWith('\ufeff'), 'a byte order mark for spreadsheets');
  const rows = parseCsv(text.slice(1));
  assert.deepEqual(rows[0], ['table', 'key', 'label', 'count']);
  for (const row of rows) assert.equal(row.length, 4, JSON.stringify(row));
  const figures = rows.slice(1).map(([table, key, , count]) => `${table} ${key} ${count}`);
  assert.deepEqual(figures, [
    'total  4',
    'country GE 2',
    'country  1',
    'country FR 1',
    'type art29-preservation 2',
    'type art31-subscriber 2',
    'category content 2',
    'category  1',
    'category other 1',
    'status refused 2',
    'status answered 1',
    'status receipt-confirmed 1',
    'refusal-reason not-held 2',
    'refusal-reason legal-obstacle 1',
    'median-days-to-confirmation days 5.5',
    'median-days-to-confirmation requests 4',
    'median-days-to-answer days 10',
    'median-days-to-answer requests 3',
  ]);
  // Labels in the UI language; the draft not sent (to Germany) is nowhere.
  const label = (table, key) => plain(rows.find((r) => r[0] === table && r[1] === key)[2]);
  assert.equal(label('country', 'GE'), 'Georgia');
  assert.equal(label('country', ''), 'Not given');
  assert.equal(label('status', 'refused'), 'Cannot be executed');
  assert.equal(label('refusal-reason', 'not-held'), 'Data not held');
  assert.equal(label('category', 'content'), 'Content-related offences');
  assert.match(label('median-days-to-answer', 'days'), /^Median days from sending to an answer/);
  assert.ok(!rows.some((r) => r[1] === 'DE') && !text.includes('Germany'));
});

test('printed, the statistics fill one A4 page, without the app around them', async () => {
  const { page } = s;
  await page.locator('#stats-country').waitFor();
  const file = join(mkdtempSync(join(tmpdir(), 'tandem-stats-')), 'stats.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.match(info, /^Pages:\s+1$/m);
  assert.match(info, /^Page size:.*\(A4\)$/m);
  const text = pdfText(file);
  assert.match(text, /Office statistics/);
  assert.match(text, /Georgia/);
  assert.doesNotMatch(text, /Export as CSV|All requests/);
});

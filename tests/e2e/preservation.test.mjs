// Preservation periods and request chains in a real browser: the expected end of a preservation,
// the calendar reminder, an extension, a request for mutual legal assistance that follows it up,
// the links between them; the end and the T-CY guidance stay in the app and never reach the PDF.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openApp, openHome, pdfText, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const REFERENCE = 'PR-2026-0101/GE';

/** A local calendar date `days` from today: [ISO, dd/mm/yyyy, dd.mm.yyyy, yyyymmdd]. */
function day(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const [y, m, dd] = [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')];
  return { iso: `${y}-${m}-${dd}`, en: `${dd}/${m}/${y}`, ru: `${dd}.${m}.${y}`, ics: `${y}${m}${dd}` };
}

// Italy: 90 days, renewable for 6 months. Executed 70 days ago, it ends in 20 days.
const EXECUTED = day(-70);
const END = day(20);
const REQUEST_DATE = day(-71);

/** Drops the bidi isolation marks the screen's messages put around placeables. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');

test('a preservation request shows its end, days left and renewal', async () => {
  const { page, origin } = s;
  await openApp(page, origin);
  await page.locator('#preservation-needs').waitFor();
  await field(page, 'date.date').fill(REQUEST_DATE.iso);
  await field(page, 'reference.reference').fill(REFERENCE);
  await field(page, 'requested-authority.type-point-of-contact').check();
  await field(page, 'requested-authority.authority').fill('Polizia Postale, 24/7 point of contact');
  await field(page, 'requested-authority.country').selectOption('IT');
  await field(page, 'requesting-authority.organisation').fill("Prosecutor General's Office");
  await field(page, 'requesting-authority.person').fill('Nino Beridze');
  await field(page, 'requesting-authority.telephone').fill('+995 32 240 00 00');
  await field(page, 'offence.offences').getByRole('button', { name: 'Add a row' }).click();
  await field(page, 'offence.offences.r1.offence').fill('Illegal access to a computer system');
  await field(page, 'offence.facts').fill('Ransomware encrypted the servers of a regional hospital.');
  await field(page, 'data.identifiers').getByRole('button', { name: 'Add an identifier' }).click();
  await field(page, 'data.identifiers.r1.type').selectOption('email');
  await field(page, 'data.identifiers.r1.value').fill('attacker@example.org');
  await field(page, 'custodian.provider').fill('Example Mail S.p.A.');
  await field(page, 'executed.date').fill(EXECUTED.iso);

  assert.equal(plain(await page.locator('#preservation-end').innerText()), END.en);
  assert.equal(plain(await page.locator('#preservation-days-left').innerText()), '20 days left');
  assert.match(await page.locator('#preservation-days-left').getAttribute('class'), /--soon/);
  assert.equal(plain(await page.locator('#preservation-renewal').innerText()), '6 months');
  // The table's own wording, behind a disclosure.
  const details = page.locator('.tandem-preservation__details');
  await details.locator('summary').click();
  await details.getByText('Period of preservation after a foreign request').waitFor();
  assert.equal(await details.locator('dl').getAttribute('lang'), 'en');
});

test('the drafts list shows when the preservation ends, marked from 30 days left', async () => {
  const { page, origin } = s;
  const draft = page.url();
  await openHome(page, origin);
  const line = page.locator('.tandem-draft__preservation');
  assert.equal(plain(await line.innerText()), `${END.en} · 20 days left`);
  assert.match(await line.getAttribute('class'), /--soon/);
  await page.goto(draft);
  await page.locator('#preservation-days-left').waitFor();
});

test('the calendar reminder is an all-day event on the end date', async () => {
  const { page } = s;
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#preservation-calendar').click()]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = readFileSync(await saveDownload(download), 'utf8');
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'), ics);
  for (const line of ics.split('\r\n')) {
    assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
  }
  const unfolded = plain(ics.replace(/\r\n /g, ''));
  for (const line of [
    `DTSTART;VALUE=DATE:${END.ics}`,
    'SUMMARY:End of preservation: PR-2026-0101/GE (Italy)',
    `DESCRIPTION:The preservation requested under reference PR-2026-0101/GE (Italy) ends on ${END.en}.`,
    'TRIGGER:-P14D',
  ]) {
    assert.ok(unfolded.includes(line), `no ${line} in\n${unfolded}`);
  }
});

test('the PDF tells the requested State nothing of its own law: no expected end, no T-CY guidance', async () => {
  const { page } = s;
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  const text = pdfText(await saveDownload(download));
  assert.ok(text.includes('PR-2026-0101/GE'), text);
  for (const absent of ['Expected end of', 'Ожидаемое окончание', END.en, END.ru, '6 months', '6 месяцев', 'T-CY', 'executed the preservation']) {
    assert.ok(!text.includes(absent), `PDF text has ${JSON.stringify(absent)}:\n${text}`);
  }
});

test('an extension is a new preservation request prefilled from the first', async () => {
  const { page } = s;
  await page.locator('#preservation-extend').click();
  await field(page, 'status.status.extension.detail').waitFor();
  assert.ok(await field(page, 'status.status-extension').isChecked());
  assert.equal(await field(page, 'status.status.extension.detail').inputValue(), REFERENCE);
  // A request of its own: it asks for its own reference.
  assert.equal(await field(page, 'reference.reference').inputValue(), '');
  assert.equal(await field(page, 'previous-request.date').inputValue(), REQUEST_DATE.iso);
  assert.equal(await field(page, 'executed.date').inputValue(), '');
  assert.equal(await field(page, 'requested-authority.country').inputValue(), 'IT');
  assert.equal(await field(page, 'offence.facts').inputValue(), 'Ransomware encrypted the servers of a regional hospital.');
  await page.locator('#preservation-needs').waitFor();
  // Linked both ways.
  const back = page.locator('.tandem-links__open');
  assert.equal(plain(await back.innerText()), `Extension of preservation request ${REFERENCE}`);
  await back.click();
  await page.locator('.tandem-links__open', { hasText: 'Extended by request' }).waitFor();
  assert.equal(await field(page, 'executed.date').inputValue(), EXECUTED.iso);
});

test('the request for mutual legal assistance follows the preservation up', async () => {
  const { page } = s;
  await page.locator('#preservation-follow-up-kind').selectOption('art31-traffic');
  await page.locator('#preservation-follow-up').click();
  await field(page, 'previous-preservation.reference').waitFor();
  assert.equal(await page.locator('#template').inputValue(), 'art31-traffic');
  assert.ok(await field(page, 'status.status.follow-up-preservation').isChecked());
  for (const [path, value] of Object.entries({
    'previous-preservation.date': REQUEST_DATE.iso,
    'previous-preservation.reference': REFERENCE,
    'previous-preservation.executing': 'Polizia Postale, 24/7 point of contact',
    'previous-preservation.requesting': "Prosecutor General's Office, Nino Beridze, +995 32 240 00 00",
    'previous-preservation.expiry': END.iso,
    'requested-authority.country': 'IT',
    'requesting-authority.phone': '+995 32 240 00 00',
    'offences.offences.r1.name': 'Illegal access to a computer system',
    'facts.facts': 'Ransomware encrypted the servers of a regional hospital.',
    'identifiers.identifiers.r1.value': 'attacker@example.org',
    'service-provider.name': 'Example Mail S.p.A.',
  })) {
    assert.equal(await field(page, path).inputValue(), value, path);
  }
  assert.ok(await field(page, 'previous-preservation.channel-network-247').isChecked());
  // Not carried: the request's own reference.
  assert.equal(await field(page, 'reference.reference').inputValue(), '');
  assert.equal(await page.locator('#preservation-heading').count(), 0);
  // Linked both ways.
  const back = page.locator('.tandem-links__open');
  assert.equal(plain(await back.innerText()), `Follow-up to preservation request ${REFERENCE}`);
  await back.click();
  await page.locator('.tandem-links__open', { hasText: 'Followed up by mutual legal assistance request' }).waitFor();
  assert.equal(await page.locator('#template').inputValue(), 'art29-preservation');
  assert.equal(await field(page, 'reference.reference').inputValue(), REFERENCE);
});

test('the drafts list tells the extension from the request it extends', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  const titles = (await page.locator('.tandem-draft__title').allInnerTexts()).map(plain);
  // The extension has no reference of its own yet: it is named after what it extends, never by
  // the original's reference, so that two cards never read the same.
  assert.equal(titles.filter((t) => t === `Extension of preservation request ${REFERENCE}`).length, 1, titles.join('\n'));
  assert.equal(titles.filter((t) => t === REFERENCE).length, 1, titles.join('\n'));
});

test('the session made no console error and no request off this origin', () => {
  assert.deepEqual(s.errors, []);
  for (const r of s.requests) {
    const url = new URL(r.url);
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    assert.equal(url.origin, s.origin, `request off origin: ${r.url}`);
    assert.equal(r.method, 'GET', `non-GET request: ${r.method} ${r.url}`);
  }
});

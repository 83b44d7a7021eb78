// Issue #20, "Done when": the two requests a new user would send, end to end in a real browser — a
// Georgian prosecutor writing to Ireland (ka|en) and a Moldovan prosecutor writing to the United
// States (ru|en), each a preservation request (Art. 29) then its follow-up (Art. 31) — filled,
// chained, exported as final requests and read back with pdftotext, column by column: dates that
// cannot be misread, no letter of language A's script in the English column, the central
// authority addressed in the follow-up, a signature block, and the closing note once per column.
// A final export waits while an answer is neither translated, nor the same in both languages, nor
// left untranslated on purpose (which the PDF then states). The PDFs are kept in
// $TMPDIR/tandem-scenarios/ to be rendered and looked at.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { field, openTemplate, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const KEPT = join(tmpdir(), 'tandem-scenarios');
mkdirSync(KEPT, { recursive: true });

/** The text of one column of every page (A4 in points, the columns meet at the middle). */
function columns(file) {
  return ['0', '298'].map((x) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-x', x, '-y', '0', '-W', '297', '-H', '842', file, '-'], {
      encoding: 'utf8',
    }),
  );
}

/** Text without line breaks and hyphens at line ends, and without bidi isolation marks. */
const flat = (text) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

const count = (text, part) => flat(text).split(part).length - 1;

/** A date written day first, which a reader may take month first. */
const DAY_FIRST = /\b\d{2}[./]\d{2}[./]\d{4}\b/;

/** Types an answer in language A and its wording in language B. */
async function both(page, path, [a, b]) {
  await field(page, path).fill(a);
  await field(page, `${path}#b`).fill(b);
}

/** Exports the open draft as a final request; fails with the error summary if it is refused. */
async function exportFinal(page, name) {
  const download = page.waitForEvent('download', { timeout: 20000 });
  await page.locator('#export-final').click();
  const refused = page.locator('#error-summary').waitFor({ timeout: 20000 }).then(() => null);
  const first = await Promise.race([download, refused]);
  if (!first) {
    const summary = await page.locator('#error-summary').innerText();
    assert.fail(`${name}: the final export was refused:\n${summary}`);
  }
  const file = await saveDownload(first);
  copyFileSync(file, join(KEPT, `${name}.pdf`));
  return file;
}

/** What every final request of the scenarios must show, column by column. */
function checkRequest(file, { name, script, a, b }) {
  const [colA, colB] = columns(file);
  for (const [col, text] of [
    ['A', colA],
    ['B', colB],
  ]) {
    assert.doesNotMatch(flat(text), DAY_FIRST, `${name} column ${col}: a day-first date`);
    assert.doesNotMatch(text, /\[Not translated|\[Не переведено|\[არ არის თარგმნილი/, `${name} column ${col}`);
    // Every character printed, the article cited as 260⁵ included: none drawn as [U+…].
    assert.doesNotMatch(text, /\[U\+[0-9A-F]{4,6}\]/, `${name} column ${col}: a character no font has`);
  }
  // The English column holds no letter of language A's script.
  const stray = colB.match(script);
  assert.equal(stray, null, `${name}: ${stray} in the English column:\n${colB}`);
  // The signature block: its fields, the line and the seal, in both columns.
  for (const part of ['Signature', 'Place', 'Official seal']) {
    assert.ok(flat(colB).includes(part), `${name}: no ${part} in column B`);
  }
  assert.ok(flat(colA).includes(a.seal), `${name}: no seal in column A`);
  // The closing note once per column; the form's wording machine-drafted only in A's column.
  assert.equal(count(colB, 'The answers were written by the requesting authority'), 1, `${name} B`);
  assert.equal(count(colA, a.answersNote), 1, `${name} A`);
  assert.equal(count(colB, 'machine-drafted'), 0, `${name} B`);
  assert.equal(count(colA, a.machineNote), 1, `${name} A`);
  assert.ok(flat(colB).includes(`checked by ${b.checker}`), `${name}: no checker in B`);
  // The footer keeps page, reference and fingerprint only.
  assert.doesNotMatch(colB, /Machine translation|not yet reviewed/, `${name} footer`);
  return [colA, colB];
}

const SCENARIOS = [
  {
    id: 'ka-en-ireland',
    langs: ['ka', 'en'],
    script: /[\u10A0-\u10FF]+/,
    country: 'IE',
    a: {
      seal: 'ბეჭდის ადგილი',
      answersNote: 'პასუხები დაწერა მომთხოვნმა ორგანომ',
      machineNote: 'მანქანური თარგმანია',
    },
    b: { checker: 'Giorgi Maisuradze (Translation Service)' },
    reference: 'GE-PR-2026/0311',
    mlaReference: 'GE-MLA-2026/0412',
    text: {
      pointOfContact: ['ირლანდიის პოლიციის 24/7 საკონტაქტო პუნქტი', 'An Garda Síochána, 24/7 point of contact'],
      organisation: ['საქართველოს გენერალური პროკურატურა', "Prosecutor General's Office of Georgia"],
      person: 'Nino Beridze',
      address: '24 Gorgasali Street, 0114 Tbilisi, Georgia',
      phone: '+995 32 240 00 00',
      email: 'n.beridze@pog.example.ge',
      zone: '+04:00',
      means: ['ელექტრონული ფოსტით', 'By e-mail'],
      offence: ['კომპიუტერულ სისტემაში უნებართვო შეღწევა', 'Unauthorised access to a computer system'],
      provision: ['სისხლის სამართლის კოდექსის 284-ე მუხლი', 'Article 284 of the Criminal Code'],
      facts: [
        'უცნობმა პირმა დაშიფრა საავადმყოფოს სერვერები და გამოსასყიდი მოითხოვა.',
        'An unknown person encrypted the servers of a hospital and demanded a ransom.',
      ],
      relationship: [
        'IP-მისამართიდან განხორციელდა შეღწევა.',
        'The intrusion came from this IP address.',
      ],
      provider: 'Example Hosting Ireland Ltd',
      providerAddress: '1 Example Quay, Dublin 2, Ireland',
      location: 'დუბლინის მონაცემთა ცენტრი',
      domestic: ['საქართველოს სისხლის სამართლის საპროცესო კოდექსის 136-ე მუხლი', 'Article 136 of the Criminal Procedure Code of Georgia'],
      position: ['პროკურორი', 'Prosecutor'],
      place: ['თბილისი', 'Tbilisi'],
      checkerOffice: ['თარგმნის სამსახური', 'Translation Service'],
      centralAuthority: [
        'ირლანდიის იუსტიციის დეპარტამენტი, ცენტრალური ორგანო',
        'Department of Justice, Central Authority for Mutual Assistance',
      ],
    },
  },
  {
    id: 'ru-en-united-states',
    langs: ['ru', 'en'],
    script: /[\u0400-\u04FF]+/,
    country: 'US',
    a: {
      seal: 'Место печати',
      answersNote: 'Ответы составлены запрашивающим органом',
      machineNote: 'является машинным переводом',
    },
    b: { checker: 'Ion Rusu (Translation Unit)' },
    reference: 'MD-PG-2026/1187',
    mlaReference: 'MD-MLA-2026/1201',
    text: {
      pointOfContact: ['Контактный пункт сети 24/7, CCIPS, Министерство юстиции США', 'CCIPS, U.S. Department of Justice, 24/7 point of contact'],
      organisation: ['Генеральная прокуратура Республики Молдова', 'General Prosecutor’s Office of the Republic of Moldova'],
      person: 'Elena Ceban',
      address: '26 Mitropolit Bănulescu-Bodoni Street, MD-2005 Chișinău, Moldova',
      phone: '+373 22 000 000',
      email: 'e.ceban@procuratura.example.md',
      zone: '+02:00',
      means: ['По электронной почте', 'By e-mail'],
      offence: ['Мошенничество с использованием компьютерных систем', 'Computer-related fraud'],
      provision: ['Статья 260⁵ Уголовного кодекса', 'Article 260⁵ of the Criminal Code'],
      facts: [
        'Неизвестное лицо получило доступ к учетной записи банка и перевело средства.',
        'An unknown person accessed a bank account and transferred the funds.',
      ],
      relationship: ['Вход в учетную запись выполнен с этого IP-адреса.', 'The account was accessed from this IP address.'],
      provider: 'Example Cloud Inc.',
      providerAddress: '100 Example Avenue, Seattle, WA, United States',
      location: 'Центр обработки данных в Сиэтле',
      domestic: ['Статья 134 Уголовно-процессуального кодекса', 'Article 134 of the Criminal Procedure Code'],
      position: ['Прокурор', 'Prosecutor'],
      place: ['Кишинёв', 'Chișinău'],
      checkerOffice: ['Отдел переводов', 'Translation Unit'],
      centralAuthority: [
        'Управление по международным вопросам, Министерство юстиции США',
        'Office of International Affairs, U.S. Department of Justice',
      ],
    },
  },
];

for (const sc of SCENARIOS) {
  const t = sc.text;

  test(`${sc.id}: the preservation request is exported final in ${sc.langs.join('|')}`, async () => {
    const { page, origin } = s;
    await openTemplate(page, origin, 'art29-preservation');
    await page.locator('#doc-lang-0').selectOption(sc.langs[0]);
    await page.locator('#doc-lang-1').selectOption(sc.langs[1]);
    await field(page, 'basis.basis-budapest').check();
    await field(page, 'date.date').fill('2026-11-03');
    await field(page, 'reference.reference').fill(sc.reference);
    await field(page, 'status.status-new').check();
    await field(page, 'requested-authority.type-point-of-contact').check();
    await both(page, 'requested-authority.authority', t.pointOfContact);
    await field(page, 'requested-authority.country').selectOption(sc.country);
    await both(page, 'requesting-authority.organisation', t.organisation);
    await field(page, 'requesting-authority.person').fill(t.person);
    await field(page, 'requesting-authority.address').fill(t.address);
    await field(page, 'requesting-authority.telephone').fill(t.phone);
    await field(page, 'requesting-authority.email').fill(t.email);
    await field(page, 'requesting-authority.time-zone').selectOption(t.zone);
    await field(page, 'requesting-authority.response.means').check();
    await both(page, 'requesting-authority.response.means.detail', t.means);
    await field(page, 'offence.offences').getByRole('button', { name: 'Add a row' }).click();
    await both(page, 'offence.offences.r1.offence', t.offence);
    await both(page, 'offence.offences.r1.provision', t.provision);
    await both(page, 'offence.facts', t.facts);
    await field(page, 'data.identifiers').getByRole('button', { name: 'Add an identifier' }).click();
    await field(page, 'data.identifiers.r1.type').selectOption('ip');
    await field(page, 'data.identifiers.r1.value').fill('198.51.100.23');
    await field(page, 'data.identifiers.r1.port').fill('51514');
    await field(page, 'data.identifiers.r1.at').fill('2026-11-03T02:17');
    await field(page, 'data.identifiers.r1.at-zone').selectOption('+02:00');
    await field(page, 'data.categories.subscriber').check();
    await field(page, 'data.categories.traffic').check();
    await both(page, 'data.relationship', t.relationship);
    await field(page, 'custodian.provider').fill(t.provider);
    await field(page, 'custodian.contact').fill(t.providerAddress);
    await field(page, 'necessity.reasons.deletion').check();
    await field(page, 'mla.intent').check();
    await both(page, 'domestic-legal-basis.domestic-legal-basis', t.domestic);
    await both(page, 'signature.position', t.position);
    await both(page, 'signature.place', t.place);
    await field(page, 'signature.date').fill('2026-11-03');
    await field(page, 'signature.checked-name').fill(sc.b.checker.split(' (')[0]);
    await both(page, 'signature.checked-office', t.checkerOffice);
    // No status under an empty answer: nothing to translate there.
    assert.equal((await field(page, 'custodian.location#b-status').innerText()).trim(), '');

    // An answer without its wording in English holds the final request back, named in the
    // error summary; the counter says so.
    await field(page, 'custodian.location').fill(t.location);
    // (The message isolates its numbers.)
    await page.locator('#completeness', { hasText: /· \u2068?1\u2069? answer to translate$/ }).waitFor();
    await page.locator('#export-final').click();
    const link = page.locator('#error-summary a[href="#field-custodian.location"]');
    await link.waitFor();
    assert.match(await link.innerText(), /wording in the other document language/);
    // Left untranslated on purpose, it is accounted for.
    await field(page, 'custodian.location#untranslated').check();
    await page.locator('#completeness', { hasNotText: 'to translate' }).waitFor();

    const file = await exportFinal(page, `${sc.id}-art29`);
    const [colA, colB] = checkRequest(file, { name: `${sc.id} art29`, ...sc });
    // Dates and times are ISO, the time with its zone, in both columns.
    for (const col of [colA, colB]) {
      assert.ok(flat(col).includes('2026-11-03 02:17 UTC+02:00'), flat(col));
      assert.ok(flat(col).includes('2026-11-03'));
    }
    assert.ok(flat(colB).includes('Left untranslated by the requesting authority'), flat(colB));
    assert.ok(flat(colA).includes(t.location));
  });

  test(`${sc.id}: its Art. 31 follow-up goes to the central authority and is exported final`, async () => {
    const { page } = s;
    await page.locator('#preservation-follow-up-kind').selectOption('art31-subscriber');
    await page.locator('#preservation-follow-up').click();
    await field(page, 'previous-preservation.reference').waitFor();
    // The 24/7 contact is the preservation's addressee, shown for reference, never this one's.
    assert.equal(await field(page, 'requested-authority.authority').inputValue(), '');
    assert.equal(await field(page, 'previous-preservation.executing').inputValue(), t.pointOfContact[0]);
    assert.equal(await field(page, 'previous-preservation.executing#b').inputValue(), t.pointOfContact[1]);
    assert.match(await field(page, 'previous-preservation.requesting#b').inputValue(), new RegExp(`^${t.organisation[1]}, `));
    // Carried with their wording in English: the domestic legal basis, the relationship of the
    // data, the means of response; the provider's address as typed.
    assert.equal(await field(page, 'legal-grounds.domestic#b').inputValue(), t.domestic[1]);
    assert.equal(await field(page, 'relevance.relevance#b').inputValue(), t.relationship[1]);
    assert.ok(await field(page, 'requesting-authority.response.other').isChecked());
    assert.equal(await field(page, 'requesting-authority.response.other.detail#b').inputValue(), t.means[1]);
    assert.equal(await field(page, 'service-provider.address').inputValue(), t.providerAddress);

    await field(page, 'reference.reference').fill(sc.mlaReference);
    await both(page, 'requested-authority.authority', t.centralAuthority);
    await field(page, 'categories.categories.identity').check();
    await both(page, 'signature.position', t.position);
    await both(page, 'signature.place', t.place);
    await field(page, 'signature.checked-name').fill(sc.b.checker.split(' (')[0]);
    await both(page, 'signature.checked-office', t.checkerOffice);

    const file = await exportFinal(page, `${sc.id}-art31`);
    const [, colB] = checkRequest(file, { name: `${sc.id} art31`, ...sc });
    // Addressed to the central authority; the 24/7 contact appears once, in the block on the
    // previous preservation request.
    assert.ok(flat(colB).includes(t.centralAuthority[1]), flat(colB));
    assert.equal(count(colB, t.pointOfContact[1]), 1, flat(colB));
    assert.ok(flat(colB).includes(sc.reference), 'the previous reference');
  });
}

test('the session made no console error and no request off this origin', () => {
  assert.deepEqual(s.errors, []);
  for (const r of s.requests) {
    const url = new URL(r.url);
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    assert.equal(url.origin, s.origin, `request off origin: ${r.url}`);
  }
});

// The legal basis of a request in a real browser (issue #16): chosen near the top of the form, it
// decides the legal-basis line and every article the labels cite; a basis without an expedited-
// preservation article says so; an instrument not in force in the sources read asks the user to
// confirm that both States are Parties, a check that is never printed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openTemplate, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** Drops the bidi isolation marks the screen's messages put around placeables. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');
const text = async (locator) => plain(await locator.innerText());

test('a preservation request under the UN Convention against Transnational Organized Crime cites its articles and no Budapest article', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  const line = page.locator('.tandem-request-basis');
  const hint = page.locator('[id="field-basis.basis-hint"]');
  const offence = page.locator('legend', { hasText: 'Offence and brief summary of the facts' });
  // Nothing is chosen for a new request: no basis is cited, and the form asks for one.
  assert.equal(await text(line), 'Legal basis not yet chosen');
  assert.match(await text(hint), /Choose the treaty that binds both/);
  assert.doesNotMatch(await text(offence), /Article/);
  assert.equal(await field(page, 'basis.basis-un-cybercrime').count(), 0, 'no article read: not offered');

  await field(page, 'basis.basis-untoc').check();
  await page.waitForFunction(() => document.querySelector('.tandem-request-basis').textContent.includes('Transnational'));
  assert.equal(
    await text(line),
    'United Nations Convention against Transnational Organized Crime, Articles 18(1), 18(3)(i)',
  );
  assert.match(await text(hint), /has no article on expedited preservation/);
  assert.doesNotMatch(await text(offence), /Article/);
  assert.doesNotMatch(await text(page.locator('form.tandem-form')), /Article 29|Article 30|Article 35/);
  // The offences of the Convention's Articles 2 to 11 are the Convention's own: not asked.
  assert.equal(await field(page, 'offence.convention-offence').count(), 0);

  await field(page, 'basis.basis-budapest').check();
  await page.waitForFunction(() => document.querySelector('.tandem-request-basis').textContent.includes('185'));
  assert.equal(await text(line), 'Articles 29 and 30 of the Convention on Cybercrime (ETS No. 185)');
  assert.match(await text(offence), /\(Article 29, paragraph 2\.b\)/);
  assert.match(await text(hint), /articles made for this request/);
  await field(page, 'offence.convention-offence').waitFor();
});

test('a bilateral treaty is named by the user and cited as typed', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art31-subscriber');
  await field(page, 'basis.basis-bilateral').check();
  const treaty = 'Treaty between Georgia and Ukraine on Legal Assistance (1995), Articles 4 and 7';
  await field(page, 'basis.basis.bilateral.detail').fill(treaty);
  await page.waitForFunction(() => document.querySelector('.tandem-request-basis').textContent.includes('Ukraine'));
  assert.equal(
    await text(page.locator('.tandem-request-basis')),
    `Bilateral treaty between the requesting and the requested State: ${treaty}`,
  );
});

test('an emergency request under the Protocol asks to confirm it binds both States, and another basis says it has no emergency article', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'emergency-disclosure');
  const confirm = field(page, 'channel.in-force');
  assert.equal(await confirm.count(), 0);
  await field(page, 'channel.basis-protocol-art9').check();
  await confirm.waitFor();
  const caveat = await text(page.locator('[id="field-channel.in-force-hint"]'));
  assert.match(caveat, /not yet in force on 2026-12-06/);
  assert.match(caveat, /never printed/);
  // The confirmation is required: a final export lists it until it is ticked.
  await page.locator('#export-final').click();
  const summary = page.locator('#error-summary');
  await summary.waitFor();
  assert.match(await text(summary), /I have checked that both States are Parties to the Second Additional Protocol/);
  await confirm.check();
  assert.ok(await confirm.isChecked());

  await field(page, 'channel.basis-untoc').check();
  await confirm.waitFor({ state: 'detached' });
  assert.match(await text(page.locator('[id="field-channel.basis-hint"]')), /has no article on emergency requests/);
  assert.equal(
    await text(page.locator('.tandem-request-basis')),
    'United Nations Convention against Transnational Organized Crime, Articles 18(13), 18(14), 18(24)',
  );
});

// Requests straight to a service provider in a real browser: the provider picker fills the
// addressee from a profile (by where the users live), shows what the provider requires and when
// the profile was read, and lets the user type a provider not listed; a preservation asked of the
// provider leads to the request for disclosure, linked both ways, and the drafts list shows the
// chain.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openHome, openTemplate, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const REFERENCE = 'PP-2026-0042/GE';

/** Drops the bidi isolation marks the screen's messages put around placeables. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '');

test('picking a provider fills the addressee from its profile and says when it was read', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'provider-preservation');
  const picker = page.locator('#provider-picker-addressee');
  await picker.selectOption('meta');
  // Users anywhere but Meta's "European Region": Meta Platforms, Inc.
  await page.locator('#provider-profile-read').waitFor();
  assert.equal(await field(page, 'addressee.name').inputValue(), 'Meta Platforms, Inc.');
  assert.equal(await field(page, 'addressee.service').inputValue(), 'Facebook');
  assert.equal(
    plain(await page.locator('#provider-profile-read').innerText()),
    "This profile was read in public sources on 06/12/2026; it may be out of date. Check the provider's own guidelines for law enforcement before you send the request.",
  );
  // The profile's requirements for a preservation of a Facebook account.
  const requirements = page.locator('.tandem-provider__requirements li');
  const texts = await requirements.allInnerTexts();
  assert.ok(texts.includes("Sent through the provider's portal, with an account"), texts.join('\n'));
  assert.ok(
    texts.includes("Identifies the account by the provider's own identifiers (user ID, user name, URL, e-mail address)"),
    texts.join('\n'),
  );
  // Its emergency route and preservation period, and what its sources did not give.
  const profile = plain(await page.locator('.tandem-provider__profile').innerText());
  for (const line of [
    'Portal (with an account): https://www.facebook.com/records',
    'The data are preserved for 90 days; the source does not say whether the preservation can be extended.',
    'Sought in the sources and not found: address for legal process, languages accepted, extension of a preservation',
  ]) {
    assert.ok(profile.includes(line), `no ${line} in\n${profile}`);
  }
  // No address in the profile: none is made up.
  assert.equal(await field(page, 'addressee.address').inputValue(), '');
  assert.equal(plain(await page.locator('.tandem-provider__filled').innerText()), 'Filled in from the profile of Meta: check every fact before you send the request.');

  // Users in Meta's European Region: the Irish entity answers.
  await page.locator('#provider-picker-addressee-users-in').selectOption('european-region');
  await page.waitForFunction(() => document.getElementById('field-addressee.name').value === 'Meta Platforms Ireland Limited');
  // Another service: the Facebook-only requirement goes.
  await page.locator('#provider-picker-addressee-service').selectOption('whatsapp');
  await page.waitForFunction(() => document.getElementById('field-addressee.service').value === 'WhatsApp');
  const whatsapp = await page.locator('.tandem-provider__requirements li').allInnerTexts();
  assert.ok(!whatsapp.some((t) => t.startsWith('Identifies the account')), whatsapp.join('\n'));

  // Kept in the draft: the same profile after a reload.
  await page.reload();
  await page.locator('#provider-profile-read').waitFor();
  assert.equal(await picker.inputValue(), 'meta');
  assert.equal(await page.locator('#provider-picker-addressee-users-in').inputValue(), 'european-region');
});

test('a provider not listed is typed, and what was filled stays', async () => {
  const { page } = s;
  await page.locator('#provider-picker-addressee').selectOption('');
  await page.locator('#provider-profile-read').waitFor({ state: 'detached' });
  assert.equal(await field(page, 'addressee.name').inputValue(), 'Meta Platforms Ireland Limited');
  await field(page, 'addressee.name').fill('Example Messenger B.V.');
  await field(page, 'addressee.service').fill('Example Messenger');
  await field(page, 'addressee.country').selectOption('NL');
  await page.reload();
  await field(page, 'addressee.name').waitFor();
  assert.equal(await page.locator('#provider-picker-addressee').inputValue(), '');
  assert.equal(await field(page, 'addressee.name').inputValue(), 'Example Messenger B.V.');
});

test('a preservation asked of the provider leads to the request for disclosure, linked both ways', async () => {
  const { page, origin } = s;
  await field(page, 'reference.reference').fill(REFERENCE);
  await field(page, 'date.date').fill('2026-12-01');
  await field(page, 'requesting-authority.person').fill('Nino Beridze');
  await field(page, 'domestic-legal-basis.domestic-legal-basis').fill('Articles 112 and 136 of the Criminal Procedure Code');
  await field(page, 'offence.facts').fill('The account sent extortion messages to a Tbilisi company.');
  await field(page, 'data.identifiers').getByRole('button', { name: 'Add an identifier' }).click();
  await field(page, 'data.identifiers.r1.type').selectOption('username');
  await field(page, 'data.identifiers.r1.value').fill('night_owl_77');
  // No T-CY period for a provider: the next steps only.
  assert.equal(plain(await page.locator('#preservation-heading').innerText()), 'Next steps');
  assert.equal(await page.locator('#preservation-needs').count(), 0);
  const kinds = await page.locator('#preservation-follow-up-kind option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(kinds, ['provider-disclosure', 'art31-subscriber', 'art31-traffic', 'art31-content']);
  await page.locator('#preservation-follow-up').click();
  await field(page, 'previous-preservation.reference').waitFor();
  assert.equal(await page.locator('#template').inputValue(), 'provider-disclosure');
  assert.ok(await field(page, 'status.status-follow-up-preservation').isChecked());
  for (const [path, value] of Object.entries({
    'previous-preservation.date': '2026-12-01',
    'previous-preservation.reference': REFERENCE,
    'addressee.name': 'Example Messenger B.V.',
    'addressee.service': 'Example Messenger',
    'addressee.country': 'NL',
    'requesting-authority.person': 'Nino Beridze',
    'domestic-legal-basis.domestic-legal-basis': 'Articles 112 and 136 of the Criminal Procedure Code',
    'offence.facts': 'The account sent extortion messages to a Tbilisi company.',
    'data.identifiers.r1.value': 'night_owl_77',
  })) {
    assert.equal(await field(page, path).inputValue(), value, path);
  }
  assert.equal(await field(page, 'reference.reference').inputValue(), '');
  await field(page, 'reference.reference').fill('PD-2026-0043/GE');
  const back = page.locator('.tandem-links__open');
  assert.equal(plain(await back.innerText()), `Follow-up to preservation request ${REFERENCE}`);

  // Back in the preservation request, the request for disclosure is named by its reference.
  await back.click();
  await page.locator('.tandem-links__open', { hasText: /Followed up by request for disclosure \u2068?PD-2026-0043\/GE/ }).waitFor();

  // The drafts list shows the chain on both requests.
  await openHome(page, origin);
  const links = (await page.locator('.tandem-draft__links li').allInnerTexts()).map(plain).sort();
  assert.deepEqual(links, [`Follow-up to preservation request ${REFERENCE}`, 'Followed up by request for disclosure PD-2026-0043/GE']);
});

test("the emergency request offers the picker on the provider's own channel only", async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'emergency-disclosure');
  await field(page, 'channel.basis-protocol-art9').check();
  assert.equal(await page.locator('#provider-picker-addressee').count(), 0);
  await field(page, 'channel.basis-provider').check();
  await page.locator('#provider-picker-addressee').selectOption('meta');
  // Meta's portal serves emergency requests: it fills the addressee's portal.
  await page.waitForFunction(() => document.getElementById('field-addressee.portal').value === 'https://www.facebook.com/records');
  assert.equal(await field(page, 'addressee.name').inputValue(), 'Meta Platforms, Inc.');
  const texts = await page.locator('.tandem-provider__requirements li').allInnerTexts();
  assert.ok(texts.includes("Emergency requests: on the provider's own emergency form"), texts.join('\n'));
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

// The route guide on the home screen ("Which request do I need?"): it is walked to each request
// type it can recommend, whose draft it then opens; a changed answer changes the recommendation;
// the radios work from the keyboard; the answers are not stored.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEMPLATES, openHome, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** Opens the home screen with the guide unfolded (every test starts on another screen, so the
 * guide is new: folded, nothing answered). */
async function openGuide(page, origin) {
  await openHome(page, origin);
  assert.equal(await page.locator('details.tandem-guide').evaluate((d) => d.open), false);
  await page.locator('#guide-title').click();
  await page.locator('#guide-data-subscriber').waitFor();
}

/** Answers the five questions (each value is the end of a radio's id). */
async function answer(page, answers) {
  for (const [question, option] of Object.entries(answers)) {
    await page.locator(`#guide-${question}-${option}`).check();
  }
}

/** The request types recommended, in order, then the fallback's (from each link's id). */
async function recommended(page) {
  return page
    .locator('#guide-advice a.tandem-button')
    .evaluateAll((links) => links.map((a) => a.id.replace('guide-open-', '')));
}

const notes = (page) => page.locator('#guide-advice .tandem-guide__notes li').allInnerTexts();

// Answers that lead to each request type the guide can recommend, and the whole recommendation.
const WALKS = [
  {
    open: 'emergency-disclosure',
    answers: { data: 'traffic', emergency: 'yes', reach: 'state', preserved: 'yes', basis: 'budapest' },
    steps: ['emergency-disclosure', 'art31-traffic'],
  },
  {
    open: 'provider-preservation',
    answers: { data: 'subscriber', emergency: 'no', reach: 'direct', preserved: 'no', basis: 'budapest' },
    steps: ['provider-preservation', 'provider-disclosure', 'art31-subscriber'],
  },
  {
    open: 'provider-disclosure',
    answers: { data: 'traffic', emergency: 'no', reach: 'direct', preserved: 'yes', basis: 'treaty' },
    steps: ['provider-disclosure', 'art31-traffic'],
  },
  {
    open: 'art29-preservation',
    answers: { data: 'content', emergency: 'no', reach: 'state', preserved: 'no', basis: 'treaty' },
    steps: ['art29-preservation', 'art31-content'],
  },
  {
    // The fallback when the provider does not answer.
    open: 'art31-subscriber',
    answers: { data: 'subscriber', emergency: 'no', reach: 'direct', preserved: 'yes', basis: 'reciprocity' },
    steps: ['provider-disclosure', 'art31-subscriber'],
  },
  {
    open: 'art31-traffic',
    answers: { data: 'traffic', emergency: 'no', reach: 'unsure', preserved: 'yes', basis: 'budapest' },
    steps: ['art31-traffic'],
  },
  {
    // Content from a provider that accepts requests directly: still mutual legal assistance.
    open: 'art31-content',
    answers: { data: 'content', emergency: 'no', reach: 'direct', preserved: 'yes', basis: 'budapest' },
    steps: ['art31-content'],
  },
];

for (const walk of WALKS) {
  // The requests straight to a provider come with branch `prov`; until it is merged their drafts
  // cannot open here (tandem-core's guide tests check every recommendation against that list).
  const missing = !TEMPLATES.includes(walk.open) && `${walk.open} is not in templates/registry.toml yet`;
  test(`the guide leads to ${walk.open} and opens a new draft of it`, { skip: missing }, async () => {
    const { page, origin } = s;
    await openGuide(page, origin);
    await page.getByText('Answer each question to see where to start.').waitFor();
    await answer(page, walk.answers);
    assert.deepEqual(await recommended(page), walk.steps);
    // Each step says what it is and why.
    const title = (await page.locator(`#guide-type-${walk.open}`).innerText()).trim();
    assert.equal(title, (await page.locator(`#new-${walk.open}`).innerText()).trim());
    const why = page.locator(`#guide-open-${walk.open}`).locator('xpath=..').locator('.tandem-guide__why');
    assert.ok((await why.innerText()).length > 40);
    await page.locator(`#guide-open-${walk.open}`).click();
    await page.waitForURL(/#\/draft\/[0-9a-f]+$/);
    await page.locator(`form.tandem-form [data-template="${walk.open}"]`).waitFor();
    await page.locator('h2.tandem-request-title', { hasText: title }).waitFor();
  });
}

test('a changed answer changes the recommendation, and the answers are kept nowhere', async () => {
  const { page, origin } = s;
  await openGuide(page, origin);
  const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const before = await stored();
  // From the keyboard: arrows move within a radio group and pick.
  await page.locator('#guide-data-subscriber').focus();
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.locator('#guide-data-traffic').isChecked());
  await answer(page, { emergency: 'no', reach: 'state', preserved: 'no' });
  // Four answers: no recommendation yet.
  await page.getByText('Answer each question to see where to start.').waitFor();
  assert.deepEqual(await recommended(page), []);
  await answer(page, { basis: 'budapest' });
  assert.deepEqual(await recommended(page), ['art29-preservation', 'art31-traffic']);
  assert.match(await page.locator('#guide-advice').innerText(), /24\/7 point of contact/);
  assert.deepEqual(await notes(page), []);
  // Already preserved: straight to the request for mutual legal assistance.
  await answer(page, { preserved: 'yes' });
  assert.deepEqual(await recommended(page), ['art31-traffic']);
  assert.equal((await notes(page)).length, 1);
  // Content instead of traffic data.
  await answer(page, { data: 'content' });
  assert.deepEqual(await recommended(page), ['art31-content']);
  // A life at risk: the emergency request first.
  await answer(page, { emergency: 'yes' });
  assert.deepEqual(await recommended(page), ['emergency-disclosure', 'art31-content']);
  // The provider accepts requests directly: its emergency channel; subscriber information from it,
  // with mutual legal assistance as the fallback.
  await answer(page, { reach: 'direct', data: 'subscriber' });
  assert.deepEqual(await recommended(page), ['emergency-disclosure', 'provider-disclosure', 'art31-subscriber']);
  assert.match(await page.locator('#guide-advice').innerText(), /emergency disclosure channel of the service provider/);
  // No treaty: the same requests, and the note says to choose reciprocity in the form.
  await answer(page, { basis: 'reciprocity' });
  assert.deepEqual(await recommended(page), ['emergency-disclosure', 'provider-disclosure', 'art31-subscriber']);
  assert.ok((await notes(page)).some((n) => n.includes('choose reciprocity or national law')));
  assert.equal(await stored(), before);
  // Leaving the home screen forgets the answers.
  await page.locator('#new-art29-preservation').click();
  await page.waitForURL(/#\/draft\//);
  await openGuide(page, origin);
  assert.equal(await page.locator('#guide-advice a').count(), 0);
  assert.equal(await page.locator('.tandem-guide input:checked').count(), 0);
});

// Accessibility of the form and home screens: axe-core (from node_modules, injected by the test,
// never shipped) finds no WCAG 2.2 A/AA violation with any request type, in English and in Arabic
// (right to left), before and after errors are shown; rows and details are open so that they are
// checked too, and on the home screen the route guide is open and answered. The page fits a phone
// (360 px) and 200% zoom without horizontal scrolling, and the section numbers are those of the
// T-CY templates.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, ROOT, TEMPLATES, openHome, openTemplate, revealEverything, startSession } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let s;
before(async () => {
  // axe-core goes in as a script tag, which the page's CSP (no inline script) would block: this
  // session alone lets the test's own script through.
  s = await startSession({ bypassCSP: true });
});
after(async () => {
  await s?.close();
});

/** The violations axe-core finds in the page, one line each. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // The outline and the export actions stay at the top and the foot of the window (sticky), so
  // whatever control happens to scroll under them at this moment would count as "partially
  // obscured" for target-size; a focused control is scrolled clear of them (scroll-padding in
  // tandem.css). Axe reads the page with both in the flow, as on a phone.
  const found = await page.evaluate(async (tags) => {
    const sticky = [...document.querySelectorAll('.tandem-outline, .tandem-export')];
    for (const e of sticky) e.style.position = 'static';
    try {
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
    } finally {
      for (const e of sticky) e.style.position = '';
    }
  }, TAGS);
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary}`));
}

/** Opens a request type in a UI language with every part of the form shown. */
async function openFilledOut(page, origin, id, lang) {
  await openTemplate(page, origin, id);
  // The UI language is remembered across drafts: set it every time.
  await page.locator('#ui-lang').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor();
  await revealEverything(page);
}

/** Whether the page scrolls sideways. */
const scrollsSideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** The page fits a phone, 360 px wide, and 1280 px at 200% zoom (640 CSS px at twice the pixel
 * density) without scrolling sideways. */
async function assertFits(page, what) {
  const cdp = await page.context().newCDPSession(page);
  const screens = [
    ['360 px', { width: 360, height: 740, deviceScaleFactor: 1, mobile: true }],
    ['200% zoom', { width: 640, height: 800, deviceScaleFactor: 2, mobile: false }],
  ];
  for (const [name, metrics] of screens) {
    await cdp.send('Emulation.setDeviceMetricsOverride', metrics);
    assert.equal(await scrollsSideways(page), false, `${what} scrolls sideways at ${name}`);
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
}

/** Section numbers as the template file gives them, and each row's number under its item's
 * ("10.1" under "10"), as in the PDF. */
async function assertNumbers(page, id) {
  const toml = readFileSync(join(ROOT, 'templates', `${id}.toml`), 'utf8');
  const expected = [...toml.matchAll(/^number = "([0-9.]+)"/gm)].map((m) => m[1]);
  // The signature block every template ends with (templates/signature.toml), numbered next.
  expected.push(String(Math.max(...expected.map((n) => parseInt(n, 10))) + 1));
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('.tandem-section')].map((section) => {
      const legend = section.querySelector(':scope > legend');
      const number = section.querySelector('.tandem-field__number');
      // A conditional section not shown has no number in the page.
      const text = legend ? legend.textContent : number?.textContent;
      return text === undefined ? null : text.trim().split(/\s/)[0];
    }),
  );
  assert.equal(shown.length, expected.length, id);
  shown.forEach((number, i) => number !== null && assert.equal(number, expected[i], id));
  assert.ok(shown.filter((n) => n !== null).length > expected.length / 2, id);
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('.tandem-rows')].map((list) => [
      list.closest('.tandem-field').querySelector('.tandem-field__number').textContent.trim(),
      // Without the isolation marks around the number.
      list.querySelector('.tandem-row__number').textContent.replace(/[\u2068\u2069]/g, '').trim(),
    ]),
  );
  // Every template with repeatable rows shows one of each (an answer may have none).
  const repeatable = /kind = "(group|identifiers)"/.test(readFileSync(join(ROOT, 'templates', `${id}.toml`), 'utf8'));
  assert.equal(rows.length > 0, repeatable, id);
  for (const [item, row] of rows) assert.equal(row, `Row ${item}.1`, id);
}

for (const id of TEMPLATES) {
  for (const lang of ['en', 'ar']) {
    test(`${id} in ${lang}: no axe-core violation with or without errors shown; fits a phone and 200% zoom`, async () => {
      const { page, origin } = s;
      await openFilledOut(page, origin, id, lang);
      if (lang === 'en') await assertNumbers(page, id);
      assert.deepEqual(await violations(page), []);
      await page.locator('#export-final').click();
      await page.locator('#error-summary').waitFor();
      assert.ok((await page.locator('.tandem-field__error').count()) > 0);
      assert.deepEqual(await violations(page), []);
      await assertFits(page, `${id} in ${lang}`);
      assert.deepEqual(s.errors, []);
    });
  }
}

for (const lang of ['en', 'ar']) {
  test(`the home screen in ${lang}, with the drafts made above: no axe-core violation; fits a phone and 200% zoom`, async () => {
    const { page, origin } = s;
    await openHome(page, origin);
    await page.locator('#ui-lang').selectOption(lang);
    await page.locator(`html[lang="${lang}"]`).waitFor();
    assert.ok((await page.locator('.tandem-drafts__list > li').count()) >= TEMPLATES.length);
    // The route guide open, with three steps and three notes (through the requested State: the
    // requests straight to a provider and their titles come with branch prov).
    // Open unless still open from the other language (the home screen was not left).
    if (!(await page.locator('details.tandem-guide').evaluate((d) => d.open))) await page.locator('#guide-title').click();
    for (const [question, option] of Object.entries({ data: 'subscriber', emergency: 'yes', reach: 'unsure', preserved: 'no', basis: 'treaty' })) {
      await page.locator(`#guide-${question}-${option}`).check();
    }
    await page.locator('#guide-advice .tandem-guide__notes li').first().waitFor();
    assert.deepEqual(await violations(page), []);
    await assertFits(page, `home in ${lang}`);
    assert.deepEqual(s.errors, []);
  });
}

test('axe-core is a test tool only: nothing of it is in the built site', () => {
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const site = files(DIST);
  assert.ok(site.length > 5);
  for (const file of site) assert.ok(!readFileSync(file).includes('axe-core'), `${file} carries axe-core`);
});

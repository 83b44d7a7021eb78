// A form quick to get through: an outline of the sections with each one's state and links that
// move the focus there, the export actions within reach on a desktop and a phone, and selects
// that show the whole text of their options.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEMPLATES, field, focusedId, openTemplate, revealEverything, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const plain = (text) => text.replace(/[\u2068\u2069]/g, '');
/** Unfolds the outline (a click on its summary toggles it). */
async function openOutline(page) {
  if (!(await page.locator('#outline-list').isVisible())) await page.locator('#outline-heading').click();
}
const entry = (page, heading) => page.locator('#outline-list li', { hasText: heading });

test('the outline lists every section with its state, and a link moves the focus into it', async () => {
  const { page, origin } = s;
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTemplate(page, origin, 'art29-preservation');
  const headings = await page.locator('.tandem-section:not(.tandem-hidden) > legend').allInnerTexts();
  // Folded: one Tab stop on the way into the form.
  assert.equal(await page.locator('#outline-list').isVisible(), false);
  await openOutline(page);
  const links = (await page.locator('#outline-list li a').allInnerTexts()).map(plain);
  assert.equal(links.length, headings.length + 1, links.join('\n'));
  assert.equal(links.at(-1), 'Export PDF');
  const requesting = entry(page, '5 Requesting authority');
  assert.match(plain(await requesting.innerText()), /answers missing$/);

  // Answered, the section waits for its translation; the heading in the form says so too.
  await field(page, 'requesting-authority.organisation').fill('Office of the Prosecutor General');
  await field(page, 'requesting-authority.person').fill('Nino Beridze');
  await field(page, 'requesting-authority.telephone').fill('+995322405100');
  await field(page, 'requesting-authority.email').fill('n.beridze@pog.gov.ge');
  await field(page, 'requesting-authority.time-zone').selectOption('+04:00');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#outline-list li')].some((li) => /^5 Requesting authority.*(to translate|done)$/.test(li.innerText)),
  );
  const legend = page.locator('#section-requesting-authority > legend');
  assert.match(plain(await legend.innerText()), /(to translate|done)$/);

  // The link, by keyboard: the focus lands on the section's first control.
  await openOutline(page);
  await requesting.locator('a').focus();
  await page.keyboard.press('Enter');
  const first = await page.locator('#section-requesting-authority').evaluate((s) => s.querySelector('input, select, textarea, button').id);
  assert.equal(await focusedId(page, first), first);
  // The outline folds again, so it covers nothing.
  assert.equal(await page.locator('#outline-list').isVisible(), false);
});

test('on a desktop the export actions stay in the window while the form scrolls', async () => {
  const { page } = s;
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const y of [0, 3000]) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    const box = await page.locator('#export-final').boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `export at ${JSON.stringify(box)} with the page at ${y}`);
  }
  // The outline stays too.
  const outline = await page.locator('#outline-heading').boundingBox();
  assert.ok(outline && outline.y >= 0 && outline.y < 100, JSON.stringify(outline));
  // A field the focus moves to is not hidden under the export bar.
  await field(page, 'reference.reference').focus();
  const exportTop = (await page.locator('.tandem-export').boundingBox()).y;
  for (const path of ['requesting-authority.organisation', 'reference.reference']) {
    await field(page, path).focus();
    const box = await field(page, path).boundingBox();
    assert.ok(box.y + box.height <= exportTop, `${path} under the export bar`);
  }
});

test('on a phone the outline links to the export actions', async () => {
  const { page } = s;
  await page.setViewportSize({ width: 360, height: 740 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await openOutline(page);
  await page.locator('#outline-export').click();
  assert.equal(await focusedId(page, 'export-final'), 'export-final');
  const box = await page.locator('#export-final').boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 740, JSON.stringify(box));
  await page.setViewportSize({ width: 1280, height: 800 });
});

for (const width of [1280, 360]) {
  test(`every select shows the whole text of its options (${width} px wide)`, async () => {
    const { page, origin } = s;
    await page.setViewportSize({ width, height: 800 });
    const clipped = [];
    for (const id of TEMPLATES) {
      await openTemplate(page, origin, id);
      await revealEverything(page);
      clipped.push(
        ...(await page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d');
          const out = [];
          for (const select of document.querySelectorAll('select')) {
            if (!select.getClientRects().length) continue;
            const style = getComputedStyle(select);
            const chosen = select.selectedIndex;
            for (const [i, option] of [...select.options].entries()) {
              if (style.appearance === 'base-select') {
                // A customisable select wraps: shown, an option's text must not overflow it.
                select.selectedIndex = i;
                if (select.scrollWidth > select.clientWidth + 1) out.push(`${select.id}: "${option.text}" overflows`);
                continue;
              }
              canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              // Room for the text: the box less its padding and the arrow.
              const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
              const need = canvas.measureText(option.text).width;
              if (need > room) out.push(`${select.id}: "${option.text}" needs ${Math.ceil(need)} px, has ${Math.floor(room)}`);
            }
            select.selectedIndex = chosen;
          }
          return out;
        })),
      );
    }
    assert.deepEqual(clipped, []);
  });
}

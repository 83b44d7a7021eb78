// Keyboard only: each request type is completed from an empty draft with Tab, typing, Space,
// Enter and the arrow keys (no clicks, no fills), reloaded half-way, continued, and exported as a
// final PDF by keyboard; the typed values are read back from the PDF.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, TEMPLATES, openTemplate, pdfText, saveDownload, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/**
 * Where the focus is compared with the element `id` ('here', 'after': Tab, 'before': Shift+Tab,
 * 'missing'), and about how many Tab stops away it is (a date field's parts are stops of their
 * own), so that the test need not look after every key.
 */
function whereIs(page, id) {
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    if (!target) return { where: 'missing', stops: 0 };
    const at = document.activeElement;
    // A group of radio buttons is one Tab stop: being on any of them is being there.
    if (at === target || (target.type === 'radio' && at?.type === 'radio' && at.name === target.name)) {
      return { where: 'here', stops: 0 };
    }
    const forward = !at || at === document.body || !!(at.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
    const [first, last] = forward ? [at, target] : [target, at];
    let stops = 0;
    let inside = !first || first === document.body;
    const radios = new Set();
    for (const e of document.querySelectorAll('input, select, textarea, button, a[href], summary, [tabindex]')) {
      if (e === first) {
        inside = true;
        continue;
      }
      if (!inside) continue;
      if (e === last) break;
      // Not a stop: disabled, out of the Tab order, or not rendered (as the links of a folded
      // <details>, which keep their boxes in Chromium but take no focus).
      if (e.disabled || e.tabIndex < 0 || !e.checkVisibility()) continue;
      if (e.type === 'radio') {
        if (radios.has(e.name)) continue;
        radios.add(e.name);
      }
      stops += e.type === 'datetime-local' ? 7 : e.type === 'date' ? 3 : 1;
    }
    return { where: forward ? 'after' : 'before', stops: stops + 1 };
  }, id);
}

/** Moves the focus to the element `id` with Tab or Shift+Tab only. */
async function tabTo(page, id) {
  for (let i = 0; i < 100; i++) {
    const { where, stops } = await whereIs(page, id);
    if (where === 'here') return;
    assert.notEqual(where, 'missing', `no element #${id}`);
    // All but the last stop without looking; the loop looks before each further step.
    for (let n = 0; n < Math.max(1, stops - 1); n++) await page.keyboard.press(where === 'after' ? 'Tab' : 'Shift+Tab');
  }
  assert.fail(`Tab never reached #${id}`);
}

/** Picks an option of the focused select by typing the start of its name, then with the arrow
 * keys. */
async function arrowToOption(page, value) {
  const label = await page.evaluate((value) => [...document.activeElement.options].find((o) => o.value === value)?.text, value);
  assert.ok(label !== undefined, `no option ${value}`);
  if (/^[A-Za-z]{4}/.test(label)) await page.keyboard.type(label.slice(0, 6));
  const { from, to } = await page.evaluate((value) => {
    const select = document.activeElement;
    return { from: select.selectedIndex, to: [...select.options].findIndex((o) => o.value === value) };
  }, value);
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
}

/** Types a date (and time) into the focused date or datetime-local input, segment by segment
 * as Chromium's en-US fields take them: mm dd yyyy, then hh mm ss and AM/PM. */
async function typeDateTime(page, local) {
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  if (!time) return;
  const [hh, mm, ss = '00'] = time.split(':');
  const hour = Number(hh) % 12 === 0 ? 12 : Number(hh) % 12;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(`${String(hour).padStart(2, '0')}${mm}${ss}`);
  await page.keyboard.type(Number(hh) < 12 ? 'A' : 'P');
}

/**
 * Counts the keys pressed on `page` from now on (a key pressed, a character typed; a long text
 * inserted at once counts as one paste): what a complete fill costs a keyboard user.
 */
function countKeys(page) {
  const count = { keys: 0 };
  const k = page.keyboard;
  const [press, type, insertText] = [k.press.bind(k), k.type.bind(k), k.insertText.bind(k)];
  k.press = (key, options) => ((count.keys += 1), press(key, options));
  k.type = (text, options) => ((count.keys += [...text].length), type(text, options));
  k.insertText = (text) => ((count.keys += 1), insertText(text));
  count.stop = () => Object.assign(k, { press, type, insertText });
  return count;
}

/** Answers one fixture entry by keyboard; returns false if its control is not in the page yet. */
async function answer(page, path, value) {
  const kind = await page.evaluate(
    ([path, value]) => {
      const byId = (id) => document.getElementById(id);
      if (Array.isArray(value)) return byId(`field-${path}-add`) && 'rows';
      if (typeof value === 'boolean') return byId(`field-${path}`) && 'tick';
      if (byId(`field-${path}-${value}`)?.type === 'radio') return 'radio';
      const input = byId(`field-${path}`);
      if (!input) return null;
      if (input.tagName === 'SELECT') return 'select';
      if (input.type === 'date' || input.type === 'datetime-local') return input.type;
      return 'text';
    },
    [path, value],
  );
  if (!kind) return false;
  switch (kind) {
    case 'rows':
      for (const row of value) {
        await tabTo(page, `field-${path}-add`);
        await page.keyboard.press('Enter');
        // The focus follows into the new row.
        await page.waitForFunction((id) => document.activeElement?.closest('li')?.id === id, `field-${path}.${row}`);
      }
      break;
    case 'tick':
      await tabTo(page, `field-${path}`);
      if ((await page.evaluate(() => document.activeElement.checked)) !== value) await page.keyboard.press('Space');
      break;
    case 'radio': {
      const id = `field-${path}-${value}`;
      await tabTo(page, id);
      await page.keyboard.press('Space');
      for (let i = 0; i < 20 && !(await page.evaluate((id) => document.getElementById(id).checked, id)); i++) {
        await page.keyboard.press('ArrowDown');
      }
      break;
    }
    case 'select':
      await tabTo(page, `field-${path}`);
      await arrowToOption(page, value);
      break;
    case 'date':
      await tabTo(page, `field-${path}`);
      await typeDateTime(page, value);
      break;
    case 'datetime-local': {
      const [, local, offset] = value.match(/^(.{16}(?::\d\d)?)(.*)$/);
      await tabTo(page, `field-${path}`);
      await typeDateTime(page, local);
      await tabTo(page, `field-${path}-zone`);
      await arrowToOption(page, offset === 'Z' ? '+00:00' : offset);
      break;
    }
    default:
      await tabTo(page, `field-${path}`);
      // Longer texts arrive as one insertion (as a paste or an input method would), short ones
      // key by key.
      if (value.length > 16) await page.keyboard.insertText(value);
      else await page.keyboard.type(value);
  }
  return true;
}

/** The pending entries whose control is in the page, earliest in the page first. */
async function nextEntry(page, pending) {
  const order = await page.evaluate((entries) => {
    const found = entries
      .map(([path, value], i) => {
        const id = Array.isArray(value)
          ? `field-${path}-add`
          : document.getElementById(`field-${path}-${value}`)?.type === 'radio'
            ? `field-${path}-${value}`
            : `field-${path}`;
        return [i, document.getElementById(id)];
      })
      .filter(([, e]) => e);
    found.sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return found.map(([i]) => i);
  }, pending);
  return order.length ? order[0] : -1;
}

for (const id of TEMPLATES) {
  test(`${id}: completed and exported by keyboard only, with a reload half-way`, async (t) => {
    const { page, origin } = s;
    const fixture = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'drafts', id, 'complete.json'), 'utf8'));
    await openTemplate(page, origin, id);
    const count = countKeys(page);
    // Document languages first, as an official would.
    await tabTo(page, 'doc-lang-0');
    await arrowToOption(page, fixture.langs[0]);
    await tabTo(page, 'doc-lang-1');
    await arrowToOption(page, fixture.langs[1]);

    const pending = Object.entries(fixture.answers).filter(([, v]) => v !== false);
    const total = pending.length;
    let reloaded = false;
    while (pending.length) {
      const next = await nextEntry(page, pending);
      assert.ok(next >= 0, `no control in the page for ${pending.map(([p]) => p).join(', ')}`);
      const [path, value] = pending.splice(next, 1)[0];
      assert.ok(await answer(page, path, value), path);
      if (!reloaded && pending.length < total / 2) {
        reloaded = true;
        await page.reload();
        await page.locator(`form.tandem-form [data-template="${id}"]`).waitFor();
      }
    }
    // Everything typed is the draft, as the fixture has it (typed text is stored once typing
    // pauses).
    await page.locator('#save-status', { hasText: 'Saved in this browser' }).waitFor();
    const stored = await page.evaluate(() => {
      const id = location.hash.split('/').pop();
      return JSON.parse(localStorage.getItem(`tandem.draft.${id}`));
    });
    for (const [path, value] of Object.entries(fixture.answers)) {
      if (value === false || typeof value !== 'string' || /T\d\d:\d\d/.test(value)) continue;
      assert.equal(stored.answers[path], value, path);
    }

    await tabTo(page, 'export-final');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    count.stop();
    t.diagnostic(`${id}: ${count.keys} keys pressed to fill and export`);
    const text = pdfText(await saveDownload(download)).replace(/\s+/g, ' ');
    const short = Object.values(fixture.answers).filter(
      (v) => typeof v === 'string' && v.length <= 30 && /[A-Za-z]{3}/.test(v) && !/^[a-z0-9-]+$/.test(v),
    );
    assert.ok(short.length >= 5, 'too few values to look for');
    for (const value of short) assert.ok(text.includes(value), `the PDF lacks ${value}`);
    assert.deepEqual(s.errors, []);
  });
}

test('a refused final export focuses the error summary, whose links move the focus to the field', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, TEMPLATES[0]);
  await tabTo(page, 'export-final');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  await page.keyboard.press('Tab');
  const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.match(href, /^#field-/);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, href.slice(1));
  // Focus is visible: the focused control has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
});

test('the error summary names every issue by its question, row and part, never by its path', async () => {
  const { page, origin } = s;
  const draft = JSON.parse(
    readFileSync(join(ROOT, 'tests', 'fixtures', 'drafts', 'art31-content', 'incomplete.json'), 'utf8'),
  );
  await openTemplate(page, origin, 'art31-content');
  await page.evaluate((d) => localStorage.setItem(`tandem.draft.${d.id}`, JSON.stringify(d)), draft);
  await page.goto(`${origin}/#/draft/${draft.id}`);
  await page.locator('#export-final').click();
  await page.locator('#error-summary').waitFor();
  const links = (await page.locator('#error-summary a').allTextContents()).map((t) => t.replace(/[\u2068\u2069]/g, ''));
  const byTarget = async (path) =>
    (await page.locator(`#error-summary a[href="#field-${path}"]`).first().textContent()).replace(/[\u2068\u2069]/g, '');
  // The fixture has issues in rows of two repeatable items and at an amount's currency.
  assert.equal(await byTarget('offences.offences.r1.provision'), 'Row 12.1.1 — Legal provision: Answer this question.');
  assert.match(await byTarget('identifiers.identifiers.r2.at'), /^Row 14\.1\.2 — Date and time of use: /);
  assert.match(await byTarget('offences.damage.currency'), /^12\.\d+ .+ — Currency: /);
  for (const text of links) assert.doesNotMatch(text, /^[a-z][a-z0-9-]*\.[a-z]/, `a path in the summary: ${text}`);
});

test('rows move and go by keyboard: the focus follows the row and the change is announced', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  const list = 'offence.offences';
  for (const row of ['r1', 'r2']) {
    await tabTo(page, `field-${list}-add`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.closest('li')?.id === id, `field-${list}.${row}`);
    await page.keyboard.type(`offence ${row}`);
  }
  const order = () =>
    page.evaluate((list) => [...document.getElementById(`field-${list}`).querySelectorAll('.tandem-row')].map((li) => li.id), list);
  const announced = () => page.locator('.tandem-sections + [role="status"]').textContent();
  await tabTo(page, `field-${list}.r1-down`);
  await page.keyboard.press('Enter');
  assert.deepEqual(await order(), [`field-${list}.r2`, `field-${list}.r1`]);
  await page.waitForFunction((id) => document.activeElement?.id === id, `field-${list}.r1-down`);
  assert.match((await announced()).replace(/[\u2068\u2069]/g, ''), /row 10\.1\.2\b/);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.deepEqual(await order(), [`field-${list}.r1`, `field-${list}.r2`]);
  await page.waitForFunction((id) => document.activeElement?.id === id, `field-${list}.r1-up`);
  assert.match((await announced()).replace(/[\u2068\u2069]/g, ''), /row 10\.1\.1\b/);
  // Remove: the focus goes to the row taking its place.
  await tabTo(page, `field-${list}.r1-remove`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `field-${list}.r2`);
  assert.deepEqual(await order(), [`field-${list}.r2`]);
  assert.match((await announced()).replace(/[\u2068\u2069]/g, ''), /Row 10\.1\.1 removed/);
  assert.equal(await page.locator(`[id="field-${list}.r2.offence"]`).inputValue(), 'offence r2');
});

test('a translatable answer shows its translation status; the panel counts what is left to translate', async () => {
  const { page, origin } = s;
  await openTemplate(page, origin, 'art29-preservation');
  const path = 'requesting-authority.organisation';
  const status = () => page.locator(`[id="field-${path}#b-status"]`).textContent();
  const left = page.locator('#untranslated');
  // Nothing typed, nothing to translate: no status.
  assert.equal(await status(), '');
  await tabTo(page, `field-${path}`);
  await page.keyboard.type('EUROJUST');
  assert.equal(
    await status(),
    'Status: to be translated (a final PDF waits until it is translated, marked the same in both languages or left untranslated)',
  );
  // The panel sums the draft up once the keystroke's frame is drawn (AppContext::settled).
  await page.waitForFunction(() => /still to be translated: 1\./.test(document.getElementById('untranslated')?.textContent.replace(/[\u2068\u2069]/g, '')));
  // Same in both languages: a name.
  await tabTo(page, `field-${path}#same`);
  await page.keyboard.press('Space');
  assert.equal(await status(), 'Status: same in both languages');
  await left.waitFor({ state: 'detached' });
  await page.keyboard.press('Space');
  // Left untranslated on purpose: accounted for too.
  await tabTo(page, `field-${path}#untranslated`);
  await page.keyboard.press('Space');
  assert.equal(await status(), 'Status: left untranslated');
  await left.waitFor({ state: 'detached' });
  await page.keyboard.press('Space');
  await tabTo(page, `field-${path}#b`);
  await page.keyboard.type('ЕВРОЮСТ');
  assert.equal(await status(), 'Status: translated');
  await left.waitFor({ state: 'detached' });
  // Translated, it is no longer an error: the final export's summary does not list it.
  await tabTo(page, 'export-final');
  await page.keyboard.press('Enter');
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.locator(`#error-summary a[href="#field-${path}"]`).count(), 0);
});

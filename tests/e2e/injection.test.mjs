// User text is only ever text: markup, script URLs and a right-to-left override typed into every
// kind of text field stay inert in the page and print literally in the PDF (without the override).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEMPLATES, openTemplate, pdfText, revealEverything, saveDownload, startSession } from './harness.mjs';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
  '\u202Efdp.exe',
];

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

/** Elements that markup in an answer could have created, and attributes that run code. */
const dangerous = (page) =>
  page.evaluate(() => ({
    elements: document.querySelectorAll('script:not([src]), img, svg, iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name)))
      .length,
    flag: window.__pwned ?? null,
  }));

for (const id of TEMPLATES) {
  test(`${id}: markup typed into every text field stays text, in the page and in the PDF`, async () => {
    const { page, origin } = s;
    let dialogs = 0;
    const onDialog = (dialog) => {
      dialogs += 1;
      dialog.dismiss();
    };
    page.on('dialog', onDialog);
    await openTemplate(page, origin, id);
    const before = await dangerous(page);
    // Row fields, detail boxes and conditional items are in the page too.
    await revealEverything(page);
    // An identifier typed as a web address (an answer has no identifiers).
    const types = page.locator('select[id$=".type"]');
    if (await types.count()) await types.first().selectOption('url');
    // Every text field: one line, several lines, e-mail, telephone, web address, amount, the
    // translation boxes and the detail boxes.
    const fields = page.locator(
      'form.tandem-form input[type="text"], form.tandem-form input[type="email"], form.tandem-form input[type="tel"], form.tandem-form input[type="url"], form.tandem-form textarea',
    );
    const count = await fields.count();
    // A request has dozens; an answer (reply-*), a dozen or so.
    assert.ok(count > (id.startsWith('reply-') ? 8 : 20), `only ${count} text fields`);
    for (let i = 0; i < count; i++) {
      const payload = PAYLOADS[i % PAYLOADS.length];
      await fields.nth(i).fill(payload);
      assert.equal(await fields.nth(i).inputValue(), payload);
    }
    const kinds = await fields.evaluateAll((list) => [...new Set(list.map((e) => e.type))].sort());
    for (const kind of ['email', 'tel', 'text', 'textarea']) assert.ok(kinds.includes(kind), `no ${kind} field`);
    // Shown with its issues too (the summary repeats answers' labels, never answers as markup).
    await page.locator('#export-final').click();
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(await dangerous(page), before);
    assert.equal(dialogs, 0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-consultation').click(),
    ]);
    const text = pdfText(await saveDownload(download));
    const flat = text.replace(/\s+/g, ' ');
    for (const payload of PAYLOADS.slice(0, 4)) assert.ok(flat.includes(payload), `the PDF lacks ${payload}`);
    assert.ok(flat.includes('fdp.exe'));
    assert.ok(!text.includes('\u202E'), 'the PDF keeps a right-to-left override');
    assert.deepEqual(await dangerous(page), before);
    assert.equal(dialogs, 0);
    assert.deepEqual(s.errors, []);
    page.off('dialog', onDialog);
  });
}

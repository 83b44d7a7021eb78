// CJK fonts fetched by need: a PDF with Chinese text loads only the slices of Noto Sans CJK SC
// that hold its characters; offline, before that face was ever used, the export says which font
// is missing (no boxes); once used online, the service worker keeps the face and the same PDF is
// made offline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { field, openApp, pdfText, saveDownload, startSession, untilStored } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

const NAME = '北京市公安局网络安全保卫总队';

async function exportConsultation(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-consultation').click()]);
  const file = await saveDownload(download);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
  return file;
}

test('CJK slices: named when missing offline, fetched by need online, kept for offline use', async () => {
  const { page, origin, context } = s;
  const slices = [];
  page.on('request', (r) => {
    if (/\/fonts\/cjk\/sc\/\d+\.ttf$/.test(r.url())) slices.push(r.url());
  });
  await openApp(page, origin);
  await untilStored(page);
  await field(page, 'requesting-authority.organisation').fill(NAME);

  await context.setOffline(true);
  try {
    await page.locator('#export-consultation').click();
    const alert = page.locator('.tandem-actions__error');
    await alert.waitFor();
    const message = await alert.textContent();
    assert.ok(message.includes('Noto Sans CJK SC'), message);
    assert.ok(message.includes('not on this device'), message);
  } finally {
    await context.setOffline(false);
  }

  // Online: the PDF prints the name, with the few slices holding its characters.
  await page.reload();
  await page.locator('form.tandem-form').waitFor();
  const online = await exportConsultation(page);
  assert.ok(pdfText(online).replace(/\s/g, '').includes(NAME), pdfText(online));
  const fetched = new Set(slices.map((u) => u.replace(/.*\//, '')));
  assert.ok(fetched.has('00.ttf'), [...fetched].join(' '));
  assert.ok(fetched.size <= 6, `${fetched.size} slices: ${[...fetched].join(' ')}`);

  // Offline again, in a fresh page (and PDF engine): the slices come from the service worker.
  await context.setOffline(true);
  try {
    await page.reload();
    await page.locator('form.tandem-form').waitFor();
    const offline = await exportConsultation(page);
    assert.ok(pdfText(offline).replace(/\s/g, '').includes(NAME));
  } finally {
    await context.setOffline(false);
  }
});

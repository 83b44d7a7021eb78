// Nothing lost: an edit is in the browser's storage within a second, so even a renderer that is
// killed (a crash, the out-of-memory killer) loses nothing older than that.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { field, openApp, startSession } from './harness.mjs';

let s;
before(async () => {
  s = await startSession();
});
after(async () => {
  await s?.close();
});

test('an edit one second old survives a killed renderer', async () => {
  const { context, origin } = s;
  const page = await context.newPage();
  await openApp(page, origin);
  await field(page, 'reference.reference').fill('CRASH-2026-1');
  await field(page, 'requesting-authority.organisation').pressSequentially('Office of the Prosecutor');
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  // Page.crash kills the renderer: no pagehide, no unload, no last chance to save. (Its reply
  // never comes: the renderer is gone.)
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  await page.close();

  const again = await context.newPage();
  await openApp(again, origin);
  assert.equal(await field(again, 'reference.reference').inputValue(), 'CRASH-2026-1');
  assert.equal(await field(again, 'requesting-authority.organisation').inputValue(), 'Office of the Prosecutor');
  await again.close();
});

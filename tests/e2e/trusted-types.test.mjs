// Trusted Types: the browser itself refuses markup and script made from strings in Tandem's page,
// with the policy in the page's own CSP (meta) and in the served header alike, so neither a host
// that drops the header nor a copy that loses the meta loses the protection. The rest of the suite
// runs every screen, export, preview, import and lock with it in force.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openHome, startSession } from './harness.mjs';

let s;
before(async () => {
  // No service worker: each test changes what the network answers for the page itself.
  s = await startSession({ serviceWorkers: 'block' });
});
after(async () => {
  await s?.close();
});

/** What the page does with markup, scripts and policies made from strings. */
const attempts = (page) =>
  page.evaluate(() => {
    const outcome = (act) => {
      try {
        act();
        return 'allowed';
      } catch (error) {
        return error.name;
      }
    };
    const div = document.createElement('div');
    return {
      innerHTML: outcome(() => {
        document.body.innerHTML = '<img src=x onerror="window.__pwned=1">';
      }),
      insertAdjacentHTML: outcome(() => div.insertAdjacentHTML('beforeend', '<b>bold</b>')),
      scriptText: outcome(() => {
        document.createElement('script').text = 'window.__pwned=2';
      }),
      otherWorker: outcome(() => new Worker('data:text/javascript,postMessage(1)')),
      otherPolicy: outcome(() => window.trustedTypes.createPolicy('mine', { createHTML: (s) => s })),
      secondDefault: outcome(() => window.trustedTypes.createPolicy('default', { createHTML: (s) => s })),
      pwned: window.__pwned ?? null,
      stillDrawn: document.querySelector('.tandem-home') !== null,
    };
  });

const REFUSED = {
  innerHTML: 'TypeError',
  insertAdjacentHTML: 'TypeError',
  scriptText: 'TypeError',
  otherWorker: 'TypeError',
  otherPolicy: 'TypeError',
  secondDefault: 'TypeError',
  pwned: null,
  stillDrawn: true,
};

test('markup, script text, foreign workers and other policies are refused in the page', async () => {
  const { page, origin } = s;
  await openHome(page, origin);
  assert.deepEqual(await attempts(page), REFUSED);
});

/** Serves the page with `change(headers, html)` applied to the answer for the document. */
async function openChanged(change) {
  const { page, origin } = s;
  let served = 0;
  await page.route(`${origin}/`, async (route) => {
    const response = await route.fetch();
    const { headers, body } = change({ ...response.headers() }, await response.text());
    served += 1;
    await route.fulfill({ response, headers, body });
  });
  try {
    // A new document, not a change of the address's hash in the one already open.
    await page.goto('about:blank');
    await openHome(page, origin);
    assert.equal(served, 1, 'the page was not served through the change');
    return await attempts(page);
  } finally {
    await page.unroute(`${origin}/`);
  }
}

test('the page\'s own policy (meta) enforces it without the served header', async () => {
  const result = await openChanged((headers, html) => {
    delete headers['content-security-policy'];
    return { headers, body: html };
  });
  assert.deepEqual(result, REFUSED);
});

test('the served header enforces it without the page\'s meta', async () => {
  const result = await openChanged((headers, html) => {
    const body = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.notEqual(body, html, 'the page has no CSP meta to remove');
    return { headers, body };
  });
  assert.deepEqual(result, REFUSED);
});

test('no error in the session', () => {
  // The refusals above are exceptions caught in the page; Chromium also logs each as a CSP
  // violation, which is what is asked of it.
  const unexpected = s.errors.filter((e) => !/Trusted Type|TrustedScriptURL|TrustedHTML|TrustedScript|trusted-types/i.test(e));
  assert.deepEqual(unexpected, []);
});

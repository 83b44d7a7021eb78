// Shared set-up of the browser tests: serves dist/, starts Debian's headless Chromium with a
// fresh profile, and records every request and every console error of the session.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDir } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A served dist/ and a browser; `requests` and `errors` fill as the session runs. `options` go to
 * Playwright's launchPersistentContext (e.g. `{ serviceWorkers: 'block' }`).
 */
export async function startSession(options = {}) {
  const requests = [];
  const { server, origin } = await serveDir(DIST, 0);
  const profile = mkdtempSync(join(tmpdir(), 'tandem-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    ...options,
  });
  const errors = [];
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));
  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  // A failed run shows what the browser logged, which the failing test may not have looked at.
  process.once('exit', (code) => {
    if (code !== 0 && errors.length) console.error(`browser errors of a session:\n  ${errors.join('\n  ')}`);
  });
  const page = context.pages()[0] || (await context.newPage());
  return {
    origin,
    page,
    context,
    requests,
    errors,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** For `page.addInitScript`: every write to local storage throws, as with a full quota. */
export function refuseWrites() {
  Storage.prototype.setItem = function () {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/**
 * Waits until the keyboard focus is on the element with this id (the app moves it after the next
 * render, so right after a message shows it may not be there yet) and returns the id focused.
 */
export async function focusedId(page, id, timeout = 3000) {
  try {
    await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout });
  } catch {
    // Fall through: the caller's assertion reports what has the focus instead.
  }
  return page.evaluate(() => document.activeElement?.id);
}

/**
 * Empties the app's storage as a new profile has it: local storage and the crash journal
 * (IndexedDB `tandem`, store `journal`), which would otherwise bring the drafts back at the next
 * start. The journal is emptied, not deleted, as the app keeps it open; a profile without one
 * gets none (the open is aborted before it creates the database).
 */
export async function clearStorage(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        localStorage.clear();
        const open = indexedDB.open('tandem');
        open.onupgradeneeded = () => open.transaction.abort();
        open.onerror = (event) => {
          event.preventDefault();
          resolve();
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('journal', 'readwrite');
          tx.objectStore('journal').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The input of an answer path (ids are `field-<path>`). */
export function field(page, path) {
  return page.locator(`[id="field-${path}"]`);
}

/** A message of a locale's Fluent file, by id, as written there (one line). */
export function message(lang, file, id) {
  const text = readFileSync(join(ROOT, 'locales', lang, file), 'utf8');
  return new RegExp(`^${id} = (.*)$`, 'm').exec(text)[1];
}

/** Makes the page's browser say it is on a metered connection (`navigator.connection.saveData`). */
export async function askToSaveData(page) {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', {
      configurable: true,
      get: () => ({ saveData: true, effectiveType: '2g' }),
    });
  });
}

/**
 * Waits until the service worker is installed (every file of the site in its cache) and controls
 * the page.
 */
export async function untilStored(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** Waits until the page has been idle and then two seconds more: ample time for idle work. */
export async function afterIdle(page) {
  await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => setTimeout(ok, 2000))));
}

/** Opens the home screen (`#/`) and waits for it. */
export async function openHome(page, origin) {
  await page.goto(`${origin}/#/`);
  await page.locator('.tandem-home').waitFor();
}

/**
 * Starts a new, empty draft of a request type (`#/new/<id>`) and waits for its form: the one way
 * tests get to a form.
 */
export async function openTemplate(page, origin, templateId) {
  await page.goto(`${origin}/#/new/${templateId}`);
  await page.waitForURL(/#\/draft\//);
  await page.locator(`form.tandem-form [data-template="${templateId}"]`).waitFor();
}

/** Opens the form of the draft edited last, or of a new preservation request when there is none. */
export async function openApp(page, origin) {
  await openHome(page, origin);
  const last = page.locator('.tandem-draft__title a').first();
  if (await last.count()) {
    await last.click();
    await page.locator('form.tandem-form').waitFor();
  } else {
    await openTemplate(page, origin, 'art29-preservation');
  }
}

/** Text of a PDF as pdftotext reads it (layout kept, so columns stay on their lines). */
export function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Saves a download to a fresh temp file and returns its path. */
export async function saveDownload(download) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-download-'));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** The request types, in menu order, as templates/registry.toml names them. */
export const TEMPLATES = [
  ...readFileSync(join(ROOT, 'templates', 'registry.toml'), 'utf8').matchAll(/^\s*"([a-z0-9-]+)",?\s*$/gm),
].map((m) => m[1]);

/**
 * Opens every part of the form that answers can open, so that tests see all of it: a row in each
 * repeatable item, every tick box ticked and the last option (often "other") of each choice
 * picked, which shows detail boxes and the items they condition.
 */
export async function revealEverything(page) {
  await page.evaluate(async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (const add of document.querySelectorAll('[id$="-add"]')) add.click();
    await settle();
    // Ticking may show more tick boxes: a few rounds until nothing new appears.
    for (let round = 0; round < 4; round++) {
      const last = new Map();
      let changed = false;
      for (const input of document.querySelectorAll('input.tandem-check, input.tandem-choice__radio')) {
        if (!input.getClientRects().length) continue;
        if (input.type === 'radio') last.set(input.name, input);
        else if (!input.checked) {
          input.click();
          changed = true;
        }
      }
      for (const radio of last.values()) {
        if (!radio.checked) {
          radio.click();
          changed = true;
        }
      }
      await settle();
      if (!changed) break;
    }
  });
}

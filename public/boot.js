// Starts the app. A separate file, not an inline script, so the Content-Security-Policy can
// forbid inline scripts.

// Trusted Types (the CSP's `require-trusted-types-for 'script'; trusted-types default`): no
// string ever becomes markup or script in this page, so the one policy the CSP allows has no
// createHTML and no createScript and every such assignment throws. Starting a worker or the
// service worker takes a script URL, which it turns into one for exactly the app's own scripts.
// It is created here, before the app runs; no other policy can be created after it.
const SCRIPTS = ['./pdf-worker.js', './lock-worker.js', './sw.js'];
if (self.trustedTypes) {
  self.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (SCRIPTS.includes(url)) return url;
      throw new TypeError(`Trusted Types: ${url} is not one of Tandem's scripts`);
    },
  });
}

// What the first screen needs besides the app shell, fetched beside it instead of once it has
// started: the list of request types, the UI language's messages and, when the address opens a
// screen other than home, that screen's code (and a new request's template and messages). The
// app asks for the same files, and the browser gives it these. The app shell remains what
// decides: an address or a language guessed otherwise here costs a fetch, never a wrong screen.
// scripts/post-build writes the files of each wasm module split from the shell, and the
// languages the site has.
const MODULES = {}; // written by scripts/post-build
const LANGS = []; // written by scripts/post-build
const SCREENS = [
  // As the app's `preload_screen`. Not a draft's panels and export (`draft_tools`): they would
  // share the line with what the form needs, and the form asks for them once it is shown.
  [/^#\/(new|draft)\/[^/]+$/, ['draft_screen', 'read_template']],
  [/^#\/received\/[^/]+$/, ['received_screen', 'read_template']],
  [/^#\/statistics$/, ['statistics_screen']],
];
// As the app picks it: the language chosen last time, else the first of the browser's languages
// the site has (`Lang::from_browser`), else English.
const chosen = (() => {
  try {
    return JSON.parse(localStorage.getItem('tandem.ui-lang'));
  } catch {
    return null;
  }
})();
const ui = LANGS.includes(chosen)
  ? chosen
  : (navigator.languages.map((tag) => tag.split(/[-_]/)[0].toLowerCase()).find((code) => LANGS.includes(code)) ?? 'en');
const files = new Set(['templates/index.txt', `locales/${ui}.ftl`]);
for (const [address, modules] of SCREENS) {
  if (!address.test(location.hash)) continue;
  for (const module of modules) for (const file of MODULES[module] ?? []) files.add(file);
}
const template = /^#\/new\/([a-z0-9-]+)$/.exec(location.hash)?.[1];
if (template) {
  files.add(`templates/${template}.json`);
  files.add(`locales/${ui}/${template}.ftl`);
}
if (location.protocol.startsWith('http')) {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = `./${file}`;
    document.head.append(link);
  }
}

// Imported only now, so that the files above are asked for as soon as this script runs, not once
// the app's glue and the module loader it imports are in (index.html preloads the glue).
const { default: init } = await import('./tandem-web.js');
await init({ module_or_path: './tandem-web_bg.wasm' });

// After the first visit the app works offline (public/sw.js). Registered once the first screen
// is shown (the app draws its header with it) and the page is idle: on a first visit the service
// worker stores the whole site, about 3 MB, and that must not take the line and the processor
// from the screen being opened. A page the worker already controls stays controlled; registering
// only looks for a new version. Should the app not start, registered all the same, 10 s after the
// page has loaded. Not from a file:// page (the single-file build), where service workers do not
// exist.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  const register = () =>
    navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('offline use unavailable:', error));
  // Safari has no requestIdleCallback.
  const whenIdle = (work) => (self.requestIdleCallback ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 1000));
  const loaded = new Promise((ok) => (document.readyState === 'complete' ? ok() : addEventListener('load', ok, { once: true })));
  loaded.then(() => {
    const since = performance.now();
    const whenShown = () => {
      if (document.querySelector('.tandem-header') || performance.now() - since > 10000) whenIdle(register);
      else setTimeout(whenShown, 200);
    };
    whenShown();
  });
}

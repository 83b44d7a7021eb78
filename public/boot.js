// Starts the app. A separate file, not an inline script, so the Content-Security-Policy can
// forbid inline scripts.
import init from './tandem-web.js';

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

await init({ module_or_path: './tandem-web_bg.wasm' });

// After the first visit the app works offline (public/sw.js). Not from a file:// page (the
// single-file build), where service workers do not exist.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('offline use unavailable:', error));
}

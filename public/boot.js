// Starts the app. A separate file, not an inline script, so the Content-Security-Policy can
// forbid inline scripts.
import init from './tandem-web.js';

await init({ module_or_path: './tandem-web_bg.wasm' });

// After the first visit the app works offline (public/sw.js). Not from a file:// page (the
// single-file build), where service workers do not exist.
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('offline use unavailable:', error));
}

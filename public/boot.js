// Starts the app. A separate file, not an inline script, so the Content-Security-Policy can
// forbid inline scripts.
import init from './tandem-web.js';

await init({ module_or_path: './tandem-web_bg.wasm' });

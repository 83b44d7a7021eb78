// Writes Tandem as ONE .html file, for offices that cannot host the site: it opens from a USB
// stick or an e-mail attachment (file://) and works fully, PDF export included, with no server
// and no network. Usage: node scripts/single-file.mjs <dist-dir> <out.html>
//
// Every file of the built site goes inside, gzip-compressed and base64-encoded, in a JSON data
// block (never executed). A small classic script then stands in for the network: it answers the
// app's fetch() of its own files (wasm, locale bundles, fonts) from that block, and starts each
// worker (PDF engine, lock) from a blob: URL holding the same stand-in, the worker's wasm-bindgen
// glue and its script. The app itself is unchanged: the same wasm as the hosted site. Inline scripts are
// allowed by their SHA-256 hashes in the page's Content-Security-Policy, nothing else inline runs,
// and Trusted Types are enforced as on the site.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Files of the site the single file needs (the service worker and manifest have no use there).
 * The CJK font slices (9 MB) are left out: a PDF with Chinese, Japanese or Korean text made from
 * the single file says that its font is missing.
 */
function siteFiles(dist) {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dist, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((f) => !['index.html', 'sw.js', 'manifest.webmanifest', 'boot.js', 'tandem-web.js', '__wasm_split.js'].includes(f))
    .filter((f) => !f.endsWith('.map'))
    .filter((f) => !/^fonts\/cjk\/[a-z]+\/[0-9]+\.ttf$/.test(f))
    .sort();
}

/**
 * Installed in the page and in the worker: fetch() of one of the site's own files (by relative
 * path) is answered from the embedded data; anything else goes to the real fetch, which the
 * page's policy then blocks (default-src 'none').
 */
function installAssets(scope, assets) {
  const TYPES = { wasm: 'application/wasm', ftl: 'text/plain; charset=utf-8', ttf: 'font/ttf', js: 'text/javascript' };
  const nativeFetch = scope.fetch.bind(scope);
  const base = typeof document === 'undefined' ? '' : new URL('./', document.baseURI).href;
  const nameOf = (input) => {
    let name = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (base && name.startsWith(base)) name = name.slice(base.length);
    return name.replace(/^\.\//, '');
  };
  const bytes = (name) => {
    const binary = atob(assets[name]);
    const gz = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) gz[i] = binary.charCodeAt(i);
    return new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  };
  scope.tandemAsset = (name) => new Response(bytes(name)).text();
  scope.fetch = (input, init) => {
    const name = nameOf(input);
    if (!Object.prototype.hasOwnProperty.call(assets, name)) return nativeFetch(input, init);
    const type = TYPES[name.split('.').pop()] || 'application/octet-stream';
    return Promise.resolve(new Response(bytes(name), { status: 200, headers: { 'Content-Type': type } }));
  };
}

/** The page's stand-in: assets, then each worker from a blob: URL; sets `tandemReady`. */
function pageStandIn() {
  const assets = JSON.parse(document.getElementById('tandem-assets').textContent);
  installAssets(window, assets);
  // Each worker the app starts: its wasm-bindgen glue, and the files it fetches.
  const WORKERS = {
    'pdf-worker.js': ['tandem-worker.js', /^(fonts\/|locales\/|tandem-worker_bg\.wasm$)/],
    'lock-worker.js': ['tandem-lock-worker.js', /^tandem-lock-worker_bg\.wasm$/],
  };
  const NativeWorker = window.Worker;
  const workerUrls = {};
  window.tandemReady = Promise.all(
    Object.entries(WORKERS).map(async ([script, [glueName, files]]) => {
      const glue = await window.tandemAsset(glueName);
      const main = (await window.tandemAsset(script)).replace(/^importScripts\(.*\);?$/m, '');
      const workerAssets = {};
      for (const [name, data] of Object.entries(assets)) {
        if (files.test(name)) workerAssets[name] = data;
      }
      const source = [`(${installAssets})(self, ${JSON.stringify(workerAssets)});`, glue, main].join('\n');
      workerUrls[script] = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    }),
  );
  window.Worker = function Worker(url, options) {
    return new NativeWorker(workerUrls[String(url).split('/').pop()] ?? url, options);
  };
  // Trusted Types, as public/boot.js on the site: no string becomes markup or script; the one
  // policy turns exactly the workers' blob: URLs made above into script URLs.
  if (window.trustedTypes) {
    window.trustedTypes.createPolicy('default', {
      createScriptURL(url) {
        if (Object.values(workerUrls).includes(url)) return url;
        throw new TypeError(`Trusted Types: ${url} is not one of Tandem's scripts`);
      },
    });
  }
}

/**
 * The app's wasm-bindgen ES module glue as an inline module, with the module that loads the
 * screens split from the shell (`__wasm_split.js`, scripts/split-web) inside it: each module's
 * imports and exports dropped, the glue's `import * as importN from "./__wasm_split.js"` made
 * the loader's exports; then started. The loader fetches the screens' wasm by relative path,
 * which the stand-in answers from the embedded files.
 */
function appModule(glue, loader) {
  const LOADER = /^import \* as (\w+) from "\.\/__wasm_split\.js";?\s*$/gm;
  const namespaces = [...glue.matchAll(LOADER)].map((m) => m[1]);
  const body = glue
    .replace(LOADER, '')
    .replace(/^export (class|function|const|let) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?\s*$/m, '');
  if (/^(export|import) /m.test(body)) throw new Error('tandem-web.js: an import or export form this script does not know');
  const exported = [...loader.matchAll(/^export const (\w+) /gm)].map((m) => m[1]);
  const loaderBody = loader
    .replace(/^import \{ initSync \} from "\.\/tandem-web\.js";?\s*$/m, '')
    .replace(/^export const /gm, 'const ');
  if (/^(export|import) /m.test(loaderBody)) throw new Error('__wasm_split.js: an import or export form this script does not know');
  const bound = namespaces.map((n) => `const ${n} = __wasm_split;`).join('\n');
  return `${body}\n${loaderBody}\nconst __wasm_split = { ${exported.join(', ')} };\n${bound}\nawait window.tandemReady;\nawait __wbg_init({ module_or_path: './tandem-web_bg.wasm' });\n`;
}

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const escapeJson = (json) => json.replace(/</g, '\\u003c');

export function singleFile(dist) {
  const assets = {};
  for (const file of siteFiles(dist)) {
    assets[file] = gzipSync(readFileSync(join(dist, file)), { level: 9 }).toString('base64');
  }
  const css = readFileSync(join(dist, 'tandem.css'), 'utf8');
  const icon = readFileSync(join(dist, 'icon.svg')).toString('base64');
  const standIn = `${installAssets}\n(${pageStandIn})();\n`;
  const module = appModule(readFileSync(join(dist, 'tandem-web.js'), 'utf8'), readFileSync(join(dist, '__wasm_split.js'), 'utf8'));
  const csp = [
    "default-src 'none'",
    `script-src ${hash(standIn)} ${hash(module)} 'wasm-unsafe-eval'`,
    `style-src ${hash(css)}`,
    'img-src blob: data:',
    'font-src data:',
    'worker-src blob:',
    'frame-src blob:',
    'connect-src blob: data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
  const noscript = readFileSync(join(dist, 'index.html'), 'utf8').match(/<noscript>[\s\S]*?<\/noscript>/)?.[0] ?? '';
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>Tandem</title>
<link rel="icon" href="data:image/svg+xml;base64,${icon}">
<style>${css}</style>
<script type="application/json" id="tandem-assets">${escapeJson(JSON.stringify(assets))}</script>
<script>${standIn}</script>
<script type="module">${module}</script>
</head>
<body>
${noscript}
</body>
</html>
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dist = 'dist', out = 'tandem.html'] = process.argv.slice(2);
  const html = singleFile(dist);
  writeFileSync(out, html);
  console.log(`${out}: ${(html.length / 1e6).toFixed(2)} MB, the whole app in one file`);
}

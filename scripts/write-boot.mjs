// Writes into a built site's boot.js what it fetches ahead of the app shell, from the site itself
// (run by scripts/post-build):
//   MODULES: the files each wasm module split from the shell needs, read from the loader
//            scripts/split-web makes (__wasm_split.js, as wasm-split-cli 0.2.4 writes it);
//   LANGS:   the languages whose messages the site holds (locales/<code>.ftl).
//   node scripts/write-boot.mjs <site dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const site = process.argv[2];
const boot = join(site, 'boot.js');
let text = readFileSync(boot, 'utf8');
text = write(text, 'MODULES', modules(readFileSync(join(site, '__wasm_split.js'), 'utf8')));
text = write(text, 'LANGS', readdirSync(join(site, 'locales')).filter((f) => f.endsWith('.ftl')).map((f) => f.slice(0, -4)).sort());
writeFileSync(boot, text);

/** boot.js with `const <name> = <empty>; // written by scripts/post-build` holding `value`. */
function write(text, name, value) {
  const line = new RegExp(`^const ${name} = (\\{\\}|\\[\\]); // written by scripts/post-build$`, 'm');
  if (!line.test(text)) fail(`boot.js has no line "const ${name} = …; // written by scripts/post-build"`);
  return text.replace(line, () => `const ${name} = ${JSON.stringify(value)}; // written by scripts/post-build`);
}

/** Each split module's files, those of the chunks it needs first, from the loader's script. */
function modules(loader) {
  // const __chunk_6 = makeLoad(() => { … new URL("./chunk_6.wasm" … }, []);
  // export const __wasm_split_load_draft_screen = wrapAsyncCb(makeLoad(() => { … new URL("./split_draft_screen.wasm" … }, [__chunk_6, …]));
  const LOAD =
    /(?:export )?const (__chunk_\d+|__wasm_split_load_\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+\.wasm)", import\.meta\.url\)\);[\s\S]*?\n\}\s*,\s*\[([^\]]*)\]\)/g;
  const files = new Map();
  const found = {};
  for (const [, name, file, deps] of loader.matchAll(LOAD)) {
    const needs = deps.split(',').map((d) => d.trim()).filter(Boolean);
    const own = [...new Set([...needs.flatMap((d) => files.get(d) ?? fail(`${name} needs ${d}, not defined before it`)), file])];
    files.set(name, own);
    const split = /^__wasm_split_load_(\w+)$/.exec(name);
    if (split) found[split[1]] = own;
  }
  if (Object.keys(found).length === 0) fail('__wasm_split.js: no module found: is it the loader wasm-split-cli 0.2.4 writes?');
  return found;
}

function fail(why) {
  console.error(`write-boot: ${why}`);
  process.exit(1);
}

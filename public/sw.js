// Tandem's service worker: after one visit the app loads and works, export included, with no
// network. scripts/post-build writes the real file into dist/ from this one, replacing VERSION
// (a hash of every asset, so each build gets its own cache) and ASSETS (every file of the site but
// the CJK font slices, kept by need below).
// Only same-origin GETs of those static files are ever answered from the cache; nothing else is
// stored, and nothing the user types ever passes through here.
const VERSION = '__TANDEM_VERSION__';
const ASSETS = __TANDEM_ASSETS__;
const CACHE = `tandem-${VERSION}`;

// Files are stored a few at a time and at low priority, so that what an open page asks for
// meanwhile (a screen's code, the export engine) is not queued behind the whole site on a slow
// line; a file an interrupted install of this version already stored is not fetched again. Each
// is checked with the server (`no-cache`: a file the browser holds is not fetched again when
// unchanged), so that a new version never stores the old version's copy of a file its names kept.
// A file that cannot be fetched fails the install, which the browser tries again at the next
// visit: a version never goes live with some of its files missing.
const AT_ONCE = 4;

async function storeAll(cache) {
  const waiting = [...ASSETS];
  const store = async () => {
    for (let url = waiting.shift(); url !== undefined; url = waiting.shift()) {
      if (await cache.match(url)) continue;
      // `priority` is a hint (Chromium); other browsers ignore it.
      const response = await fetch(new Request(url, { priority: 'low', cache: 'no-cache' }));
      if (!response.ok) throw new TypeError(`${url}: HTTP ${response.status}`);
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, store));
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(storeAll));
});

// A new version takes over when no tab runs the old one (the browser's default), so a page never
// mixes the files of two versions; the old caches are then deleted.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('tandem-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// A CJK font face comes in slices (fonts/cjk/<face>/NN.ttf) that are not precached: the first
// time the PDF engine reads a face's index (a document in Chinese, Japanese or Korean), every
// slice of that face is stored, so that PDFs in that language can be made offline from then on.
// A slice fetched before they are all stored is kept too.
const CJK_SLICE = /\/fonts\/cjk\/[a-z]+\/[0-9]+\.ttf$/;
const CJK_INDEX = /\/fonts\/cjk\/[a-z]+\/index\.txt$/;
// A request type a host added to its copy of the site after the build (templates/README.md) is
// not in ASSETS: its template and messages are kept the first time they are fetched.
const ADDED = /\/(templates\/[a-z0-9-]+\.json|locales\/[a-z]+\/[a-z0-9-]+\.ftl)$/;

function keepFace(cache, indexUrl, index) {
  const slices = index
    .split('\n')
    .map((line) => line.split(' ')[0])
    .filter((n) => /^[0-9]+$/.test(n))
    .map((n) => new URL(`${n}.ttf`, indexUrl).href);
  return Promise.all(
    slices.map((url) =>
      cache.match(url).then((hit) => hit || cache.add(url).catch(() => undefined)),
    ),
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is the one index.html; the route is in the hash.
  const key = request.mode === 'navigate' ? new URL('./', self.location).href : request;
  const url = new URL(request.url).pathname;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(key, { ignoreSearch: true }).then((hit) => {
        if (hit && CJK_INDEX.test(url)) {
          event.waitUntil(hit.clone().text().then((index) => keepFace(cache, request.url, index)));
        }
        if (hit || !(CJK_SLICE.test(url) || ADDED.test(url))) return hit || fetch(request);
        return fetch(request).then((response) => {
          if (response.ok) event.waitUntil(cache.put(request, response.clone()));
          return response;
        });
      }),
    ),
  );
});

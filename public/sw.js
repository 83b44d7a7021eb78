// Tandem's service worker: after one visit the app loads and works, export included, with no
// network. scripts/post-build writes the real file into dist/ from this one, replacing VERSION
// (a hash of every asset, so each build gets its own cache) and ASSETS (every file of the site).
// Only same-origin GETs of those static files are ever answered from the cache; nothing else is
// stored, and nothing the user types ever passes through here.
const VERSION = '__TANDEM_VERSION__';
const ASSETS = __TANDEM_ASSETS__;
const CACHE = `tandem-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Every page of the app is the one index.html; the route is in the hash.
  const key = request.mode === 'navigate' ? new URL('./', self.location).href : request;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((hit) => hit || fetch(request)),
  );
});

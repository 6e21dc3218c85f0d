// Service worker of the demo portal: precaches the pages, the glue and the wasm under the exact
// URLs they are requested by, in a cache named after the build, and serves them cache-first, so
// after one visit the forms validate with the network off. Older caches are deleted on activate.
// scripts/build-www writes sw.js from this file, filling in the version and the file list.
const VERSION = '__VERSION__';
const CACHE = `mestring-demo-${VERSION}`;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('mestring-demo-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      try {
        return await fetch(req);
      } catch (e) {
        if (req.mode === 'navigate') return (await cache.match('./index.html')) ?? Response.error();
        throw e;
      }
    }),
  );
});

/* Offline support for CEAC Status Guide. Generated at build time from src/integrations/sw-template.js. */
const CACHE = 'ceac-__CACHE_VERSION__';
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  // Precache once, after the first visit. A failed file does not block the rest.
  event.waitUntil(
    caches.open(CACHE).then((cache) => Promise.allSettled(PRECACHE.map((url) => cache.add(url)))).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ceac-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_astro/')) {
    // Hashed file names never change content: cache first.
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
    return;
  }
  if (request.mode === 'navigate') {
    // Pages: network first so a deploy shows at once; the cached copy when offline. The query
    // string (wizard answers) is ignored for the cache lookup: the page reads it itself.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(url.pathname, { ignoreSearch: true }).then((hit) => hit || caches.match('/404.html')),
      ),
    );
  }
});

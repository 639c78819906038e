/* Offline support for CEAC Status Guide. Generated at build time from src/integrations/sw-template.js. */
const CACHE = 'ceac-__CACHE_VERSION__';
const PRECACHE = __PRECACHE__;
/** How long a page waits for the network before the cached copy is shown instead. */
const NETWORK_PATIENCE_MS = 3000;

self.addEventListener('install', (event) => {
  // Precache once, after the first visit, all or nothing: addAll stores no file unless every one
  // arrived, and a failed install deletes the cache it created (never one that was there before),
  // so the previous worker and its complete cache stay in use; the browser tries again later.
  event.waitUntil(
    caches.has(CACHE).then((existed) =>
      caches
        .open(CACHE)
        .then((cache) => cache.addAll(PRECACHE))
        .then(
          () => self.skipWaiting(),
          (error) =>
            (existed ? Promise.resolve() : caches.delete(CACHE)).then(() => {
              throw error;
            }),
        ),
    ),
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
  if (request.mode === 'navigate') event.respondWith(navigation(request, url));
});

/**
 * Pages: network first so a deploy shows at once. The cached copy is shown instead when the network
 * fails, answers with a server error (5xx), or has not answered within NETWORK_PATIENCE_MS (a slow
 * answer after that is dropped; without a cached copy the page keeps waiting for it). The query
 * string (wizard answers) is ignored for the cache lookup: the page reads it itself.
 */
function navigation(request, url) {
  const cached = () => caches.match(url.pathname, { ignoreSearch: true });
  return new Promise((resolve) => {
    const network = fetch(request);
    const timer = setTimeout(() => cached().then((hit) => hit && resolve(hit)), NETWORK_PATIENCE_MS);
    network.then(
      (response) => {
        clearTimeout(timer);
        if (response.status < 500) return resolve(response);
        return cached().then((hit) => resolve(hit || response));
      },
      () => {
        clearTimeout(timer);
        return cached()
          .then((hit) => hit || caches.match('/404.html'))
          .then(resolve);
      },
    );
  });
}

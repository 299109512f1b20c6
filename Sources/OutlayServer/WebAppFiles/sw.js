// Keeps the app's files on the device so it opens without a network. The page is asked of the network
// first (a new version shows at once) and taken from the cache when there is none; the versioned files
// never change, so the cache answers them. The API and the session are left to the network: entries made
// offline wait in the page's outbox, not here.
const CACHE = 'outlay-{{version}}';
const FILES = ['/', {{files}}];

self.addEventListener('install', (event) => {
  // Where the browser can route by itself (the static routing API), the API and the session never pass through
  // this worker at all: they are the network's, exactly as on a page without a worker.
  const routes = event.addRoutes?.([
    { condition: { urlPattern: new URLPattern({ pathname: '/api/*' }) }, source: 'network' },
    { condition: { urlPattern: new URLPattern({ pathname: '/app/session' }) }, source: 'network' },
    { condition: { urlPattern: new URLPattern({ pathname: '/app/account' }) }, source: 'network' },
  ]);
  event.waitUntil(Promise.all([routes, caches.open(CACHE).then((cache) => cache.addAll(FILES))]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith('outlay-') && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (event.request.mode === 'navigate') {
    event.respondWith(fetch(event.request).catch(() => caches.open(CACHE).then((cache) => cache.match('/'))));
  } else if (url.pathname.startsWith('/app/{{version}}/')) {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(event.request)).then((hit) => hit || fetch(event.request)));
  }
});

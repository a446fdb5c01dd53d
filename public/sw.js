// Backcheck's service worker: keeps every file of one build so the app opens offline.
// The post-build hook (scripts/post-build.mjs) fills in the version and the file list;
// a new deploy therefore changes this file, which is how the browser notices an update.
const VERSION = "__BACKCHECK_VERSION__";
const FILES = __BACKCHECK_FILES__;
const CACHE = `backcheck-${VERSION}`;

self.addEventListener("install", (event) => {
  // Not skipWaiting(): a new version waits until the person chooses to reload,
  // so nobody is reloaded in the middle of the check.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("backcheck-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page is the same whatever the query or fragment: answer from this version's copy.
    event.respondWith(caches.open(CACHE).then((cache) => cache.match("./")).then((page) => page ?? fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});

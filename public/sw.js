// Backcheck's service worker: keeps what the app needs so it opens offline, and no more.
// The post-build hook (scripts/post-build.mjs) fills in the version and the file lists;
// a new deploy therefore changes this file, which is how the browser notices an update.
//
// A first visit costs a visitor's data plan, so it fetches only what the check needs (CORE).
// The second build (its plan part, backcheck-plan-<hash>: the plan's screens; its session part,
// backcheck-session-<hash>: following a session along; its records part,
// backcheck-records-<hash>: the data screen, About, the pain chart, the summary; each a js and a
// wasm; their stylesheet, backcheck-second-<hash>.css; and the exercise pictures, exercises/*.svg,
// which only its session screen shows) is kept once a person can use it: when results
// offer a plan (the page says "keep-second-build"), or when one of its addresses is opened.
// Icons are kept when the browser asks for them. The link-preview card, which only chat apps'
// crawlers read, is never kept. A deploy takes the old files off the server, so while a newer
// version waits, a version without its second build hands pages to the network (see page()).
const VERSION = "__BACKCHECK_VERSION__";
const CORE = __BACKCHECK_CORE__;
const SECOND_BUILD = __BACKCHECK_SECOND_BUILD__;
const ON_USE = __BACKCHECK_ON_USE__;
const CACHE = `backcheck-${VERSION}`;

const path = (url) => new URL(url, self.location).pathname;
const KEEP_ON_USE = new Set([...SECOND_BUILD, ...ON_USE].map(path));

/** Whether an earlier version kept the second build: an update keeps it too, so a plan opens offline after it. */
async function hadSecondBuild() {
  for (const key of await caches.keys()) {
    if (key === CACHE || !key.startsWith("backcheck-")) continue;
    const requests = await (await caches.open(key)).keys();
    if (requests.some((request) => /\/backcheck-(plan|session|records|second)-/.test(path(request.url)))) return true;
  }
  return false;
}

self.addEventListener("install", (event) => {
  // Not skipWaiting(): a new version waits until the person chooses to reload,
  // so nobody is reloaded in the middle of the check.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(CORE);
      if (await hadSecondBuild()) await cache.addAll(SECOND_BUILD);
    })(),
  );
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
  if (event.data === "keep-second-build") event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SECOND_BUILD)));
});

/** The network's answer, kept if it is a file worth having offline once used. */
async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok && KEEP_ON_USE.has(path(request.url))) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/**
 * The page, the same whatever the query or fragment: this version's copy, unless a newer version
 * is installing or waiting and this one never kept the second build. The update took this
 * version's second build off the server, so its page could not open the second build's addresses
 * (nor could a reload, while this version stays in charge); the network's page, the newer
 * version's, opens every address. Offline, this version's copy still opens the check.
 */
async function page(request) {
  const cache = await caches.open(CACHE);
  const own = await cache.match("./");
  const newer = self.registration.installing || self.registration.waiting;
  const secondBuildKept = async () => (await Promise.all(SECOND_BUILD.map((file) => cache.match(file)))).every(Boolean);
  if (own && (!newer || (await secondBuildKept()))) return own;
  return fetch(request).catch((error) => own ?? Promise.reject(error));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetchAndKeep(request)));
});

// Backcheck's service worker: keeps what the app needs so it opens offline, and no more.
// The post-build hook (scripts/post-build.mjs) fills in the version and the file lists;
// a new deploy therefore changes this file, which is how the browser notices an update.
//
// A first visit costs a visitor's data plan, so it fetches only what the check needs (CORE).
// The second build (its plan part, backcheck-plan-<hash>: the plan's pages; its session part,
// backcheck-session-<hash>, with the exercise pictures, exercises/*.svg, which only it shows; its
// records part, backcheck-records-<hash>: the data screen, About, the pain chart, the summary;
// each a js and a wasm, all with one stylesheet, backcheck-second-<hash>.css) is kept in groups,
// each once a person can use it: the plan part when results offer a plan (the page says
// "keep-second-build"); the session and records parts once a plan is made (the plan's page says
// "keep-after-plan"); any file of them when its address is opened. A group kept once is kept
// across updates. Only what is missing is fetched.
// Icons are kept when the browser asks for them. The link-preview card, which only chat apps'
// crawlers read, is never kept. A deploy takes the old files off the server, so while a newer
// version waits, a version without its whole second build hands pages to the network (see page()).
const VERSION = "__BACKCHECK_VERSION__";
const CORE = __BACKCHECK_CORE__;
/** The second build's files in the groups kept together: { plan, session, records }. */
const GROUPS = __BACKCHECK_SECOND_BUILD__;
const SECOND_BUILD = [...new Set(Object.values(GROUPS).flat())];
/** What each message from the page keeps. */
const KEEP = { "keep-second-build": ["plan"], "keep-after-plan": ["session", "records"] };
const ON_USE = __BACKCHECK_ON_USE__;
const CACHE = `backcheck-${VERSION}`;

const path = (url) => new URL(url, self.location).pathname;
const KEEP_ON_USE = new Set([...SECOND_BUILD, ...ON_USE].map(path));

/** The groups an earlier version kept (any file of a part): an update keeps them too, so they open offline after it. */
async function groupsKeptBefore() {
  const kept = new Set();
  for (const key of await caches.keys()) {
    if (key === CACHE || !key.startsWith("backcheck-")) continue;
    const paths = (await (await caches.open(key)).keys()).map((request) => path(request.url));
    for (const group of Object.keys(GROUPS)) {
      if (paths.some((file) => file.includes(`/backcheck-${group}-`))) kept.add(group);
    }
  }
  return [...kept];
}

/** Keeps the files of `groups` this version has not kept yet (a file kept on use is not fetched again). */
async function keepGroups(groups) {
  const cache = await caches.open(CACHE);
  const files = [...new Set(groups.flatMap((group) => GROUPS[group] ?? []))];
  const missing = [];
  for (const file of files) if (!(await cache.match(file))) missing.push(file);
  await cache.addAll(missing);
}

self.addEventListener("install", (event) => {
  // Not skipWaiting(): a new version waits until the person chooses to reload,
  // so nobody is reloaded in the middle of the check.
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(CORE);
      await keepGroups(await groupsKeptBefore());
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
  if (KEEP[event.data]) event.waitUntil(keepGroups(KEEP[event.data]));
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
 * is installing or waiting and this one has not kept its whole second build. The update took this
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

// Sharing, installing and offline use, against the release build under a sub-path.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { DIST, SUB_PATH, openPage, startBrowser, startServer, waitForApp, watchPage } from "./harness.mjs";
import { makePlan } from "./plan-driver.mjs";
import { SELF_CARE } from "./profiles.mjs";
import { completeQuiz, guidanceIds } from "./quiz-driver.mjs";
import { startStaticServer } from "./static-server.mjs";

let browser;
before(async () => {
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
});

/** A copy of dist/ that a test may "deploy" over, served like any static host. */
async function deployCopy() {
  const dir = mkdtempSync(join(tmpdir(), "backcheck-deploy-"));
  cpSync(DIST, dir, { recursive: true });
  return { dir, start: () => startStaticServer({ root: dir, base: SUB_PATH }), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A file of the second build: either part's js or wasm, or their stylesheet. */
const SECOND_BUILD_FILE = /^backcheck-(plan|session|records|second)-/;

/**
 * Deploys a newer version over a copy of dist/ as a real deploy does: both builds' files (the
 * second build's stylesheet among them) under new hashed names, so the running version's files
 * are gone from the server, and so a new sw.js. The page's inline scripts name the files, so the
 * CSP gets their new hashes, as the post-build hook would give them. Returns the new version's cache name and its first build's name.
 */
function deployNewerVersion(dir) {
  const text = (file) => readFileSync(join(dir, file), "utf8");
  const names = readdirSync(dir)
    // Trunk writes the first build's hash without its leading zeros: 1 to 16 digits.
    .map((file) => file.match(/^(backcheck(?:-plan|-session|-records|-second)?-[0-9a-f]{1,16})(?:\.js|_bg\.wasm|\.css)$/)?.[1])
    .filter(Boolean);
  const renamed = new Map(names.map((name) => [name, name.replace(/[0-9a-f]{1,16}$/, (hash) => createHash("sha256").update(`${hash}-next`).digest("hex").slice(0, 16))]));
  const rename = (body) => [...renamed].reduce((body, [from, to]) => body.replaceAll(from, to), body);
  for (const file of readdirSync(dir).filter((file) => renamed.has(file.replace(/(\.js|_bg\.wasm|\.css)$/, "")))) {
    const moved = rename(file);
    renameSync(join(dir, file), join(dir, moved));
    if (moved.endsWith(".js")) writeFileSync(join(dir, moved), rename(text(moved)));
  }
  let page = rename(text("index.html"));
  const sha256 = (body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
  const scripts = [...page.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1]));
  page = page.replace(/(script-src 'self' 'wasm-unsafe-eval')[^;]*/, `$1 ${scripts.join(" ")}`);
  writeFileSync(join(dir, "index.html"), page);
  const worker = rename(text("sw.js")).replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"');
  writeFileSync(join(dir, "sw.js"), worker);
  const firstBuild = [...renamed.values()].find((name) => !SECOND_BUILD_FILE.test(name));
  return { cache: `backcheck-${worker.match(/const VERSION = "([^"]+)"/)[1]}`, firstBuild };
}

/** Asks the browser to look for a new sw.js now, and waits until it has installed and waits. */
async function untilUpdateWaits(page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting));
}

/** Waits for a second-build screen, or for the "could not start" notice, and says which came. */
async function secondBuildScreen(page, selector) {
  await page.waitForSelector(`${selector}, #load-problem:not([hidden])`);
  return (await page.locator(selector).count()) ? "opened" : (await page.locator("#load-problem").textContent()).trim();
}

/** Whether the second build's stylesheet is in the page, loaded (its integrity matched). */
const secondStylesheetIn = (page) =>
  page.evaluate(() => [...document.styleSheets].some((sheet) => /backcheck-second-[0-9a-f]{16}\.css$/.test(sheet.href ?? "") && sheet.cssRules.length > 0));

async function untilControlled(page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

describe("sharing", () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server?.close();
  });

  async function pageWithClipboard() {
    const page = await openPage(browser, server);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    return page;
  }
  const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

  test("the Share button copies the link to the start of the check, and says so", async () => {
    const page = await pageWithClipboard();
    await page.goto(`${server.url}?from=clinic`);
    await waitForApp(page);
    await page.click("text=Share this check");
    await page.waitForSelector("text=Link copied");
    assert.equal(await clipboard(page), `${server.url}?from=clinic`);
    page.assertClean();
    await page.closeAll();
  });

  test("a results link opens the same results read-only on another device", async () => {
    const page = await pageWithClipboard();
    await page.goto(server.url);
    await waitForApp(page);
    await page.click("text=Start the check");
    await completeQuiz(page, SELF_CARE);
    const original = await guidanceIds(page);
    assert.match(await page.locator(".share-results").textContent(), /not sent to us/);
    await page.click("text=Make a link to these results");
    await page.waitForSelector("text=Link copied");
    const link = await clipboard(page);
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/some\/sub\/path\/#r=5\.[A-Za-z0-9_-]{10,30}$/);

    const other = await openPage(browser, server); // a fresh context: another device
    await other.goto(link);
    await other.waitForSelector("[data-triage]");
    assert.equal(await other.locator("h1").textContent(), "Shared results");
    assert.equal(await other.getAttribute("[data-triage]", "data-triage"), "self-care");
    assert.deepEqual(await guidanceIds(other), original);
    assert.equal(await other.locator("text=Change my answers").count(), 0, "read-only");
    assert.equal(await other.evaluate(() => localStorage.getItem("backcheck")), null, "the viewer's own data is untouched");
    other.assertClean();
    page.assertClean();
    await other.closeAll();
    await page.closeAll();
  });

  test("a results link made by the first release still opens, with a note on the signs it did not ask about", async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.url}#r=1.VVVTVYBYYFXdf78`);
    await page.waitForSelector("[data-triage]");
    assert.equal(await page.locator("h1").textContent(), "Shared results");
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "self-care");
    assert.ok(await page.locator(".first-safety-check").isVisible());
    page.assertClean();
    await page.closeAll();
  });

  test("a broken, tampered or future results link explains itself and offers the check", async () => {
    for (const [code, message] of [
      ["1.VVVTVYBYYFXdf7", /broken or incomplete/],
      ["1.VVVTVYBYYFXdf79", /broken or incomplete/],
      ["garbage", /broken or incomplete/],
      ["7.AAAA", /newer version/],
    ]) {
      const page = await openPage(browser, server);
      await page.goto(`${server.url}#r=${code}`);
      await waitForApp(page);
      assert.match(await page.locator("[role=alert]").textContent(), message, code);
      assert.ok(await page.locator("text=Start the check").isVisible());
      page.assertClean();
      await page.closeAll();
    }
  });
});

describe("installing and offline use", () => {
  test("the manifest makes the app installable from a sub-path", async () => {
    const server = await startServer();
    const page = await openPage(browser, server, { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });
    await page.goto(server.url);
    await waitForApp(page);
    await untilControlled(page);
    const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8"));
    assert.equal(manifest.start_url, "./");
    assert.equal(manifest.scope, "./");
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.icons.some((icon) => icon.purpose === "maskable"));
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // Playwright's contexts are incognito, where Chromium never offers to install; every other
    // reason would be the app's fault.
    assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== "in-incognito"), []);
    const { url } = await cdp.send("Page.getAppManifest");
    assert.equal(url, `${server.url}manifest.webmanifest`);
    page.assertClean();
    await page.closeAll();
    await server.close();
  });

  test("a first visit fetches only what the check needs; results that offer a plan keep its build, so after that the app reloads, a whole check completes and a plan is made with no network", async () => {
    const deploy = await deployCopy();
    const server = await deploy.start();
    const page = await openPage(browser, server);
    await page.goto(server.url);
    await waitForApp(page);
    await untilControlled(page);
    const fetched = () => server.requests.map((path) => path.slice(SUB_PATH.length));
    assert.equal(fetched().filter((file) => SECOND_BUILD_FILE.test(file)).length, 0, `a first visit: ${fetched().join(", ")}`);
    assert.equal(fetched().filter((file) => file === "icons/og-card.png").length, 0, "never the link-preview card");
    const firstWasm = fetched().filter((file) => /^backcheck-[0-9a-f]{1,16}_bg\.wasm$/.test(file));
    assert.equal(firstWasm.length, 1, `the wasm once: ${fetched().join(", ")}`);

    // Results that offer a plan: the service worker keeps the second build's plan part from then
    // on (the session and records parts wait for a plan to be made).
    await page.evaluate((a) => localStorage.setItem("backcheck", JSON.stringify({ version: 6, data: { current: { answers: a, recorded_as: null }, history: [], plan: null, sessions: [], plan_notes: [] } })), SELF_CARE);
    await page.goto("about:blank");
    await page.goto(`${server.url}#results`);
    await page.waitForSelector("[data-triage=self-care]");
    const kept = () =>
      page.evaluate(async () => {
        const files = [];
        for (const key of await caches.keys()) {
          for (const request of await (await caches.open(key)).keys()) {
            const file = new URL(request.url).pathname.split("/").slice(-2).join("/");
            if (/backcheck-(plan|session|records|second)-|exercises\//.test(file)) files.push(file.replace(/^.*\/(backcheck-)/, "$1").replace(/-[0-9a-f]{16}/, ""));
          }
        }
        return files.sort();
      });
    await page.waitForFunction(async () => (await caches.keys()).length > 0);
    for (let tries = 0; (await kept()).length < 3 && tries < 100; tries++) await page.waitForTimeout(100);
    assert.deepEqual(await kept(), ["backcheck-plan.js", "backcheck-plan_bg.wasm", "backcheck-second.css"], "the plan part and its stylesheet, no more");
    await page.evaluate(() => localStorage.clear());
    await page.goto("about:blank");
    await page.goto(server.url);
    await waitForApp(page);
    await page.context().setOffline(true);
    await server.close();

    await page.reload();
    await waitForApp(page);
    await page.click("text=Start the check");
    await completeQuiz(page, SELF_CARE);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "self-care");
    await page.reload();
    await page.waitForSelector("[data-triage]");
    // The second build was never opened online: the service worker kept it when a plan was offered.
    await makePlan(page);
    await page.reload();
    await page.waitForSelector("main.plan .plan-steps");
    assert.equal(await page.locator(".week-days").evaluate((days) => getComputedStyle(days).display), "grid", "with its stylesheet");
    page.assertClean();
    await page.closeAll();
    deploy.remove();
  });

  test("a new deploy shows 'a new version is ready', and Reload switches to it keeping the answers", async () => {
    const deploy = await deployCopy();
    const server = await deploy.start();
    const page = await openPage(browser, server);
    await page.goto(server.url);
    await waitForApp(page);
    await untilControlled(page);
    await page.click("text=Start the check");
    await page.click('label[for="emergency-signs-none"]');
    const cachesBefore = await page.evaluate(() => caches.keys());
    assert.equal(cachesBefore.length, 1);

    // Deploy a new version behind the running page.
    const worker = readFileSync(join(deploy.dir, "sw.js"), "utf8");
    writeFileSync(join(deploy.dir, "sw.js"), worker.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration()).waiting));
    await page.waitForTimeout(300);
    assert.equal(await page.locator(".notice-update").count(), 0, "mid-check the notice waits, so nothing pushes the question down");
    assert.equal(await page.evaluate(() => location.hash), "#q=emergency-signs", "nobody is reloaded mid-check");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await page.waitForSelector("text=A new version of Backcheck is ready");
    await page.click(".notice-update >> text=Later");
    assert.equal(await page.locator(".notice-update").count(), 0, "Later puts it away");

    // Two more tabs see the notice. One reloads into the new version; the other's Reload must
    // still work, although the new version has already taken over.
    const first = await page.context().newPage();
    const second = await page.context().newPage();
    for (const tab of [first, second]) {
      await tab.goto(server.url);
      await tab.waitForSelector("text=A new version of Backcheck is ready");
    }
    await Promise.all([first.waitForEvent("load"), first.getByRole("button", { name: "Reload", exact: true }).click()]);
    await Promise.all([second.waitForEvent("load"), second.getByRole("button", { name: "Reload", exact: true }).click()]);
    await second.waitForSelector("text=Continue where you left off");
    assert.equal(await second.locator(".notice-update").count(), 0, "the new version is running");
    const stored = JSON.parse(await second.evaluate(() => localStorage.getItem("backcheck")));
    assert.deepEqual(stored.data.current.answers["emergency-signs"], ["none"], "the answer survived the reload");
    const cachesAfter = await second.evaluate(() => caches.keys());
    assert.deepEqual(cachesAfter, [`${cachesBefore[0]}-next`], "the old version's cache is gone");
    page.assertClean();
    await page.closeAll();
    await server.close();
    deploy.remove();
  });

  /** The old version's page, controlled by its worker, which never kept the second build; a newer version installed and waiting. */
  async function oldPageWithAnUpdateWaiting(t) {
    const deploy = await deployCopy();
    const server = await deploy.start();
    t.after(async () => {
      await server.close();
      deploy.remove();
    });
    const page = await openPage(browser, server);
    t.after(() => page.closeAll());
    await page.goto(server.url);
    await waitForApp(page);
    await untilControlled(page);
    const fetched = () => server.requests.filter((path) => SECOND_BUILD_FILE.test(path.split("/").pop()));
    assert.deepEqual(fetched(), [], "the old version never kept the second build");

    const newer = deployNewerVersion(deploy.dir);
    await untilUpdateWaits(page);
    await page.waitForSelector("text=A new version of Backcheck is ready");
    return { deploy, server, page, newer };
  }

  test("while a new version waits, the second build's addresses open in the old page and in a new tab", async (t) => {
    const { server, page, newer } = await oldPageWithAnUpdateWaiting(t);
    // The old page's footer link: the first build reloads the page at the About page's address.
    await page.click("text=About this check");
    assert.equal(await secondBuildScreen(page, "main.about"), "opened");
    assert.ok(await secondStylesheetIn(page), "with its stylesheet");
    const tab = watchPage(await page.context().newPage(), server);
    await tab.goto(`${server.url}#data`);
    assert.equal(await secondBuildScreen(tab, "main.your-data-screen h1"), "opened");
    assert.ok(await secondStylesheetIn(tab), "with its stylesheet");
    // Every page opened now is the new version's (the old one could not open those addresses);
    // offline, the old version's page still opens the check.
    const start = watchPage(await page.context().newPage(), server);
    await start.goto(server.url);
    await waitForApp(start);
    assert.ok((await start.content()).includes(newer.firstBuild), "the new version's page");
    await page.context().setOffline(true);
    await start.reload();
    await waitForApp(start);
    assert.ok(!(await start.content()).includes(newer.firstBuild), "the old version's page");
    for (const each of [page, tab, start]) each.assertClean();
  });

  test("while a new version waits, a second-build address that could not start has a Reload that takes the update", async (t) => {
    const { deploy, page, newer } = await oldPageWithAnUpdateWaiting(t);
    // The connection drops as the second build loads.
    const aside = mkdtempSync(join(tmpdir(), "backcheck-aside-"));
    t.after(() => rmSync(aside, { recursive: true, force: true }));
    const secondBuild = readdirSync(deploy.dir).filter((file) => SECOND_BUILD_FILE.test(file));
    for (const file of secondBuild) renameSync(join(deploy.dir, file), join(aside, file));
    const failed = [];
    page.on("requestfailed", (request) => request.failure()?.errorText === "net::ERR_FAILED" && failed.push(new URL(request.url()).pathname.split("/").pop()));
    await page.click("text=About this check");
    assert.match(await secondBuildScreen(page, "main.about"), /could not start/);
    // What the failed load itself reports (the missing files, and the loader's import of one), and
    // only that. Chromium reports the stylesheet's 404, which the service worker hands on, as
    // net::ERR_FAILED: it must be the second build's stylesheet, and nothing else.
    const unexpected = page.problems.filter((problem) => !/status of 404 \(Not Found\)|Failed to fetch dynamically imported module|net::ERR_FAILED/.test(problem));
    assert.deepEqual(unexpected, []);
    assert.ok(failed.every((file) => /^backcheck-second-[0-9a-f]{16}\.css$/.test(file)), `failed: ${failed.join(", ")}`);
    page.problems.length = 0;

    for (const file of secondBuild) renameSync(join(aside, file), join(deploy.dir, file));
    await page.click("#load-problem button");
    await page.waitForSelector("main.about");
    assert.ok(await secondStylesheetIn(page), "with its stylesheet");
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration.waiting), caches: await caches.keys() };
    });
    assert.deepEqual(worker, { waiting: false, caches: [newer.cache] }, "the new version took over before the reload");
    page.assertClean();
  });
});

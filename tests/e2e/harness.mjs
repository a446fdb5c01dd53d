// Shared set-up for the end-to-end tests: the built dist/ served under a sub-path by a plain static
// server, Debian's Chromium driven by playwright-core, and a page that fails the test on any console
// error, page error, or request to another origin.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { startStaticServer } from "./static-server.mjs";

export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
export const SUB_PATH = "/some/sub/path/";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

export async function startBrowser() {
  if (!existsSync(`${DIST}index.html`)) throw new Error("dist/ is missing: run `make build` first");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export async function startServer() {
  return startStaticServer({ root: DIST, base: SUB_PATH });
}

/// One browser and one server for a whole test file: started before its first test, closed after
/// its last; `receive` gets them once started.
export function useBrowserAndServer(receive) {
  let browser;
  let server;
  before(async () => {
    browser = await startBrowser();
    server = await startServer();
    receive(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/// A fresh context and page that records every problem; call `assertClean()` at the end of a test.
export async function openPage(browser, server, options = {}) {
  // One time zone, so dates the app shows are the same on every machine.
  const context = await browser.newContext({ ...PHONE, timezoneId: "UTC", ...options });
  return watchPage(await context.newPage(), server);
}

/// Records every problem on `page` (another tab of a context from `openPage`, say); call
/// `assertClean()` at the end of a test.
export function watchPage(page, server) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== server.origin) {
      problems.push(`request left the origin: ${request.url()}`);
    }
  });
  page.problems = problems;
  page.assertClean = () => {
    if (problems.length) throw new Error(`problems on the page:\n${problems.join("\n")}`);
  };
  page.closeAll = () => page.context().close();
  return page;
}

/// A fresh page on the app's start page, once the app runs.
export async function openApp(browser, server, options) {
  const page = await openPage(browser, server, options);
  await page.goto(server.url);
  await waitForApp(page);
  return page;
}

/// Makes `window.localStorage` throw, as blocked site data and some private modes do, from the
/// page's first script on.
export async function blockStorage(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  });
}

/// Holds the page's wasm back, so the plain first screen stays up; returns the function that
/// lets it load.
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/// Waits until the app has replaced the placeholder first screen.
export async function waitForApp(page) {
  await page.waitForSelector("main#main button, main#main form", { state: "visible" });
  await page.waitForFunction(() => !document.getElementById("start"));
}

// The journeys that matter most (a whole check, the emergency path with and without the app, a
// results link, a second-build address, a session followed along), in the three engines people use: Chromium, Firefox
// (Gecko) and WebKit (every iPhone browser), each driven by its own W3C WebDriver (chromedriver,
// geckodriver, WebKitWebDriver with WebKitGTK's MiniBrowser under Xvfb). Every page is checked for
// errors, console errors and CSP violations (recorded in the page: see static-server.mjs), for
// requests to another origin, and for a file the page fetched twice (Resource Timing: the page's
// own requests, not the service worker's copies for offline use).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { DIST, SUB_PATH, CHROMIUM } from "./harness.mjs";
import { ALL_GOOD, SELF_CARE } from "./profiles.mjs";
import { values } from "./quiz-driver.mjs";
import { startStaticServer } from "./static-server.mjs";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
/** A finished ALL_GOOD check as a version-5 results code (pinned in tests/domain/share.rs). */
const ALL_GOOD_CODE = "5.gBICANVWAXgBVVSX3Pu3";

const ENGINES = [
  {
    name: "Chromium",
    command: ["chromedriver", "--port=PORT"],
    capabilities: {
      browserName: "chrome",
      "goog:chromeOptions": { binary: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--window-size=390,844"] },
    },
  },
  {
    name: "Firefox",
    command: ["geckodriver", "--port", "PORT"],
    capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless", "-width=390", "-height=844"] } },
  },
  {
    name: "WebKit",
    command: ["xvfb-run", "--auto-servernum", "WebKitWebDriver", "--port=PORT"],
    capabilities: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
  },
];

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** A WebDriver server for one engine, and sessions on it (each a fresh profile). */
async function startDriver(engine, port) {
  const [program, ...args] = engine.command;
  const child = spawn(program, args.map((arg) => arg.replace("PORT", port)), { stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body, signal) => {
    const response = await fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body), signal });
    const json = await response.json();
    if (json.value && json.value.error) throw new Error(`${engine.name} ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call("GET", "/status");
      break;
    } catch (error) {
      if (i > 100) throw new Error(`${engine.name}'s driver did not start: ${error.message}`);
      await sleep(200);
    }
  }
  return {
    async session() {
      // Starting a browser is the one step that can hang on a busy machine (WebKit's MiniBrowser
      // under Xvfb once gave no answer for 300 s): it gets 90 s, and one more try.
      const start = () => call("POST", "/session", { capabilities: { alwaysMatch: engine.capabilities } }, AbortSignal.timeout(90_000));
      const { sessionId } = await start().catch(start);
      const on = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
      const run = (script, ...args) => on("POST", "/execute/sync", { script, args });
      const page = {
        go: (url) => on("POST", "/url", { url }),
        run,
        refresh: () => on("POST", "/refresh", {}),
        async until(script, what, timeout = 30000) {
          for (const start = Date.now(); Date.now() - start < timeout; await sleep(100)) {
            if (await run(script).catch(() => false)) return;
          }
          throw new Error(`${engine.name}: timed out waiting for ${what}`);
        },
        async click(css) {
          const element = await on("POST", "/element", { using: "css selector", value: css });
          await on("POST", `/element/${Object.values(element)[0]}/click`, {});
        },
        text: (css) => run("return document.querySelector(arguments[0])?.textContent ?? null", css),
        /** Errors, off-origin and twice-fetched files on the page so far. */
        problems: () =>
          run(`
            const seen = {}, problems = [...(window.__problems || [])];
            for (const entry of performance.getEntriesByType("resource")) {
              const url = new URL(entry.name);
              if (url.origin !== location.origin && !["data:", "blob:"].includes(url.protocol)) problems.push("another origin: " + entry.name);
              if (seen[entry.name]) problems.push("fetched twice: " + entry.name);
              seen[entry.name] = true;
            }
            return problems;`),
        close: () => on("DELETE", ""),
      };
      return page;
    },
    stop() {
      try {
        process.kill(-child.pid);
      } catch {}
    },
  };
}

const appStarted = "return !document.getElementById('start') && !!document.querySelector('main#main')";

/** Runs `walk` on a new session (a fresh profile), always closing it. */
async function inSession(driver, walk) {
  const page = await driver.session();
  try {
    await walk(page);
    assert.deepEqual(await page.problems(), []);
  } finally {
    await page.close();
  }
}

/** Opens the start page once the app runs and presses Start. */
async function startCheck(page, url) {
  await page.go(url);
  await page.until(appStarted, "the app");
  await page.click("a.start-link, main .button-primary");
  await page.until("return location.hash === '#q=emergency-signs'", "the first question");
}

/** The names of the questions on the screen now. */
const QUESTIONS_ON_SCREEN =
  "return [...document.querySelectorAll('form.question .question-part:not([hidden]) fieldset input')].map((i) => i.name).filter((n, i, all) => all.indexOf(n) === i)";

async function answerScreen(page, profile) {
  const before = await page.run("return location.hash");
  const answered = [];
  // Read again after each answer: a follow-up may appear below it.
  for (let id; (id = (await page.run(QUESTIONS_ON_SCREEN)).find((name) => !answered.includes(name))); ) {
    answered.push(id);
    for (const value of values(profile[id])) await page.click(`label[for="${id}-${value}"]`);
  }
  await page.click("form.question button[type=submit]");
  await page.until(`return location.hash !== ${JSON.stringify(before)}`, "the next screen");
}

// ENGINES_ONLY=WebKit (say) runs one engine's walk.
const only = process.env.ENGINES_ONLY;
for (const [index, engine] of ENGINES.entries()) {
  if (only && engine.name !== only) continue;
  describe(`in ${engine.name}`, () => {
    let driver;
    let server;
    let stalled;
    before(async () => {
      if (!existsSync(`${DIST}index.html`)) throw new Error("dist/ is missing: run `make build` first");
      server = await startStaticServer({ root: DIST, base: SUB_PATH, record: true });
      stalled = await startStaticServer({ root: DIST, base: SUB_PATH, record: true, holdWasm: true });
      driver = await startDriver(engine, 4600 + index);
    });
    after(async () => {
      driver?.stop();
      await server?.close();
      await stalled?.close();
    });

    test("a whole check to results, then a reload on the results", () =>
      inSession(driver, async (page) => {
        await startCheck(page, server.url);
        let screens = 0;
        while ((await page.run("return location.hash")).startsWith("#q=")) {
          await answerScreen(page, ALL_GOOD);
          assert.ok(++screens <= 12, "at most 12 screens");
        }
        await page.until("return document.querySelector('[data-triage]')?.dataset.triage === 'self-care'", "the results");
        assert.deepEqual(await page.problems(), []);
        await page.refresh();
        await page.until(`${appStarted} && document.querySelector('[data-triage]')?.dataset.triage === 'self-care'`, "the results after a reload");
        assert.equal(await page.text("main h1"), "Your results");
      }));

    test("the emergency path: a sign on the first question leads to the emergency advice with call links", () =>
      inSession(driver, async (page) => {
        await startCheck(page, server.url);
        await page.click('label[for="emergency-signs-saddle-numbness"]');
        await page.click("form.question button[type=submit]");
        await page.until("return document.querySelector('[data-triage]')?.dataset.triage === 'emergency'", "the emergency advice");
        assert.deepEqual(await page.run("return [...document.querySelectorAll('.triage a.button-call')].map((a) => a.getAttribute('href'))"), ["tel:999", "tel:911", "tel:112"]);
      }));

    test("with the app stalled, the first question's emergency path still shows the advice", () =>
      inSession(driver, async (page) => {
        await page.go(stalled.url);
        await page.click("a.start-link");
        await page.until("return getComputedStyle(document.getElementById('first-question')).display !== 'none'", "the first question, before the app");
        await page.click('label[for="emergency-signs-both-legs"]');
        await page.click("#first-question button[type=submit]");
        await page.until("return getComputedStyle(document.querySelector('.first-emergency')).display !== 'none'", "the emergency advice");
        assert.equal(await page.text(".first-emergency h2"), "Get emergency care now");
        assert.equal(await page.run("return document.activeElement.textContent"), "Your results");
        assert.match(await page.text("#first-emergency-signs"), /both legs/);
      }));

    test("a second-build address opens that build, drawn with its own stylesheet (loaded once, with its integrity)", () =>
      inSession(driver, async (page) => {
        await page.go(`${server.url}#data`);
        await page.until(`${appStarted} && !!document.querySelector('main.your-data-screen h1')`, "the data screen");
        const border = "return getComputedStyle(document.querySelector('main.your-data-screen .your-data')).borderTopWidth";
        assert.equal(await page.run(border), "0px", "a rule of style/second-build.css");
        assert.equal(await page.run("return [...document.styleSheets].filter((sheet) => /backcheck-second-[0-9a-f]{16}[.]css$/.test(sheet.href || '')).length"), 1);
      }));

    test("a session followed along: a walk timed, each exercise counted with its pictures, then the check-in filled in", () =>
      inSession(driver, async (page) => {
        // A plan made from a check's results: walking (from 5 minutes lately) and the back stretches.
        await page.go(server.url);
        await page.until(appStarted, "the app");
        await page.run(
          "localStorage.setItem('backcheck', JSON.stringify({ version: 4, data: { current: { answers: arguments[0], recorded_as: null }, history: [], plan: null, sessions: [] } }))",
          SELF_CARE,
        );
        await page.go(`${server.url}#plan/new`);
        await page.until(`${appStarted} && !!document.querySelector('main.plan-new')`, "making a plan");
        await page.click('label[for="plan-walking"]');
        await page.run("const input = document.getElementById('recent-walking'); input.value = '5'; input.dispatchEvent(new Event('input', { bubbles: true }))");
        await page.click('label[for="plan-back-stretches"]');
        // Today one of its days, so a session is due today (the plan page offers it on plan days).
        const today = await page.run("return new Date().getDay()");
        if (!(await page.run("return document.getElementById(arguments[0]).checked", `day-${today}`))) await page.click(`label[for="day-${today}"]`);
        await page.run("[...document.querySelectorAll('main.plan-new button')].find((b) => b.textContent === 'Make my plan').click()");
        await page.until("return !!document.querySelector('main.plan .plan-steps')", "the plan");
        await page.click(".follow-start");
        await page.until(`${appStarted} && !!document.querySelector('main.follow h1')`, "the session");
        assert.equal(await page.text("main.follow h1"), "Walking");
        assert.match(await page.text(".follow-screen"), /^(The screen stays on during the session\.|Your screen may dim or lock during the session\. The timer and counter still keep time\.)$/);
        await page.click(".follow-timer-button");
        await sleep(1300);
        await page.click(".follow-timer-button");
        assert.equal(await page.text(".timer-time"), "00:01");
        const next = "[...document.querySelectorAll('.follow-nav button')].find((b) => b.textContent === 'Next').click()";
        for (const [name, times] of [["Knee rolls", 5], ["Bottom to heels stretch", 5], ["Back extensions", 5]]) {
          await page.run(next);
          await page.until(`return document.querySelector('main.follow h1')?.textContent === ${JSON.stringify(name)}`, name);
          await page.until("return [...document.querySelectorAll('.follow-step img')].every((img) => img.complete && img.naturalWidth > 0)", `${name}'s pictures`);
          for (let n = 0; n < times; n++) await page.click(".follow-counter");
          assert.equal(await page.text(".follow-count"), `${times} of ${times}`);
        }
        await page.run("[...document.querySelectorAll('.follow-nav button')].find((b) => b.textContent === 'Finish and log it').click()");
        await page.until(`${appStarted} && !!document.querySelector('main.check-in form')`, "the check-in");
        assert.equal(await page.run("return document.getElementById('done-back-stretches').value"), "5");
        assert.equal(await page.run("return document.getElementById('did-walking').checked"), false, "1 second of walking is no minutes");
      }));

    test("a results link opens in a fresh profile", () =>
      inSession(driver, async (page) => {
        await page.go(`${server.url}#r=${ALL_GOOD_CODE}`);
        await page.until(`${appStarted} && !!document.querySelector('[data-triage]')`, "the shared results");
        assert.equal(await page.text("main h1"), "Shared results");
        assert.equal(await page.run("return document.querySelector('[data-triage]').dataset.triage"), "self-care");
      }));
  });
}

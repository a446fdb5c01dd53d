// Following today's session along (#session, issue 33), with the page's clock: a whole session
// at 390 px (a walk timed with the tab hidden for five minutes in the middle, each exercise
// counted, a stay paced), then the check-in filled in; a session stopped early; Stop because of
// pain; the wake lock asked for and let go, and a browser without it; a reload in the middle;
// offline once the plan is kept; axe on every state, light and dark.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { accessibilityViolations } from "./axe.mjs";
import { openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { SELF_CARE } from "./profiles.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

/** Monday 2 November 2026, 09:00 UTC: a plan day. */
const MONDAY = new Date(Date.UTC(2026, 10, 2, 9));
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * A fake Screen Wake Lock that counts what the page asks of it, or none at all. The counts live in
 * session storage: the session's end reloads the page into the plan part.
 */
async function fakeWakeLock(page, { missing = false } = {}) {
  await page.addInitScript((missing) => {
    const seen = () => JSON.parse(sessionStorage.getItem("wake-lock-seen") ?? '{"requests":[],"releases":0}');
    const note = (change) => sessionStorage.setItem("wake-lock-seen", JSON.stringify(change(seen())));
    const wakeLock = {
      request: async (type) => {
        note((seen) => ({ ...seen, requests: [...seen.requests, type] }));
        return { release: async () => note((seen) => ({ ...seen, releases: seen.releases + 1 })) };
      },
    };
    Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true, get: () => (missing ? undefined : wakeLock) });
  }, missing);
}

const wakeLockSeen = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem("wake-lock-seen") ?? '{"requests":[],"releases":0}'));

/**
 * A phone on Monday 9:00 with the check's answers stored, and a plan made from its results:
 * walking (from 20 minutes lately: 16), the back stretches and the core exercises (5 of each).
 */
async function planMade(options = {}) {
  const page = await openPage(browser, server, options);
  await fakeWakeLock(page, options);
  await page.clock.install({ time: MONDAY });
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate(
    (a) => localStorage.setItem("backcheck", JSON.stringify({ version: 4, data: { current: { answers: a, recorded_as: null }, history: [], plan: null, sessions: [] } })),
    SELF_CARE,
  );
  await page.goto("about:blank");
  await page.goto(`${server.url}#results`);
  await waitForApp(page);
  await page.click("text=Make an exercise plan");
  await page.waitForSelector("main.plan-new");
  await page.click('label[for="plan-walking"]');
  await page.fill("#recent-walking", "20");
  await page.click('label[for="plan-back-stretches"]');
  await page.click('label[for="plan-core-exercises"]');
  await page.click("text=Make my plan");
  await page.waitForSelector("main.plan .plan-steps");
  return page;
}

async function startSession(page) {
  await page.click("text=Start today's session");
  await page.waitForSelector("main.follow h1");
}

const heading = (page) => page.locator("main.follow h1").textContent();
const counter = (page) => page.locator(".follow-count").textContent();
const said = (page) => page.locator("main.follow .visually-hidden[aria-live=polite]").textContent();
const timer = (page) => page.locator(".timer-time").textContent();

/** Makes the page hidden or shown, as a locked screen or another app does, and tells it. */
async function setHidden(page, hidden) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => hidden });
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
    // As browsers fire it: at the document, bubbling to the window.
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

/** The rest of a check-in filled in from a session: the pain, no new signs; saved, back on the plan. */
async function saveCheckIn(page, pain) {
  await page.click(`label[for="pain-during-${pain}"]`);
  await page.click('label[for="new-none"]');
  await page.click('label[for="new-urgent-none"]');
  await page.click("button[type=submit]");
  await page.waitForSelector("main.plan .notice-saved");
}

const next = (page) => page.getByRole("button", { name: "Next", exact: true }).click();
const back = (page) => page.getByRole("button", { name: "Back", exact: true }).click();

async function tapTimes(page, times) {
  for (let n = 0; n < times; n++) await page.click(".follow-counter");
}

describe("following a session", () => {
  test("a whole session followed at 390 px: a walk timed across a hidden tab, each exercise counted, a stay paced, then the check-in filled in", async () => {
    const page = await planMade();
    assert.equal(await page.locator(".follow-start").textContent(), "Start today's session");
    await startSession(page);
    assert.equal(await page.title(), "Walking - Today's session - Backcheck");
    assert.match(await page.locator(".follow-part").textContent(), /Part 1 of 6/);
    assert.deepEqual((await wakeLockSeen(page)).requests, ["screen"], "the screen kept on");
    assert.equal(await page.locator(".follow-screen").textContent(), "The screen stays on during the session.");
    // Always in view: the pain rule and Stop, at the bottom of the phone's screen.
    assert.ok(await page.locator(".follow-always").isVisible());
    const bar = await page.locator(".follow-always").boundingBox();
    assert.ok(bar.y + bar.height <= 844 + 1, `in the viewport: ${JSON.stringify(bar)}`);

    // The walk: 3 minutes, then the tab hidden for 5 (no tick arrives), then shown again.
    assert.equal(await timer(page), "00:00");
    await page.click("text=Start the timer");
    assert.equal(await said(page), "Timer running.");
    // The screen redraws the time 4 times a second: a quarter of a second more shows the whole second.
    await page.clock.runFor(3 * MINUTE + 250);
    assert.equal(await timer(page), "03:00");
    await setHidden(page, true);
    await page.clock.fastForward(5 * MINUTE);
    await setHidden(page, false);
    assert.equal(await timer(page), "08:00", "counted from timestamps, not ticks");
    assert.deepEqual((await wakeLockSeen(page)).requests, ["screen", "screen"], "asked again when shown");
    await page.clock.runFor(8 * MINUTE);
    assert.equal(await timer(page), "16:00");
    assert.match(await page.locator(".follow-timer .notice").textContent(), /Your 16 minutes are up. That is your plan for today/);
    assert.match(await said(page), /Your 16 minutes are up/);
    // The timer does not stop by itself; pausing holds the time.
    await page.clock.runFor(30 * SECOND);
    await page.click("text=Pause");
    await page.clock.runFor(2 * MINUTE);
    assert.equal(await timer(page), "16:30");
    await next(page);

    // Knee rolls: counted by tap, to each side, never past 5.
    assert.equal(await heading(page), "Knee rolls");
    assert.equal(await counter(page), "0 of 5");
    assert.equal(await page.locator(".follow-count-side").textContent(), "to each side");
    await tapTimes(page, 5);
    assert.equal(await page.locator(".follow-counter").getAttribute("aria-disabled"), "true");
    await page.click(".follow-counter", { force: true });
    assert.equal(await counter(page), "5 of 5", "a tap too many counts nothing");
    assert.equal(await page.evaluate(() => document.activeElement.className), "follow-counter", "focus stays on the counter");
    assert.equal(await said(page), "5 of 5, to each side");
    await next(page);

    // Bottom to heels: counted for the person at a pace they change, with a breath paced.
    assert.equal(await heading(page), "Bottom to heels stretch");
    assert.equal(await page.locator(".pacer-words").textContent(), "Get into position.");
    await page.clock.runFor(5 * SECOND + 250);
    assert.equal(await page.locator(".pacer-words").textContent(), "Breathe in · Breath 1 of 1");
    assert.equal(await said(page), "Hold now.");
    await page.clock.runFor(4 * SECOND);
    assert.match(await page.locator(".pacer-words").textContent(), /Breathe out/);
    await page.clock.runFor(6 * SECOND);
    assert.equal(await page.locator(".pacer-words").textContent(), "That is enough. Now come back to the start.");
    await page.click("text=Count for me");
    assert.match(await page.locator(".follow-pace").textContent(), /one every 15 seconds/);
    await page.click("text=Faster");
    assert.match(await page.locator(".follow-pace").textContent(), /one every 14 seconds/);
    await page.clock.runFor(14 * SECOND + 250);
    assert.equal(await counter(page), "1 of 5");
    await page.clock.runFor(4 * 14 * SECOND);
    assert.equal(await counter(page), "5 of 5");
    await page.clock.runFor(60 * SECOND);
    assert.equal(await counter(page), "5 of 5", "it stops at the times");
    await next(page);

    // Back extensions: a stay in seconds.
    assert.equal(await heading(page), "Back extensions");
    await page.clock.runFor(8 * SECOND + 250);
    assert.equal(await page.locator(".pacer-words").textContent(), "3 of 5 seconds");
    await page.clock.runFor(2 * SECOND);
    assert.equal(await page.locator(".pacer-words").textContent(), "That is enough. Now come back to the start.");
    await tapTimes(page, 5);
    await next(page);
    assert.equal(await heading(page), "Pelvic tilts");
    assert.equal(await page.locator(".pacer").count(), 0, "no stay");
    await tapTimes(page, 5);
    await next(page);

    // Tummy tightening: 5 to 10 breaths, paced, said when enough.
    assert.equal(await heading(page), "Tummy tightening");
    await page.clock.runFor(15 * SECOND + 250);
    assert.equal(await page.locator(".pacer-words").textContent(), "Breathe in · Breath 2 of 5");
    await page.clock.runFor(40 * SECOND);
    assert.equal(await page.locator(".pacer-words").textContent(), "That is enough. Now relax.");
    assert.equal(await said(page), "That is enough.");
    await tapTimes(page, 5);
    assert.equal(await page.getByRole("button", { name: "Next", exact: true }).count(), 0, "the last part");
    await page.click("text=Finish and log it");

    // The check-in, filled in: only the pain and the signs are left.
    await page.waitForSelector("main.check-in form");
    assert.deepEqual((await wakeLockSeen(page)).releases, 2, "every lock let go");
    assert.match(await page.locator("main.check-in .notice").textContent(), /What the counter and timer show is filled in/);
    assert.equal(await page.isChecked("#stopped-for-pain"), false);
    assert.equal(await page.inputValue("#done-walking"), "17", "16 minutes 30 seconds, to the nearest minute");
    assert.equal(await page.inputValue("#done-back-stretches"), "5");
    assert.equal(await page.inputValue("#done-core-exercises"), "5");
    await saveCheckIn(page, 2);
    assert.match(await page.locator("main.plan .notice-saved").textContent(), /walking 17 minutes, back stretches 5 times each, tummy and back exercises 5 times each/);
    assert.equal(await page.locator(".follow-start").count(), 0, "no session due once logged today");
    page.assertClean();
    await page.closeAll();
  });

  test("stopped early: the check-in starts from what was done so far; a reload in the middle goes on where it was", async () => {
    const page = await planMade();
    await startSession(page);
    await page.click("text=Start the timer");
    await page.clock.runFor(7 * MINUTE + 40 * SECOND);
    await next(page);
    await tapTimes(page, 5);
    await next(page);
    await tapTimes(page, 3);
    // A reload keeps the session: same part, same count, the walk's time kept.
    await page.reload();
    await page.waitForSelector("main.follow h1");
    assert.equal(await heading(page), "Bottom to heels stretch");
    assert.equal(await counter(page), "3 of 5");
    await back(page);
    await back(page);
    assert.equal(await timer(page), "07:40");
    await next(page);
    await next(page);
    await page.click(".follow-stop");
    await page.clock.runFor(50); // focus moves after the next frame, and the page's clock runs the frames
    assert.equal(await page.evaluate(() => document.activeElement.id), "follow-stop-title");
    await page.click("text=Stop and log what I did");
    await page.waitForSelector("main.check-in form");
    assert.equal(await page.inputValue("#done-walking"), "8");
    // The phone's Back from the check-in does not start the session again: it ended, to be logged.
    await page.goBack();
    await page.waitForSelector("main.check-in form");
    assert.equal(await page.inputValue("#done-walking"), "8");
    // Back stretches are times of each: back extensions were not reached, so none are ticked.
    assert.equal(await page.locator("#done-back-stretches").count(), 0);
    assert.equal(await page.isChecked("#did-back-stretches"), false);
    assert.equal(await page.isChecked("#did-core-exercises"), false);
    page.assertClean();
    await page.closeAll();
  });

  test("Stop because of pain goes to the check-in with its pain question first, and the session counts as too much", async () => {
    const page = await planMade();
    await startSession(page);
    await page.click("text=Start the timer");
    await page.clock.runFor(12 * MINUTE);
    await page.click(".follow-stop");
    await page.click("text=Stop because of pain");
    await page.waitForSelector("main.check-in form");
    assert.match(await page.locator("main.check-in .notice").textContent(), /You stopped because of pain/);
    const first = await page.locator("main.check-in form fieldset").first().locator("legend").textContent();
    assert.match(first, /How bad was your back or leg pain/);
    assert.equal(await page.inputValue("#done-walking"), "12");
    assert.equal(await page.isChecked("#stopped-for-pain"), true, "said already, and can be unticked");
    // Pain 3 alone would wait for the next morning; stopped because of pain, it is too much at once.
    await saveCheckIn(page, 3);
    assert.match(await page.locator("main.plan .notice-saved").textContent(), /You stopped because of pain, so that session counts as too much/);
    assert.equal(await page.locator('[data-activity="walking"]').getAttribute("data-why"), "StepBack");
    assert.match(await page.locator('[data-activity="walking"]').textContent(), /You stopped your last session because of pain/);
    // Logged today: no session to follow until the next plan day; its address goes to the plan.
    assert.equal(await page.locator(".follow-start").count(), 0);
    page.assertClean();
    await page.closeAll();
  });

  test("stopped because of pain before anything was done: the pain is still logged, and every activity steps back", async () => {
    const page = await planMade();
    await startSession(page);
    await page.click(".follow-stop");
    await page.click("text=Stop because of pain");
    await page.waitForSelector("main.check-in form");
    for (const id of ["walking", "back-stretches", "core-exercises"]) assert.equal(await page.isChecked(`#did-${id}`), false, id);
    await saveCheckIn(page, 4);
    assert.match(await page.locator("main.plan .notice-saved").textContent(), /stopped because of pain before you did any of it/);
    for (const id of ["walking", "back-stretches", "core-exercises"]) {
      assert.equal(await page.locator(`[data-activity="${id}"]`).getAttribute("data-why"), "StepBack", id);
    }
    page.assertClean();
    await page.closeAll();
  });

  test("with session storage blocked, the session still runs and says a reload would start it again", async () => {
    const page = await planMade();
    await page.addInitScript(() => {
      Object.defineProperty(window, "sessionStorage", { configurable: true, get() { throw new DOMException("blocked", "SecurityError"); } });
    });
    await startSession(page);
    assert.match(await page.locator(".follow-not-kept").textContent(), /a reload starts it again/);
    await page.click("text=Start the timer");
    await page.clock.runFor(2 * MINUTE + 250);
    assert.equal(await timer(page), "02:00");
    page.assertClean();
    await page.closeAll();
  });

  test("without the Screen Wake Lock API nothing breaks, and the screen says it may dim", async () => {
    const page = await planMade({ missing: true });
    await startSession(page);
    assert.equal(await page.locator(".follow-screen").textContent(), "Your screen may dim or lock during the session. The timer and counter still keep time.");
    await page.click("text=Start the timer");
    await page.clock.runFor(MINUTE + 250);
    assert.equal(await timer(page), "01:00");
    page.assertClean();
    await page.closeAll();
  });

  test("the pictures load only with the session screen, each with its words, and the session opens offline once the plan is kept", async () => {
    const page = await planMade();
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname.split("/").slice(-2).join("/")));
    // The service worker keeps the second build, pictures and all, once results offer a plan.
    await page.waitForFunction(async () => {
      for (const key of await caches.keys()) {
        const requests = await (await caches.open(key)).keys();
        if (requests.filter((request) => /\/exercises\/[a-z-]+-[123]\.svg$/.test(request.url)).length === 15) return true;
      }
      return false;
    });
    await page.reload();
    await page.waitForSelector("main.plan .plan-steps");
    assert.deepEqual(fetched.filter((file) => file.startsWith("exercises/")), [], "the plan page shows no pictures");
    assert.equal(fetched.filter((file) => /backcheck-session-/.test(file)).length, 0, "nor loads the session part");
    fetched.length = 0;
    await page.context().setOffline(true);
    await startSession(page);
    await next(page);
    const pictures = page.locator(".follow-step img");
    assert.equal(await pictures.count(), 3);
    await page.waitForFunction(() => [...document.querySelectorAll(".follow-step img")].every((img) => img.complete && img.naturalWidth > 0));
    assert.equal(await pictures.first().getAttribute("src"), "exercises/knee-rolls-1.svg", "relative: any sub-path");
    assert.match(await pictures.first().getAttribute("alt"), /Lying on your back/);
    const loaded = fetched.filter((file) => /backcheck-[a-z]+-[0-9a-f]{16}_bg\.wasm$/.test(file));
    assert.ok(loaded.every((file) => file.includes("backcheck-session-")), `the session part only: ${loaded.join(", ")}`);
    page.assertClean();
    await page.closeAll();
  });

  test("axe finds nothing on any state of the session screen, light and dark, phone and landscape", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await planMade({ colorScheme });
      const found = {};
      await startSession(page);
      found.walk = await accessibilityViolations(page);
      await page.click("text=Start the timer");
      await page.clock.runFor(16 * MINUTE);
      found["walk, time up"] = await accessibilityViolations(page);
      await next(page);
      await tapTimes(page, 2);
      found["knee rolls, counting"] = await accessibilityViolations(page);
      await next(page);
      await page.click("text=Count for me");
      await page.clock.runFor(20 * SECOND);
      found["bottom to heels, counted for me, paced"] = await accessibilityViolations(page);
      await page.click(".follow-stop");
      found["stop asked"] = await accessibilityViolations(page);
      await page.setViewportSize({ width: 844, height: 390 });
      found["landscape"] = await accessibilityViolations(page);
      await page.setViewportSize({ width: 320, height: 640 });
      found["320 px"] = await accessibilityViolations(page);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= 320, `no sideways scrolling at 320 px: ${wide}`);
      for (const [state, violations] of Object.entries(found)) assert.deepEqual(violations, [], `${colorScheme}, ${state}`);
      page.assertClean();
      await page.closeAll();
    }
  });
});

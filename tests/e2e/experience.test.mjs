// What a new user meets: results people act on, trust signals (sources, the About page, the
// safety net) and the rough edges. Against the release build under a sub-path, on a phone unless named.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { accessibilityViolations } from "./axe.mjs";
import { chromium } from "playwright-core";

import { CHROMIUM, DESKTOP, PHONE, blockStorage, holdWasm, openApp, openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { EMERGENCY, SELF_CARE, URGENT } from "./profiles.mjs";
import { answerByClicking, completeQuiz, currentQuestion, guidanceIds } from "./quiz-driver.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

const fresh = (options) => openApp(browser, server, options);

/** Stores data as the app would have, then opens `hash` in a fresh load. */
async function seeded(data, hash = "", options) {
  const page = await fresh(options);
  await page.evaluate((raw) => localStorage.setItem("backcheck", raw), JSON.stringify(data));
  await page.goto("about:blank");
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
  return page;
}

const current = (answers) => ({ version: 3, data: { current: { answers, recorded_as: null }, history: [] } });
const DAY = 24 * 60 * 60 * 1000;

describe("results a person can act on", () => {
  test("next steps first, then things to change, then keep doing; tips fold, open from the next steps, and print unfolded", async () => {
    const page = await seeded(current(SELF_CARE), "#results");
    await page.waitForSelector("[data-triage]");
    const steps = page.locator(".next-steps li:not(.next-step-plan) a");
    assert.equal(await steps.count(), 3, "the three changes that matter most");
    assert.equal(await page.locator(".next-steps li").last().textContent(), "Make an exercise plan from these tips", "then the plan");
    const advice = (await guidanceIds(page)).slice(0, 3);
    for (let i = 0; i < 3; i++) assert.equal(await steps.nth(i).getAttribute("href"), `#tip-${advice[i]}`);
    const order = await page.$$eval("main h2", (hs) => hs.map((h) => h.textContent));
    assert.ok(order.indexOf("Your next steps") < order.indexOf("Things to change"));
    assert.ok(order.indexOf("Things to change") < order.indexOf("Keep doing"));
    assert.equal(await page.locator(".card details[open]").count(), 0, "folded at first");

    await steps.nth(1).click();
    const second = page.locator(`#tip-${advice[1]}`);
    assert.equal(await second.locator("details").getAttribute("open"), "", "the tip opens");
    assert.equal(await page.evaluate(() => document.activeElement.closest(".card")?.id), `tip-${advice[1]}`, "focus lands on it");
    assert.equal(await page.evaluate(() => location.hash), "#results", "the screen stays the results");

    const closed = await page.locator(".card details:not([open])").count();
    assert.ok(closed > 0);
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    assert.equal(await page.locator(".card details:not([open])").count(), 0, "print shows every tip");
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    assert.equal(await page.locator(".card details:not([open])").count(), closed, "and folds them back after");
    assert.deepEqual(await accessibilityViolations(page), []);
    page.assertClean();
    await page.closeAll();
  });

  test("the results page is far shorter on a phone for the same answers", async () => {
    const page = await seeded(current(SELF_CARE), "#results");
    await page.waitForSelector("[data-triage]");
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const folded = await height();
    const tips = await page.locator(".guidance .card").count();
    // The same page with every tip open, as it was before they folded (9685 px then).
    await page.$$eval(".guidance details", (all) => all.forEach((details) => (details.open = true)));
    const unfolded = await height();
    // Folded, a tip is one line: the page loses at least 2 in 5 of its height.
    assert.ok(tips >= 8 && folded < unfolded * 0.6, `${folded} px folded, ${unfolded} px with ${tips} tips open`);
    await page.closeAll();
  });

  test("emergency and urgent pages have tap-to-call numbers with the country named", async () => {
    const emergency = await seeded(current(EMERGENCY), "#results");
    await emergency.waitForSelector("[data-triage=emergency]");
    const calls = await emergency.$$eval("[data-triage] a[href^='tel:']", (links) => links.map((a) => [a.getAttribute("href"), a.textContent]));
    assert.deepEqual(calls, [["tel:999", "Call 999 (UK)"], ["tel:911", "Call 911 (US)"], ["tel:112", "Call 112 (most of Europe)"]]);
    await emergency.closeAll();
    const urgent = await seeded(current(URGENT), "#results");
    await urgent.waitForSelector("[data-triage=urgent]");
    assert.equal(await urgent.locator("[data-triage] a[href='tel:111']").textContent(), "Call 111 (UK, NHS 111)");
    assert.equal(await urgent.locator(".safety-net a[href='tel:999']").count(), 1, "the safety net's numbers can be tapped too");
    urgent.assertClean();
    await urgent.closeAll();
  });

  test("every printed page names Backcheck, the check's date and the page's address", async () => {
    const at = Date.UTC(2026, 10, 1, 9, 0);
    const page = await seeded(
      { version: 3, data: { current: { answers: {}, recorded_as: null }, history: [{ completed_at: at, answers: SELF_CARE }] } },
      `#past=${at}`,
    );
    await page.waitForSelector("[data-triage]");
    await page.emulateMedia({ media: "print" });
    const header = page.locator(".print-header");
    assert.equal(await header.isVisible(), true);
    const text = await header.textContent();
    assert.match(text, /^Backcheck · Check of 1 Nov 2026, 09:00 · http:\/\/127\.0\.0\.1:\d+\/some\/sub\/path\/#past=/);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".print-header")).position), "fixed", "repeated on every page");
    await page.emulateMedia({ media: "screen" });
    assert.equal(await header.isVisible(), false, "print only");
    await page.closeAll();
  });
});

describe("trust", () => {
  for (const [scheme, viewport] of [["light", {}], ["dark", DESKTOP]]) {
    test(`the About page says who it is for, that it does not diagnose, its sources and review date (${scheme})`, async () => {
      const page = await fresh({ ...viewport, colorScheme: scheme });
      await page.click("footer >> text=About this check");
      await page.waitForSelector("main.about");
      assert.equal(await page.locator("h1").textContent(), "About this check");
      const text = await page.locator("main").textContent();
      assert.match(text, /not made for people who are pregnant or under 16/);
      assert.match(text, /does not diagnose/);
      assert.match(text, /Should I Exercise with Lower Back Pain\?.*LivaFortis blog.*16 September 2020/);
      assert.match(text, /Content last reviewed: \d{1,2} \w+ 20\d\d/);
      const links = await page.$$eval("main.about a", (as) => as.map((a) => a.getAttribute("href")));
      for (const source of ["https://www.nhs.uk/conditions/back-pain/", "https://www.nhs.uk/conditions/cauda-equina-syndrome/", "https://www.nice.org.uk/guidance/ng59"]) {
        assert.ok(links.includes(source), source);
      }
      assert.equal(await page.title(), "About this check - Backcheck");
      assert.deepEqual(await accessibilityViolations(page), []);
      await page.click("text=Back to the start");
      await page.waitForSelector(".start-link");
      page.assertClean();
      await page.closeAll();
    });
  }

  test("a shared link shows a picture: the preview card is in the page and served", async () => {
    const html = await (await fetch(server.url)).text();
    const image = html.match(/<meta property="og:image" content="([^"]+)">/)[1];
    assert.equal(image, "icons/og-card.png");
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
    const response = await fetch(new URL(image, server.url));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "image/png");
  });
});

describe("rough edges", () => {
  test("if the app cannot load, the first screen says so and offers Reload", async () => {
    const page = await openPage(browser, server);
    await page.route("**/*.wasm", (route) => route.abort());
    await page.goto(server.url);
    await page.waitForSelector("#load-problem:not([hidden])");
    assert.match(await page.locator("#load-problem").textContent(), /could not start/);
    assert.equal(await page.locator(".start-link").isVisible(), false, "no Start that cannot work");
    await page.unroute("**/*.wasm");
    await Promise.all([page.waitForEvent("load"), page.click("#load-problem button")]);
    await waitForApp(page);
    await page.closeAll(); // the failed load logs errors on purpose: not asserted clean
  });

  test("with JavaScript off, only the no-JavaScript message shows, not a Start that cannot work", async () => {
    // Scripting really off (Playwright's javaScriptEnabled only stops scripts: <noscript> stays unparsed).
    const noScript = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--blink-settings=scriptEnabled=false"] });
    const page = await noScript.newPage(PHONE);
    await page.goto(server.url);
    assert.equal(await page.locator("#no-script").isVisible(), true);
    assert.match(await page.locator("#no-script").textContent(), /needs JavaScript/);
    assert.equal(await page.locator(".start-link").isVisible(), false);
    assert.equal(await page.locator(".share").isVisible(), false);
    assert.equal(await page.locator(".emergency-warning").isVisible(), true, "the emergency signs still show");
    await noScript.close();
  });

  test("the app's Back is the browser's Back: no forward steps to walk through afterwards", async () => {
    const page = await fresh();
    await page.click("text=Start the check");
    await page.waitForSelector("form.question");
    for (let i = 0; i < 3; i++) await answerByClicking(page, SELF_CARE);
    const length = await page.evaluate(() => history.length);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await page.waitForFunction(() => location.hash === "#q=urgent-signs");
    assert.equal(await page.evaluate(() => history.length), length, "no new entry");
    await page.goBack();
    await page.waitForFunction(() => location.hash === "#q=who-for");
    await page.goBack();
    await page.waitForFunction(() => location.hash === "#q=emergency-signs");
    page.assertClean();
    await page.closeAll();
  });

  test("a confirmation puts focus on Cancel", async () => {
    const page = await fresh();
    await page.click("text=Start the check");
    await answerByClicking(page, SELF_CARE);
    await page.goto(server.url);
    await waitForApp(page);
    await page.click("text=Start a new check");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Cancel");
    page.assertClean();
    await page.closeAll();
  });

  test("after starting a new check, the last results are one tap away on the start page", async () => {
    const at = Date.UTC(2026, 10, 1, 9, 0);
    const page = await seeded({ version: 3, data: { current: { answers: {}, recorded_as: null }, history: [{ completed_at: at, answers: SELF_CARE }] } });
    await page.click("text=See your last results");
    await page.waitForFunction((t) => location.hash === `#past=${t}`, at);
    await page.waitForSelector("[data-triage]");
    page.assertClean();
    await page.closeAll();
  });

  test("hundreds of past checks: the latest few with Show all, years where they differ, a readable chart", async () => {
    // Every two days up to 2 Jan 2026: the latest two straddle a new year.
    const history = Array.from({ length: 300 }, (_, i) => ({
      completed_at: Date.UTC(2026, 0, 2, 9) - (299 - i) * 2 * DAY,
      answers: { ...SELF_CARE, "pain-now": i % 11 },
    }));
    const page = await seeded({ version: 3, data: { current: { answers: {}, recorded_as: null }, history } });
    assert.equal(await page.locator("[data-past-check]").count(), 5);
    await page.click("text=Show all 300 checks");
    assert.equal(await page.locator("[data-past-check]").count(), 300);
    assert.match(await page.locator(".comparison").textContent(), /\d{1,2} \w{3} 20\d\d/, "dates carry their year");
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.click("text=See your pain over time on a chart");
    await page.waitForSelector(".pain-chart svg");
    assert.equal(await page.locator(".pain-chart circle").count(), 12, "the chart draws the latest 12");
    assert.match(await page.locator(".pain-chart figcaption").textContent(), /latest 12 checks/);
    assert.equal(await page.locator(".pain-chart tbody tr").count(), 300, "the table has them all");
    assert.match(await page.locator(".pain-chart svg").getAttribute("aria-label"), /on \d{1,2} \w{3} 20\d\d/);
    assert.deepEqual(await accessibilityViolations(page), []);
    page.assertClean();
    await page.closeAll();
  });

  test("a results link with what chat apps add after it still opens", async () => {
    for (const tail of [".", ")", "%20", ")."]) {
      const page = await openPage(browser, server);
      await page.goto(`${server.url}#r=1.VVVTVYBYYFXdf78${tail}`);
      await page.waitForSelector("[data-triage]");
      assert.equal(await page.locator("h1").textContent(), "Shared results", tail);
      page.assertClean();
      await page.closeAll();
    }
  });

  test("storage switched off is said at once, on the start page", async () => {
    const page = await openPage(browser, server);
    await blockStorage(page);
    await page.goto(server.url);
    await waitForApp(page);
    assert.match(await page.locator(".notice").textContent(), /not letting Backcheck save/);
    assert.match(await page.locator(".privacy-note").textContent(), /will be lost if you close or reload/);
    page.assertClean();
    await page.closeAll();
  });

  test("ticking a sign does not change the step count before Next", async () => {
    const page = await fresh();
    await page.click("text=Start the check");
    await page.waitForSelector("form.question");
    await page.click('label[for="emergency-signs-chest-pain"]');
    assert.equal(await page.locator("h1 .step").textContent(), "Step 1 of 11");
    await page.click("button[type=submit]");
    await page.waitForSelector("[data-triage=emergency]");
    page.assertClean();
    await page.closeAll();
  });

  test("a shared-results link says it is opening while the app loads", async () => {
    const page = await openPage(browser, server);
    const release = await holdWasm(page);
    await page.goto(`${server.url}#r=1.VVVTVYBYYFXdf78`);
    assert.equal(await page.locator(".shared-opening").isVisible(), true);
    assert.equal(await page.locator("main > h1").isVisible(), false, "not the start page's words");
    release();
    await page.waitForSelector("[data-triage]");
    page.assertClean();
    await page.closeAll();
  });

  test("a #results link with no answers says why it shows the check", async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.url}#results`);
    await page.waitForSelector("form.question");
    assert.match(await page.locator(".notice").textContent(), /no finished answers on this device yet/);
    page.assertClean();
    await page.closeAll();
  });

  test("worst pain this week below pain now is questioned gently, without blocking", async () => {
    const page = await fresh();
    await page.click("text=Start the check");
    await page.waitForSelector("form.question");
    for (let i = 0; i < 4; i++) await answerByClicking(page, SELF_CARE);
    await page.click('label[for="pain-now-8"]');
    await page.click('label[for="pain-worst-week-2"]');
    assert.match(await page.locator(".gentle-check:not(:empty)").textContent(), /pain right now is 8 out of 10, but the worst this week is 2/);
    await page.click("button[type=submit]");
    await page.waitForFunction(() => location.hash === "#q=pain-duration");
    assert.equal(await currentQuestion(page), "pain-duration");
    page.assertClean();
    await page.closeAll();
  });

  test("the skip link stays fully hidden at 200% text size until it has focus", async () => {
    const page = await fresh();
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    const box = await page.locator(".skip-link").boundingBox();
    assert.ok(box.y + box.height <= 0, `shows ${box.y + box.height} px`);
    await page.keyboard.press("Tab");
    const focused = await page.locator(".skip-link").boundingBox();
    assert.ok(focused.y >= 0);
    await page.closeAll();
  });

  test("a ticked box shows a tick", async () => {
    const page = await fresh();
    await page.click("text=Start the check");
    await page.waitForSelector("form.question");
    await page.click('label[for="emergency-signs-none"]');
    const tick = await page.evaluate(() => getComputedStyle(document.querySelector('label[for="emergency-signs-none"]'), "::after").transform);
    assert.notEqual(tick, "none", "the tick mark is drawn");
    await page.closeAll();
  });
});

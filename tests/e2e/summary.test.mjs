// The summary for a GP or physiotherapist (#summary): a check, a plan over weeks with the page's
// clock, a pause and ratings of everyday activities; the summary on screen and printed (one or two
// A4 pages); its QR code read back by a QR decoder to the very link the Share button makes, which
// opens the same result in a fresh browser; typed text shown as text; a check alone, and no check;
// axe on the summary in light and dark at 320 px and on a desktop. Pictures go to /tmp/shots32-summary/.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

import { accessibilityViolations } from "./axe.mjs";
import { DESKTOP, openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { logSession, makePlan } from "./plan-driver.mjs";
import { SELF_CARE } from "./profiles.mjs";
import { completeQuiz } from "./quiz-driver.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

const SHOTS = "/tmp/shots32-summary";
mkdirSync(SHOTS, { recursive: true });

/** Monday 2 November 2026, 09:00 (the tests run in UTC), plus whole days. */
const day = (n, hour = 9) => new Date(Date.UTC(2026, 10, 2 + n, hour));

/** Typed by the person, markup and all: the summary must show it as text. */
const TYPED = "<img src=x onerror=alert(1)>Sitting <b>through</b> a film";

async function openOn(page, when, hash = "#plan") {
  await page.clock.setFixedTime(when);
  await page.goto("about:blank");
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
}

async function answerMorning(page, back) {
  await page.waitForSelector("form.next-morning");
  await page.click(`label[for="back-${back}"]`);
  await page.click("form.next-morning button[type=submit]");
  await page.waitForSelector("form.next-morning", { state: "detached" });
}

/** What a QR decoder reads from a PNG picture. */
function readQr(png) {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data;
}

/** The pages of a PDF that Chromium wrote: its page objects, not the page tree's. */
const pdfPages = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** The summary open at `when`, in a new page of its own context, with the data of `from` (or none). */
async function summaryPage(when, data, options = {}) {
  const page = await openPage(browser, server, options);
  await page.clock.setFixedTime(when);
  if (data) {
    await page.goto(server.url);
    await waitForApp(page);
    await page.evaluate((value) => localStorage.setItem("backcheck", value), data);
    await page.goto("about:blank");
  }
  await page.goto(`${server.url}#summary`);
  await page.waitForSelector("main.gp-summary .button-row");
  return page;
}

describe("summary for a GP or physiotherapist", () => {
  test("a check, a plan over weeks and ratings: on screen, printed on at most 2 A4 pages, its QR code read back to the results link, which opens the same result elsewhere", async () => {
    const page = await openPage(browser, server);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    await page.clock.setFixedTime(day(0));
    await page.goto(server.url);
    await waitForApp(page);
    await page.click("text=Start the check");
    await completeQuiz(page, SELF_CARE);
    const triage = await page.getAttribute("[data-triage]", "data-triage");
    await page.click("text=Make a link to these results");
    await page.waitForSelector("text=Link copied");
    const shareLink = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(await page.locator(".share-results a[href='#summary']").count(), 1, "the results link to the summary");

    // Two weeks of Monday, Wednesday and Friday, a step up, one session too much, and a pause.
    await makePlan(page);
    for (const [n, amount, pain, morning] of [[0, 16, 3, "same"], [2, 16, 2, "same"], [4, 16, 2, "better"], [7, 16, 2, "better"], [9, 18, 6, null]]) {
      await openOn(page, day(n));
      await logSession(page, amount, pain);
      await page.waitForSelector("main.plan");
      if (morning) {
        await openOn(page, day(n + 1));
        await answerMorning(page, morning);
      }
    }
    await openOn(page, day(10));
    await page.click("text=Pause my plan");
    await openOn(page, day(13));
    await page.click("text=Go on with my plan");
    await openOn(page, day(14));
    await logSession(page, 14, 3);
    await openOn(page, day(15));
    await answerMorning(page, "same");
    assert.equal(await page.locator("main.plan a[href='#summary']").count(), 1, "the plan page links to the summary");
    await openOn(page, day(15), "#data");
    assert.equal(await page.locator("main a[href='#summary']").count(), 1, "the data screen links to the summary");

    // Ratings of three activities at the start and at two weeks, one typed with markup.
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(stored.version, 10);
    const started = stored.data.plan.started_at;
    const rated = (at, scores) => ({ at, kind: "ratings", ratings: ["Putting on socks", TYPED, "Carrying the shopping"].map((activity, i) => ({ activity, score: scores[i] })) });
    stored.data.plan_notes.push(rated(started + 1000, [3, 2, 4]), rated(day(14, 10).getTime(), [5, 4, 6]));
    const data = JSON.stringify(stored);
    await page.evaluate((value) => localStorage.setItem("backcheck", value), data);
    await openOn(page, day(15));

    await page.click("main.plan a[href='#summary']");
    await page.waitForSelector("main.gp-summary .summary-qr");
    page.on("dialog", () => assert.fail("typed markup ran"));
    const summary = page.locator("main.gp-summary");
    assert.equal(await summary.locator("h1").textContent(), "Summary for a GP or physiotherapist");
    assert.match(await summary.textContent(), /Nothing is sent anywhere\. This summary is made on this device/);
    assert.match(await summary.locator(".summary-made").textContent(), /^Made with Backcheck on 17 Nov 2026\. It covers 2 Nov 2026 to 16 Nov 2026\.$/);
    assert.equal(await summary.locator("[data-triage]").getAttribute("data-triage"), triage);
    assert.match(await summary.locator(".summary-pain").textContent(), /How long the pain has lasted: less than 6 weeks/);
    assert.match(await summary.locator(".summary-plan").textContent(), /Started on 2 Nov 2026\. 1 of 6 weeks done/);
    assert.match(await summary.locator("[data-event=paused]").textContent(), /^12 Nov 2026 to 15 Nov 2026: Paused by you$/);
    assert.equal(await summary.locator("[data-table=sessions] tbody tr").count(), 6);
    assert.deepEqual(await summary.locator("[data-table=sessions] thead th").allTextContents(), ["Date", "Walking (minutes)", "Pain", "Next morning"]);
    assert.deepEqual(await summary.locator("[data-table=sessions] tbody tr").nth(4).locator("th, td").allTextContents(), ["11 Nov", "18", "6", "Not answered"]);
    assert.equal(await summary.locator("[data-table=amounts] tbody tr").count(), 1);
    assert.equal(await summary.locator("[data-table=ratings] tbody tr").count(), 2);
    assert.match(await summary.locator(".summary-over-time").textContent(), /went up 2 points since the first rating\. That is a real change\./);
    // Typed text is text: the markup is shown, never made.
    assert.equal(await summary.locator(".summary-activities li").nth(1).textContent(), TYPED);
    assert.equal(await summary.locator("[data-table=ratings] thead th").nth(2).locator(".visually-hidden").textContent(), TYPED, "the column's name for screen readers");
    assert.equal(await summary.locator("img, b").count(), 0);
    // The chart draws each check, session and rating.
    const chart = summary.locator(".summary-chart svg.chart");
    assert.equal(await chart.locator(".summary-session").count(), 6);
    assert.equal(await chart.locator(".summary-rating").count(), 2);
    assert.equal(await chart.locator(".summary-check-point").count(), 1);

    // The QR code reads back as the link written beside it, which is the Share button's link.
    const written = await summary.locator(".summary-url").textContent();
    assert.equal(written, shareLink);
    assert.match(await summary.locator(".summary-link").textContent(), /carries only the answers to the check\. It does not carry your plan, your sessions, your ratings or anything you typed/);
    assert.equal(readQr(await summary.locator(".summary-qr").screenshot()), shareLink, "the QR code on screen");
    await page.screenshot({ path: join(SHOTS, "phone-light.png"), fullPage: true });

    // Print calls the browser's print; the summary's own styles go when the screen closes.
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1);
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => window.printed++;
    });
    await summary.getByRole("button", { name: "Print" }).click();
    assert.equal(await page.evaluate(() => window.printed), 1);
    await summary.getByRole("button", { name: "Back to the start" }).click();
    await page.waitForSelector("main#main .past-checks");
    assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, "no summary styles on other screens");
    await page.goBack();
    await page.waitForSelector("main.gp-summary .summary-qr");

    // On paper: no buttons, black on white, one or two A4 pages, and the code still reads.
    await page.emulateMedia({ media: "print" });
    assert.equal(await summary.locator(".button-row").isVisible(), false, "no buttons on paper");
    assert.equal(await page.locator(".site-header").isVisible(), false);
    await page.screenshot({ path: join(SHOTS, "print-emulated-phone.png"), fullPage: true });
    assert.equal(readQr(await summary.locator(".summary-qr").screenshot({ path: join(SHOTS, "qr-printed.png") })), shareLink, "the QR code printed");
    await page.emulateMedia({ media: "screen" });

    // A fresh browser, with nothing stored: the link shows the same result.
    const elsewhere = await openPage(browser, server);
    await elsewhere.goto(written);
    await elsewhere.waitForSelector("[data-triage]");
    assert.equal(await elsewhere.locator("h1").textContent(), "Shared results");
    assert.equal(await elsewhere.getAttribute("[data-triage]", "data-triage"), triage);
    elsewhere.assertClean();
    await elsewhere.closeAll();

    // Printed from a desktop: a PDF of at most 2 A4 pages, looked at page by page.
    const desk = await summaryPage(day(16), data, DESKTOP);
    await desk.emulateMedia({ media: "print" });
    await desk.screenshot({ path: join(SHOTS, "print-emulated-desktop.png"), fullPage: true });
    const pdf = await desk.pdf({ format: "A4" });
    writeFileSync(join(SHOTS, "summary.pdf"), pdf);
    const pages = pdfPages(pdf);
    assert.ok(pages >= 1 && pages <= 2, `the summary prints on ${pages} A4 pages`);
    if (existsSync("/usr/bin/pdftoppm")) {
      execFileSync("/usr/bin/pdftoppm", ["-r", "110", "-png", join(SHOTS, "summary.pdf"), join(SHOTS, "pdf-page")]);
      const pictures = readdirSync(SHOTS).filter((file) => /^pdf-page-\d+\.png$/.test(file));
      assert.equal(pictures.length, pages);
      const read = pictures.map((file) => readQr(readFileSync(join(SHOTS, file)))).filter(Boolean);
      assert.deepEqual(read, [shareLink], "the printed page's QR code, read at 110 dpi");
    }
    desk.assertClean();
    await desk.closeAll();
    page.assertClean();
    await page.closeAll();
  });

  test("with a check and no plan it says so; with no check at all it says so and has no link", async () => {
    const page = await openPage(browser, server);
    await page.clock.setFixedTime(day(0));
    await page.goto(server.url);
    await waitForApp(page);
    await page.click("text=Start the check");
    await completeQuiz(page, SELF_CARE);
    // From the results, in the first build: the link hands over to the second build, the only
    // one that can draw the summary.
    await page.click(".share-results a[href='#summary']");
    await page.waitForSelector("main.gp-summary .summary-qr");
    assert.match(await page.locator("[data-none=plan]").textContent(), /no exercise plan/);
    assert.equal(await page.locator(".summary-plan").count(), 0);
    assert.equal(await page.locator("[data-table=checks] tbody tr").count(), 1);
    assert.match(await page.locator(".summary-made").textContent(), /It covers 2 Nov 2026\.$/);
    page.assertClean();
    await page.closeAll();

    const empty = await summaryPage(day(0), null);
    assert.match(await empty.locator("[data-none=check]").textContent(), /There is no finished check on this device/);
    assert.equal(await empty.locator(".summary-qr, .summary-url").count(), 0);
    assert.deepEqual(await accessibilityViolations(empty), [], "the empty summary");
    empty.assertClean();
    await empty.closeAll();
  });

  test("a whole plan at its fullest (30 sessions of 3 activities, 6 of 7 checks, 8 ratings of 3 long-named activities, a pause and flare-ups) still prints on 2 A4 pages", async () => {
    const checks = [-35, -28, -21, -14, -7, -1, 44].map((n, i) => ({ completed_at: day(n).getTime(), answers: { ...SELF_CARE, "pain-now": 7 - (i % 5), "pain-worst-week": 8 - (i % 4) } }));
    const names = ["Putting on my socks and shoes in the morning", "Sitting through a whole film at the cinema", "Carrying the shopping home from the shop"];
    const session = (n, pain) => ({ at: day(n, 10).getTime(), done: [{ activity: "walking", amount: 16 + (n % 5) }, { activity: "core-exercises", amount: 5 + (n % 3) }, { activity: "swimming", amount: 10 }], pain_during: pain, next_day: { settled_by_morning: true, back: ["better", "same"][n % 2] } });
    const sessionDays = [0, 1, 2, 4, 5].flatMap((n) => [0, 1, 2, 3, 4, 5].map((week) => week * 7 + n)).sort((a, b) => a - b);
    const data = JSON.stringify({
      version: 9,
      data: {
        current: { answers: checks.at(-1).answers, recorded_as: checks.at(-1).completed_at },
        history: checks,
        plan: { started_at: day(0).getTime(), weekdays: [1, 2, 3, 5, 6], days_per_week: 5, time: 1080, weeks: 6, activities: [{ activity: "walking", start: 16 }, { activity: "core-exercises", start: 5 }, { activity: "swimming", start: 10 }], earlier_days: [], pauses: [{ from: day(3).getTime(), to: day(4).getTime() }], stopped_at: null, revision: 2, calendar_revision: null, calendar_cancelled: false },
        sessions: sessionDays.map((n, i) => session(n, 2 + (i % 4))),
        plan_notes: [
          { at: day(10, 12).getTime(), kind: "flare-up" },
          { at: day(20, 12).getTime(), kind: "flare-up" },
          ...[0, 7, 14, 21, 28, 35, 42, 43].map((n, i) => ({ at: day(n, 11).getTime(), kind: "ratings", ratings: names.map((activity, j) => ({ activity, score: Math.min(10, 2 + i + j) })) })),
        ],
      },
    });
    const page = await summaryPage(day(45), data, DESKTOP);
    await page.waitForSelector(".summary-qr");
    assert.equal(await page.locator("[data-table=sessions] tbody tr").count(), 30);
    assert.equal(await page.locator("[data-table=checks] tbody tr").count(), 6);
    assert.equal(await page.locator("[data-table=ratings] tbody tr").count(), 8);
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    writeFileSync(join(SHOTS, "full-plan.pdf"), pdf);
    assert.equal(pdfPages(pdf), 2, "the fullest summary prints on 2 A4 pages");
    if (existsSync("/usr/bin/pdftoppm")) execFileSync("/usr/bin/pdftoppm", ["-r", "110", "-png", join(SHOTS, "full-plan.pdf"), join(SHOTS, "full-plan-page")]);
    page.assertClean();
    await page.closeAll();
  });

  test("axe finds nothing on the summary in light and dark, at 320 px and on a desktop, nothing goes sideways, and a plan not getting better says so", async () => {
    // The data of a plan with sessions and ratings, made as the first test makes it, but stored at once.
    const check = { completed_at: day(0).getTime(), answers: SELF_CARE };
    const session = (n, amount, pain, back) => ({ at: day(n, 10).getTime(), done: [{ activity: "walking", amount }], pain_during: pain, next_day: back ? { settled_by_morning: back !== "worse", back } : null });
    const rated = (n, scores) => ({ at: day(n, 10).getTime(), kind: "ratings", ratings: ["Putting on socks", TYPED, "Carrying the shopping and putting it away in the cupboards"].map((activity, i) => ({ activity, score: scores[i] })) });
    const data = JSON.stringify({
      version: 9,
      data: {
        current: { answers: SELF_CARE, recorded_as: check.completed_at },
        history: [check],
        plan: { started_at: day(0).getTime() + 1000, weekdays: [1, 3, 5], days_per_week: 3, time: null, weeks: 6, activities: [{ activity: "walking", start: 16 }], earlier_days: [], pauses: [], stopped_at: null, revision: 0, calendar_revision: null, calendar_cancelled: false },
        sessions: [session(0, 16, 3, "same"), session(2, 16, 2, "same"), session(4, 16, 2, "better"), session(7, 16, 2, "better"), session(9, 18, 6, null), session(14, 14, 3, "same"), session(21, 14, 2, "same")],
        plan_notes: [rated(0, [3, 2, 4]), rated(7, [4, 3, 4])],
      },
    });
    for (const [name, width, viewport] of [["320", 320, { viewport: { width: 320, height: 800 } }], ["desktop", 1280, DESKTOP]]) {
      for (const scheme of ["light", "dark"]) {
        // Three weeks on, with neither the ratings nor the pain much better: the summary says so.
        const page = await summaryPage(day(24), data, { ...viewport, colorScheme: scheme });
        await page.waitForSelector(".summary-qr");
        assert.match(await page.locator("[data-not-better]").textContent(), /The plan has run for 3 weeks or more/);
        assert.deepEqual(await accessibilityViolations(page), [], `${name} ${scheme}`);
        assert.ok(await page.evaluate((width) => document.documentElement.scrollWidth <= width, width), `no sideways scroll at ${name}`);
        // The code is black on white in every theme.
        assert.deepEqual(await page.$$eval(".summary-qr rect, .summary-qr path", (parts) => parts.map((part) => getComputedStyle(part).fill)), ["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);
        await page.screenshot({ path: join(SHOTS, `${name}-${scheme}.png`), fullPage: true });
        page.assertClean();
        await page.closeAll();
      }
    }
  });
});

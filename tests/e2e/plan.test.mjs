// The exercise plan: from results to a plan, sessions over weeks with the page's clock set, the
// next step stepping up and back as docs/plan-model.md says, holds, the calendar file read by a
// real iCalendar parser, every plan screen clean under axe in light and dark, and the two builds
// (each address fetches only its own, and the second build's stylesheet only at its addresses).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import ICAL from "ical.js";

import { accessibilityViolations } from "./axe.mjs";
import { DESKTOP, blockStorage, holdWasm, openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { logSession, makePlan } from "./plan-driver.mjs";
import { EMERGENCY, SELF_CARE, SEE_CLINICIAN, URGENT } from "./profiles.mjs";
import { answerByClicking } from "./quiz-driver.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

/** Monday 2 November 2026, 09:00 (the tests run in UTC), plus whole days. */
const day = (n, hour = 9) => new Date(Date.UTC(2026, 10, 2 + n, hour));

/** A page on `hash`, with finished answers stored and the clock fixed on `when`. */
async function withAnswers(answers, hash, when, options) {
  const page = await openPage(browser, server, options);
  await page.clock.setFixedTime(when);
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate((a) => localStorage.setItem("backcheck", JSON.stringify({ version: 4, data: { current: { answers: a, recorded_as: null }, history: [], plan: null, sessions: [] } })), answers);
  await page.goto("about:blank");
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
  return page;
}

async function openOn(page, when, hash = "#plan") {
  await page.clock.setFixedTime(when);
  await page.goto("about:blank");
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
}

const walking = (page) => page.locator('[data-activity="walking"]');

/** The next morning's one question: the back pain compared with before the session. */
async function answerMorning(page, back) {
  await page.waitForSelector("form.next-morning");
  await page.click(`label[for="back-${back}"]`);
  await page.click("form.next-morning button[type=submit]");
  await page.waitForSelector("form.next-morning", { state: "detached" });
}

describe("exercise plan", () => {
  test("from results to a plan; sessions over days step the amount up, hold, and step back; two reds hold the plan until a professional says to go on", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await page.waitForSelector("[data-triage=self-care]");
    await makePlan(page);
    assert.equal(await walking(page).locator(".amount").textContent(), "16 minutes", "about 80% of 20");
    assert.equal(await walking(page).getAttribute("data-why"), "FirstSession");

    await logSession(page, 16, 3);
    await page.waitForSelector("main.plan");
    assert.equal(await walking(page).getAttribute("data-why"), "WaitingForNextDay");

    // The next morning the start page asks about it, at the top.
    await openOn(page, day(1), "");
    assert.match(await page.locator(".plan-due").textContent(), /How is your back this morning/);
    assert.match(await page.locator(".plan-status").textContent(), /Week 1 of 6/);
    assert.ok(await page.evaluate(() => document.querySelector(".plan-status").getBoundingClientRect().top < document.querySelector(".lead").getBoundingClientRect().top), "above the check's introduction");
    await page.click("text=Open my plan");
    await answerMorning(page, "same");
    assert.equal(await walking(page).getAttribute("data-why"), "GreenHold", "green, but not a week since the start");
    assert.equal(await walking(page).locator(".amount").textContent(), "16 minutes");

    // Wednesday and Friday go well too, but a step up waits for a whole week.
    for (const n of [2, 4]) {
      await openOn(page, day(n));
      await logSession(page, 16, 2);
      await openOn(page, day(n + 1));
      await answerMorning(page, "same");
      assert.equal(await walking(page).getAttribute("data-why"), "GreenHold");
    }
    // A week on, with every plan day done and each gone well: about 10% more.
    await openOn(page, day(7));
    await logSession(page, 16, 2);
    await openOn(page, day(8));
    await answerMorning(page, "better");
    assert.equal(await walking(page).getAttribute("data-why"), "GreenStepUp");
    assert.equal(await walking(page).locator(".amount").textContent(), "18 minutes");

    // Too much pain, known as soon as it is logged: a step below what hurt.
    await openOn(page, day(9));
    await logSession(page, 18, 6);
    await page.waitForSelector("main.plan .plan-steps");
    assert.equal(await walking(page).getAttribute("data-why"), "StepBack");
    assert.equal(await walking(page).locator(".amount").textContent(), "14 minutes");
    assert.match(await walking(page).textContent(), /Your pain during your last session was 6 out of 10, above 5\. .*Go down a step/);

    // A second too-much session in a row: see a professional, and the plan holds (not the amount that just hurt).
    await openOn(page, day(11));
    await logSession(page, 14, 6);
    await page.locator(".plan-warning").waitFor();
    assert.match(await page.locator(".plan-warning").textContent(), /last two sessions were both too much/);
    assert.equal(await page.locator(".plan-steps").count(), 0, "no next amount");
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 0, "no check-in");
    assert.equal(await page.getByRole("button", { name: "Add to my calendar" }).count(), 0);
    assert.equal(await page.locator('.week-day[data-status="held"]').count() > 0, true, "the week shows the hold");
    assert.deepEqual(await accessibilityViolations(page), [], "the plan held for a professional's word");
    // The hold survives a reload and the next day, and the start page says so.
    await openOn(page, day(13), "");
    assert.match(await page.locator(".plan-status").textContent(), /On hold: your plan says to see a GP or physiotherapist/);
    await openOn(page, day(13));
    await page.getByRole("button", { name: "Go on with my plan" }).click();
    await page.waitForSelector(".professional-word .error:has-text('Tick the box')");
    await page.click('label[for="professional-go-on"]');
    await page.getByRole("button", { name: "Go on with my plan" }).click();
    await page.waitForSelector("main.plan .plan-steps");
    assert.equal(await walking(page).locator(".amount").textContent(), "11 minutes", "on again, a step below what hurt");

    // Progress: a chart with a sentence and a table of every session.
    assert.equal(await page.locator(".plan-progress tbody tr").count(), 6);
    assert.match(await page.locator(".plan-progress svg").getAttribute("aria-label"), /2 Nov Walking 16 minutes, pain 3 out of 10/);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(stored.version, 10);
    assert.equal(stored.data.sessions.length, 6);
    assert.deepEqual(stored.data.plan_notes.map((note) => note.kind), ["professional-said-go-on"]);
    assert.deepEqual(stored.data.plan.activities, [{ activity: "walking", start: 16 }]);
    assert.deepEqual(stored.data.plan.weekdays, [1, 3, 5]);
    page.assertClean();
    await page.closeAll();
  });

  test("a new emergency sign at a check-in goes straight to emergency advice and holds the plan, after a reload and the next day too", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await logSession(page, 16, 2, ["both-legs"]);
    await page.waitForSelector("main.check-in [data-triage=emergency]");
    assert.equal(await page.locator("main.check-in a[href='tel:999']").textContent(), "Call 999 (UK)");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "checkin-alarm", "it opens at its heading");
    assert.match(await page.locator(".ticked-signs").textContent(), /both legs/, "the signs it speaks of are listed");
    assert.doesNotMatch(await page.locator("main.check-in").textContent(), /listed below/);
    assert.deepEqual(await accessibilityViolations(page), [], "the check-in's emergency advice");
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(stored.data.plan_notes.length, 1, "the sign is kept");
    assert.deepEqual(stored.data.plan_notes[0].signs["emergency-signs"], ["both-legs"]);
    assert.equal(stored.data.sessions.length, 1, "with the session it came with");

    for (const [when, hash] of [[day(0), "#plan"], [day(1), "#plan"], [day(2), "#check-in"]]) {
      await openOn(page, when, hash);
      await page.getByRole("heading", { name: "Your plan is on hold" }).waitFor();
      assert.equal(await page.locator("[data-hold=emergency] a[href='tel:999']").count(), 1);
      assert.equal(await page.locator(".plan-steps").count(), 0, "no next amount");
      assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 0, "no check-in");
    }
    await openOn(page, day(2), "");
    assert.match(await page.locator(".plan-status").textContent(), /On hold: at a check-in you ticked a sign/);
    // A new plan is held the same way until a newer check allows exercise advice.
    await openOn(page, day(2), "#plan/new");
    assert.equal(await page.locator("main.plan-new form").count(), 0);
    page.assertClean();
    await page.closeAll();
  });

  test("an urgent sign at a check-in gives the urgent advice with 111 and holds the plan", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await page.click("text=Log a session");
    await page.waitForSelector("main.check-in form");
    await page.click('label[for="new-none"]');
    await page.click('label[for="new-urgent-fever"]');
    await page.click("button[type=submit]");
    await page.waitForSelector("main.check-in [data-triage=urgent]");
    assert.equal(await page.locator("main.check-in a[href='tel:111']").count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "checkin-alarm");
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(stored.data.sessions.length, 0, "no session without its amount and pain");
    assert.equal(stored.data.plan_notes.length, 1, "but the sign is kept");
    await openOn(page, day(1));
    await page.locator("[data-hold=urgent]").waitFor();
    assert.equal(await page.locator(".plan-steps").count(), 0);
    page.assertClean();
    await page.closeAll();
  });

  test("no plan without self-care results, or a professional's word after see-a-professional results", async () => {
    const emergency = await withAnswers(EMERGENCY, "#results", day(0));
    await emergency.waitForSelector("[data-triage=emergency]");
    assert.equal(await emergency.locator("text=Make an exercise plan").count(), 0);
    await emergency.goto(`${server.url}#plan/new`);
    await emergency.waitForSelector("main.plan-new");
    assert.equal(await emergency.locator("main.plan-new form").count(), 0, "a typed link does not get round it");
    await emergency.closeAll();

    const clinician = await withAnswers(SEE_CLINICIAN, "#results", day(0));
    await clinician.waitForSelector("[data-triage=see-clinician]");
    await clinician.getByRole("button", { name: "Make an exercise plan" }).click();
    await clinician.waitForSelector("main.plan-new form");
    await clinician.click('label[for="plan-walking"]');
    await clinician.fill("#recent-walking", "20");
    await clinician.click("text=Make my plan");
    await clinician.waitForSelector("main.plan-new .error:has-text('GP or physiotherapist')");
    assert.deepEqual(await accessibilityViolations(clinician), [], "the professional's question and its error");
    assert.equal(await clinician.evaluate(() => JSON.parse(localStorage.getItem("backcheck")).data.plan), null, "no plan without the professional's word");
    await clinician.click('label[for="professional-ok"]');
    await clinician.click("text=Make my plan");
    await clinician.waitForSelector("main.plan .plan-steps");
    clinician.assertClean();
    await clinician.closeAll();
  });

  /** The calendar file the plan page saves, read by a real iCalendar parser. */
  async function calendarEvent(page, button) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    assert.equal(download.suggestedFilename(), "backcheck-plan.ics");
    const file = join(tmpdir(), `backcheck-plan-${process.pid}.ics`);
    await download.saveAs(file);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(file, "utf8")));
    return new ICAL.Event(calendar.getFirstSubcomponent("vevent"));
  }

  test("Add to my calendar gives a file a real calendar parser reads: the chosen days until the plan ends, a reminder, a link back; a changed plan's file updates the same events", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    const event = await calendarEvent(page, "Add to my calendar");
    assert.equal(event.summary, "Backcheck: exercise session");
    assert.equal(event.startDate.toString(), "2026-11-02T18:00:00", "today, a plan day, at 6 pm local time");
    const rule = event.component.getFirstPropertyValue("rrule");
    assert.equal(rule.freq, "WEEKLY");
    assert.deepEqual(rule.parts.BYDAY, ["MO", "WE", "FR"]);
    const next = event.iterator();
    const dates = [];
    for (let date = next.next(); date; date = next.next()) dates.push(date.toString().slice(0, 10));
    assert.deepEqual(dates.slice(0, 4), ["2026-11-02", "2026-11-04", "2026-11-06", "2026-11-09"]);
    assert.equal(dates.length, 18, "six weeks of three days, then no more reminders");
    assert.equal(dates.at(-1), "2026-12-11");
    const alarm = event.component.getFirstSubcomponent("valarm");
    assert.equal(alarm.getFirstPropertyValue("action"), "DISPLAY");
    assert.equal(alarm.getFirstPropertyValue("trigger").toString(), "-PT30M");
    assert.equal(event.component.getFirstPropertyValue("url"), `${server.url}#plan`);
    const uid = event.uid;
    assert.equal(event.sequence, 0);

    // New days and a time: the page offers the new file, with the same id and a higher sequence.
    await page.getByRole("button", { name: "Change days or time" }).click();
    await page.click('label[for="day-1"]');
    await page.click('label[for="day-3"]');
    await page.click('label[for="day-5"]');
    await page.click('label[for="day-2"]');
    await page.click('label[for="day-4"]');
    await page.fill("#plan-time", "07:30");
    await page.getByRole("button", { name: "Save days" }).click();
    await page.waitForSelector("[data-calendar=out-of-date]");
    assert.match(await page.locator(".plan-when").textContent(), /Tuesday and Thursday at 07:30/);
    const changed = await calendarEvent(page, "Update my calendar");
    assert.equal(changed.uid, uid);
    assert.equal(changed.sequence, 1);
    assert.equal(changed.startDate.toString(), "2026-11-03T07:30:00");
    assert.deepEqual(changed.component.getFirstPropertyValue("rrule").parts.BYDAY, ["TU", "TH"]);
    assert.equal(await page.locator("[data-calendar=out-of-date]").count(), 0, "saved: no longer out of date");
    page.assertClean();
    await page.closeAll();
  });

  for (const [scheme, viewport] of [["light", {}], ["dark", DESKTOP]]) {
    test(`every plan screen has no axe violations (${scheme})`, async () => {
      const page = await withAnswers(SELF_CARE, "#results", day(0), { ...viewport, colorScheme: scheme });
      const screens = {};
      await page.click("text=Make an exercise plan");
      await page.waitForSelector("main.plan-new");
      await page.click('label[for="plan-walking"]');
      screens["make a plan"] = await accessibilityViolations(page);
      await page.fill("#recent-walking", "20");
      await page.click("text=Make my plan");
      await page.waitForSelector("main.plan");
      await logSession(page, 16, 3);
      await openOn(page, day(1));
      await page.waitForSelector("form.next-morning");
      await page.click(".pain-or-soreness summary");
      await page.click(".plan-progress summary");
      screens.plan = await accessibilityViolations(page);
      await page.click("text=Log a session");
      await page.waitForSelector("main.check-in form");
      screens["check-in"] = await accessibilityViolations(page);
      const failures = Object.entries(screens).filter(([, v]) => v.length).map(([name, v]) => `${name}:\n  ${v.join("\n  ")}`);
      assert.deepEqual(failures, []);
      page.assertClean();
      await page.closeAll();
    });
  }

  test("a session can be logged by keyboard alone", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await page.getByRole("button", { name: "Log a session" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("main.check-in form");
    const focusOn = async (selector) => {
      for (let i = 0; i < 40 && !(await page.evaluate((s) => document.activeElement?.matches(s), selector)); i++) await page.keyboard.press("Tab");
      assert.ok(await page.evaluate((s) => document.activeElement?.matches(s), selector), `reached ${selector} by Tab`);
    };
    await focusOn('input[name="pain-during"]');
    for (let i = 0; i < 2; i++) await page.keyboard.press("ArrowRight");
    assert.ok(await page.isChecked("#pain-during-2"), "arrows pick the pain");
    await focusOn("#new-none");
    await page.keyboard.press("Space");
    await focusOn("#new-urgent-none");
    await page.keyboard.press("Space");
    await focusOn("button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForSelector("main.plan");
    assert.equal(await walking(page).getAttribute("data-why"), "WaitingForNextDay");
    page.assertClean();
    await page.closeAll();
  });
  test("the first load leaves the plan's build out; Make an exercise plan opens it, and Back returns to the results", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname.split("/").pop()));
    await page.reload();
    await page.waitForSelector("[data-triage=self-care]");
    assert.equal(fetched.filter((file) => /^backcheck-(plan|session|records|second)-/.test(file)).length, 0, `fetched: ${fetched.join(", ")}`);
    await makePlan(page);
    assert.ok(fetched.some((file) => /^backcheck-plan-[0-9a-f]{16}_bg\.wasm$/.test(file)), `fetched: ${fetched.join(", ")}`);
    assert.equal(await page.title(), "Your exercise plan - Backcheck");
    await page.goBack();
    await page.waitForSelector("main.plan-new");
    await page.goBack();
    await page.waitForSelector("[data-triage=self-care]");
    // The results again, with the plan kept.
    assert.equal(await page.getByRole("button", { name: "Open my plan" }).count(), 1);
    page.assertClean();
    await page.closeAll();
  });
  test("a plan address downloads only the second build's plan part, a records address only its records part, each file once; the start page only the first", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0), { serviceWorkers: "block" });
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname.split("/").pop()));
    const warnings = [];
    page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
    await page.goto("about:blank");
    await page.goto(`${server.url}#plan`);
    await page.waitForSelector("main.plan");
    const wasm = fetched.filter((file) => file.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `one wasm: ${wasm.join(", ")}`);
    assert.match(wasm[0], /^backcheck-plan-[0-9a-f]{16}_bg\.wasm$/);
    assert.equal(fetched.filter((file) => /^backcheck-[0-9a-f]{1,16}(\.js|_bg\.wasm)$/.test(file)).length, 0, "not the first build");
    assert.equal(fetched.filter((file) => /^backcheck-second-[0-9a-f]{16}\.css$/.test(file)).length, 1, `its stylesheet once: ${fetched.join(", ")}`);
    assert.equal(fetched.filter((file) => file.startsWith("backcheck-records-")).length, 0, `not the records part: ${fetched.join(", ")}`);
    // From the plan to the About page by the footer's link: the page hands over to the records
    // part, and only that.
    fetched.length = 0;
    await page.click("text=About this check");
    await page.waitForSelector("main.about");
    assert.equal(page.url(), `${server.url}#about`);
    const records = fetched.filter((file) => file.endsWith(".wasm"));
    assert.equal(records.length, 1, `one wasm: ${records.join(", ")}`);
    assert.match(records[0], /^backcheck-records-[0-9a-f]{16}_bg\.wasm$/);
    assert.equal(fetched.filter((file) => file.startsWith("backcheck-plan-")).length, 0, `not the plan part: ${fetched.join(", ")}`);
    fetched.length = 0;
    await page.goto("about:blank");
    await page.goto(server.url);
    await waitForApp(page);
    assert.equal(fetched.filter((file) => /_bg\.wasm$/.test(file)).length, 1);
    assert.equal(fetched.filter((file) => /^backcheck-(plan|session|records|second)-/.test(file)).length, 0);
    assert.deepEqual(warnings.filter((text) => /preload/i.test(text)), [], "no preload the page did not use, no ignored integrity");
    page.assertClean();
    await page.closeAll();
  });
  test("the second build's stylesheet: at its addresses only, relative, with its integrity, in place before its screens draw; no first-build screen matches a rule of it", async () => {
    // Held back: the loader waits for it, so the plan never draws without it.
    const page = await withAnswers(SELF_CARE, "#results", day(0), { serviceWorkers: "block" });
    await makePlan(page);
    let releaseStyle;
    const held = new Promise((resolve) => (releaseStyle = resolve));
    await page.route("**/backcheck-second-*.css", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("about:blank");
    const wasm = page.waitForResponse(/backcheck-plan-[0-9a-f]{16}_bg\.wasm$/);
    await page.goto(`${server.url}#plan`, { waitUntil: "domcontentloaded" }); // "load" waits for the stylesheet
    await (await wasm).finished();
    await page.waitForTimeout(1000);
    assert.equal(await page.locator("main.plan").count(), 0, "not drawn before its stylesheet is in");
    assert.equal(await page.getByText("Opening your plan…").isVisible(), true);
    releaseStyle();
    await page.waitForSelector("main.plan .week-days");
    assert.equal(await page.locator(".week-days").evaluate((days) => getComputedStyle(days).display), "grid", "drawn with its stylesheet");
    const sheet = await page.evaluate(() => {
      const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
      const second = links.find((link) => /backcheck-second-[0-9a-f]{16}\.css$/.test(link.href));
      const selectors = [];
      const read = (rules) => [...rules].forEach((rule) => (rule.selectorText ? selectors.push(rule.selectorText) : rule.cssRules && read(rule.cssRules)));
      read(second.sheet.cssRules);
      return { href: second.getAttribute("href"), integrity: second.integrity, after: links.indexOf(second) > links.findIndex((link) => /main-[0-9a-f]+\.css$/.test(link.href)), selectors };
    });
    assert.match(sheet.href, /^\.\/backcheck-second-[0-9a-f]{16}\.css$/, "relative, so it works under any sub-path");
    assert.match(sheet.integrity, /^sha384-/);
    assert.ok(sheet.after, "after main.css, as its rules were written");
    assert.ok(sheet.selectors.length > 40, `${sheet.selectors.length} rules`);
    page.assertClean();
    await page.closeAll();

    // Each rule, with pseudo-elements and states (:hover, :empty) left out, matches nothing on a
    // first-build screen, and those pages never load the sheet.
    // A pseudo-class standing alone after a combinator (`tr > :first-child`) leaves `*` in its place.
    // `:not(…)` and `:has(…)` stay: they say which elements a rule is for.
    const selectors = sheet.selectors.map((selector) => selector.replace(/::?(?!not\(|has\()[\w-]+/g, "").replace(/([>+~]\s*)$/, "$1*"));
    const checked = [];
    const expectNone = async (page, screen) => {
      const found = await page.evaluate((selectors) => selectors.filter((selector) => document.querySelector(selector)), selectors);
      assert.deepEqual(found, [], `${screen}: elements match rules of the second build's stylesheet`);
      checked.push(screen);
    };
    const expectNoSheet = async (page, screen) => {
      assert.equal(await page.locator('link[href*="backcheck-second-"]').count(), 0, `${screen} loads the second build's stylesheet`);
      await expectNone(page, screen);
    };

    // index.html's first screen before the app runs: the start page, the first question, its
    // emergency advice; and what a second-build address says while that build loads, with the
    // second sheet already in the page.
    const before = await openPage(browser, server, { serviceWorkers: "block" });
    const release = await holdWasm(before);
    await before.goto(server.url);
    await expectNoSheet(before, "the first screen");
    await before.click("text=Start the check");
    await expectNoSheet(before, "the first question before the app");
    await before.click('label[for="emergency-signs-saddle-numbness"]');
    await before.click("#first-question button[type=submit]");
    await before.waitForSelector(".first-emergency h1");
    await expectNoSheet(before, "the emergency advice before the app");
    await before.goto("about:blank");
    await before.goto(`${server.url}#plan`);
    await before.getByRole("status").filter({ hasText: "Opening your plan…" }).waitFor();
    await expectNone(before, "Opening your plan…");
    release();
    await before.closeAll();

    // The app's screens: every question of a check, every kind of results, the start page with
    // past checks and a plan, a past check, shared results, a load that failed, a notice.
    const check = await openPage(browser, server);
    await check.clock.setFixedTime(day(1));
    await check.goto(server.url);
    await waitForApp(check);
    await check.click("text=Start the check");
    while ((await check.evaluate(() => location.hash)).startsWith("#q=")) {
      await check.waitForSelector("form.question");
      await expectNoSheet(check, await check.evaluate(() => location.hash));
      await answerByClicking(check, SELF_CARE);
    }
    await check.waitForSelector("[data-triage=self-care]");
    await expectNoSheet(check, "self-care results offering a plan");
    await makePlan(check);
    await check.goto("about:blank");
    await check.goto(server.url);
    await waitForApp(check);
    await check.waitForSelector(".plan-status");
    await expectNoSheet(check, "the start page with a plan and a past check");
    await check.click(".past-item");
    await check.waitForSelector("[data-triage]");
    await expectNoSheet(check, "a past check");
    await check.goto("about:blank");
    await check.goto(`${server.url}#results`);
    await check.waitForSelector("[data-triage=self-care]");
    await expectNoSheet(check, "self-care results with a plan");
    check.assertClean();
    await check.closeAll();
    for (const [profile, triage] of [[EMERGENCY, "emergency"], [URGENT, "urgent"], [SEE_CLINICIAN, "see-clinician"]]) {
      const results = await withAnswers(profile, "#results", day(0));
      await results.waitForSelector(`[data-triage=${triage}]`);
      await expectNoSheet(results, `${triage} results`);
      await results.closeAll();
    }
    const shared = await openPage(browser, server);
    await shared.goto(`${server.url}#r=1.VVVTVYBYYFXdf78`);
    await shared.waitForSelector("[data-triage]");
    await expectNoSheet(shared, "shared results");
    await shared.closeAll();
    const failed = await openPage(browser, server, { serviceWorkers: "block" });
    await failed.route("**/*.wasm", (route) => route.abort("internetdisconnected"));
    await failed.goto(server.url);
    await failed.locator("#load-problem").waitFor();
    await expectNoSheet(failed, "a load that failed");
    await failed.closeAll();
    const blocked = await openPage(browser, server);
    await blockStorage(blocked);
    await blocked.goto(server.url);
    await waitForApp(blocked);
    await blocked.locator(".notice").first().waitFor();
    await expectNoSheet(blocked, "a notice on the start page");
    await blocked.closeAll();
    assert.ok(checked.length > 20, checked.join(", "));
  });
  test("a plan address says the plan is opening while its build loads, and offers Reload if it cannot load", async () => {
    // No service worker: it would answer from its cache, where routes cannot hold or fail a file.
    const page = await withAnswers(SELF_CARE, "#results", day(0), { serviceWorkers: "block" });
    const release = await holdWasm(page);
    await page.goto("about:blank");
    await page.goto(`${server.url}#plan`);
    await page.getByRole("status").filter({ hasText: "Opening your plan…" }).waitFor();
    assert.equal(await page.locator("#start .start-link").isVisible(), false, "not the start page's Start");
    release();
    await page.waitForSelector("main.plan");
    await page.closeAll();

    // The second build unreachable (offline before the service worker had it): a message and
    // Reload, never a blank or stuck page.
    const offline = await withAnswers(SELF_CARE, "#results", day(0), { serviceWorkers: "block" });
    await offline.route("**/backcheck-plan-*", (route) => route.abort("internetdisconnected"));
    await offline.goto("about:blank");
    await offline.goto(`${server.url}#plan/new`);
    const problem = offline.getByRole("alert").filter({ hasText: "could not start" });
    await problem.waitFor();
    assert.equal(await offline.getByRole("button", { name: "Reload" }).isVisible(), true);
    assert.equal(await offline.getByText("Opening your plan…").isVisible(), false);
    await offline.closeAll();
  });
  test("a newer check: see-a-professional asks for their word; get-care-first puts the plan on hold, with no next amounts or check-in, and the start page says so", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    const addCheck = (answers) =>
      page.evaluate((a) => {
        const stored = JSON.parse(localStorage.getItem("backcheck"));
        stored.data.history.push({ completed_at: Date.now(), answers: a });
        localStorage.setItem("backcheck", JSON.stringify(stored));
      }, answers);
    // Days later a check says to see a professional: the plan waits for their word.
    await page.clock.setFixedTime(day(3));
    await addCheck(SEE_CLINICIAN);
    await openOn(page, day(3));
    await page.getByRole("heading", { name: "Check with a professional" }).waitFor();
    assert.equal(await page.locator(".plan-steps").count(), 0, "no next amounts until a professional's word");
    await openOn(page, day(3), "");
    assert.match(await page.locator(".plan-status").textContent(), /On hold: your latest check says to see a GP or physiotherapist first/);
    await openOn(page, day(3));
    await page.click('label[for="professional-go-on"]');
    await page.getByRole("button", { name: "Go on with my plan" }).click();
    await page.waitForSelector("main.plan .plan-steps");
    assert.equal(await page.locator(".plan-steps li").count(), 1, "the next amounts again");
    // A week later the person takes the check again, with a fever.
    await page.clock.setFixedTime(day(7));
    await page.evaluate((urgent) => {
      const stored = JSON.parse(localStorage.getItem("backcheck"));
      stored.data.history.push({ completed_at: Date.now(), answers: urgent });
      localStorage.setItem("backcheck", JSON.stringify(stored));
    }, URGENT);
    await openOn(page, day(7));
    await page.getByRole("heading", { name: "Your plan is on hold" }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    assert.equal(await page.locator(".plan-steps").count(), 0, "no next amounts");
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Add to my calendar" }).count(), 0);
    await openOn(page, day(7), "#check-in");
    await page.getByRole("heading", { name: "Your plan is on hold" }).waitFor();
    await page.getByRole("button", { name: "See your latest results" }).click();
    await page.waitForSelector("[data-triage=urgent]");
    await openOn(page, day(7), "");
    assert.match(await page.locator(".plan-status").textContent(), /On hold: your latest check says to get medical advice first/);
    page.assertClean();
    await page.closeAll();
  });
  test("the name goes home from the plan; the morning question, the progress table at 320 px, and the delete warning speak of the plan", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0), { viewport: { width: 320, height: 700 } });
    await makePlan(page);
    await logSession(page, 16, 3);
    await openOn(page, day(1));
    assert.match(await page.locator("#morning-title").textContent(), /morning after your session on 2 Nov (2026 )?\(walking\)/);
    await answerMorning(page, "same");
    await page.click(".plan-progress summary");
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scroll at 320 px");
    // Amounts are written under the dots, never drawn against the 0 to 10 pain scale.
    assert.equal(await page.locator(".plan-progress .chart-bar").count(), 0);
    assert.equal(await page.locator(".plan-progress .chart-amount").first().textContent(), "16");
    await page.click(".site-header .brand a");
    await page.waitForSelector(".plan-status");
    assert.equal(await page.title(), "Backcheck: should I exercise with low back pain?");
    await page.click("text=Save, load or delete your data");
    await page.waitForSelector("main.your-data-screen h1");
    await page.click("text=Delete all my data");
    assert.match(await page.locator(".confirm").textContent(), /your exercise plan and its 1 session/);
    page.assertClean();
    await page.closeAll();
  });

  test("a new plan over an existing one asks first: Cancel keeps the plan and its sessions, Replace clears them", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await logSession(page, 16, 3);
    await page.waitForSelector("main.plan .plan-steps");
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("backcheck")).data);
    assert.equal((await stored()).sessions.length, 1);
    await openOn(page, day(1), "#plan/new");
    await page.click('label[for="plan-walking"]');
    await page.fill("#recent-walking", "30");
    await page.click("text=Make my plan");
    const question = page.locator(".confirm-question");
    await question.waitFor();
    assert.match(await question.textContent(), /with 1 session logged/);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Cancel", "the safe choice has focus");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".confirm", { state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Make my plan");
    assert.equal((await stored()).sessions.length, 1, "Cancel changes nothing");
    assert.equal((await stored()).plan.activities[0].start, 16);
    await page.click("text=Make my plan");
    await page.click("text=Replace my plan");
    await page.waitForSelector("main.plan .plan-steps");
    assert.equal((await stored()).sessions.length, 0);
    assert.equal((await stored()).plan.activities[0].start, 24);
    page.assertClean();
    await page.closeAll();
  });

  test("a plan a person can follow: chosen days, named exercises with how-tos, one check-in for the whole session, the week and the programme, a pause, the end, and a printed copy", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0), { viewport: { width: 320, height: 800 } });
    // The plan is the last of "Your next steps", near the top of the results.
    const planStep = page.locator(".next-steps .next-step-plan a");
    assert.equal(await planStep.textContent(), "Make an exercise plan from these tips");
    await planStep.click();
    await page.waitForSelector("main.plan-new");
    await page.click('label[for="plan-walking"]');
    await page.fill("#recent-walking", "20");
    await page.click('label[for="plan-core-exercises"]');
    assert.equal(await page.locator("#recent-core-exercises").count(), 0, "named exercises start at the NHS's 5: nothing to ask");
    // Tuesday and Thursday instead of the days offered, at 07:30.
    for (const weekday of [1, 3, 5, 2, 4]) await page.click(`label[for="day-${weekday}"]`);
    await page.fill("#plan-time", "07:30");
    await page.click("text=Make my plan");
    await page.waitForSelector("main.plan .plan-steps");
    assert.match(await page.locator(".plan-when").textContent(), /Week 1 of 6\. Sessions on Tuesday and Thursday at 07:30\./);
    // Monday 2 November: not a plan day; Tuesday is next.
    const statuses = () => page.locator(".week-day").evaluateAll((days) => days.map((d) => d.dataset.status));
    assert.deepEqual(await statuses(), ["other", "planned", "other", "planned", "other", "other", "other"]);
    assert.match(await page.locator(".week-view").textContent(), /Keep moving/, "no rest days: keep moving");
    assert.match(await page.locator(".plan-ends").textContent(), /Your plan ends on Sunday 13 Dec\./);
    assert.equal(await page.locator('.week-day[aria-current="date"]').count(), 1);
    assert.equal(await page.locator("#next-title").textContent(), "Your next session: Tuesday 3 Nov", "today is a rest day");

    // How to do today's session: the named exercises, how many times, what it should feel like.
    const core = page.locator('[data-activity="core-exercises"]');
    assert.equal(await core.locator(".amount").textContent(), "5 times each");
    await core.locator(".how-to summary").click();
    assert.match(await core.locator('[data-exercise="pelvic-tilts"] h3').textContent(), /Pelvic tilts: 5 times/);
    assert.match(await core.locator('[data-exercise="tummy-tightening"]').textContent(), /Hold for 5 to 10 slow breaths/);
    assert.match(await core.locator(".how-to .basis").textContent(), /NHS: Lower back pain exercises/);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scroll at 320 px");
    assert.deepEqual(await accessibilityViolations(page), [], "the plan with its week and an open how-to");

    // Tuesday: one check-in for walking and the exercises, one pain score, one saved message.
    await openOn(page, day(1));
    assert.equal((await statuses())[1], "today");
    await page.click("text=Log a session");
    await page.waitForSelector("main.check-in form");
    assert.ok(await page.isChecked("#did-walking"));
    assert.ok(await page.isChecked("#did-core-exercises"));
    assert.equal(await page.inputValue("#done-core-exercises"), "5");
    await page.fill("#done-walking", "15");
    await page.click('label[for="pain-during-3"]');
    await page.click('label[for="new-none"]');
    await page.click('label[for="new-urgent-none"]');
    await page.click("button[type=submit]");
    const saved = page.locator(".notice-saved");
    await saved.waitFor();
    assert.match(await saved.textContent(), /Session saved: walking 15 minutes, tummy and back exercises 5 times each\./);
    assert.equal(await page.locator("#next-title").textContent(), "Your next session: Thursday 5 Nov", "today's is done");
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("backcheck")).data);
    assert.deepEqual((await stored()).sessions[0].done, [{ activity: "walking", amount: 15 }, { activity: "core-exercises", amount: 5 }]);
    assert.equal((await statuses())[1], "done");

    // Wednesday: one morning question for the whole session.
    await openOn(page, day(2));
    assert.equal(await page.locator("form.next-morning").count(), 1);
    assert.match(await page.locator("#morning-title").textContent(), /\(walking and tummy and back exercises\)/);
    await answerMorning(page, "same");

    // Friday: Thursday was missed; it is logged now, as yesterday.
    await openOn(page, day(4));
    assert.equal((await statuses())[3], "missed");
    await page.click("text=Log a session");
    await page.waitForSelector("main.check-in form");
    await page.click('label[for="when-yesterday"]');
    await page.click('label[for="pain-during-2"]');
    await page.click('label[for="new-none"]');
    await page.click('label[for="new-urgent-none"]');
    await page.click("button[type=submit]");
    await page.locator(".notice-saved").waitFor();
    assert.match(await page.locator(".notice-saved").textContent(), /Now answer one question about how your back was this morning/);
    assert.equal(await page.locator("form.next-morning").count(), 1, "this morning was the morning after: asked now");
    assert.equal((await statuses())[3], "done", "Thursday, the day it was done");
    await answerMorning(page, "same");

    // A flare: paused, nothing due, and the start page says so; the weeks wait.
    await page.getByRole("button", { name: "Pause my plan" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Paused" }).waitFor();
    await page.waitForFunction(() => document.activeElement.tagName === "H1", null, { timeout: 2000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus goes to the top of the changed page");
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 0);
    await openOn(page, day(9), "");
    assert.match(await page.locator(".plan-status").textContent(), /Week 1 of 6.*Your plan is paused/);
    await openOn(page, day(9));
    assert.deepEqual(await statuses(), ["paused", "paused", "paused", "paused", "paused", "paused", "paused"]);
    assert.deepEqual(await accessibilityViolations(page), [], "the paused plan");
    await page.getByRole("button", { name: "Go on with my plan" }).first().click();
    await page.waitForSelector("main.plan .plan-steps");
    assert.match(await page.locator(".plan-when").textContent(), /Week 1 of 6/, "paused days do not count");

    // Printed: the days, every how-to and the pain rule.
    await page.emulateMedia({ media: "print" });
    const printed = page.locator(".printed-how-tos");
    assert.ok(await printed.isVisible());
    assert.match(await printed.textContent(), /Pelvic tilts \(at most 15 times\)/);
    assert.match(await printed.textContent(), /Some discomfort is fine/);
    await page.emulateMedia({ media: "screen" });
    assert.equal(await printed.isVisible(), false);

    // Six weeks of days, plus the five paused (Friday to Tuesday): then the plan ends and asks for the check again.
    await openOn(page, day(46));
    assert.match(await page.locator(".plan-when").textContent(), /Week 6 of 6/);
    await openOn(page, day(47));
    await page.getByRole("heading", { name: "This plan has ended" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 0);
    assert.equal(await page.getByRole("button", { name: "Take the check again" }).count(), 1);
    page.assertClean();
    await page.closeAll();
  });

  test("six weeks of a plan with the page's clock: amounts and reasons read from the page, a step back once after one session that was too much, then up again", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    const seen = [];
    // Monday, Wednesday and Friday for six weeks; the morning after each, the back is about the same.
    // Week 3's Wednesday (day 16) is too much: pain 6.
    for (let week = 0; week < 6; week++) {
      for (const offset of [0, 2, 4]) {
        const n = week * 7 + offset;
        await openOn(page, day(n));
        const amount = Number((await walking(page).locator(".amount").textContent()).split(" ")[0]);
        seen.push([n, amount, await walking(page).getAttribute("data-why")]);
        await logSession(page, amount, n === 16 ? 6 : 2);
        await page.waitForSelector("main.plan .notice-saved");
        if (n !== 16) {
          await openOn(page, day(n + 1));
          await answerMorning(page, "same");
        }
      }
    }
    const amounts = seen.map(([, amount]) => amount);
    // 16 from 20 managed; a step a week; 20 was too much on day 16: 16, then up again.
    assert.deepEqual(amounts, [16, 16, 16, 16, 18, 18, 18, 20, 16, 16, 16, 18, 18, 18, 20, 20, 20, 22], JSON.stringify(seen));
    assert.deepEqual(
      seen.filter(([, , why]) => why === "GreenStepUp").map(([n]) => n),
      [9, 16, 25, 32, 39],
      "a step up once a week of good sessions is done"
    );
    assert.equal(seen.find(([n]) => n === 18)[2], "StepBack", "the session after the one that was too much");
    // The last session's morning answer is judged like any other.
    await openOn(page, day(42));
    assert.equal(await page.locator(".plan-progress tbody tr").count(), 18);
    assert.equal(await page.locator('.plan-progress tbody td:has-text("Not answered")').count(), 0, "every session judged");
    page.assertClean();
    await page.closeAll();
  });

  test("the morning question is about the back pain: normal soreness is no step back, worse back pain is", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await logSession(page, 16, 4);
    await openOn(page, day(1));
    const form = page.locator("form.next-morning");
    assert.match(await form.textContent(), /Compared with before the session, your back pain this morning is/);
    assert.match(await form.textContent(), /Soreness from exercise is a dull ache that should go within 1 to 3 days/);
    assert.deepEqual(await accessibilityViolations(page), [], "the morning question");
    await answerMorning(page, "same");
    assert.equal(await walking(page).getAttribute("data-why"), "GreenHold", "soreness, not worse back pain");
    await page.waitForFunction(() => document.activeElement.tagName === "H1", null, { timeout: 2000 }).catch(() => {});
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus back at the top");
    await openOn(page, day(2));
    await logSession(page, 16, 3);
    await openOn(page, day(3));
    await answerMorning(page, "worse");
    assert.equal(await walking(page).getAttribute("data-why"), "StepBack");
    assert.match(await walking(page).textContent(), /Your back pain was worse the next morning/);
    // A question left unanswered for more than two days is not asked, and nothing waits on it.
    await openOn(page, day(4));
    await logSession(page, 13, 2);
    await openOn(page, day(7));
    assert.equal(await page.locator("form.next-morning").count(), 0);
    assert.equal(await walking(page).getAttribute("data-why"), "NotJudged");
    page.assertClean();
    await page.closeAll();
  });

  test("severe pain holds the plan at once with see a GP; the page offers the calendar file that takes the reminders away (read by ical.js), and gives them back after a professional's word", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    const first = await calendarEvent(page, "Add to my calendar");
    assert.equal(first.sequence, 0);
    await openOn(page, day(2));
    await logSession(page, 16, 8);
    await page.getByRole("heading", { name: "See a GP" }).waitFor();
    assert.match(await page.locator(".plan-warning").textContent(), /7 out of 10 or more\. That is severe pain\. Stop your plan and see a GP/);
    assert.equal(await page.locator(".plan-steps").count(), 0);
    assert.match(await page.locator("[data-calendar=hold]").textContent(), /will still remind you/);
    const cancelled = await calendarEvent(page, "Take the plan off my calendar");
    assert.equal(cancelled.uid, first.uid);
    assert.equal(cancelled.component.getFirstPropertyValue("status"), "CANCELLED");
    assert.ok(cancelled.sequence > first.sequence, "newer than the file that reminds");
    assert.equal(await page.locator("[data-calendar=hold]").count(), 0, "saved: said once");
    assert.deepEqual(await accessibilityViolations(page), [], "the plan held for severe pain");
    await openOn(page, day(3), "");
    assert.match(await page.locator(".plan-status").textContent(), /On hold: your pain in your last session was severe\. See a GP/);
    // The held days do not use up the plan's weeks.
    await openOn(page, day(9));
    assert.match(await page.locator(".plan-ends").textContent(), /end moves on/);
    await page.click('label[for="professional-go-on"]');
    await page.getByRole("button", { name: "Go on with my plan" }).click();
    await page.waitForSelector("main.plan .plan-steps");
    assert.match(await page.locator(".plan-ends").textContent(), /Your plan ends on Sunday 20 Dec\./, "a week later than 13 Dec");
    await page.waitForSelector("[data-calendar=out-of-date]");
    const back = await calendarEvent(page, "Update my calendar");
    assert.ok(back.sequence > cancelled.sequence);
    assert.equal(back.component.getFirstPropertyValue("status"), null);
    assert.ok(back.component.getFirstPropertyValue("rrule"));
    page.assertClean();
    await page.closeAll();
  });

  test("a change of days leaves the days already gone as they were, and a flare-up steps down and carries on", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await logSession(page, 16, 2);
    // Thursday: Wednesday was missed; from now on, Tuesday and Thursday.
    await openOn(page, day(3));
    await page.getByRole("button", { name: "Change days or time" }).click();
    for (const weekday of [1, 3, 5, 2, 4]) await page.click(`label[for="day-${weekday}"]`);
    await page.getByRole("button", { name: "Save days" }).click();
    await page.waitForFunction(() => document.querySelector(".plan-when")?.textContent.includes("Tuesday and Thursday"));
    const statuses = () => page.locator(".week-day").evaluateAll((days) => days.map((d) => d.dataset.status));
    assert.deepEqual(await statuses(), ["done", "other", "missed", "today", "other", "other", "other"]);
    // A flare-up: one step down, and the plan goes on.
    assert.match(await page.locator(".plan-controls").textContent(), /Having a flare-up\? Go down a step/);
    await page.getByRole("button", { name: "Go down a step" }).click();
    await page.waitForFunction(() => document.querySelector('[data-activity="walking"]')?.dataset.why === "FlareUp");
    assert.equal(await walking(page).locator(".amount").textContent(), "13 minutes");
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 1, "not paused");
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("backcheck")).data);
    assert.deepEqual(stored.plan.earlier_days.map((e) => e.weekdays), [[1, 3, 5]]);
    assert.deepEqual(stored.plan_notes.map((note) => note.kind), ["flare-up"]);
    page.assertClean();
    await page.closeAll();
  });

  test("End my plan asks first, keeps the sessions, and a new plan can follow", async () => {
    const page = await withAnswers(SELF_CARE, "#results", day(0));
    await makePlan(page);
    await logSession(page, 16, 3);
    await page.waitForSelector("main.plan .plan-steps");
    await page.getByRole("button", { name: "End my plan" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Cancel", "the safe choice has focus");
    await page.locator(".confirm").getByRole("button", { name: "End my plan" }).click();
    await page.getByRole("heading", { name: "This plan has ended" }).waitFor();
    const data = await page.evaluate(() => JSON.parse(localStorage.getItem("backcheck")).data);
    assert.equal(data.sessions.length, 1);
    assert.ok(data.plan.stopped_at > 0);
    await openOn(page, day(0), "");
    assert.match(await page.locator(".plan-status").textContent(), /You ended this plan/);
    page.assertClean();
    await page.closeAll();
  });
});

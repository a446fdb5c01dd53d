// What a person can do again (#32): naming up to three everyday activities when a plan is made
// (suggested or typed, typed text shown as text), rating them again at weeks 2, 4 and 6 with the
// page's clock moved on, the chart and table of the ratings beside the pain during sessions on the
// plan page and the progress screen, the NHS's advice when nothing got better after three weeks
// (and not before), and every new card clean under axe, light and dark, 320 px and desktop.
// Screenshots go to /tmp/shots32/ (SHOTS=... for another folder).
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { describe, test } from "node:test";

import { accessibilityViolations } from "./axe.mjs";
import { DESKTOP, PHONE, openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { logSession } from "./plan-driver.mjs";
import { SELF_CARE } from "./profiles.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

const SHOTS = process.env.SHOTS ?? "/tmp/shots32";
const DAY = 24 * 60 * 60 * 1000;
/** Monday 2 November 2026 (the tests run in UTC), plus whole days, at `hour`. */
const day = (n, hour = 9) => new Date(Date.UTC(2026, 10, 2 + n, hour));
/** Typed text with markup in it: it must show as these very characters, never as markup. */
const TYPED = "<b>Tie</b> my shoes<img src=x onerror=alert(1)>";

/** A page on `hash`, with the self-care check finished and the clock fixed on `when`. */
async function withAnswers(hash, when, options) {
  const page = await openPage(browser, server, options);
  page.on("dialog", (dialog) => page.problems.push(`a dialog opened: ${dialog.message()}`));
  await page.clock.setFixedTime(when);
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate((a) => localStorage.setItem("backcheck", JSON.stringify({ version: 4, data: { current: { answers: a, recorded_as: null }, history: [], plan: null, sessions: [] } })), SELF_CARE);
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

/** Stored data as the current version writes it: a plan begun on day 0, its sessions and ratings. */
function stored({ sessions = [], ratings = [], weeks = 6 }) {
  const started = day(0).getTime();
  return {
    version: 9,
    data: {
      current: { answers: {}, recorded_as: null },
      history: [{ completed_at: started - 60_000, answers: SELF_CARE }],
      plan: {
        started_at: started, weekdays: [1, 3, 5], days_per_week: 3, time: null, weeks, activities: [{ activity: "walking", start: 16 }],
        earlier_days: [], pauses: [], stopped_at: null, revision: 0, calendar_revision: null, calendar_cancelled: false,
      },
      sessions: sessions.map(([n, pain]) => ({ at: day(n, 10).getTime(), done: [{ activity: "walking", amount: 16 }], pain_during: pain, next_day: null })),
      plan_notes: ratings.map(([n, scores]) => ({ at: day(n).getTime(), kind: "ratings", ratings: scores.map(([activity, score]) => ({ activity, score })) })),
    },
  };
}

async function seeded(data, when, hash, options) {
  const page = await openPage(browser, server, options);
  await page.clock.setFixedTime(when);
  await page.goto(server.url);
  await waitForApp(page);
  await page.evaluate((raw) => localStorage.setItem("backcheck", raw), JSON.stringify(data));
  await page.goto("about:blank");
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
  return page;
}

/** Rates the activities in `form` (0 to 10 each, in order) and saves. */
async function rate(page, form, scores) {
  for (const [slot, score] of scores.entries()) await page.click(`${form} label[for="ability-${slot}-${score}"]`);
  await page.click(`${form} button[type=submit]`);
}

/** Logs a session on each of `days` at 10:00 with `pain`, and comes back to the plan. */
async function sessionsOn(page, days, pain) {
  for (const n of days) {
    await openOn(page, day(n, 10));
    await logSession(page, 16, pain);
    await page.waitForSelector("main.plan .notice-saved");
  }
}

/** The ratings table as rows of cell texts, its header row first. */
const tableRows = (page, scope = "main") =>
  page.$$eval(`${scope} .ratings-table tr`, (rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent.trim())));

describe("what a person can do again", () => {
  test("three activities named with the plan (two suggested, one typed with markup, shown as text) and rated at the start and at weeks 2, 4 and 6; the chart and table on the plan page and the progress screen", async () => {
    const page = await withAnswers("#results", day(0));
    await page.click("text=Make an exercise plan");
    await page.waitForSelector("main.plan-new");
    await page.click('label[for="plan-walking"]');
    await page.fill("#recent-walking", "20");

    // The moves ticked in the check come first, then everyday examples.
    const offered = await page.locator(".suggestion").allTextContents();
    assert.deepEqual(offered.slice(0, 2), ["Bending forward", "Sitting for a long time"]);
    assert.ok(offered.length > 2, "everyday examples after them");
    await page.getByRole("button", { name: "Bending forward", exact: true }).click();
    await page.getByRole("button", { name: "Sitting for a long time", exact: true }).click();
    assert.equal(await page.getByRole("button", { name: "Bending forward", exact: true }).getAttribute("aria-pressed"), "true");
    assert.match(await page.locator(".own-activity").textContent(), /stays on this device.*not in the link you can share/);
    await page.fill("#own-activity", TYPED);
    await page.keyboard.press("Enter");
    assert.equal(await page.inputValue("#own-activity"), "", "Enter adds it, and does not send the plan's form");
    assert.equal(await page.locator("main.plan-new").count(), 1);
    // A fourth is one too many, and the same one twice is said.
    await page.fill("#own-activity", "Gardening");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    assert.equal(await page.locator(".name-activities .error").textContent(), "Name up to 3 activities.");
    await page.getByRole("button", { name: "Remove Sitting for a long time" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "own-activity"); // focus goes back to the field
    await page.fill("#own-activity", "bending FORWARD");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    assert.equal(await page.locator(".name-activities .error").textContent(), "You named the same activity twice.");
    await page.fill("#own-activity", "");
    await page.getByRole("button", { name: "Sitting for a long time", exact: true }).click();

    const legends = await page.locator(".rate-activity legend").allTextContents();
    assert.deepEqual(legends, ["Bending forward", TYPED, "Sitting for a long time"], "the typed name as its own characters");
    assert.equal(await page.locator("main b, main img").count(), 0, "no markup made from what was typed");
    assert.match(await page.locator(".rate-activity .scale-labels").first().textContent(), /0: I cannot do it.*10: as well as before my back pain/);

    // Not rated yet: the plan is not made, and the message is an alert.
    await page.click("text=Make my plan");
    assert.equal(await page.locator("main.plan-new p.error[role=alert]").last().textContent(), "Rate each activity from 0 to 10.");
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem("backcheck")).data.plan), null);
    // Each activity keeps its slot's inputs: Bending forward 0, the typed one 2, Sitting 1 (added again).
    await page.click('label[for="ability-0-3"]');
    await page.click('label[for="ability-2-2"]');
    await page.click('label[for="ability-1-4"]');
    await page.click("text=Make my plan");
    await page.waitForSelector("main.plan .plan-steps");
    let saved = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(saved.version, 10);
    assert.deepEqual(saved.data.plan_notes, [
      { at: day(0).getTime(), kind: "ratings", ratings: [{ activity: "Bending forward", score: 3 }, { activity: TYPED, score: 2 }, { activity: "Sitting for a long time", score: 4 }] },
    ]);
    assert.equal(saved.data.plan.started_at, day(0).getTime(), "the first ratings are dated as the plan");
    assert.equal(await page.locator("form.rate-again").count(), 0, "nothing to rate again on the first day");
    assert.deepEqual((await tableRows(page)).slice(0, 2), [["", "2 Nov"], ["Bending forward", "3"]]);

    // Two weeks of sessions; nothing is asked again before week 2.
    await sessionsOn(page, [0, 2, 4, 7, 9, 11], 5);
    await openOn(page, day(13));
    assert.equal(await page.locator("form.rate-again").count(), 0, "not before two weeks");
    const rateAgain = async (n, scores, words) => {
      await openOn(page, day(n));
      await page.waitForSelector("form.rate-again");
      assert.match(await page.locator("form.rate-again").textContent(), words);
      assert.match(await page.locator("form.rate-again").textContent(), /On 2 Nov 2026 you said these were hard/);
      assert.deepEqual(await page.locator("form.rate-again legend").allTextContents(), ["Bending forward", TYPED, "Sitting for a long time"]);
      await rate(page, "form.rate-again", scores);
      await page.waitForSelector("#ratings-saved");
      assert.equal(await page.locator("#ratings-saved").textContent(), "Your ratings are saved.");
      await page.waitForFunction(() => document.activeElement?.id === "ratings-saved"); // focus on what was saved
      assert.equal(await page.locator("form.rate-again").count(), 0);
    };
    await openOn(page, day(14));
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 1, "rating never stands in the way of a session");
    assert.match(await page.locator("form.rate-again").textContent(), /It does not stop today’s session/);
    await rateAgain(14, [5, 4, 5], /You have done 2 weeks of your plan/);
    await sessionsOn(page, [14, 16, 18], 3);
    await openOn(page, day(21));
    assert.equal(await page.locator("[data-advice=not-better]").count(), 0, "the pain got 2 points better: no advice");
    await sessionsOn(page, [21, 23, 25], 3);
    await rateAgain(28, [6, 5, 7], /You have done 4 weeks of your plan/);
    await sessionsOn(page, [28, 30, 32, 35, 37, 39], 2);
    await openOn(page, day(42));
    assert.doesNotMatch(await page.locator("form.rate-again").textContent(), /today’s session/, "no session to speak of once the plan has ended");
    await rateAgain(42, [7, 7, 8], /Your plan has ended: rate them one last time/);
    assert.equal(await page.locator("[data-advice=not-better]").count(), 0);

    // The table: a column a time, a row an activity, the average and its change.
    const expected = [
      ["", "2 Nov", "16 Nov", "30 Nov", "14 Dec"],
      ["Bending forward", "3", "5", "6", "7"],
      [TYPED, "2", "4", "5", "7"],
      ["Sitting for a long time", "4", "5", "7", "8"],
      ["Average", "3", "4.7", "6", "7.3"],
      ["Change from the first", "–", "up 1.7 points", "up 3 points", "up 4.3 points"],
      ["A real change?", "–", "No clear change", "Yes: better", "Yes: better"],
      ["Pain during sessions before it (average)", "–", "5", "3", "2"],
    ];
    assert.deepEqual(await tableRows(page), expected);
    // The chart: each activity's marks at its scores (11 units a point from 26 at 10), 18 sessions' pain.
    const marks = (series) => page.$$eval(`.abilities-chart svg.chart g[data-series="${series}"] .ability-mark`, (nodes) => nodes.map((n) => n.tagName === "circle" ? Number(n.getAttribute("cy")) : n.tagName === "rect" ? Number(n.getAttribute("y")) + 5 : Number(n.getAttribute("points").split(" ")[1].split(",")[1])));
    const at = (scores) => scores.map((score) => 26 + 11 * (10 - score));
    assert.deepEqual(await marks(0), at([3, 5, 6, 7]));
    assert.deepEqual(await marks(1), at([2, 4, 5, 7]));
    assert.deepEqual(await marks(2), at([4, 5, 7, 8]));
    assert.equal(await page.locator(".abilities-chart svg.chart .chart-pain").count(), 18);
    const label = await page.locator(".abilities-chart svg.chart").getAttribute("aria-label");
    assert.match(label, /Bending forward: 3 on 2 Nov, 5 on 16 Nov, 6 on 30 Nov and 7 on 14 Dec/);
    assert.ok(label.includes(`${TYPED}: 2 on 2 Nov, 4 on 16 Nov, 5 on 30 Nov and 7 on 14 Dec`));
    assert.match(label, /Pain during a session: 5 on 2 Nov, .* and 2 on 11 Dec/);
    assert.deepEqual(await page.locator(".abilities-chart .chart-key li").allTextContents(), ["Bending forward", TYPED, "Sitting for a long time", "Pain during a session"]);
    assert.match(await page.locator(".abilities-chart").textContent(), /A change of 2 points or more in the average of your ratings is likely a real change for you/);
    assert.match(await page.locator(".abilities-chart .basis").textContent(), /Stratford and others 1995/);
    assert.equal(await page.locator("main b, main img").count(), 0, "still no markup");

    await mkdir(SHOTS, { recursive: true });
    await page.locator("section.abilities").screenshot({ path: `${SHOTS}/ratings-weeks-2-4-6-phone-light.png` });

    // The progress screen shows the same; the table of four times fits a phone, and at 320 px it scrolls under the names.
    await openOn(page, day(43), "#progress");
    await page.waitForSelector("main.progress .abilities-chart");
    assert.deepEqual(await tableRows(page), expected);
    assert.equal(await page.locator("main b, main img").count(), 0);
    const tableFits = () => page.evaluate(() => { const box = document.querySelector(".table-scroll"); return box.scrollWidth <= box.clientWidth; });
    assert.ok(await tableFits(), "four ratings fit a 390 px phone");
    await page.setViewportSize({ width: 320, height: 800 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "no sideways scroll at 320 px");
    await page.locator("section.abilities").screenshot({ path: `${SHOTS}/ratings-weeks-2-4-6-progress-320.png` });
    if (!(await tableFits())) {
      // Narrower, the dates scroll under the names, in a region a keyboard can reach.
      assert.equal(await page.locator(".table-scroll").getAttribute("tabindex"), "0");
      await page.locator(".table-scroll").evaluate((box) => (box.scrollLeft = box.scrollWidth));
      await page.locator("section.abilities").screenshot({ path: `${SHOTS}/ratings-weeks-2-4-6-progress-320-scrolled.png` });
      const [name, cell] = await page.$$eval(".ratings-table tbody tr:first-child > *", (cells) => cells.map((c) => c.getBoundingClientRect().left));
      assert.ok(name >= 0 && name < cell, "the names stay in view");
    }
    await page.locator("section.abilities").screenshot({ path: `${SHOTS}/ratings-weeks-2-4-6-progress-320.png` });
    saved = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(saved.data.plan_notes.filter((note) => note.kind === "ratings").length, 4);
    assert.equal(saved.data.sessions.length, 18);
    page.assertClean();
    await page.closeAll();
  });

  test("no improvement by week 3: the NHS's advice to see a GP, not before, and never a hold", async () => {
    const page = await withAnswers("#results", day(0));
    await page.click("text=Make an exercise plan");
    await page.waitForSelector("main.plan-new");
    await page.click('label[for="plan-walking"]');
    await page.fill("#recent-walking", "20");
    await page.getByRole("button", { name: "Bending forward", exact: true }).click();
    await page.fill("#own-activity", "Walking to the shops");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.click('label[for="ability-0-4"]');
    await page.click('label[for="ability-1-4"]');
    await page.click("text=Make my plan");
    await page.waitForSelector("main.plan .plan-steps");

    // The same pain every week, and the same ratings at week 2.
    const noAdvice = async (n) => {
      await openOn(page, day(n));
      assert.equal(await page.locator("[data-advice=not-better]").count(), 0, `not on day ${n}, before three whole weeks`);
    };
    await sessionsOn(page, [0, 2, 4, 7, 9, 11], 3);
    await noAdvice(13);
    await noAdvice(14);
    await rate(page, "form.rate-again", [4, 4]);
    await page.waitForSelector("#ratings-saved");
    assert.equal(await page.locator("[data-advice=not-better]").count(), 0);
    await sessionsOn(page, [14, 16, 18], 3);
    await noAdvice(20);
    await openOn(page, day(21));
    const advice = page.locator("[data-advice=not-better]");
    await advice.waitFor();
    assert.equal(await advice.locator("h2").textContent(), "Your ratings and pain have not clearly improved");
    assert.match(await advice.textContent(), /3 weeks after your plan began, your ratings have not gone up by 2 points or more, and your pain during sessions has not gone down by 2 points or more\./);
    assert.match(await advice.textContent(), /The NHS says to see a GP if back pain does not get better after a few weeks/);
    assert.match(await advice.textContent(), /This is advice\. It does not put your plan on hold\./);
    assert.equal(await advice.locator("a[href='#summary']").count(), 1, "the summary it speaks of is a tap away");
    assert.match(await advice.textContent(), /The average of your ratings: 4 out of 10 at first, 4 out of 10 now\./);
    assert.match(await advice.textContent(), /Your pain during sessions: 3 out of 10 in your first week, 3 out of 10 in your latest week\./);
    assert.match(await advice.locator(".basis").textContent(), /^NHS: Back pain: see a GP/);
    assert.equal(await advice.getAttribute("role"), null, "advice, not an alert");
    assert.ok(await advice.isVisible());
    assert.ok(await page.evaluate(() => document.querySelector("[data-advice=not-better]").getBoundingClientRect().top < document.querySelector(".next-amounts").getBoundingClientRect().top), "above the next session");
    assert.equal(await page.getByRole("button", { name: "Log a session" }).count(), 1, "advice, not a hold: the plan goes on");
    page.assertClean();
    await page.closeAll();
  });

  test("a plan with no activities named offers to name them, quietly; named later, they are asked again at the next two weeks of the plan, not days after", async () => {
    const page = await seeded(stored({ sessions: [[0, 4], [2, 4]] }), day(10), "#plan");
    const offer = page.locator("section.name-later");
    await offer.waitFor();
    assert.equal(await offer.locator("h2").textContent(), "What does your back make hard?");
    await page.getByRole("button", { name: "Name them now" }).click();
    await page.waitForSelector("form.name-later .suggestion");
    await page.waitForFunction(() => document.activeElement?.id === "name-title");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "name-later");
    await page.getByRole("button", { name: "Name them now" }).click();
    await page.click("form.name-later button[type=submit]");
    assert.equal(await page.locator("form.name-later > .error").textContent(), "Name at least one activity, or leave this part out.");
    await page.getByRole("button", { name: "Sitting for a long time", exact: true }).click();
    await page.click('label[for="ability-0-6"]');
    await page.click("form.name-later button[type=submit]");
    await page.waitForSelector("section.abilities .ratings-table");
    assert.deepEqual(await tableRows(page), [
      ["", "12 Nov"], ["Sitting for a long time", "6"], ["Average", "6"], ["Change from the first", "–"], ["A real change?", "–"],
      ["Pain during sessions before it (average)", "4"],
    ]);
    await openOn(page, day(14));
    assert.equal(await page.locator("form.rate-again").count(), 0, "named 4 days ago: not asked again at week 2");
    await openOn(page, day(28));
    await page.waitForSelector("form.rate-again");
    page.assertClean();
    await page.closeAll();
  });

  // Every new card at once: after week 4 with nothing better, the advice, the ratings due and
  // the chart; and a plan with none named, and the plan being made with its error shown.
  const notBetter = stored({
    sessions: [[0, 3], [2, 3], [4, 3], [7, 3], [9, 3], [11, 3], [14, 3], [16, 3], [18, 3], [21, 3], [23, 3], [25, 3]],
    ratings: [[0, [["Bending forward", 4], [TYPED, 3], ["Sitting for a long time", 5]]], [14, [["Bending forward", 4], [TYPED, 4], ["Sitting for a long time", 5]]]],
  });
  for (const [scheme, width, viewport] of [["light", 320, { viewport: { width: 320, height: 800 } }], ["dark", 320, { viewport: { width: 320, height: 800 } }], ["light", 1280, DESKTOP], ["dark", 1280, DESKTOP]]) {
    test(`the new cards and screens have no axe violations and fit (${scheme}, ${width} px)`, async () => {
      const options = { ...viewport, colorScheme: scheme };
      const screens = {};
      const fits = async (page, name) => {
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: no sideways scroll`);
      };
      const page = await seeded(notBetter, day(29), "#plan", options);
      await page.waitForSelector("[data-advice=not-better]");
      await page.waitForSelector("form.rate-again");
      await page.click("form.rate-again button[type=submit]");
      await page.waitForSelector("form.rate-again .error:has-text('Rate each activity')");
      screens["plan page: not better, rate again with its error, the chart"] = await accessibilityViolations(page);
      await fits(page, "plan page");
      await rate(page, "form.rate-again", [5, 4, 6]);
      await page.waitForSelector("#ratings-saved");
      screens["plan page: saved"] = await accessibilityViolations(page);
      await openOn(page, day(29), "#progress");
      await page.waitForSelector("main.progress .abilities-chart");
      screens.progress = await accessibilityViolations(page);
      await fits(page, "progress");
      page.assertClean();
      await page.closeAll();

      const none = await seeded(stored({}), day(3), "#plan", options);
      await none.waitForSelector("section.name-later");
      screens["plan page: none named"] = await accessibilityViolations(none);
      await none.getByRole("button", { name: "Name them now" }).click();
      await none.getByRole("button", { name: "Bending forward", exact: true }).click();
      await none.click("form.name-later button[type=submit]");
      await none.waitForSelector("form.name-later > .error:has-text('Rate each')");
      screens["plan page: naming, with its error"] = await accessibilityViolations(none);
      await fits(none, "naming on the plan page");
      none.assertClean();
      await none.closeAll();

      const making = await withAnswers("#plan/new", day(0), options);
      await making.click('label[for="plan-walking"]');
      await making.getByRole("button", { name: "Bending forward", exact: true }).click();
      await making.fill("#own-activity", TYPED);
      await making.getByRole("button", { name: "Add", exact: true }).click();
      await making.click('label[for="ability-0-3"]');
      await making.click("text=Make my plan");
      await making.waitForSelector("main.plan-new .error:has-text('done lately')");
      screens["make a plan, with activities named"] = await accessibilityViolations(making);
      await fits(making, "make a plan");
      making.assertClean();
      await making.closeAll();
      const failures = Object.entries(screens).filter(([, v]) => v.length).map(([name, v]) => `${name}:\n  ${v.join("\n  ")}`);
      assert.deepEqual(failures, []);
    });
  }

  test("every target on the new cards is at least 44 by 44 px at 320 px", async () => {
    const page = await seeded(notBetter, day(29), "#plan", { viewport: { width: 320, height: 800 } });
    await page.waitForSelector("form.rate-again");
    const small = await page.$$eval("form.rate-again label, form.rate-again button", (nodes) =>
      nodes.map((n) => n.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).map((r) => `${r.width}x${r.height}`));
    assert.deepEqual(small, []);
    await page.closeAll();
    const making = await withAnswers("#plan/new", day(0), { viewport: { width: 320, height: 800 } });
    await making.getByRole("button", { name: "Bending forward", exact: true }).click();
    const tooSmall = await making.$$eval(".name-activities button, .name-activities label[for^=ability], #own-activity", (nodes) =>
      nodes.map((n) => [n.textContent, n.getBoundingClientRect()]).filter(([, r]) => r.width < 44 || r.height < 44).map(([t, r]) => `${t}: ${r.width}x${r.height}`));
    assert.deepEqual(tooSmall, []);
    await making.closeAll();
  });

  test("screenshots of the new cards, phone and desktop, light and dark", async () => {
    await mkdir(SHOTS, { recursive: true });
    for (const [name, device] of [["phone", PHONE], ["desktop", DESKTOP]]) {
      for (const scheme of ["light", "dark"]) {
        const options = { ...device, colorScheme: scheme };
        const page = await seeded(notBetter, day(29), "#plan", options);
        await page.waitForSelector("form.rate-again");
        await page.locator("[data-advice=not-better]").screenshot({ path: `${SHOTS}/not-better-${name}-${scheme}.png` });
        await page.locator("form.rate-again").screenshot({ path: `${SHOTS}/rate-again-${name}-${scheme}.png` });
        await page.locator("section.abilities").screenshot({ path: `${SHOTS}/ratings-plan-${name}-${scheme}.png` });
        await page.screenshot({ path: `${SHOTS}/plan-page-${name}-${scheme}.png`, fullPage: true });
        await openOn(page, day(29), "#progress");
        await page.waitForSelector("main.progress .abilities-chart");
        await page.screenshot({ path: `${SHOTS}/progress-${name}-${scheme}.png`, fullPage: true });
        await page.closeAll();
        const making = await withAnswers("#plan/new", day(0), options);
        await making.getByRole("button", { name: "Bending forward", exact: true }).click();
        await making.getByRole("button", { name: "Sitting for a long time", exact: true }).click();
        await making.fill("#own-activity", TYPED);
        await making.getByRole("button", { name: "Add", exact: true }).click();
        await making.click('label[for="ability-0-3"]');
        await making.locator("#own-activity").focus();
        await making.locator(".name-activities").screenshot({ path: `${SHOTS}/naming-${name}-${scheme}.png` });
        await making.closeAll();
        const none = await seeded(stored({}), day(3), "#plan", options);
        await none.locator("section.name-later").screenshot({ path: `${SHOTS}/name-later-${name}-${scheme}.png` });
        await none.closeAll();
      }
    }
  });
});

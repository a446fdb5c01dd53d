// Results kept on the device: history, progress, export/import, delete-all, bad data and two tabs.
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";

import { accessibilityViolations } from "./axe.mjs";
import { blockStorage, openApp, openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { EMERGENCY, SELF_CARE } from "./profiles.mjs";
import { answerByClicking, completeQuiz } from "./quiz-driver.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

const NOV_1 = Date.UTC(2026, 10, 1, 9, 0);
const DAY = 24 * 60 * 60 * 1000;

const fresh = (options) => openApp(browser, server, options);

/** Stores data as the app would have, then reloads so the app reads it. */
async function seed(page, value) {
  await page.evaluate((raw) => localStorage.setItem("backcheck", raw), typeof value === "string" ? value : JSON.stringify(value));
  await page.reload();
  await waitForApp(page);
}

const checkWith = (day, changes) => ({ completed_at: NOV_1 + day * DAY, answers: { ...SELF_CARE, ...changes } });
const envelope = (history, answers = {}) => ({ version: 3, data: { current: { answers, recorded_as: null }, history } });
const storedHistory = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("backcheck") ?? "null")?.data.history ?? []);

async function finishCheck(page, profile) {
  await page.goto(server.url);
  await waitForApp(page);
  await page.locator("main a, main button", { hasText: /^(Start the check|Start a new check)$/ }).click();
  if (await page.locator(".confirm").count()) await page.click("text=Yes, start again");
  await page.waitForSelector("form.question");
  await completeQuiz(page, profile);
}

/**
 * Writes a file as "Save my data to a file" would: `count` finished checks a minute apart, the
 * first `first` minutes after 1 Nov, indented by `indent`. Returns its path and the data as it
 * would be stored.
 */
async function writeExport(name, count, first, indent) {
  const history = Array.from({ length: count }, (_, i) => ({ completed_at: NOV_1 + (first + i) * 60_000, answers: SELF_CARE }));
  const data = { current: { answers: {}, recorded_as: null }, history, plan: null, sessions: [], plan_notes: [] };
  const stored = JSON.stringify({ version: 6, data });
  const file = join(tmpdir(), `backcheck-${name}-${process.pid}.json`);
  await writeFile(file, JSON.stringify({ app: "Backcheck", exported_at: NOV_1, version: 6, data }, null, indent));
  return { file, stored };
}

/** From the start page to the data screen (in the second build: the page reloads into it). */
async function openData(page) {
  await page.click("text=Save, load or delete your data");
  await page.waitForSelector("main.your-data-screen h1");
}

describe("history", () => {
  test("a finished check is in the history after a reload, and opens again read-only", async () => {
    const page = await fresh();
    await finishCheck(page, SELF_CARE);
    await page.reload();
    await page.waitForSelector("[data-triage]");
    assert.equal((await storedHistory(page)).length, 1, "recorded once, not again on reload");
    await page.goto(server.url);
    await waitForApp(page);
    const items = page.locator("[data-past-check]");
    assert.equal(await items.count(), 1);
    assert.match(await items.textContent(), /No warning signs in your answers \(pain now 3 out of 10\)/);
    await items.locator("a").click();
    await page.waitForSelector("[data-triage=self-care]");
    assert.match(await page.locator("h1").textContent(), /^Your check of \d+ \w{3} \d{4}, \d\d:\d\d$/);
    assert.equal(await page.locator("text=Change my answers").count(), 0, "a past check cannot be changed");
    assert.match(page.url(), /#past=\d+$/);
    await page.click("text=Back to your checks");
    await page.waitForSelector("[data-past-check]");
    page.assertClean();
    await page.closeAll();
  });

  test("changing an answer after finishing updates the same check instead of adding one", async () => {
    const page = await fresh();
    await finishCheck(page, SELF_CARE);
    await page.click("text=Change my answers");
    await page.waitForSelector("form.question");
    await completeQuiz(page, { ...SELF_CARE, "sitting-hours": "4-to-8" });
    const history = await storedHistory(page);
    assert.equal(history.length, 1);
    assert.equal(history[0].answers["sitting-hours"], "4-to-8");
    page.assertClean();
    await page.closeAll();
  });

  test("the latest check is compared with the one before; a chart with its text alternative is a tap away", async () => {
    const page = await fresh();
    await seed(page, envelope([checkWith(0, { "pain-now": 8 }), checkWith(7, { "pain-now": 5, "pain-worst-week": 6 }), checkWith(21, { "pain-now": 3 })]));
    const pain = page.locator("[data-pain=pain-now]");
    // Seen as "5 → 3"; read as "5 to 3": the arrow is hidden from screen readers, "to" is only for them.
    const spoken = (locator) => locator.evaluate((li) => {
      const copy = li.cloneNode(true);
      copy.querySelectorAll("[aria-hidden=true]").forEach((hidden) => hidden.remove());
      return copy.textContent.replace(/\s+/g, " ");
    });
    assert.equal(await spoken(pain), "Pain now: 5 to 3 (lower, better)");
    assert.equal(await pain.locator("[aria-hidden=true]").textContent(), " → ");
    assert.equal(await pain.locator(".visually-hidden").textContent(), " to ");
    assert.equal(await spoken(page.locator("[data-pain=pain-worst-week]")), "Worst pain in the last week: 6 to 5 (lower, better)");
    await page.click("text=See your pain over time on a chart");
    await page.waitForSelector(".pain-chart svg");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Your pain over time");
    const chart = page.locator(".pain-chart svg");
    assert.equal(await chart.getAttribute("role"), "img");
    assert.match(await chart.getAttribute("aria-label"), /8 on 1 Nov, 5 on 8 Nov and 3 on 22 Nov\.$/);
    assert.equal(await page.locator(".pain-chart circle").count(), 3);
    await page.click("text=Show as a table");
    assert.deepEqual(await page.$$eval(".pain-chart tbody tr", (rows) => rows.map((r) => r.innerText.split("\t"))), [
      ["1 Nov 2026", "8", "5"],
      ["8 Nov 2026", "5", "6"],
      ["22 Nov 2026", "3", "5"],
    ]);
    assert.deepEqual(await accessibilityViolations(page), []);
    page.assertClean();
    await page.closeAll();
  });

  test("data saved by version 1 of the app is migrated, and the check goes on with the current safety questions", async () => {
    const page = await fresh();
    await seed(page, { version: 1, answers: { "flag-bladder-bowel": false, "flag-saddle-numbness": false, "pain-now": 4 } });
    assert.equal(await page.locator(".notice").count(), 0, "a migration is silent");
    await page.click("text=Continue where you left off");
    await page.waitForFunction(() => location.hash === "#q=emergency-signs");
    await answerByClicking(page, SELF_CARE);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck")));
    assert.equal(stored.version, 10);
    assert.deepEqual(Object.keys(stored.data.current.answers).sort(), ["emergency-signs", "pain-now"]);
    page.assertClean();
    await page.closeAll();
  });

  test("a check stored before the safety lists opens with its result and says which signs it did not ask about", async () => {
    const page = await fresh();
    const firstRelease = {
      "flag-bladder-bowel": false, "flag-saddle-numbness": false, "flag-leg-weakness": false, "flag-trauma": false,
      "flag-fever": false, "flag-cancer-history": false, "flag-weight-loss": false, "flag-night-pain": false,
      "flag-bone-weakness": false, "flag-age": false,
      ...Object.fromEntries(Object.entries(SELF_CARE).filter(([id]) => !["emergency-signs", "who-for", "urgent-signs", "risk-factors", "pain-course", "daily-life"].includes(id))),
    };
    await seed(page, { version: 2, data: { current: { answers: {}, recorded_as: null }, history: [{ completed_at: NOV_1, answers: firstRelease }] } });
    assert.equal(await page.locator(".notice").count(), 0, "read in full, nothing dropped");
    await page.locator("[data-past-check] a").first().click();
    await page.waitForSelector("[data-triage]");
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "self-care");
    assert.match(await page.locator(".first-safety-check").textContent(), /made before Backcheck asked about every warning sign/);
    assert.match(await page.locator(".safety-net").textContent(), /both legs/, "the signs it never asked about are listed, never shown as absent");
    assert.deepEqual(await accessibilityViolations(page), []);
    page.assertClean();
    await page.closeAll();
  });

  test("an unfinished check asks before starting again; a finished one is kept", async () => {
    const page = await fresh();
    await page.click("text=Start the check");
    await page.waitForSelector("form.question");
    await answerByClicking(page, SELF_CARE);
    await page.goto(server.url);
    await waitForApp(page);
    await page.click("text=Start a new check");
    assert.match(await page.locator(".confirm").textContent(), /unfinished check will be cleared/);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Cancel", "focus starts on the safe choice");
    await page.click(".confirm >> text=Cancel");
    assert.equal(await page.locator(".confirm").count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), "Start a new check", "focus goes back");
    assert.equal(await page.locator("text=Continue where you left off").count(), 1, "nothing was cleared");
    await page.click("text=Start a new check");
    await page.click("text=Yes, start again");
    await page.waitForFunction(() => location.hash === "#q=emergency-signs");
    assert.equal(await page.locator("#emergency-signs-none:checked").count(), 0, "the answers were cleared");
    page.assertClean();
    await page.closeAll();
  });
});

describe("your data", () => {
  test("save to a file, delete everything, load the file: the same history comes back", async () => {
    const page = await fresh({ acceptDownloads: true });
    await finishCheck(page, SELF_CARE);
    await finishCheck(page, EMERGENCY);
    await page.goto(server.url);
    await waitForApp(page);
    const before = await storedHistory(page);
    assert.equal(before.length, 2);

    await openData(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=Save my data to a file")]);
    assert.match(download.suggestedFilename(), /^backcheck-data-\d{4}-\d\d-\d\d\.json$/);
    const file = join(tmpdir(), `backcheck-export-${process.pid}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(await readFile(file, "utf8"));
    assert.equal(exported.app, "Backcheck");
    assert.equal(exported.version, 10);
    assert.match(await page.locator(".data-status").textContent(), /Saved as/);

    await page.click("text=Delete all my data");
    assert.match(await page.locator(".confirm").textContent(), /2 past checks/);
    await page.click("text=Yes, delete everything");
    assert.match(await page.locator(".data-status").textContent(), /All your Backcheck data was deleted/);
    assert.equal(await page.evaluate(() => document.activeElement.className), "data-status", "focus moves to what happened");
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], "no key left behind");
    await page.getByRole("button", { name: "Back to the start" }).click();
    await page.waitForSelector("text=Start the check");
    assert.equal(await page.locator("[data-past-check]").count(), 0);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator("text=Start the check").count(), 1, "a clean start after reload");

    await openData(page);
    await page.setInputFiles("input[type=file]", file);
    await page.waitForFunction(() => /Imported 2 past checks/.test(document.querySelector(".data-status").textContent));
    assert.deepEqual(await storedHistory(page), before);
    // The same file again adds nothing.
    await page.setInputFiles("input[type=file]", file);
    await page.waitForFunction(() => /Nothing new/.test(document.querySelector(".data-status").textContent));
    assert.deepEqual(await storedHistory(page), before);
    await page.getByRole("button", { name: "Back to the start" }).click();
    await page.waitForSelector("[data-past-check]");
    assert.equal(await page.locator("[data-past-check]").count(), 2);
    page.assertClean();
    await page.closeAll();
  });

  test("a file the app wrote at the storage quota's size loads back (over the 2 MB the app used to refuse)", async () => {
    // An export of as many checks as local storage holds (about 5 million characters stored):
    // indented, as the app writes it.
    const checks = 7500;
    const { file, stored } = await writeExport("quota", checks, 0, 2);
    assert.ok(stored.length > 3_500_000 && stored.length < 5_000_000, `stored size ${stored.length}`);
    assert.ok((await readFile(file)).length > 2_000_000, "larger than the limit the app had");
    const page = await fresh();
    await openData(page);
    await page.setInputFiles("input[type=file]", file);
    await page.waitForFunction(() => /Imported/.test(document.querySelector(".data-status").textContent), null, { timeout: 60_000 });
    assert.match(await page.locator(".data-status").textContent(), new RegExp(`Imported ${checks} past checks`));
    assert.equal((await storedHistory(page)).length, checks, "and saved, not only shown");
    page.assertClean();
    await page.closeAll();
  });

  test("an import that does not fit in storage says nothing was imported, and changes nothing", async () => {
    const page = await fresh();
    await seed(page, envelope([checkWith(0, {})]));
    const before = await page.evaluate(() => localStorage.getItem("backcheck"));
    const { file } = await writeExport("too-big", 300, 1);
    await openData(page);
    // Fill the real quota, leaving no room for the file's checks.
    await page.evaluate(() => {
      const chunk = "x".repeat(512 * 1024);
      let n = 0;
      for (const size of [512 * 1024, 16 * 1024, 512, 16, 1]) {
        try { for (;;) localStorage.setItem(`filler${n++}`, chunk.slice(0, size)); } catch { /* full at this size */ }
      }
    });
    await page.setInputFiles("input[type=file]", file);
    await page.waitForFunction(() => /nothing was imported/.test(document.querySelector(".data-status").textContent));
    assert.match(await page.locator(".data-status").textContent(), /does not fit in this browser's storage/);
    assert.doesNotMatch(await page.locator(".data-status").textContent(), /Imported/);
    assert.equal(await page.evaluate(() => localStorage.getItem("backcheck")), before, "what was stored is unchanged");
    assert.equal(await page.locator(".notice-warning").count(), 0, "and no second message says otherwise");
    page.assertClean();
    await page.closeAll();
  });

  test("a bad file gets a clear message and changes nothing", async () => {
    const page = await fresh();
    await seed(page, envelope([checkWith(0, {})]));
    const stored = await page.evaluate(() => localStorage.getItem("backcheck"));
    const damaged = JSON.stringify({ ...envelope([checkWith(3, { "pain-now": 70 })]), app: "Backcheck" });
    await openData(page);
    for (const [contents, message] of [
      ["just some text", /not a Backcheck data file/],
      [JSON.stringify({ version: 11, data: {} }), /newer version/],
      [damaged, /damaged or was changed by hand/],
      [JSON.stringify({ ...envelope([checkWith(0, {}), checkWith(0, { "pain-now": 1 })]), app: "Backcheck" }), /two entries with the same date and time/],
      [JSON.stringify({ ...envelope([{ ...checkWith(0, {}), completed_at: "18446744073709551615" }]), app: "Backcheck" }).replace('"18446744073709551615"', "18446744073709551615"), /damaged or was changed by hand/],
    ]) {
      const file = join(tmpdir(), `backcheck-bad-${process.pid}.json`);
      await writeFile(file, contents);
      await page.setInputFiles("input[type=file]", file);
      await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector(".data-status").textContent), message.source);
      assert.match(await page.locator(".data-status").textContent(), /nothing was imported/);
      assert.equal(await page.evaluate(() => localStorage.getItem("backcheck")), stored);
    }
    await page.getByRole("button", { name: "Back to the start" }).click();
    await page.waitForSelector("[data-past-check]");
    assert.equal(await page.locator("[data-past-check]").count(), 1);
    page.assertClean();
    await page.closeAll();
  });

  test("the delete confirmation and the data section pass axe, and Cancel keeps everything", async () => {
    const page = await fresh();
    await seed(page, envelope([checkWith(0, {}), checkWith(7, { "pain-now": 1 })]));
    assert.deepEqual(await accessibilityViolations(page), [], "the start page's data section");
    await openData(page);
    assert.deepEqual(await accessibilityViolations(page), [], "the data screen");
    await page.click("text=Delete all my data");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Cancel", "focus starts on the safe choice");
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.click(".confirm >> text=Cancel");
    assert.equal((await storedHistory(page)).length, 2);
    page.assertClean();
    await page.closeAll();
  });
});

describe("bad storage and two tabs", () => {
  test("data from a newer version is left untouched, and the app starts fresh without saving over it", async () => {
    const page = await fresh();
    const newer = JSON.stringify({ version: 11, data: { something: "new" } });
    await seed(page, newer);
    assert.match(await page.locator(".notice").textContent(), /newer version of Backcheck/);
    await page.click("text=Start the check");
    await answerByClicking(page, SELF_CARE);
    assert.equal(await page.evaluate(() => localStorage.getItem("backcheck")), newer);
    assert.equal(await page.evaluate(() => localStorage.getItem("backcheck.unreadable")), null);
    page.assertClean();
    await page.closeAll();
  });

  test("storage switched off: the check still works in memory and says so once", async () => {
    const page = await openPage(browser, server);
    await blockStorage(page);
    await page.goto(server.url);
    await waitForApp(page);
    await page.click("text=Start the check");
    await answerByClicking(page, SELF_CARE);
    await answerByClicking(page, SELF_CARE);
    assert.equal(await page.locator(".notice").count(), 1);
    assert.match(await page.locator(".notice").textContent(), /not letting Backcheck save/);
    await completeQuiz(page, SELF_CARE);
    page.assertClean();
    await page.closeAll();
  });

  test("two tabs keep each other's checks", async () => {
    const first = await fresh();
    const second = await first.context().newPage();
    await second.goto(server.url);
    await waitForApp(second);
    await finishCheck(first, SELF_CARE);
    // The second tab, left open on the start page, shows the first tab's check without a reload.
    await second.waitForSelector("[data-past-check]");
    await finishCheck(second, EMERGENCY);
    await first.goto(server.url);
    await waitForApp(first);
    await first.waitForFunction(() => document.querySelectorAll("[data-past-check]").length === 2);
    assert.equal((await storedHistory(first)).length, 2);
    // Delete-all in one tab clears the other too, and its next save does not bring the data back.
    await openData(first);
    await first.click("text=Delete all my data");
    await first.click("text=Yes, delete everything");
    await second.goto(server.url);
    await waitForApp(second);
    assert.equal(await second.locator("[data-past-check]").count(), 0);
    await second.click("text=Start the check");
    await answerByClicking(second, SELF_CARE);
    assert.deepEqual(await storedHistory(second), []);
    first.assertClean();
    await first.closeAll();
  });
});

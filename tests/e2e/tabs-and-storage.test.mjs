// Storage that misbehaves and tabs that race (issue #31): two real tabs of one browser sharing
// local storage, a newer version's data written while a tab is open, reading that throws at
// start, and an import whose checks fit but whose kept-aside values do not.
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";

import { openApp, openPage, useBrowserAndServer, waitForApp, watchPage } from "./harness.mjs";
import { logSession, makePlan } from "./plan-driver.mjs";
import { SELF_CARE } from "./profiles.mjs";
import { answerByClicking } from "./quiz-driver.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

/** Monday 2 November 2026, 09:00 UTC, plus whole days. */
const day = (n) => new Date(Date.UTC(2026, 10, 2 + n, 9));
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("backcheck") ?? "null"));

/** A second tab of the same browser, on `hash`, that records problems as `openPage`'s do. */
async function secondTab(page, hash = "") {
  const tab = watchPage(await page.context().newPage(), server);
  await tab.goto(`${server.url}${hash}`);
  await waitForApp(tab);
  return tab;
}

async function startCheck(page) {
  await page.click("text=Start the check");
  await page.waitForSelector("form.question");
}

describe("two tabs", () => {
  test("a morning answer given in one tab stays when the other tab saves next", async () => {
    const first = await openPage(browser, server);
    await first.clock.setFixedTime(day(0));
    await first.goto(server.url);
    await waitForApp(first);
    await first.evaluate((a) => localStorage.setItem("backcheck", JSON.stringify({ version: 8, data: { current: { answers: a, recorded_as: null }, history: [], plan: null, sessions: [], plan_notes: [] } })), SELF_CARE);
    await first.goto("about:blank");
    await first.goto(`${server.url}#results`);
    await waitForApp(first);
    await makePlan(first);
    await logSession(first, 16, 3);
    await first.waitForSelector("main.plan");
    // The next morning both tabs are open on the plan, with the question.
    await first.clock.setFixedTime(day(1));
    await first.goto("about:blank");
    await first.goto(`${server.url}#plan`);
    await first.waitForSelector("form.next-morning");
    const second = await secondTab(first, "#plan");
    await second.waitForSelector("form.next-morning");

    await first.click('label[for="back-same"]');
    await first.click("form.next-morning button[type=submit]");
    await first.waitForSelector("form.next-morning", { state: "detached" });
    // The second tab hears of it and stops asking.
    await second.waitForSelector("form.next-morning", { state: "detached" });
    // It saves next (a check started there): the answer is not written away.
    await second.goto(server.url);
    await waitForApp(second);
    await second.click("text=Start a new check");
    await second.waitForSelector("form.question");
    await answerByClicking(second, SELF_CARE);
    assert.deepEqual((await stored(second)).data.sessions[0].next_day, { settled_by_morning: true, back: "same" });
    await first.reload();
    await waitForApp(first);
    assert.equal(await first.locator("form.next-morning").count(), 0, "the question does not come back");
    second.assertClean();
    first.assertClean();
    await first.closeAll();
  });

  test("a half-done check in one tab is never replaced without a word by a tab opened earlier", async () => {
    const earlier = await openApp(browser, server);
    const later = await secondTab(earlier);
    await startCheck(later);
    await answerByClicking(later, SELF_CARE);
    await answerByClicking(later, SELF_CARE);
    const halfDone = (await stored(later)).data.current.answers;
    assert.equal(Object.keys(halfDone).length, 2);

    // The tab opened earlier, on the start page with nothing of its own, now offers to carry on.
    await earlier.waitForSelector("text=Continue where you left off");
    await earlier.click("text=Start a new check");
    assert.match(await earlier.locator(".confirm").textContent(), /answers of your unfinished check will be cleared/, "it asks first");
    await earlier.click(".confirm >> text=Cancel");
    assert.deepEqual((await stored(earlier)).data.current.answers, halfDone, "nothing replaced");

    // Carrying on there continues the same check, at its next question.
    await earlier.click("text=Continue where you left off");
    await earlier.waitForSelector("form.question");
    assert.match(await earlier.evaluate(() => location.hash), /^#q=/);
    assert.notEqual(await earlier.evaluate(() => location.hash), "#q=emergency-signs");

    // Answering there carries on the same check in both tabs: the later tab follows it.
    await answerByClicking(earlier, SELF_CARE);
    const carriedOn = (await stored(earlier)).data.current.answers;
    assert.equal(Object.keys(carriedOn).length, 3);
    await later.click(".brand a");
    await later.waitForSelector("text=Continue where you left off");
    await later.click("text=Continue where you left off");
    await later.waitForFunction(() => location.hash !== "#q=urgent-signs" && location.hash.startsWith("#q="));
    assert.deepEqual((await stored(later)).data.current.answers, carriedOn, "neither tab wrote its older answers back");
    earlier.assertClean();
    later.assertClean();
    await earlier.closeAll();
  });

  test("a tab on a finished check follows the check another tab starts, and asks before replacing it", async () => {
    const first = await openApp(browser, server);
    const finished = { ...SELF_CARE };
    await first.evaluate(
      (a) => localStorage.setItem("backcheck", JSON.stringify({ version: 8, data: { current: { answers: a, recorded_as: 1_793_491_200_000 }, history: [{ completed_at: 1_793_491_200_000, answers: a }], plan: null, sessions: [], plan_notes: [] } })),
      finished,
    );
    await first.reload();
    await waitForApp(first);
    await first.waitForSelector("text=See your latest results");
    const second = await secondTab(first);
    await second.click("text=Start a new check");
    await second.waitForSelector("form.question");
    await answerByClicking(second, SELF_CARE);
    const inProgress = (await stored(second)).data.current.answers;

    // The first tab, whose check was the one stored, follows the new one, and asks before clearing it.
    await first.waitForSelector("text=Continue where you left off");
    await first.click("text=Start a new check");
    assert.match(await first.locator(".confirm").textContent(), /answers of your unfinished check will be cleared/);
    await first.click(".confirm >> text=Cancel");
    assert.deepEqual((await stored(first)).data.current.answers, inProgress, "the other tab's check is still there");
    assert.equal(await first.locator("[data-past-check]").count(), 1, "the finished check is in the history");
    first.assertClean();
    second.assertClean();
    await first.closeAll();
  });

  test("when a newer version writes the data, an older tab stops saving, says so, and offers Reload", async () => {
    const older = await openApp(browser, server);
    await startCheck(older);
    await answerByClicking(older, SELF_CARE);
    const newer = JSON.stringify({ version: 11, data: { written: "by a newer Backcheck" } });
    // Another tab, on a newer version, saves.
    const other = await older.context().newPage();
    await other.goto(`${server.url}manifest.webmanifest`);
    await other.evaluate((raw) => localStorage.setItem("backcheck", raw), newer);
    await older.waitForSelector("text=A newer version of Backcheck has saved your data");
    // This tab goes on answering, but writes nothing over it.
    await answerByClicking(older, SELF_CARE);
    assert.equal(await older.evaluate(() => localStorage.getItem("backcheck")), newer);
    assert.equal(await older.evaluate(() => localStorage.getItem("backcheck.unreadable")), null, "not moved aside either");
    await Promise.all([older.waitForEvent("load"), older.locator(".notice-warning").getByRole("button", { name: "Reload", exact: true }).click()]);
    await waitForApp(older);
    await older.goto(server.url);
    await waitForApp(older);
    // Still the older version here: it says so again, and still writes nothing.
    assert.match(await older.locator(".notice-warning").textContent(), /newer version of Backcheck/);
    await startCheck(older);
    await answerByClicking(older, SELF_CARE);
    assert.equal(await older.evaluate(() => localStorage.getItem("backcheck")), newer);
    older.assertClean();
    await older.closeAll();
  });
});

describe("storage that misbehaves", () => {
  test("reading storage throws (a corrupted storage file): every address starts and says so", async () => {
    for (const hash of ["", "#q=emergency-signs", "#results", "#data", "#plan"]) {
      const page = await openPage(browser, server);
      await page.addInitScript(() => {
        Storage.prototype.getItem = () => {
          throw new DOMException("The storage file is corrupted", "NS_ERROR_FILE_CORRUPTED");
        };
      });
      await page.goto(`${server.url}${hash}`);
      await waitForApp(page);
      assert.match(await page.locator(".notice-warning").textContent(), /storage cannot be read on this device/, hash);
      page.assertClean();
      await page.closeAll();
    }
  });

  test("an import whose checks fit but whose kept-aside data does not: nothing comes in, and the message says so", async () => {
    const page = await openApp(browser, server);
    const history = [{ completed_at: day(-7).getTime(), answers: SELF_CARE }];
    await page.evaluate(
      (h) => localStorage.setItem("backcheck", JSON.stringify({ version: 8, data: { current: { answers: {}, recorded_as: null }, history: h, plan: null, sessions: [], plan_notes: [] } })),
      history,
    );
    await page.reload();
    await waitForApp(page);
    const before = await page.evaluate(() => localStorage.getItem("backcheck"));
    const data = { current: { answers: {}, recorded_as: null }, history: [...history, { completed_at: day(-1).getTime(), answers: SELF_CARE }], plan: null, sessions: [], plan_notes: [] };
    const file = join(tmpdir(), `backcheck-aside-${process.pid}.json`);
    await writeFile(file, JSON.stringify({ app: "Backcheck", exported_at: day(0).getTime(), version: 8, data, kept_aside: ["{not json " + "x".repeat(200_000)] }));

    await page.click("text=Save, load or delete your data");
    await page.waitForSelector("main.your-data-screen h1");
    // Full but for about 32,000 characters: room for the checks, not for the kept-aside value.
    await page.evaluate(() => {
      const chunk = "x".repeat(512 * 1024);
      let n = 0;
      for (const size of [512 * 1024, 16 * 1024, 512, 16, 1]) {
        try { for (;;) localStorage.setItem(`filler${n++}`, chunk.slice(0, size)); } catch { /* full at this size */ }
      }
      const small = Object.keys(localStorage).filter((key) => localStorage.getItem(key).length === 16 * 1024);
      for (const key of small.slice(0, 2)) localStorage.removeItem(key);
    });
    await page.setInputFiles("input[type=file]", file);
    await page.waitForFunction(() => /nothing was imported/.test(document.querySelector(".data-status").textContent));
    assert.match(await page.locator(".data-status").textContent(), /does not fit in this browser's storage/);
    assert.doesNotMatch(await page.locator(".data-status").textContent(), /will be lost/);
    assert.equal(await page.evaluate(() => localStorage.getItem("backcheck")), before, "the checks did not come in alone");
    assert.equal(await page.evaluate(() => localStorage.getItem("backcheck.unreadable")), null);

    // With room, both come in, and the message says what came in.
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("filler")).forEach((key) => localStorage.removeItem(key)));
    await page.setInputFiles("input[type=file]", file);
    await page.waitForFunction(() => /Imported|added/.test(document.querySelector(".data-status").textContent));
    assert.equal((await stored(page)).data.history.length, 2);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck.unreadable"))).length, 1);
    page.assertClean();
    await page.closeAll();
  });
});

// The quiz and results in headless Chromium, against the release build served under a sub-path.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { describe, test } from "node:test";

import { accessibilityViolations } from "./axe.mjs";
import { DESKTOP, holdWasm, openApp, openPage, useBrowserAndServer, waitForApp } from "./harness.mjs";
import { ALL_GOOD, BOTH_LEGS, CHEST_PAIN, EMERGENCY, INFECTION, PREGNANT, PREGNANT_WITH_FEVER, SEE_CLINICIAN, SELF_CARE, TEARING, URGENT } from "./profiles.mjs";
import { answerByClicking, answerByKeyboard, completeQuiz, currentQuestion, guidanceIds } from "./quiz-driver.mjs";

let browser;
let server;
useBrowserAndServer((started, serving) => {
  browser = started;
  server = serving;
});

const fresh = (options) => openApp(browser, server, options);

async function start(page) {
  await page.click("text=Start the check");
  await page.waitForSelector("form.question");
}

describe("first load", () => {
  test("the page has real content, a strict CSP and a favicon before any script runs", async () => {
    const html = await (await fetch(server.url)).text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Should I exercise with low back pain\?<\/h1>/);
    assert.match(html, /<meta name="description" content="[^"]{50,}">/);
    assert.match(html, /<link rel="icon"/);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
    // Each inline script and style (Trunk's loader, the load-problem script, the no-JavaScript
    // style) is allowed by its own hash, and nothing else inline is.
    const sha = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
    for (const tag of ["script", "style"]) {
      const bodies = [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1]).filter((b) => b.trim());
      assert.ok(bodies.length >= 1, tag);
      for (const body of bodies) assert.ok(csp.includes(sha(body)), `an inline ${tag} is not in the CSP`);
    }
    assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    assert.doesNotMatch(html, /(src|href)="\//, "every asset path is relative, so any sub-path works");
  });

  test("the app starts under a sub-path with no errors and no request to another origin", async () => {
    const page = await fresh();
    assert.equal(await page.title(), "Backcheck: should I exercise with low back pain?");
    assert.equal(await page.locator("h1").textContent(), "Should I exercise with low back pain?");
    assert.ok(server.requests.some((path) => path.startsWith("/some/sub/path/") && path.endsWith(".wasm")));
    page.assertClean();
    await page.closeAll();
  });

  test("Start shows the first question before the app runs; the app takes it over with the ticks and Next kept", async () => {
    const page = await openPage(browser, server);
    // Hold the wasm back until the first question has been answered on the plain first screen.
    const release = await holdWasm(page);
    await page.goto(server.url);
    await page.click("a.start-link");
    assert.equal(await page.locator("#first-question").isVisible(), true, "the question shows at once");
    assert.match(await page.locator("#first-question h1 .step").textContent(), /^Step 1 of 11$/);
    await page.click("#first-question button[type=submit]");
    assert.equal(await page.locator("#first-question .error").textContent(), "Please choose an answer to go on.");
    assert.equal(await page.evaluate(() => document.activeElement.id), "emergency-signs-none");
    await page.click('label[for="emergency-signs-both-legs"]');
    await page.click('label[for="emergency-signs-none"]');
    assert.equal(await page.isChecked("#emergency-signs-both-legs"), false, "None of these clears the signs");
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(".first-next").textContent(), "Opening the next question…");
    release();
    await page.waitForFunction(() => location.hash === "#q=who-for", null, { timeout: 30000 });
    await waitForApp(page);
    assert.match(await page.locator("h1 .step").textContent(), /^Step 2 of 11$/, "Next, pressed before the app ran, is kept");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await page.waitForFunction(() => location.hash === "#q=emergency-signs");
    assert.ok(await page.isChecked("#emergency-signs-none"), "the tick is kept");
    page.assertClean();
    await page.closeAll();
  });

  test("the app takes over the first question with nothing moved: ticks, focus and scroll kept", async () => {
    const page = await openPage(browser, server, { viewport: { width: 320, height: 480 } });
    const release = await holdWasm(page);
    await page.goto(server.url);
    await page.click("a.start-link");
    await page.click('label[for="emergency-signs-none"]');
    await page.focus("#emergency-signs-none");
    await page.evaluate(() => window.scrollTo(0, 120));
    const layout = () =>
      page.$$eval("main h1, main .choice, main .hint, main legend, main .button-row, .site-footer", (elements) =>
        elements.filter((e) => e.offsetParent).map((e) => {
          const box = e.getBoundingClientRect();
          return `${e.className || e.tagName}: x=${Math.round(box.x)} y=${Math.round(box.y)} w=${Math.round(box.width)} h=${Math.round(box.height)}`;
        }),
      );
    const before = await layout();
    release();
    await waitForApp(page);
    await page.waitForFunction(() => document.activeElement?.id === "emergency-signs-none");
    assert.deepEqual(await layout(), before);
    assert.equal(await page.evaluate(() => window.scrollY), 120);
    assert.ok(await page.isChecked("#emergency-signs-none"));
    assert.equal(await page.evaluate(() => location.hash), "#q=emergency-signs");
    page.assertClean();
    await page.closeAll();
  });

  test("the emergency advice needs no app: a sign on the first question and Next show it at once, with the call links", async () => {
    const page = await openPage(browser, server);
    await holdWasm(page); // never released: the app does not start
    await page.goto(server.url);
    await page.click("a.start-link");
    await page.click('label[for="emergency-signs-saddle-numbness"]');
    await page.click('label[for="emergency-signs-chest-pain"]');
    await page.click("#first-question button[type=submit]");
    const advice = page.locator(".first-emergency");
    assert.equal(await advice.isVisible(), true);
    assert.equal(await page.locator("#first-question").isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Your results", "focus on the advice");
    assert.match(await advice.locator("h2").textContent(), /^Get emergency care now$/);
    assert.deepEqual(await advice.locator("a.button-call").evaluateAll((links) => links.map((a) => a.getAttribute("href"))), ["tel:999", "tel:911", "tel:112"]);
    const signs = await advice.locator("#first-emergency-signs li").allTextContents();
    assert.deepEqual(signs, [
      "Signs that need emergency care: Numbness or tingling around your genitals or bottom",
      "Signs that need emergency care: Chest pain. Or you feel short of breath, sweaty, faint or sick (like you might vomit) along with the back pain, in a way that is not normal for you",
    ]);
    page.assertClean();
    await page.closeAll();
  });

  test("Back on the first question before the app runs returns to the start page, also from a link to #start", async () => {
    const page = await openPage(browser, server);
    await holdWasm(page);
    await page.goto(server.url);
    await page.click("a.start-link");
    await page.click("#first-question button.button-secondary");
    await page.waitForFunction(() => location.hash === "");
    assert.equal(await page.locator("main > h1").isVisible(), true, "the start page");
    page.assertClean();
    await page.closeAll();
    const linked = await openPage(browser, server);
    await holdWasm(linked);
    await linked.goto(`${server.url}#start`);
    await linked.click("#first-question button.button-secondary");
    await linked.waitForFunction(() => location.hash === "");
    assert.equal(await linked.locator("main > h1").isVisible(), true, "the start page, not the page before");
    linked.assertClean();
    await linked.closeAll();
  });

  test("a sign ticked before the app runs leads to the app's emergency results when it starts", async () => {
    const page = await openPage(browser, server);
    const release = await holdWasm(page);
    await page.goto(server.url);
    await page.click("a.start-link");
    await page.click('label[for="emergency-signs-both-legs"]');
    await page.click("#first-question button[type=submit]");
    await page.locator(".first-emergency").waitFor();
    release();
    await page.waitForSelector("[data-triage=emergency]");
    assert.equal(await page.evaluate(() => location.hash), "#results");
    assert.match(await page.locator(".because").textContent(), /Pain, numbness, tingling or weakness in both legs/);
    page.assertClean();
    await page.closeAll();
  });

  test("the app replaces the first screen without a layout shift", async () => {
    const page = await openPage(browser, server);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(server.url);
    await waitForApp(page);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__shift), 0);
    page.assertClean();
    await page.closeAll();
  });
});

describe("rendering", () => {
  test("the first screen in index.html has the start page's layout, so nothing moves when the app takes over", async () => {
    // Where each block starts and how tall it is (a button's width follows its words).
    const layout = (page) =>
      page.$$eval("main h1, main h2, main .lead, main .button:not(#load-problem .button), main .privacy-note, main .small, main .emergency-warning, .site-footer", (elements) =>
        elements.filter((e) => e.getClientRects().length).map((e, i) => {
          const box = e.getBoundingClientRect();
          return `${i}: x=${Math.round(box.x)} y=${Math.round(box.y)} h=${Math.round(box.height)}`;
        }),
      );
    const before = await openPage(browser, server);
    // The wasm held back: the placeholder stays on screen to be measured, still loading (an
    // aborted load would show the load-problem message instead).
    await before.route("**/*.wasm", () => {});
    await before.goto(server.url);
    await before.waitForSelector(".start-link");
    const placeholder = await layout(before);
    await before.closeAll();
    const page = await fresh();
    assert.deepEqual(await layout(page), placeholder);
    assert.equal(placeholder.length, 10);
    page.assertClean();
    await page.closeAll();
  });

  test("answering and moving on change only what changed in the page", async () => {
    const page = await fresh();
    await start(page);
    // Mark nodes; a re-rendered node would come back without its mark.
    const mark = () => page.evaluate(() => {
      for (const selector of [".site-header", ".site-footer", "form.question", "progress"]) document.querySelector(selector).dataset.kept = "yes";
    });
    const kept = (selectors) => page.evaluate((list) => list.filter((s) => document.querySelector(s)?.dataset.kept === "yes"), selectors);
    await mark();
    await page.click('label[for="emergency-signs-none"]');
    assert.deepEqual(await kept([".site-header", ".site-footer", "form.question", "progress"]), [".site-header", ".site-footer", "form.question", "progress"], "picking an answer keeps the whole question");
    await page.click("button[type=submit]");
    await page.waitForSelector('input[name="who-for"]');
    // Leptos patches the same form in place: only the words, the choices and the progress change.
    assert.deepEqual(await kept([".site-header", ".site-footer", "form.question", "progress"]), [".site-header", ".site-footer", "form.question", "progress"]);
    assert.match(await page.locator("h1 .step").textContent(), /^Step 2 of/);
    assert.equal(await page.locator('input[name="emergency-signs"]').count(), 0, "nothing of the last question is left");
    page.assertClean();
    await page.closeAll();
  });
});

describe("answering", () => {
  test("a self-care profile, answered by keyboard alone, gets guidance tailored to it", async () => {
    const page = await fresh();
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Start the check");
    await page.keyboard.press("Enter");
    await page.waitForSelector("form.question");
    assert.equal(await page.evaluate(() => document.activeElement.tagName), "H1", "focus moves to the question");
    const counter = {};
    const asked = await completeQuiz(page, SELF_CARE, answerByKeyboard, counter);
    assert.equal(asked.length, 22, "every question the guidance needs is asked");
    assert.equal(counter.screens, 11, "on 11 screens, where the first release asked 26");

    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "self-care");
    const net = page.locator(".safety-net");
    assert.match(await net.textContent(), /999 in the UK, 911 in the US, 112 in most of Europe/);
    assert.match(await net.textContent(), /now/);
    assert.match(await net.textContent(), /both legs/);
    assert.match(await net.textContent(), /Chest pain/);
    assert.match(await net.textContent(), /not better within a few weeks/);
    // The NHS's three tiers: now, today (the urgent signs, with 111), and a GP.
    assert.match(await net.textContent(), /Today, ask your GP for an urgent appointment/);
    assert.match(await net.textContent(), /A high temperature/);
    assert.equal(await net.locator("a[href='tel:111']").count(), 1);
    assert.doesNotMatch(await net.textContent(), /If you are pregnant/, "the midwife line is for pregnant people's results");
    assert.match(await net.textContent(), /worried about it or finding it hard to cope/);
    assert.match(await net.textContent(), /tearing or ripping/);
    const cards = await guidanceIds(page);
    // Most relevant first: pushing through pain, then days in bed.
    assert.deepEqual(cards.slice(0, 2), ["pain-vs-soreness", "keep-moving"]);
    for (const id of ["avoid-high-impact", "no-overhead-lifting", "skip-toe-touch", "warm-up", "stretching", "posture", "low-impact-cardio", "comfortable-intensity", "check-with-professional"]) {
      assert.ok(cards.includes(id), `${id} should show`);
    }
    const high = page.locator('[data-guidance="avoid-high-impact"]');
    assert.match(await high.textContent(), /walking, yoga, or water aerobics/);
    assert.match(await high.locator(".why").textContent(), /Kinds of exercise: Running or jumping/);
    assert.doesNotMatch(await high.locator(".why").textContent(), /Walking/, "only the answers behind the card are named");
    assert.equal(await page.locator('[data-guidance="find-aggravating-moves"]').getAttribute("data-stance"), "already-right");
    assert.match(await page.locator(".summary").textContent(), /Pain now3 out of 10/);
    assert.match(await page.locator(".disclaimer").textContent(), /not a diagnosis/);
    assert.match(await page.locator(".disclaimer").textContent(), /Should I Exercise with Lower Back Pain\?.*LivaFortis blog.*16 September 2020/);
    page.assertClean();
    await page.closeAll();
  });

  test("a person with no warning signs reaches results in at most 12 screens and 60 key presses", async () => {
    const page = await fresh();
    await start(page);
    const byKeyboard = {};
    await completeQuiz(page, ALL_GOOD, answerByKeyboard, byKeyboard);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "self-care");
    const again = await fresh();
    await start(again);
    const byTapping = {};
    await completeQuiz(again, ALL_GOOD, answerByClicking, byTapping);
    console.log(`no-sign walk: ${byKeyboard.screens} screens, ${byKeyboard.keys} key presses, ${byTapping.taps} taps`);
    assert.ok(byKeyboard.screens <= 12, `${byKeyboard.screens} screens`);
    assert.ok(byKeyboard.keys <= 60, `${byKeyboard.keys} key presses`);
    assert.equal(byTapping.screens, byKeyboard.screens);
    page.assertClean();
    again.assertClean();
    await page.closeAll();
    await again.closeAll();
  });

  test("a see-clinician profile, answered by clicking, leads with the professional check and skips workout questions", async () => {
    const page = await fresh();
    await start(page);
    const asked = await completeQuiz(page, SEE_CLINICIAN);
    assert.equal(asked.length, 19, "no workouts, and no hours of sitting for someone who rarely slouches");
    assert.ok(!asked.includes("warm-up") && !asked.includes("push-through-pain"));
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "see-clinician");
    const triage = await page.locator("[data-triage]").textContent();
    assert.match(triage, /Your health: I am under 20 or over 50, and this is the first time I have had back pain like this/);
    assert.match(triage, /Pain stops daily things: Yes/);
    assert.ok(await page.locator(".safety-net").isVisible(), "the safety net shows with the tips");
    assert.match(triage, /Pain now: 8 out of 10/);
    assert.match(triage, /warning signs in NICE CKS on low back pain/, "NG59 has no list of warning signs (review F14)");
    const cards = await guidanceIds(page);
    assert.equal(cards[0], "check-with-professional");
    assert.ok(cards.includes("keep-moving") && cards.includes("find-aggravating-moves"));
    assert.ok(!cards.includes("warm-up"), "not asked, so not advised");
    assert.match(await page.locator(".general-note").textContent(), /general tips/);
    page.assertClean();
    await page.closeAll();
  });

  test("an emergency answer shows emergency advice at once and no exercise plan", async () => {
    const page = await fresh();
    await start(page);
    const asked = await completeQuiz(page, EMERGENCY);
    assert.deepEqual(asked, ["emergency-signs"]);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "emergency");
    assert.match(await page.locator("[data-triage] h2").textContent(), /emergency care now/i);
    assert.match(await page.locator("[data-triage]").textContent(), /Signs that need emergency care: Numbness or tingling around your genitals or bottom/);
    assert.match(await page.locator("[data-triage]").textContent(), /999 in the UK, 911 in the US, 112 in most of Europe/);
    assert.equal(await page.locator("[data-guidance]").count(), 0);
    assert.match(await page.title(), /Get emergency care now/);
    page.assertClean();
    await page.closeAll();
  });

  for (const [name, profile, words] of [
    ["pain in both legs", BOTH_LEGS, /Pain, numbness, tingling or weakness in both legs/],
    ["chest pain", CHEST_PAIN, /Chest pain\. Or you feel short of breath, sweaty, faint or sick \(like you might vomit\)/],
    ["sudden, very bad chest or upper back pain", TEARING, /chest or upper back \(it may feel like tearing or ripping\), or sudden, very bad pain in your tummy/],
  ]) {
    test(`${name} leads straight to emergency advice`, async () => {
      const page = await fresh();
      await start(page);
      const asked = await completeQuiz(page, profile);
      assert.deepEqual(asked, ["emergency-signs"]);
      assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "emergency");
      assert.match(await page.locator("[data-triage] .because").textContent(), words);
      assert.match(await page.locator("[data-triage] .actions").textContent(), /now/);
      assert.equal(await page.locator("[data-guidance]").count(), 0);
      page.assertClean();
      await page.closeAll();
    });
  }

  test("a fever with a weak immune system asks for care today, with no exercise plan", async () => {
    const page = await fresh();
    await start(page);
    const asked = await completeQuiz(page, INFECTION);
    assert.equal(asked.length, 4);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "urgent");
    assert.match(await page.locator("[data-triage] h2").textContent(), /today/);
    assert.match(await page.locator(".infection-signs").textContent(), /infection in the spine\. Get seen today/);
    assert.doesNotMatch(await page.locator("[data-triage]").textContent(), /probably not an emergency/);
    assert.equal(await page.locator("[data-guidance]").count(), 0);
    page.assertClean();
    await page.closeAll();
  });

  test("a pregnant person is told where to get advice, never the exercise tips", async () => {
    const page = await fresh();
    await start(page);
    const asked = await completeQuiz(page, PREGNANT);
    assert.equal(asked.length, 4);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "not-for-this-check");
    assert.match(await page.locator("[data-triage]").textContent(), /midwife or GP/);
    assert.equal(await page.locator("[data-guidance]").count(), 0);
    assert.ok(await page.locator(".safety-net").isVisible());
    // Pregnancy's own urgent signs, and the safety net's three tiers.
    const pregnancy = page.locator(".pregnancy-signs");
    assert.match(await pregnancy.textContent(), /Contact your midwife or maternity unit now if you have back pain and:/);
    assert.match(await pregnancy.textContent(), /Spotting or light bleeding from your vagina/);
    assert.match(await pregnancy.textContent(), /Call an ambulance now .* if you are pregnant and have:Heavy bleeding/);
    assert.equal(await pregnancy.locator("a[href='tel:999']").count(), 1);
    assert.equal(await page.locator(".safety-net a[href='tel:111']").count(), 1);
    page.assertClean();
    await page.closeAll();
  });

  test("a pregnant person with a fever is told to get care today and to contact the midwife or maternity unit", async () => {
    const page = await fresh();
    await start(page);
    const asked = await completeQuiz(page, PREGNANT_WITH_FEVER);
    assert.equal(asked.length, 4);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "urgent");
    const actions = await page.locator("[data-triage] .actions li").allTextContents();
    assert.match(actions[0], /^Today, ask your GP for an urgent appointment, or call a health advice line \(111 in the UK\)/);
    assert.match(actions[1], /pregnant, so also contact your midwife or maternity unit now/);
    assert.equal(await page.locator("[data-triage] a[href='tel:111']").count(), 1);
    // Pregnancy's own lists show too: 999 for heavy bleeding, the maternity unit for the rest.
    const pregnancy = page.locator("[data-triage] .pregnancy-signs");
    assert.ok(await pregnancy.isVisible());
    assert.match(await pregnancy.textContent(), /Contact your midwife or maternity unit now if you have back pain and:/);
    assert.match(await pregnancy.textContent(), /A high temperature, or you feel hot and shivery/);
    assert.match(await page.locator(".safety-net").textContent(), /If you are pregnant, also contact your midwife or maternity unit now\./);
    assert.equal(await page.locator("[data-guidance]").count(), 0);
    // Each answer once under "Because you answered".
    const because = await page.locator("[data-triage] .because li").allTextContents();
    assert.equal(new Set(because).size, because.length, because.join(" | "));
    page.assertClean();
    await page.closeAll();
  });

  test("an urgent answer ends the check after the safety questions, with no exercise plan", async () => {
    const page = await fresh();
    await start(page);
    const asked = await completeQuiz(page, URGENT);
    assert.equal(asked.length, 4);
    assert.equal(await page.getAttribute("[data-triage]", "data-triage"), "urgent");
    assert.equal(await page.locator(".infection-signs").count(), 0, "a fever alone");
    assert.equal(await page.locator("[data-guidance]").count(), 0);
    page.assertClean();
    await page.closeAll();
  });
});

describe("moving around", () => {
  test("Next without an answer explains what is needed", async () => {
    const page = await fresh();
    await start(page);
    await page.click("button[type=submit]");
    assert.equal(await page.locator(".error").textContent(), "Please choose an answer to go on.");
    assert.equal(await page.getAttribute("fieldset", "aria-invalid"), "true");
    assert.equal(await currentQuestion(page), "emergency-signs");
    assert.equal(await page.evaluate(() => document.activeElement.id), "emergency-signs-none", "focus goes to the choices");
    page.assertClean();
    await page.closeAll();
  });

  test("step, progress and title follow the question", async () => {
    const page = await fresh();
    await start(page);
    await answerByClicking(page, SELF_CARE);
    assert.equal(await page.locator("h1 .step").textContent(), "Step 2 of 11");
    assert.equal(await page.getAttribute("progress", "value"), "2");
    assert.match(await page.title(), /^Step 2 of 11: Who the check is for - Backcheck$/);
    for (let i = 0; i < 3; i++) await answerByClicking(page, SELF_CARE);
    assert.equal(await page.locator("h1 .step").textContent(), "Step 5 of 11", "two questions, one step");
    assert.match(await page.title(), /^Step 5 of 11: How bad is your pain\? - Backcheck$/);
    assert.equal(await page.locator("form.question fieldset legend").count(), 2, "a fieldset and legend for each question");
    page.assertClean();
    await page.closeAll();
  });

  test("the browser Back button and the Back button go to the previous question with answers kept", async () => {
    const page = await fresh();
    await start(page);
    for (let i = 0; i < 3; i++) await answerByClicking(page, SELF_CARE);
    assert.equal(await currentQuestion(page), "risk-factors");
    await page.goBack();
    await page.waitForFunction(() => location.hash === "#q=urgent-signs");
    assert.ok(await page.isChecked("#urgent-signs-none"), "the answer is still there");
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await page.waitForFunction(() => location.hash === "#q=who-for");
    assert.ok(await page.isChecked("#who-for-neither"));
    page.assertClean();
    await page.closeAll();
  });

  test("a reload keeps the answers and the place, and the landing page offers to continue", async () => {
    const page = await fresh();
    await start(page);
    for (let i = 0; i < 4; i++) await answerByClicking(page, SELF_CARE);
    await page.reload();
    await page.waitForSelector("form.question");
    assert.equal(await currentQuestion(page), "pain-now");
    await page.goto(server.url);
    await page.click("text=Continue where you left off");
    await page.waitForFunction(() => location.hash === "#q=pain-now");
    page.assertClean();
    await page.closeAll();
  });

  test("a link that skips the safety questions lands on the first unanswered one", async () => {
    const page = await openPage(browser, server);
    await page.goto(`${server.url}#q=exercise-types`);
    await page.waitForSelector("form.question");
    assert.equal(await currentQuestion(page), "emergency-signs");
    await page.goto(`${server.url}#results`);
    await page.waitForFunction(() => location.hash === "#q=emergency-signs");
    page.assertClean();
    await page.closeAll();
  });

  test("unreadable saved data shows a message, the check still works, and the data is kept aside", async () => {
    const page = await fresh();
    await page.evaluate(() => localStorage.setItem("backcheck", "{not json"));
    await page.reload();
    await waitForApp(page);
    assert.match(await page.locator(".notice").textContent(), /could not be read/);
    assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem("backcheck.unreadable"))), ["{not json"], "kept aside, unchanged");
    await start(page);
    await answerByClicking(page, SELF_CARE);
    page.assertClean();
    await page.closeAll();
  });
});

describe("accessibility (axe-core, WCAG 2.2 AA)", () => {
  for (const [scheme, viewport] of [["light", {}], ["dark", DESKTOP]]) {
    test(`every screen type has no violations in the ${scheme} scheme`, async () => {
      const page = await fresh({ ...viewport, colorScheme: scheme });
      const screens = {};
      screens.landing = await accessibilityViolations(page);
      await start(page);
      await page.click("button[type=submit]"); // with the error message showing
      screens["safety tick list"] = await accessibilityViolations(page);
      for (let i = 0; i < 4; i++) await answerByClicking(page, SELF_CARE);
      screens["0-10 scale"] = await accessibilityViolations(page);
      await page.click("button[type=submit]"); // a screen of two questions, both messages showing
      screens["two 0-10 scales, with errors"] = await accessibilityViolations(page);
      for (let i = 0; i < 2; i++) await answerByClicking(page, SELF_CARE);
      screens["yes/no question"] = await accessibilityViolations(page);
      await answerByClicking(page, SELF_CARE);
      assert.equal(await currentQuestion(page), "pain-with-activity");
      screens["multiple choice"] = await accessibilityViolations(page);
      await completeQuiz(page, SELF_CARE);
      screens["self-care results"] = await accessibilityViolations(page);
      await page.goto(server.url);
      await page.click("text=Start a new check");
      await completeQuiz(page, EMERGENCY);
      screens["emergency results"] = await accessibilityViolations(page);
      await page.goto(server.url);
      await page.click("text=Start a new check");
      await completeQuiz(page, PREGNANT);
      screens["not-for-this-check results"] = await accessibilityViolations(page);
      const failures = Object.entries(screens).filter(([, v]) => v.length).map(([name, v]) => `${name}:\n  ${v.join("\n  ")}`);
      assert.deepEqual(failures, []);
      page.assertClean();
      await page.closeAll();
    });
  }

  test("every choice is a target of at least 44 by 44 px, from 320 px wide up", async () => {
    for (const width of [320, 1280]) {
      const page = await fresh({ viewport: { width, height: 800 } });
      await start(page);
      for (let i = 0; i < 4; i++) await answerByClicking(page, SELF_CARE);
      // The fragment changes first; the 0-10 scale renders just after.
      await page.waitForSelector('label[for="pain-now-10"]');
      const sizes = await page.$$eval("label, button", (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
      assert.ok(sizes.length >= 13);
      for (const [w, h] of sizes) assert.ok(w >= 44 && h >= 44, `a ${w}x${h} target at ${width} px`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, "no sideways scrolling");
      await page.closeAll();
    }
  });
});

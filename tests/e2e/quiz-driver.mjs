// Drives the quiz as a person would: by clicking, or by keyboard alone.

export const currentQuestion = (page) => page.evaluate(() => new URL(location.href).hash.replace(/^#q=/, ""));

function values(answer) {
  if (answer === true) return ["yes"];
  if (answer === false) return ["no"];
  return (Array.isArray(answer) ? answer : [answer]).map(String);
}

async function waitForHashChange(page, before) {
  await page.waitForFunction((previous) => location.hash !== previous, before);
}

/** Answers the question on screen from the profile, by clicking its labels, then clicks Next. */
export async function answerByClicking(page, profile) {
  const id = await currentQuestion(page);
  if (!(id in profile)) throw new Error(`the profile has no answer for ${id}`);
  for (const value of values(profile[id])) {
    await page.click(`label[for="${id}-${value}"]`);
  }
  const before = await page.evaluate(() => location.hash);
  await page.click("button[type=submit]");
  await waitForHashChange(page, before);
  return id;
}

/** The same with the keyboard only: Tab into the group, arrows or Space to choose, Enter to go on. */
export async function answerByKeyboard(page, profile) {
  const id = await currentQuestion(page);
  if (!(id in profile)) throw new Error(`the profile has no answer for ${id}`);
  // The fragment changes first; the screen follows on the next render.
  await page.waitForSelector(`form.question input[name="${id}"]`, { state: "attached" });
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  const inputs = await page.$$eval(`form.question input[name="${id}"]`, (all) => all.map((i) => ({ value: i.value, type: i.type })));
  const wanted = values(profile[id]);
  // Focus starts on the question heading after each step.
  await page.keyboard.press("Tab");
  if (inputs[0].type === "radio") {
    const index = inputs.findIndex((input) => input.value === wanted[0]);
    if (index === 0) await page.keyboard.press("Space");
    for (let i = 0; i < index; i++) await page.keyboard.press("ArrowRight");
  } else {
    for (let i = 0; i < inputs.length; i++) {
      if (wanted.includes(inputs[i].value)) await page.keyboard.press("Space");
      if (i < inputs.length - 1) await page.keyboard.press("Tab");
    }
  }
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press("Enter");
  await waitForHashChange(page, before);
  return id;
}

/** Answers until the results show; returns the ids of the questions asked, in order. */
export async function completeQuiz(page, profile, answer = answerByClicking) {
  const asked = [];
  while ((await page.evaluate(() => location.hash)).startsWith("#q=")) {
    asked.push(await answer(page, profile));
    if (asked.length > 40) throw new Error("the quiz does not end");
  }
  await page.waitForSelector("[data-triage]");
  return asked;
}

export const guidanceIds = (page) => page.$$eval("[data-guidance]", (cards) => cards.map((c) => c.dataset.guidance));

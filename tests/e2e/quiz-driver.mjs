// Drives the quiz as a person would: by clicking, or by keyboard alone.

/** The screen's name in the address: its first question. */
export const currentQuestion = (page) => page.evaluate(() => new URL(location.href).hash.replace(/^#q=/, ""));

/** A profile's answer as the values of the inputs to pick. */
export function values(answer) {
  if (answer === true) return ["yes"];
  if (answer === false) return ["no"];
  return (Array.isArray(answer) ? answer : [answer]).map(String);
}

async function waitForHashChange(page, before) {
  await page.waitForFunction((previous) => location.hash !== previous, before);
}

/** The questions on the screen, in order, with their inputs. */
async function questionsOnScreen(page) {
  const id = await currentQuestion(page);
  // The fragment changes first; the screen follows on the next render.
  await page.waitForSelector(`form.question input[name="${id}"]`, { state: "attached" });
  return page.$$eval("form.question .question-part:not([hidden]) fieldset", (sets) =>
    sets.map((set) => {
      const inputs = [...set.querySelectorAll("input")].map((i) => ({ value: i.value, type: i.type }));
      return { id: set.querySelector("input").name, inputs };
    }),
  );
}

/** The screen's questions one at a time, the screen read again after each: a follow-up can
 *  appear below a question once it is answered. */
async function* eachQuestion(page) {
  const asked = [];
  for (let next = (await questionsOnScreen(page))[0]; next; next = (await questionsOnScreen(page)).find((q) => !asked.includes(q.id))) {
    asked.push(next.id);
    yield next;
  }
}

function answerFor(profile, id) {
  if (!(id in profile)) throw new Error(`the profile has no answer for ${id}`);
  return values(profile[id]);
}

/** Answers the screen's questions from the profile, by clicking their labels, then clicks Next.
 *  Returns the ids of the questions answered; `taps` counts each click. */
export async function answerByClicking(page, profile, counter = { taps: 0 }) {
  const asked = [];
  for await (const { id } of eachQuestion(page)) {
    asked.push(id);
    for (const value of answerFor(profile, id)) {
      await page.click(`label[for="${id}-${value}"]`);
      counter.taps++;
    }
  }
  const before = await page.evaluate(() => location.hash);
  await page.click("button[type=submit]");
  counter.taps++;
  await waitForHashChange(page, before);
  return asked;
}

/** The same with the keyboard only, pressing no more keys than a person needs: focus starts on
 *  the heading; Tab into each group in turn, Space or arrows to choose (an arrow picks the radio it
 *  moves to), Tab along a list of ticks as far as the last one wanted; Enter goes on.
 *  `counter.keys` counts every key pressed. */
export async function answerByKeyboard(page, profile, counter = { keys: 0 }) {
  await questionsOnScreen(page); // the new screen has rendered, so its heading is the one focused
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  const press = async (key) => {
    await page.keyboard.press(key);
    counter.keys++;
  };
  const asked = [];
  for await (const { id, inputs } of eachQuestion(page)) {
    asked.push(id);
    const wanted = answerFor(profile, id);
    await press("Tab");
    if (inputs[0].type === "radio") {
      const index = inputs.findIndex((input) => input.value === wanted[0]);
      if (index === 0) await press("Space");
      for (let i = 0; i < index; i++) await press("ArrowDown");
    } else {
      const last = Math.max(...wanted.map((value) => inputs.findIndex((input) => input.value === value)));
      for (let i = 0; i <= last; i++) {
        if (wanted.includes(inputs[i].value)) await press("Space");
        if (i < last) await press("Tab");
      }
    }
  }
  const before = await page.evaluate(() => location.hash);
  await press("Enter");
  await waitForHashChange(page, before);
  return asked;
}

/** Answers until the results show; returns the ids of the questions asked, in order.
 *  `counter.screens` counts the screens answered. */
export async function completeQuiz(page, profile, answer = answerByClicking, counter = {}) {
  const asked = [];
  Object.assign(counter, { screens: 0, keys: 0, taps: 0 });
  while ((await page.evaluate(() => location.hash)).startsWith("#q=")) {
    asked.push(...(await answer(page, profile, counter)));
    counter.screens++;
    if (counter.screens > 40) throw new Error("the quiz does not end");
  }
  await page.waitForSelector("[data-triage]");
  return asked;
}

export const guidanceIds = (page) => page.$$eval("[data-guidance]", (cards) => cards.map((c) => c.dataset.guidance));

// Drives the plan's screens as a person would, for the tests that need a plan made and sessions logged.

/** Walking, from 20 minutes managed lately, on the days offered first: Monday, Wednesday, Friday. */
export async function makePlan(page) {
  await page.click("text=Make an exercise plan");
  await page.waitForSelector("main.plan-new");
  await page.click('label[for="plan-walking"]');
  await page.fill("#recent-walking", "20");
  await page.click("text=Make my plan");
  await page.waitForSelector("main.plan .plan-steps");
}

/** Logs a session; `signs` and `urgent` are what is ticked in the check-in's two lists of signs. */
export async function logSession(page, amount, pain, signs = ["none"], urgent = ["none"]) {
  await page.click("text=Log a session");
  await page.waitForSelector("main.check-in form");
  await page.fill("#done-walking", String(amount));
  await page.click(`label[for="pain-during-${pain}"]`);
  for (const sign of signs) await page.click(`label[for="new-${sign}"]`);
  for (const sign of urgent) await page.click(`label[for="new-urgent-${sign}"]`);
  await page.click("button[type=submit]");
}


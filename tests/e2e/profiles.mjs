// Answer profiles for the end-to-end tests, in the documented answers format (docs/answers-format.md).

/** "None of these" on every safety list. */
const noFlags = {
  "emergency-signs": ["none"],
  "who-for": ["neither"],
  "urgent-signs": ["none"],
  "risk-factors": ["none"],
};

/** No flags, several habits to change: exercise guidance tailored to them. */
export const SELF_CARE = {
  ...noFlags,
  "pain-now": 3,
  "pain-worst-week": 5,
  "pain-duration": "under-6-weeks",
  "pain-course": "better",
  "leg-pain": "none",
  "daily-life": false,
  "aggravating-moves": ["bending", "sitting"],
  "pain-with-activity": "eases",
  "active-days": "1-2",
  "exercise-types": ["running-jumping", "overhead-weights", "walking"],
  "warm-up": "sometimes",
  "stretching": "never",
  "toe-touches": true,
  "sitting-hours": "over-8",
  "slouching": "often",
  "bed-rest-days": "1-2",
  "push-through-pain": "sometimes",
  "exercise-worry": "a-little",
};

/** No flags, mild pain, every habit already right (the native tests' `all_good`): the walk whose
 *  screens, key presses and taps the check is measured by. */
export const ALL_GOOD = {
  ...noFlags,
  "pain-now": 2,
  "pain-worst-week": 4,
  "pain-duration": "under-6-weeks",
  "pain-course": "better",
  "leg-pain": "none",
  "daily-life": false,
  "bed-rest-days": "none",
  "pain-with-activity": "eases",
  "exercise-worry": "not-worried",
  "aggravating-moves": ["bending"],
  "active-days": "3-4",
  "exercise-types": ["walking", "yoga-pilates"],
  "warm-up": "always",
  "stretching": "regularly",
  "toe-touches": false,
  "push-through-pain": "never",
  "sitting-hours": "under-4",
  "slouching": "rarely",
};

/** A weak flag and severe pain, no exercise at all: see a clinician, general tips marked as such. */
export const SEE_CLINICIAN = {
  ...noFlags,
  "risk-factors": ["age"],
  "pain-now": 8,
  "pain-worst-week": 9,
  "pain-duration": "6-to-12-weeks",
  "pain-course": "same",
  "leg-pain": "above-knee",
  "daily-life": true,
  "aggravating-moves": ["none-known"],
  "pain-with-activity": "not-sure",
  "active-days": "0",
  "exercise-types": ["none"],
  "stretching": "regularly",
  "toe-touches": false,
  "sitting-hours": "4-to-8",
  "slouching": "rarely",
  "bed-rest-days": "3-plus",
  "exercise-worry": "very",
};

/** Numbness in the saddle area: the check stops at the first question. */
export const EMERGENCY = { "emergency-signs": ["saddle-numbness"] };

/** Pain, numbness or weakness in both legs: emergency at the first question. */
export const BOTH_LEGS = { "emergency-signs": ["both-legs"] };

/** Chest pain with the back pain: emergency at the first question. */
export const CHEST_PAIN = { "emergency-signs": ["chest-pain"] };

/** Sudden, very bad chest or upper back pain (a torn aorta, NHS): emergency at the first question. */
export const TEARING = { "emergency-signs": ["tearing"] };

/** A fever: the check stops after the safety questions. */
export const URGENT = { ...noFlags, "urgent-signs": ["fever"] };

/** A fever with a weak immune system: urgent, with the same-day infection warning. */
export const INFECTION = { ...noFlags, "urgent-signs": ["fever"], "risk-factors": ["weak-immune"] };

/** Pregnant: the check is not made for her; no exercise tips. */
export const PREGNANT = { ...noFlags, "who-for": ["pregnant"] };

/** Pregnant with a high temperature: care today, and the midwife or maternity unit too. */
export const PREGNANT_WITH_FEVER = { ...noFlags, "who-for": ["pregnant"], "urgent-signs": ["fever"] };

// Answer profiles for the end-to-end tests, in the documented answers format (docs/answers-format.md).

const FLAGS = [
  "flag-bladder-bowel", "flag-saddle-numbness", "flag-leg-weakness", "flag-trauma", "flag-fever",
  "flag-cancer-history", "flag-weight-loss", "flag-night-pain", "flag-bone-weakness", "flag-age",
];
const noFlags = Object.fromEntries(FLAGS.map((id) => [id, false]));

/** No flags, several habits to change: exercise guidance tailored to them. */
export const SELF_CARE = {
  ...noFlags,
  "pain-now": 3,
  "pain-worst-week": 5,
  "pain-duration": "under-6-weeks",
  "leg-pain": "none",
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

/** A weak flag and severe pain, no exercise at all: see a clinician, general tips marked as such. */
export const SEE_CLINICIAN = {
  ...noFlags,
  "flag-age": true,
  "pain-now": 8,
  "pain-worst-week": 9,
  "pain-duration": "6-to-12-weeks",
  "leg-pain": "above-knee",
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

/** Numbness in the saddle area: the check stops at that question. */
export const EMERGENCY = { "flag-bladder-bowel": false, "flag-saddle-numbness": true };

/** A fever: the check stops after the safety questions. */
export const URGENT = { ...noFlags, "flag-fever": true };

//! The words of the exercise plan: the activities it offers, why each next step is what it is,
//! when to see a professional, and pain or soreness. Each names its source.

use crate::assessment::{
    results_suggest, Card, CheckInProblem, ExerciseToFollow, HowToFollow, Measure, Outcome, PlanProblem, Professional, SeeProfessional,
    Stay, TooMuch, Why,
};
use crate::content::sources::Source;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minutes,
    /// Each named exercise this many times (at most its own `most`).
    TimesEach,
    /// Whole sets: only in plans made before exercises were named (steps of a whole set were too big).
    Sets,
}

impl Unit {
    /// "20 minutes", "6 times each", "1 set"
    pub fn amount(self, amount: u16) -> String {
        match (self, amount) {
            (Unit::Minutes, 1) => "1 minute".to_string(),
            (Unit::Minutes, n) => format!("{n} minutes"),
            (Unit::TimesEach, 1) => "once each".to_string(),
            (Unit::TimesEach, n) => format!("{n} times each"),
            (Unit::Sets, 1) => "1 set".to_string(),
            (Unit::Sets, n) => format!("{n} sets"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Minutes => "minutes",
            Unit::TimesEach => "times (of each exercise)",
            Unit::Sets => "sets",
        }
    }
}

/// One named exercise: how to do it, in steps a person can follow, and the most times the
/// source gives for one session.
pub struct Exercise {
    pub id: &'static str,
    pub name: &'static str,
    pub steps: &'static [&'static str],
    /// What it should feel like, and when to ease off.
    pub feel: &'static str,
    pub most: u16,
    /// Done to each side in turn, and counted as the source counts it: one to each side is one.
    pub per_side: bool,
    /// How long the position is kept, as its steps say; the session's pacer leads it.
    pub stay: Option<Stay>,
}

impl Exercise {
    /// How many times this session: the plan's amount, never more than the source's most.
    pub fn times(&self, amount: u16) -> u16 {
        amount.min(self.most)
    }

    /// "5 times", or "5 to each side" for one done to each side (its `most` counts each side).
    pub fn times_words(&self, amount: u16) -> String {
        let times = self.times(amount);
        match (self.per_side, times) {
            (true, n) => format!("{n} to each side"),
            (false, 1) => "once".to_string(),
            (false, n) => format!("{n} times"),
        }
    }
}

/// How to do an activity: a few lines for the whole of it, and its named exercises, if any.
pub struct HowTo {
    pub lines: &'static [&'static str],
    pub exercises: &'static [Exercise],
    pub source: &'static str,
    pub sources: &'static [Source],
}

pub struct Activity {
    /// Stable id, stored in plans and sessions.
    pub id: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    /// The results' guidance cards that suggest it: a plan offers only what the results did.
    pub suggested_by: &'static [&'static str],
    /// Whether a new plan offers it; older plans keep the activities they were made with.
    pub offered: bool,
    /// Where a new plan starts it, when the source gives a start (NHS inform: 5 of each);
    /// otherwise from what the person managed lately.
    pub start: Option<u16>,
}

/// NHS inform: start at 5 of each named exercise.
pub const NAMED_EXERCISES_START: u16 = 5;

const LOW_IMPACT: &str = "The article, tips 2, 5, 6 and 9: a comfortable level, a warm-up, and low-impact activity.";
const START_EASY: &str = "Start slowly, to warm up your muscles, and keep to a pace that feels comfortable.";
const KEEP_TO_AMOUNT: &str = "Keep to the minutes your plan gives.";

const KNEE_ROLLS: Exercise = Exercise {
    id: "knee-rolls",
    name: "Knee rolls",
    steps: &[
        "Lie on your back with a small flat cushion or a book under your head. Bend your knees and keep them together, feet on the floor.",
        "Keep both shoulders on the floor and slowly roll your knees to one side.",
        "Stay there for one deep breath, then roll back to the middle. Then roll to the other side. One roll to each side counts as one time.",
    ],
    feel: "A gentle stretch. Only go as far as feels comfortable. A pillow between your knees can help.",
    most: 5,
    per_side: true,
    stay: Some(Stay::Breaths { least: 1, most: 1 }),
};

const PELVIC_TILTS: Exercise = Exercise {
    id: "pelvic-tilts",
    name: "Pelvic tilts",
    steps: &[
        "Lie on your back with a small flat cushion or a book under your head. Bend your knees, feet flat and hip-width apart.",
        "Gently flatten your lower back into the floor and tighten your tummy muscles.",
        "Then tip your hips the other way until your lower back arches a little. Rock slowly between the two. There and back counts once.",
    ],
    feel: "You should feel the muscles of your tummy and back working. Do not press down through your neck, shoulders or feet.",
    most: 15,
    per_side: false,
    stay: None,
};

const BOTTOM_TO_HEELS: Exercise = Exercise {
    id: "bottom-to-heels",
    name: "Bottom to heels stretch",
    steps: &[
        "Kneel on all fours: knees under your hips, hands under your shoulders. Keep your back and neck fairly straight, and do not lock your elbows.",
        "Slowly move your bottom back towards your heels.",
        "Stay there for one deep breath, then come back to the start.",
    ],
    feel: "A stretch along your back. Only stretch as far as feels comfortable. If your knees hurt, do not go all the way back onto your heels.",
    most: 10,
    per_side: false,
    stay: Some(Stay::Breaths { least: 1, most: 1 }),
};

const BACK_EXTENSIONS: Exercise = Exercise {
    id: "back-extensions",
    name: "Back extensions",
    steps: &[
        "Lie on your front, resting on your forearms, elbows bent by your sides. Look at the floor.",
        "Press down through your hands to lift your chest and gently arch your back. Keep your hips on the floor.",
        "Hold for 5 to 10 seconds, breathing as usual, then lower yourself back down.",
    ],
    feel: "A gentle stretch across your tummy. Do not tip your head back.",
    most: 10,
    per_side: false,
    stay: Some(Stay::Seconds { least: 5, most: 10 }),
};

const TUMMY_TIGHTENING: Exercise = Exercise {
    id: "tummy-tightening",
    name: "Tummy tightening",
    steps: &[
        "Lie on your back as for pelvic tilts, with your knees bent.",
        "As you breathe out, gently draw up the muscles low in your tummy and around your pelvis.",
        "Hold for 5 to 10 slow breaths, then relax.",
    ],
    feel: "A gentle tightening low in your tummy. Keep it gentle: do not tense up hard.",
    most: 5,
    per_side: false,
    stay: Some(Stay::Breaths { least: 5, most: 10 }),
};

const NAMED_EXERCISES_SOURCE: &str = "NHS: Lower back pain exercises (how to do each, and the most times). NHS inform: Exercises for back pain (start at 5 of each, one roll of the knees to each side is one, stop one that makes your pain worse).";
const NAMED_EXERCISES_LINES: &[&str] =
    &["Do each exercise the number of times your plan gives, or the most it shows, whichever is fewer. Move slowly."];

pub const ACTIVITIES: &[Activity] = &[
    Activity {
        id: "walking",
        label: "Walking",
        unit: Unit::Minutes,
        suggested_by: &["low-impact-cardio", "avoid-high-impact", "keep-moving"],
        offered: true,
        start: None,
    },
    Activity {
        id: "swimming",
        label: "Swimming or water aerobics",
        unit: Unit::Minutes,
        suggested_by: &["avoid-high-impact"],
        offered: true,
        start: None,
    },
    Activity {
        id: "bike",
        label: "An exercise bike",
        unit: Unit::Minutes,
        suggested_by: &["low-impact-cardio"],
        offered: true,
        start: None,
    },
    Activity {
        id: "elliptical",
        label: "An elliptical or step machine",
        unit: Unit::Minutes,
        suggested_by: &["low-impact-cardio"],
        offered: true,
        start: None,
    },
    Activity {
        id: "yoga-pilates",
        label: "Yoga or Pilates",
        unit: Unit::Minutes,
        suggested_by: &["avoid-high-impact", "strengthen-core"],
        offered: true,
        start: None,
    },
    Activity {
        id: "back-stretches",
        label: "Back stretches",
        unit: Unit::TimesEach,
        suggested_by: &["stretching"],
        offered: true,
        start: Some(NAMED_EXERCISES_START),
    },
    Activity {
        id: "core-exercises",
        label: "Tummy and back exercises",
        unit: Unit::TimesEach,
        suggested_by: &["strengthen-core"],
        offered: true,
        start: Some(NAMED_EXERCISES_START),
    },
    // Offered before exercises were named; plans made then keep them.
    Activity { id: "stretches", label: "Hip and leg stretches", unit: Unit::Minutes, suggested_by: &[], offered: false, start: None },
    Activity { id: "core", label: "Core strength exercises", unit: Unit::Sets, suggested_by: &[], offered: false, start: None },
];

/// How to do an activity. Kept out of `ACTIVITIES`, which the first load reads to check stored
/// ids, so these words load only with the plan's screens.
pub fn how_to(activity_id: &str) -> Option<HowTo> {
    Some(match activity_id {
        "walking" => HowTo { lines: &[START_EASY, KEEP_TO_AMOUNT], exercises: &[], source: LOW_IMPACT, sources: &[Source::Article] },
        "swimming" => HowTo {
                lines: &[START_EASY, KEEP_TO_AMOUNT],
                exercises: &[],
                source: "The article, tips 2, 5 and 6: a comfortable level, a warm-up, and water aerobics. Swimming: NHS advice on back pain.",
                sources: &[Source::Article, Source::NhsBackPain],
            },
        "bike" => HowTo { lines: &[START_EASY, KEEP_TO_AMOUNT], exercises: &[], source: LOW_IMPACT, sources: &[Source::Article] },
        "elliptical" => HowTo { lines: &[START_EASY, KEEP_TO_AMOUNT], exercises: &[], source: LOW_IMPACT, sources: &[Source::Article] },
        "yoga-pilates" => HowTo {
                lines: &[
                    "Choose a class or video for beginners, and tell the teacher about your back.",
                    "Skip any pose that makes your back pain worse, and do not touch your toes from standing.",
                    KEEP_TO_AMOUNT,
                ],
                exercises: &[],
                source: "The article, tips 1, 2, 6 and 10: find the moves that make it worse, a comfortable level, yoga, and no standing toe touch. Pilates: NHS advice on back pain. A class for beginners, and telling the teacher about your back, are Backcheck's own cautious choices.",
                sources: &[Source::Article, Source::NhsBackPain, Source::OwnChoice],
            },
        "back-stretches" => HowTo {
                lines: NAMED_EXERCISES_LINES,
                exercises: &[KNEE_ROLLS, BOTTOM_TO_HEELS, BACK_EXTENSIONS],
                source: NAMED_EXERCISES_SOURCE,
                sources: &[Source::NhsBackExercises, Source::NhsInformBackExercises],
            },
        "core-exercises" => HowTo {
                lines: NAMED_EXERCISES_LINES,
                exercises: &[PELVIC_TILTS, TUMMY_TIGHTENING],
                source: NAMED_EXERCISES_SOURCE,
                sources: &[Source::NhsBackExercises, Source::NhsInformBackExercises],
            },
        "stretches" => HowTo {
                lines: &["Stretch your buttocks, the backs of your thighs and the fronts of your thighs gently, as far as feels comfortable.", KEEP_TO_AMOUNT],
                exercises: &[],
                source: "The article, tip 8: stretching the glutes, hamstrings and quads.",
                sources: &[Source::Article],
            },
        "core" => HowTo {
                lines: &["Make a new plan to get named exercises, with how to do each. Their amounts build up a little at a time."],
                exercises: &[],
                source: "The article, its part on strength: strengthening the core muscles.",
                sources: &[Source::Article],
            },
        _ => return None,
    })
}

/// Where the activities a plan offers come from (review F42: swimming and Pilates are the NHS's).
pub const ACTIVITIES_SOURCE: &str = "Walking, water aerobics, yoga, an exercise bike, and an elliptical or step machine: the article, tips 6 and 9. Swimming and Pilates: NHS advice on back pain. The named stretches and exercises: the NHS's lower back pain exercises.";
pub const ACTIVITIES_SOURCES: &[Source] = &[Source::Article, Source::NhsBackPain, Source::NhsBackExercises];

pub fn activity(id: &str) -> Option<&'static Activity> {
    ACTIVITIES.iter().find(|activity| activity.id == id)
}

/// How a session follows an activity along (`assessment::Following`): minutes timed, each named
/// exercise counted with its stay, or sets of an older plan ticked. An id the app no longer knows
/// is timed, as it counts as minutes.
pub fn how_to_follow(id: &str) -> HowToFollow {
    match activity(id).map(|activity| activity.unit) {
        Some(Unit::TimesEach) => HowToFollow::Exercises(
            how_to(id)
                .map(|how_to| {
                    how_to
                        .exercises
                        .iter()
                        .map(|exercise| ExerciseToFollow {
                            id: exercise.id,
                            most: exercise.most,
                            per_side: exercise.per_side,
                            stay: exercise.stay,
                        })
                        .collect()
                })
                .unwrap_or_default(),
        ),
        Some(Unit::Sets) => HowToFollow::Ticked,
        Some(Unit::Minutes) | None => HowToFollow::Timed,
    }
}

/// How an activity's amount is measured, for the plan's steps (`assessment::Measure`): named
/// exercises up to the most times the source gives for any of them; an id the app no longer
/// knows counts as minutes.
pub fn measure(id: &str) -> Measure {
    match activity(id).map(|activity| activity.unit) {
        Some(Unit::TimesEach) => {
            let most =
                how_to(id).and_then(|how_to| how_to.exercises.iter().map(|exercise| exercise.most).max()).unwrap_or(NAMED_EXERCISES_START);
            Measure::TimesEach { most }
        }
        Some(Unit::Sets) => Measure::Sets,
        Some(Unit::Minutes) | None => Measure::Minutes,
    }
}

/// The activities a plan may offer for results with these guidance cards: those the cards
/// suggest (`assessment::results_suggest`: no stretches when the results leave them to a
/// professional); walking when no card suggests any.
pub fn suggested_activities(cards: &[Card]) -> Vec<&'static Activity> {
    let picked: Vec<&'static Activity> = ACTIVITIES.iter().filter(|a| a.offered && results_suggest(cards, a.suggested_by)).collect();
    if picked.is_empty() {
        ACTIVITIES.iter().filter(|a| a.id == "walking").collect()
    } else {
        picked
    }
}

/// What to fix on the plan screen or when changing the days.
pub fn plan_problem(problem: PlanProblem) -> &'static str {
    match problem {
        PlanProblem::NeedsProfessionalWord => "Tick the box to say a GP or physiotherapist has told you exercise is fine, or ask one first.",
        PlanProblem::ActivityCount => "Pick one, two or three activities.",
        PlanProblem::Amount => {
            "For each activity, say how much you have done lately without your pain getting worse afterwards. Use a whole number, 1 or more."
        }
        PlanProblem::DayCount => "Pick 2 to 5 days, with a day between sessions if you can.",
        PlanProblem::Time => "Give the time as hours and minutes, like 18:00, or leave it empty.",
    }
}

/// What to fix before a check-in can be saved.
pub fn check_in_problem(problem: CheckInProblem) -> &'static str {
    match problem {
        CheckInProblem::WhatWasDone => "Tick what you did, and say how much of each as a whole number from 1.",
        CheckInProblem::PainDuring => "Pick how much your back or leg hurt during the session, from 0 to 10.",
        CheckInProblem::SignsUnanswered => "In each list of signs, tick any you have had, or “None of these”.",
    }
}

/// Said on a plan made from results that leave stretches to a professional (pain into the leg).
pub const STRETCHES_FOR_LEG_PAIN: Cited = Cited {
    text: "Your pain spreads into your leg, so back stretches are not in this plan. Ask your doctor or physiotherapist which stretches suit you.",
    source: "The article's opening section: check with your health professional first. NICE CKS on sciatica: leg pain can come from a nerve in the back. Leaving the stretches out of the plan is Backcheck's own cautious choice.",
    sources: &[Source::Article, Source::NiceCksSciatica, Source::OwnChoice],
};

/// Said where a plan's activities are picked: the plan's stretches are not tip 8's.
pub const BACK_STRETCHES_ARE_THE_NHS_ONES: Cited = Cited {
    text: "Back stretches are the NHS's stretches for the lower back: knee rolls, bottom to heels, and back extensions. They are not the hip and leg stretches of the tip “Stretch your hips and legs”. Stretches and exercises start at 5 times each, with how to do each one.",
    source: "NHS: Lower back pain exercises (the stretches). NHS inform: Exercises for back pain (start at 5 of each).",
    sources: &[Source::NhsBackExercises, Source::NhsInformBackExercises],
};

/// What the plan's first screen says of the named exercises on offer, if any: with back
/// stretches, that they are the NHS's and not tip 8's.
pub fn named_exercises_note(offered: &[&Activity]) -> Option<Cited> {
    let offers = |id: &str| offered.iter().any(|activity| activity.id == id);
    if offers("back-stretches") {
        Some(BACK_STRETCHES_ARE_THE_NHS_ONES)
    } else if offers("core-exercises") {
        Some(NAMED_EXERCISES_START_AT_5)
    } else {
        None
    }
}

/// Said where a plan's activities are picked when tummy and back exercises, but no back
/// stretches, are on offer.
pub const NAMED_EXERCISES_START_AT_5: Cited = Cited {
    text: "Tummy and back exercises start at 5 times each, with how to do each one.",
    source: "NHS inform: Exercises for back pain (start at 5 of each).",
    sources: &[Source::NhsInformBackExercises],
};

/// A text with the source it comes from: the line the page shows, and the register's entries.
pub struct Cited {
    pub text: &'static str,
    pub source: &'static str,
    pub sources: &'static [Source],
}

/// Silbernagel 2007 studied Achilles tendon pain, not back pain: its model is adapted here, and said so.
const PAIN_MONITORING: &str =
    "Pain monitoring: a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back.";
const OWN_STEP: &str =
    "A week of sessions that went well before each step, and the size of each step, are Backcheck's own cautious choices.";

pub fn why(why: Why) -> Cited {
    match why {
        Why::FirstSession => Cited {
            text: "Start a little below what you managed lately without your pain getting worse afterwards: about 8 parts in 10 of it. Then build up in small steps.",
            source: concat!(
                "The article, tip 2: exercise at a comfortable level. ",
                "Build up gradually: graded activity (Lindström and others, Phys Ther 1992, a programme led by physiotherapists). ",
                "About 8 parts in 10 is Backcheck's own cautious choice: no source gives a number."
            ),
            sources: &[Source::Article, Source::Lindstrom1992, Source::OwnChoice],
        },
        Why::WaitingForNextDay => Cited {
            text: "Tell Backcheck how your back was the morning after your last session. Until then, keep to the same amount.",
            source: PAIN_MONITORING,
            sources: &[Source::Silbernagel2007],
        },
        Why::GreenStepUp => Cited {
            text: "You have done this amount for a week, and each session went well: the pain stayed at 5 or less, and your back pain was no worse the next morning. So add a small step: about 1 part in 10 more, and at least 1 minute.",
            source: concat!(
                "Pain monitoring: a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back. ",
                "A week of sessions that went well, and steps of about 1 part in 10 and at least 1 minute, are Backcheck's own cautious choices: no source gives a number."
            ),
            sources: &[Source::Silbernagel2007, Source::OwnChoice],
        },
        Why::GreenHold => Cited {
            text: "Your last session went well. Keep to this amount for a week. When a session on each of your plan days has gone well at it, you add a small step.",
            source: OWN_STEP,
            sources: &[Source::OwnChoice],
        },
        Why::AtCeiling => Cited {
            text: "Your last session went well, and you have reached the most this plan builds up to: 30 minutes, or what you already managed if that was more. Keep to it.",
            source: "30 minutes is Backcheck's own cautious choice.",
            sources: &[Source::OwnChoice],
        },
        Why::NotJudged => Cited {
            text: "The morning question about your last session was not answered within 2 days, so that session does not count. Keep to the same amount.",
            source: "Asking only for 2 days is Backcheck's own choice.",
            sources: &[Source::OwnChoice],
        },
        Why::StepBack => Cited {
            text: "That session was too much for your back. Go down a step, to about 8 parts in 10 of what you did.",
            source: concat!(
                "Pain monitoring: a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back: pain that is worse means less. ",
                "About 8 parts in 10 is Backcheck's own cautious choice: no source gives a number."
            ),
            sources: &[Source::Silbernagel2007, Source::OwnChoice],
        },
        Why::AtFloor => Cited {
            text: "This is the smallest amount your plan goes down to. Keep to it, and ask a physiotherapist how to go on.",
            source: "The smallest amount (5 minutes, 3 times each, or 1 set), and asking a physiotherapist here, are Backcheck's own cautious choices.",
            sources: &[Source::OwnChoice],
        },
        Why::PainRising => Cited {
            text: "Your pain during sessions last week was higher than the week before. Go down a step, to about 8 parts in 10. Then build up again as before.",
            source: concat!(
                "Pain monitoring: a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back: pain should not rise from week to week. ",
                "A rise of 1 point or more, and about 8 parts in 10, are Backcheck's own cautious choices."
            ),
            sources: &[Source::Silbernagel2007, Source::OwnChoice],
        },
        Why::FlareUp => Cited {
            text: "You said you have a flare-up. Go down a step, to about 8 parts in 10, and keep moving gently every day.",
            source: concat!(
                "The article: getting going is good for your back even if you feel like resting. NHS: Back pain: keep active. ",
                "Going down a step for a flare-up, and about 8 parts in 10, are Backcheck's own cautious choices."
            ),
            sources: &[Source::Article, Source::NhsBackPain, Source::OwnChoice],
        },
    }
}

/// A step up for named exercises: one more of each, more slowly than the source allows.
const NAMED_STEP_UP: Cited = Cited {
    text: "You have done this amount for a week, and each session went well: the pain stayed at 5 or less, and your back pain was no worse the next morning. So add 1 more of each exercise, up to the most shown for it.",
    source: concat!(
        "Pain monitoring: a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back. ",
        "NHS inform: Exercises for back pain (add 1 or 2 every few days, if comfortable). ",
        "Adding 1 after a week of sessions that went well is Backcheck's own cautious choice, slower than NHS inform."
    ),
    sources: &[Source::NhsInformBackExercises, Source::Silbernagel2007, Source::OwnChoice],
};

/// Sets, in plans made before exercises were named, never step up: a whole set is too big a step.
const KEEP_SETS: Cited = Cited {
    text: "Your last session went well. Keep to this amount.",
    source: "Not adding whole sets is Backcheck's own cautious choice.",
    sources: &[Source::OwnChoice],
};

/// The named exercises at their most.
const NAMED_AT_CEILING: Cited = Cited {
    text: "Your last session went well, and you do each exercise the most times the NHS gives. Keep to it.",
    source: "NHS: Lower back pain exercises (the most times for each).",
    sources: &[Source::NhsBackExercises],
};

/// The first session of named exercises: the source's own start, not a share of what was managed.
pub const NAMED_FIRST_SESSION: Cited = Cited {
    text: "Start with 5 of each exercise. Then build up a little at a time, as long as your back is comfortable.",
    source: "NHS inform: Exercises for back pain (start with 5 of each).",
    sources: &[Source::NhsInformBackExercises],
};

/// Why the next amount is what it is, for this activity: named exercises start and step where
/// their source says, and every other step reads the same for all.
pub fn why_for(why_it_is: Why, activity: &Activity) -> Cited {
    match (why_it_is, activity.unit) {
        (Why::FirstSession, _) if activity.start.is_some() => NAMED_FIRST_SESSION,
        (Why::GreenStepUp, Unit::TimesEach) => NAMED_STEP_UP,
        (Why::AtCeiling, Unit::TimesEach) => NAMED_AT_CEILING,
        (Why::AtCeiling | Why::GreenHold | Why::GreenStepUp, Unit::Sets) => KEEP_SETS,
        _ => why(why_it_is),
    }
}

/// What made a session too much, in words: said before the reason for a step back.
pub fn what_happened(too_much: TooMuch) -> String {
    match too_much {
        TooMuch::Pain(pain) => format!("Your pain during your last session was {pain} out of 10, above 5."),
        TooMuch::StoppedForPain => "You stopped your last session because of pain.".to_string(),
        TooMuch::NotSettled => "The pain from your last session had not settled by the next morning.".to_string(),
        TooMuch::WorseNextDay => "Your back pain was worse the next morning.".to_string(),
    }
}

/// When the plan says to see a professional, and holds until they say to go on.
pub fn see_professional(why: SeeProfessional) -> Cited {
    const OWN_RULE: &str = "Backcheck's own safety rule: no source gives it.";
    match why {
        SeeProfessional::SeverePain(_) => Cited {
            text: "Your pain during your last session was 7 out of 10 or more. That is severe pain. Stop your plan and see a GP before you go on.",
            source: "NHS: Lower back pain exercises (see a GP if an exercise causes severe pain). NHS: Back pain (see a GP if the pain is severe). 7 out of 10 as severe is Backcheck's own choice, the same line as in the check.",
            sources: &[Source::NhsBackExercises, Source::NhsBackPain, Source::OwnChoice],
        },
        SeeProfessional::TwoRedsInARow => Cited {
            text: "Your last two sessions were both too much for your back. See a GP or physiotherapist before you go on.",
            source: OWN_RULE,
            sources: &[Source::OwnChoice],
        },
        SeeProfessional::PainRising => Cited {
            text: "Your pain during sessions has gone up two weeks running. See a GP or physiotherapist before you go on.",
            source: OWN_RULE,
            sources: &[Source::OwnChoice],
        },
    }
}

/// The pain rule for walking and the other activities, said the same way on the pain card, the
/// question about exercising through pain and the plan: the article's "don't work through the
/// pain" and the pain-monitoring model's "up to 5 of 10, no worse the next morning" as one rule.
/// The named exercises have the NHS's own rule instead (`NAMED_PAIN_RULE`).
pub const PAIN_RULE: &str = "Some discomfort is fine if it stays at 5 out of 10 or less, and your back pain is no worse the next morning. Pain above 5 means stop that move. If your back pain is worse the next morning, do less next time.";
pub const PAIN_RULE_SOURCE: &str = concat!(
    "The article, tip 3: do not work through the pain. ",
    "Pain monitoring: a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back."
);

/// The NHS's rule for the named exercises.
pub const NAMED_PAIN_RULE: &str =
    "Stop an exercise if it makes your pain worse or causes new pain. If one causes severe pain, stop and see a GP.";
/// How the plan reads a session of named exercises, beside the NHS's rule.
const NAMED_PLAN_READS: &str = "Stop an exercise if it makes your pain worse or causes new pain. If one causes severe pain, stop and see a GP. Your plan also goes down a step if the pain goes above 5 out of 10.";
const NAMED_PLAN_READS_SOURCE: &str = concat!(
    "NHS: Lower back pain exercises (see a GP if one causes severe pain). NHS inform: Exercises for back pain (stop one that makes your pain worse). ",
    "Above 5 out of 10: pain monitoring, a model from tendon rehabilitation (Silbernagel and others, Am J Sports Med 2007), adapted here for the back. ",
    "The size of the step is Backcheck's own cautious choice."
);

/// The pain rule that applies to an activity, said once where it applies.
pub fn pain_rule_for(activity: &Activity) -> Cited {
    if activity.unit == Unit::TimesEach {
        Cited {
            text: NAMED_PLAN_READS,
            source: NAMED_PLAN_READS_SOURCE,
            sources: &[Source::NhsBackExercises, Source::NhsInformBackExercises, Source::Silbernagel2007, Source::OwnChoice],
        }
    } else {
        Cited { text: PAIN_RULE, source: PAIN_RULE_SOURCE, sources: PAIN_RULE_SOURCES }
    }
}

/// How the plan reads the pain during a session, said beside the question at a check-in.
pub const PAIN_DURING_HINT: &str = "0 is no pain, 10 is the worst pain you can imagine. Pick the number that fits.";

/// Said under the pain rule when a plan has named exercises: their rule is the NHS's.
pub const PAIN_RULE_NOT_FOR_NAMED: &str = "This rule is for walking and the other activities. For the named stretches and exercises, use the NHS rule shown with each one instead.";

/// Pain or soreness, from the article's third tip, and the pain rule.
pub const PAIN_OR_SORENESS: &[&str] = &[
    "Soreness is a dull ache that comes from working out. It should fade within 1 to 3 days.",
    "Pain is stronger, during or after a move. It is your body's signal to stop that move.",
    PAIN_RULE,
];
pub const PAIN_OR_SORENESS_SOURCE: &str = PAIN_RULE_SOURCE;
/// The register's entries for the pain rule.
pub const PAIN_RULE_SOURCES: &[Source] = &[Source::Article, Source::Silbernagel2007];

/// Who may make a plan after see-a-professional results.
/// Before a plan after see-a-professional results: whom the results named, and the tick that
/// says they have said exercise is fine.
pub struct CheckFirst {
    /// Under the results' "Make an exercise plan".
    pub make_plan: &'static str,
    /// Above the results' tips.
    pub tips: &'static str,
    /// On the plan's first screen, above the tick.
    pub hint: &'static str,
    pub said_fine: &'static str,
}

pub fn check_first(professional: Professional) -> CheckFirst {
    match professional {
        Professional::GpSoon => CheckFirst {
            make_plan: "Make one only once a GP has told you exercise is fine for you.",
            tips: "These are general tips. Check them with your GP before you start.",
            hint: "Your results say to see a GP soon, before you start.",
            said_fine: "A GP has told me exercise is fine for me",
        },
        Professional::GpOrPhysiotherapist => CheckFirst {
            make_plan: "Make one only once a GP or physiotherapist has told you exercise is fine for you.",
            tips: "These are general tips. Check them with your doctor or physiotherapist before you start.",
            hint: "Your results say to check with a GP or physiotherapist first.",
            said_fine: "A GP or physiotherapist has told me exercise is fine for me",
        },
    }
}

/// A plan made earlier, after a newer check said to get care first (`assessment::plan_on_hold`).
/// The words of the urgent and emergency results, applied to the plan.
pub const ON_HOLD_TITLE: &str = "Your plan is on hold";
pub const ON_HOLD: &str = "Your latest check says to get medical advice before you exercise. Do not use this plan until a doctor says it is safe. When they do, take the check again.";
pub const ON_HOLD_STATUS: &str = "On hold: your latest check says to get medical advice first.";

/// A sign ticked at a check-in (`assessment::Hold::SignAtCheckIn`): the words of the emergency
/// and urgent results, applied to the plan.
pub const SIGN_HOLD_EMERGENCY: &str = "At a check-in you ticked a sign that needs emergency care. Do not use this plan. Get emergency care now if you have not yet. When a doctor says exercise is safe, take the check again.";
pub const SIGN_HOLD_URGENT: &str = "At a check-in you ticked a sign that needs a doctor today. Do not use this plan until a doctor says it is safe. When they do, take the check again.";
/// The start page's line for a plan on hold for a sign at a check-in: the plan page's words.
pub fn sign_hold_status(outcome: Outcome) -> &'static str {
    if outcome == Outcome::Emergency {
        "On hold: at a check-in you ticked a sign that needs emergency care. Get emergency care now if you have not yet."
    } else {
        "On hold: at a check-in you ticked a sign that needs a doctor today."
    }
}

/// The sessions said to see a professional (`assessment::Hold::SeeProfessional`).
pub const SEE_PROFESSIONAL_HOLD: &str =
    "Your plan waits until a GP or physiotherapist has told you to go on. When they have, tick the box below. Or take the check again.";
pub const PROFESSIONAL_SAID_GO_ON: &str = "A GP or physiotherapist has told me to go on with this plan";
/// After severe pain the NHS says to see a GP.
pub const GP_SAID_GO_ON: &str = "A GP has told me to go on with this plan";
pub const GP_HOLD: &str = "Your plan waits until a GP has told you to go on. When they have, tick the box below.";
/// The start page's line for a plan the sessions put on hold: the plan page's words.
pub fn see_professional_status(why: SeeProfessional) -> &'static str {
    match why {
        SeeProfessional::SeverePain(_) => "On hold: your pain in your last session was severe. See a GP before you go on.",
        SeeProfessional::TwoRedsInARow | SeeProfessional::PainRising => {
            "On hold: your plan says to see a GP or physiotherapist before you go on."
        }
    }
}
/// A check after the plan began says to see a professional (`assessment::Hold::CheckSaysSeeProfessional`).
pub const NEEDS_PROFESSIONAL_WORD: &str =
    "Your latest check says to see a GP or physiotherapist. Your plan waits until they have told you to go on with this plan.";
pub const NEEDS_PROFESSIONAL_WORD_STATUS: &str = "On hold: your latest check says to see a GP or physiotherapist first.";

/// Said after a check-in, on what comes next (a session not judged yet, one judged at once, a hold).
pub const SAVED_ASK_TOMORROW: &str = "Tomorrow morning, answer one question about how your back is.";
pub const SAVED_ASK_NOW: &str = "Now answer one question about how your back was this morning.";
pub const SAVED_STEPPED_BACK: &str = "Your pain was above 5 out of 10, so that session was too much. See your next amounts below.";
pub const SAVED_STOPPED_FOR_PAIN: &str = "You stopped because of pain, so that session counts as too much. See your next amounts below.";
pub const SAVED_HELD: &str = "Your plan is on hold: see below.";

/// Under a hold, when a calendar file with the plan's reminders was saved (review G8).
pub const HOLD_CALENDAR: &str =
    "Your calendar will still remind you of sessions. To stop it, tap “Take the plan off my calendar” and open the file it saves.";

/// The morning question (review G3): about the back pain, not the muscles.
pub const MORNING_LEGEND: &str = "Compared with before the session, your back pain this morning is:";
pub const MORNING_HINT: &str = "Soreness from exercise is a dull ache that should go within 1 to 3 days. If your back pain itself is worse, answer Worse. If your back always hurts, compare it with how it usually is.";
pub const MORNING_HINT_SOURCE: &str = "The article, tip 3: soreness is a dull ache that should go within 24 to 72 hours.";

/// The days without a session (review G12): keep moving, never "rest".
pub const KEEP_MOVING: &str = "On days without a session, keep moving: a short walk or some gentle activity is good for your back.";
pub const KEEP_MOVING_SOURCE: &str =
    "The article: even if you feel like resting, getting going is good for your back, and daily exercise is key. NHS: Back pain: stay active.";

/// A flare-up: go down a step and keep moving, or pause (review G12).
pub const FLARE_UP_HINT: &str = "Having a flare-up? Go down a step and keep moving gently. If you need a break, for a holiday or a bad flare-up, pause your plan: nothing is due and its weeks wait. Keep moving gently while it is paused. If the pain is very bad or keeps getting worse, see a GP.";
pub const FLARE_UP_SOURCE: &str = "Going down a step for a flare-up, and pausing, are Backcheck's own cautious choices. NHS: Back pain: stay active, and see a GP if the pain is very bad or getting worse.";

/// The plan's days (review G14): leaving a day between sessions is Backcheck's own.
pub const DAYS_HINT: &str = "Pick 2 to 5 days. Leave a day between sessions if you can: the morning after each one, you tell Backcheck how your back is. These numbers are Backcheck's own choice.";

/// The check-in's question about signs that appeared during the plan: the check's emergency and
/// urgent lists asked again, about the time since the last session.
pub const CHECK_IN_SIGNS_TITLE: &str = "Anything new since your last session?";
pub const CHECK_IN_EMERGENCY_LEGEND: &str = "Signs that need emergency care";
pub const CHECK_IN_URGENT_LEGEND: &str = "Signs that need a doctor today";
pub const CHECK_IN_SIGNS_HINT: &str = "Tick each one you have had since your last session. If none, tick “None of these” in each list.";

/// After a sign is ticked at a check-in: the emergency and urgent results' own words, for a sign
/// that appeared during the plan (the signs ticked are listed with it).
pub struct CheckInAlarm {
    pub lead: &'static str,
    pub actions: &'static [&'static str],
}

pub const CHECK_IN_EMERGENCY: CheckInAlarm = CheckInAlarm {
    lead: "You ticked a sign that needs emergency care. Stop your exercise plan. It is on hold.",
    actions: &[
        "Call an ambulance now (999 in the UK, 911 in the US, 112 in most of Europe), or go to an emergency department now.",
        "Tell them about your back pain and the signs you ticked, listed here.",
        "Do not exercise until a doctor has checked you.",
    ],
};

pub const CHECK_IN_URGENT: CheckInAlarm = CheckInAlarm {
    lead: "You ticked a sign that needs a doctor today. Your exercise plan is on hold.",
    actions: &[
        "Today, ask your GP for an urgent appointment, or call a health advice line (111 in the UK).",
        "If you get any of the emergency signs, call an ambulance or go to an emergency department now.",
        "Do not use your plan until a doctor says it is safe. Then take the check again.",
    ],
};

/// Where the plan is, on the plan page and the start page (`assessment::PlanStatus`).
pub fn week_of(week: u8, weeks: u8) -> String {
    format!("Week {week} of {weeks}")
}
pub const PAUSED_STATUS: &str = "Your plan is paused. Go on with it when you are ready.";
pub const FINISHED_STATUS: &str = "Your plan has ended. Take the check again to see how you are, and make a new plan.";
pub const STOPPED_STATUS: &str = "You ended this plan. Take the check again to make a new one.";
/// Why a plan has a length.
pub const PLAN_LENGTH: &str = "Your plan runs for 6 weeks, not counting days it is paused or on hold. The NHS says back pain usually starts to ease within 2 weeks and often passes in 4 to 6 weeks. Then take the check again and make a new plan.";
/// For pain that has lasted more than 12 weeks, the NHS's "eases within 2 weeks, passes in 4 to
/// 6" is not this person's course, so it is left out (content review G10).
pub const PLAN_LENGTH_LONG_PAIN: &str =
    "Your plan runs for 6 weeks, not counting days it is paused or on hold. Then take the check again and make a new plan.";

/// The plan's length in words for the check the plan was made from.
pub fn plan_length(answers: &crate::assessment::Answers) -> &'static str {
    if answers.choice("pain-duration") == Some("over-12-weeks") {
        PLAN_LENGTH_LONG_PAIN
    } else {
        PLAN_LENGTH
    }
}

pub const PLAN_LENGTH_SOURCE: &str = "NHS: Lower back pain exercises. 6 weeks is Backcheck's own choice.";
pub const PLAN_LENGTH_SOURCES: &[Source] = &[Source::NhsBackExercises, Source::OwnChoice];
/// The long-pain words cite no NHS page: they give none of its words.
pub const PLAN_LENGTH_LONG_PAIN_SOURCE: &str = "6 weeks is Backcheck's own choice.";
pub const PLAN_LENGTH_LONG_PAIN_SOURCES: &[Source] = &[Source::OwnChoice];

/// The source line of `plan_length`'s words for the same check.
pub fn plan_length_source(answers: &crate::assessment::Answers) -> &'static str {
    if plan_length(answers) == PLAN_LENGTH_LONG_PAIN {
        PLAN_LENGTH_LONG_PAIN_SOURCE
    } else {
        PLAN_LENGTH_SOURCE
    }
}

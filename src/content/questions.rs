//! Every question of the check, in the order it is asked. Ids are stable: stored answers and
//! share links refer to them (see docs/answers-format.md). Change wording freely; never reuse an id.

use crate::assessment::{Choice, Question, QuestionBank, QuestionKind, Section};

const fn choice(id: &'static str, label: &'static str) -> Choice {
    Choice { id, label, exclusive: false }
}

const fn only_choice(id: &'static str, label: &'static str) -> Choice {
    Choice { id, label, exclusive: true }
}

const fn safety(id: &'static str, topic: &'static str, prompt: &'static str, hint: Option<&'static str>) -> Question {
    Question { id, section: Section::Safety, kind: QuestionKind::YesNo, prompt, hint, topic }
}

const PAIN_SCALE: QuestionKind =
    QuestionKind::Scale { min: 0, max: 10, min_label: "0 = no pain", max_label: "10 = worst pain you can imagine" };

const NEW_OR_WORSE: Option<&str> = Some("Answer yes only if this is new, or has got worse, in the last few weeks.");

/// The check's questions; every `Answers` the app makes is checked against this bank.
pub static BANK: QuestionBank = QuestionBank::new(QUESTIONS);

static QUESTIONS: &[Question] = &[
    // Safety check. The first three are signs of pressure on the nerves at the base of the spine.
    safety(
        "flag-bladder-bowel",
        "Bladder or bowel trouble",
        "Have you lost control of your bladder or bowels, or do you have trouble peeing?",
        NEW_OR_WORSE,
    ),
    safety(
        "flag-saddle-numbness",
        "Numbness around the groin or bottom",
        "Do you have numbness or tingling around your groin, genitals or bottom?",
        Some("This is the area that would touch a saddle if you sat on one. Answer yes only if this is new or worse in the last few weeks."),
    ),
    safety(
        "flag-leg-weakness",
        "Leg weakness or numbness",
        "Do you have weakness, numbness or tingling in both legs, or a leg that is getting weaker?",
        NEW_OR_WORSE,
    ),
    safety(
        "flag-trauma",
        "Serious fall or accident",
        "Did your back pain start after a serious fall or accident, such as a car crash?",
        None,
    ),
    safety(
        "flag-fever",
        "Fever or feeling unwell",
        "Do you have a fever, or feel hot, shivery or unwell, along with your back pain?",
        NEW_OR_WORSE,
    ),
    safety(
        "flag-cancer-history",
        "Cancer in the past",
        "Have you ever had cancer?",
        Some("Answer yes even if it was treated a long time ago."),
    ),
    safety(
        "flag-weight-loss",
        "Weight loss without trying",
        "Have you lost weight without trying to?",
        NEW_OR_WORSE,
    ),
    safety(
        "flag-night-pain",
        "Constant pain, worse at night",
        "Is your pain there all the time, worse at night, and not eased by any position?",
        NEW_OR_WORSE,
    ),
    safety(
        "flag-bone-weakness",
        "Weak bones or steroid use",
        "Do you have weak bones (osteoporosis) or take steroid pills long term, and did this pain start after a small strain?",
        Some("A small strain is something like a cough, a bend or a light lift."),
    ),
    safety(
        "flag-age",
        "Age when the pain began",
        "Is this back pain new, and are you younger than 20 or older than 50?",
        None,
    ),
    // Your pain.
    Question {
        id: "pain-now",
        section: Section::Pain,
        kind: PAIN_SCALE,
        prompt: "How bad is your back pain right now?",
        hint: Some("Pick a number from 0 to 10."),
        topic: "Pain now",
    },
    Question {
        id: "pain-worst-week",
        section: Section::Pain,
        kind: PAIN_SCALE,
        prompt: "How bad was your back pain at its worst in the last week?",
        hint: Some("Pick a number from 0 to 10."),
        topic: "Worst pain in the last week",
    },
    Question {
        id: "pain-duration",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("under-6-weeks", "Less than 6 weeks"),
            choice("6-to-12-weeks", "6 to 12 weeks"),
            choice("over-12-weeks", "More than 12 weeks"),
        ]),
        prompt: "How long have you had this back pain?",
        hint: None,
        topic: "How long the pain has lasted",
    },
    Question {
        id: "leg-pain",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("none", "No, it stays in my back"),
            choice("above-knee", "Yes, down to above the knee"),
            choice("below-knee", "Yes, down below the knee"),
        ]),
        prompt: "Does the pain spread into one of your legs?",
        hint: None,
        topic: "Pain in the leg",
    },
    Question {
        id: "aggravating-moves",
        section: Section::Pain,
        kind: QuestionKind::MultipleChoice(&[
            choice("bending", "Bending forward"),
            choice("lifting", "Lifting things"),
            choice("sitting", "Sitting for a long time"),
            choice("standing", "Standing for a long time"),
            choice("twisting", "Twisting"),
            choice("reaching-overhead", "Reaching up above my head"),
            only_choice("none-known", "I don't know yet"),
        ]),
        prompt: "Which moves make your pain worse?",
        hint: Some("Pick all that apply."),
        topic: "Moves that make it worse",
    },
    Question {
        id: "pain-with-activity",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("eases", "It feels better when I move"),
            choice("soreness-fades", "I get a dull ache that goes away in 1 to 3 days"),
            choice("sharp-lasts", "I get a sharp pain that stays"),
            choice("not-sure", "I'm not sure"),
        ]),
        prompt: "What happens to your pain when you are active?",
        hint: None,
        topic: "Pain when active",
    },
    // Your habits.
    Question {
        id: "active-days",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("0", "None"),
            choice("1-2", "1 or 2 days"),
            choice("3-4", "3 or 4 days"),
            choice("5-7", "5 or more days"),
        ]),
        prompt: "In a normal week, on how many days are you active for at least 30 minutes?",
        hint: Some("Count anything that gets you moving, like a walk, sport or a workout."),
        topic: "Active days a week",
    },
    Question {
        id: "exercise-types",
        section: Section::Habits,
        kind: QuestionKind::MultipleChoice(&[
            choice("running-jumping", "Running or jumping"),
            choice("hiit", "CrossFit, HIIT or boot camp classes"),
            choice("overhead-weights", "Weights lifted above my head"),
            choice("weights", "Other weights or gym machines"),
            choice("yoga-pilates", "Yoga or Pilates"),
            choice("walking", "Walking"),
            choice("swimming", "Swimming or water aerobics"),
            choice("cycling", "Cycling or an exercise bike"),
            choice("elliptical", "Elliptical or step machine"),
            choice("team-sports", "Team sports"),
            only_choice("none", "None of these"),
        ]),
        prompt: "What kinds of exercise do you do?",
        hint: Some("Pick all that apply."),
        topic: "Kinds of exercise",
    },
    Question {
        id: "warm-up",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("always", "Always"),
            choice("sometimes", "Sometimes"),
            choice("never", "Never"),
        ]),
        prompt: "Do you warm up before you exercise?",
        hint: None,
        topic: "Warming up",
    },
    Question {
        id: "stretching",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("regularly", "Yes, regularly"),
            choice("sometimes", "Sometimes"),
            choice("never", "Never"),
        ]),
        prompt: "Do you stretch your hips and legs?",
        hint: Some("For example the backs or fronts of your thighs, or your buttocks."),
        topic: "Stretching",
    },
    Question {
        id: "toe-touches",
        section: Section::Habits,
        kind: QuestionKind::YesNo,
        prompt: "Do you stretch by touching your toes from standing?",
        hint: None,
        topic: "Toe touches from standing",
    },
    Question {
        id: "sitting-hours",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("under-4", "Less than 4 hours"),
            choice("4-to-8", "4 to 8 hours"),
            choice("over-8", "More than 8 hours"),
        ]),
        prompt: "On a normal day, how many hours do you spend sitting?",
        hint: Some("Count work, travel and screen time."),
        topic: "Hours sitting a day",
    },
    Question {
        id: "slouching",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("often", "Often"),
            choice("sometimes", "Sometimes"),
            choice("rarely", "Rarely"),
        ]),
        prompt: "How often do you slump or slouch when you sit or stand?",
        hint: None,
        topic: "Slouching",
    },
    Question {
        id: "bed-rest-days",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("none", "None"),
            choice("1-2", "1 or 2 days"),
            choice("3-plus", "3 days or more"),
        ]),
        prompt: "Because of this pain, how many days have you stayed in bed most of the day?",
        hint: None,
        topic: "Days in bed",
    },
    Question {
        id: "push-through-pain",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("often", "Often"),
            choice("sometimes", "Sometimes"),
            choice("never", "Never, I stop when it hurts"),
        ]),
        prompt: "Do you keep exercising when your back hurts?",
        hint: None,
        topic: "Pushing through pain",
    },
    Question {
        id: "exercise-worry",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("not-worried", "Not worried"),
            choice("a-little", "A little worried"),
            choice("very", "Very worried"),
        ]),
        prompt: "How worried are you that exercise will harm your back?",
        hint: None,
        topic: "Worry about exercise",
    },
];

//! Every question of the check, in the order it is asked. Ids are stable: stored answers and
//! share links refer to them (see docs/answers-format.md). Change wording freely; never reuse an id.

use crate::assessment::{Choice, Question, QuestionBank, QuestionKind, Section, Together};

const fn choice(id: &'static str, label: &'static str) -> Choice {
    Choice { id, label, exclusive: false }
}

const fn only_choice(id: &'static str, label: &'static str) -> Choice {
    Choice { id, label, exclusive: true }
}

const fn yes_no(id: &'static str, topic: &'static str, prompt: &'static str, hint: Option<&'static str>) -> Question {
    Question { id, section: Section::FirstSafetyCheck, kind: QuestionKind::YesNo, prompt, hint, topic }
}

const fn tick_list(
    id: &'static str,
    topic: &'static str,
    prompt: &'static str,
    hint: &'static str,
    choices: &'static [Choice],
) -> Question {
    Question { id, section: Section::Safety, kind: QuestionKind::MultipleChoice(choices), prompt, hint: Some(hint), topic }
}

const PAIN_SCALE: QuestionKind =
    QuestionKind::Scale { min: 0, max: 10, min_label: "0 = no pain", max_label: "10 = worst pain you can imagine" };

const NEW_OR_WORSE: Option<&str> = Some("Answer yes only if this is new, or has got worse, in the last few weeks.");

/// Signs that need emergency care now (NHS: back pain, cauda equina syndrome). Each is one tick,
/// so a person with none of them answers one screen, and one with any reaches the advice at once.
/// The safety net on every result lists the same signs (`content::triage::SAFETY_NET_SIGNS`).
pub const EMERGENCY_SIGNS: &[Choice] = &[
    only_choice("none", "None of these"),
    choice("bladder-bowel", "New trouble peeing, or you cannot control when you pee or poo, and this is not normal for you"),
    choice("toilet-feeling", "You cannot feel when you pee or poo"),
    choice("saddle-numbness", "Numbness or tingling around your genitals or bottom"),
    choice("both-legs", "Pain, numbness, tingling or weakness in both legs"),
    choice("leg-weaker", "A leg that is getting weaker"),
    choice("unsteady-walking", "New trouble walking steadily"),
    choice("sexual-problems", "New trouble getting an erection, or less feeling in your genitals"),
    choice(
        "chest-pain",
        "Chest pain. Or you feel short of breath, sweaty, faint or sick (like you might vomit) along with the back pain, in a way that is not normal for you",
    ),
    choice(
        "tearing",
        "Sudden, very bad pain in your chest or upper back (it may feel like tearing or ripping), or sudden, very bad pain in your tummy",
    ),
    choice("accident", "The pain started after a serious accident, like a car crash or a fall from a height"),
];

/// The check's questions; every `Answers` the app makes is checked against this bank.
pub static BANK: QuestionBank = QuestionBank::new(QUESTIONS).asking_together(TOGETHER);

/// Related questions asked on one screen, so a person with no warning signs answers 11 screens.
/// A list of ticks comes last on its screen: a keyboard user tabs through every tick in it.
/// The safety lists keep a screen each: each is read with care, and any sign ends the check.
static TOGETHER: &[Together] = &[
    Together { title: "How bad is your pain?", questions: &["pain-now", "pain-worst-week"] },
    Together { title: "How long you have had it", questions: &["pain-duration", "pain-course"] },
    Together { title: "Where it hurts and what it stops", questions: &["leg-pain", "daily-life", "bed-rest-days"] },
    Together { title: "Your pain when you move", questions: &["pain-with-activity", "exercise-worry", "aggravating-moves"] },
    Together { title: "How active you are", questions: &["active-days", "exercise-types"] },
    Together { title: "How you exercise and stretch", questions: &["warm-up", "stretching", "toe-touches", "push-through-pain"] },
    Together { title: "Sitting and standing", questions: &["slouching", "sitting-hours"] },
];

static QUESTIONS: &[Question] = &[
    // Safety check: asked first, so nobody who needs care is shown an exercise plan.
    tick_list(
        "emergency-signs",
        "Signs that need emergency care",
        "Do you have any of these now, or have you had any since this pain began?",
        "Signs can come and go. Tick each one you have had. If you have had none of them, tick “None of these”.",
        EMERGENCY_SIGNS,
    ),
    tick_list(
        "who-for",
        "Who the check is for",
        "Does either of these apply to you?",
        "This check is made for people aged 16 and over who are not pregnant.",
        &[only_choice("neither", "Neither of these"), choice("under-16", "I am under 16"), choice("pregnant", "I am pregnant")],
    ),
    tick_list(
        "urgent-signs",
        "Signs that need a doctor today",
        "Do you have any of these along with your back pain?",
        "Tick each one you have. If you have none of them, tick “None of these”.",
        &[
            only_choice("none", "None of these"),
            choice("fever", "A high temperature, or you feel hot and shivery"),
            choice("weight-loss", "You have lost weight in the last few months without trying"),
            choice("lump-or-shape", "A new lump or swelling on your back, or your back has changed shape"),
            choice("night-pain", "Pain that is worse at night, or does not ease when you rest"),
            choice("upper-back", "The pain is mostly high in your back, between your shoulders"),
            choice("cough-sneeze", "The pain gets worse when you cough, sneeze or go to the toilet"),
            choice(
                "strain-weak-bones",
                "The pain came on after a fall, or a small strain like a cough or a light lift, and you have weak bones or take steroid tablets",
            ),
        ],
    ),
    tick_list(
        "risk-factors",
        "Your health",
        "Do any of these apply to you?",
        "Some health problems make a serious cause of back pain more likely. Tick each one that applies.",
        &[
            only_choice("none", "None of these"),
            choice("cancer", "I have had any kind of cancer, even long ago (for example breast, lung, prostate, kidney or thyroid cancer, or myeloma, a blood cancer that affects the bones)"),
            choice("steroids", "I take steroid tablets, or took them in the past year, for 3 months or more"),
            choice("weak-bones", "I have weak bones (osteoporosis)"),
            choice("weak-immune", "My body is less able to fight infection, for example from HIV, chemotherapy or an organ transplant"),
            choice("injects-drugs", "I inject drugs"),
            choice("recent-infection", "In the last few months I had a bad infection, or an operation or injection in my spine"),
            choice("age", "I am under 20 or over 50, and this is the first time I have had back pain like this"),
        ],
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
        id: "pain-course",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("better", "It is getting better"),
            choice("same", "It is about the same"),
            choice("worse", "It is getting worse"),
        ]),
        prompt: "Since it started, how has your pain changed?",
        hint: None,
        topic: "How the pain is changing",
    },
    Question {
        id: "leg-pain",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("none", "No, it stays in my back"),
            choice("above-knee", "Yes, into my buttock or thigh, but not below the knee"),
            choice("below-knee", "Yes, below the knee"),
        ]),
        prompt: "Does the pain spread into a leg?",
        hint: Some("If it is in both legs, go back to the first question: that is a sign to get care now."),
        topic: "Pain in the leg",
    },
    Question {
        id: "daily-life",
        section: Section::Pain,
        kind: QuestionKind::YesNo,
        prompt: "Does the pain stop you doing normal daily things?",
        hint: Some("For example work, housework, looking after others, or getting dressed."),
        topic: "Pain stops daily things",
    },
    Question {
        id: "bed-rest-days",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[choice("none", "None"), choice("1-2", "1 or 2 days"), choice("3-plus", "3 days or more")]),
        prompt: "Because of this pain, how many days have you stayed in bed most of the day?",
        hint: None,
        topic: "Days in bed",
    },
    Question {
        id: "pain-with-activity",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("eases", "It feels better when I move"),
            choice("soreness-fades", "I get a dull ache that goes away in 1 to 3 days"),
            choice("sharp-lasts", "I get a stronger pain that lasts into the next day"),
            choice("not-sure", "I'm not sure"),
        ]),
        prompt: "What happens to your pain when you are active?",
        hint: None,
        topic: "Pain when active",
    },
    Question {
        id: "exercise-worry",
        section: Section::Pain,
        kind: QuestionKind::SingleChoice(&[
            choice("not-worried", "Not worried"),
            choice("a-little", "A little worried"),
            choice("very", "Very worried"),
        ]),
        prompt: "How worried are you that exercise will harm your back?",
        hint: None,
        topic: "Worry about exercise",
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
        // The gentle kinds first (the article's low-impact tip, NICE NG59's group exercise), most
        // common first: most people reach theirs with few key presses.
        kind: QuestionKind::MultipleChoice(&[
            choice("walking", "Walking"),
            choice("yoga-pilates", "Yoga or Pilates"),
            choice("swimming", "Swimming or water aerobics"),
            choice("cycling", "Cycling or an exercise bike"),
            choice("elliptical", "Elliptical or step machine"),
            choice("weights", "Weights or gym machines, not above my head"),
            choice("overhead-weights", "Weights lifted above my head"),
            choice("running-jumping", "Running or jumping"),
            choice("hiit", "CrossFit, HIIT or boot camp classes"),
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
        kind: QuestionKind::SingleChoice(&[choice("always", "Always"), choice("sometimes", "Sometimes"), choice("never", "Never")]),
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
        id: "push-through-pain",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[
            choice("never", "Never, I stop when it gets that strong"),
            choice("sometimes", "Sometimes"),
            choice("often", "Often"),
        ]),
        prompt: "Do you keep exercising when your back pain gets strong, above 5 out of 10?",
        hint: Some("Some discomfort, up to 5 out of 10, is fine. This is about pain stronger than that."),
        topic: "Pushing through pain",
    },
    Question {
        id: "slouching",
        section: Section::Habits,
        kind: QuestionKind::SingleChoice(&[choice("rarely", "Rarely"), choice("sometimes", "Sometimes"), choice("often", "Often")]),
        prompt: "How often do you slump or slouch when you sit or stand?",
        hint: None,
        topic: "Slouching",
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
    // The first release's safety check: ten yes/no questions, no longer asked. They stay so that
    // checks, files and links made with them still open (see `assessment::flow::path`).
    yes_no(
        "flag-bladder-bowel",
        "Bladder or bowel trouble",
        "Have you lost control of your bladder or bowels, or do you have trouble peeing?",
        NEW_OR_WORSE,
    ),
    yes_no(
        "flag-saddle-numbness",
        "Numbness around the groin or bottom",
        "Do you have numbness or tingling around your groin, genitals or bottom?",
        Some(
            "This is the area that would touch a saddle if you sat on one. Answer yes only if this is new or worse in the last few weeks.",
        ),
    ),
    yes_no(
        "flag-leg-weakness",
        "Leg weakness or numbness",
        "Do you have weakness, numbness or tingling in both legs, or a leg that is getting weaker?",
        NEW_OR_WORSE,
    ),
    yes_no(
        "flag-trauma",
        "Serious fall or accident",
        "Did your back pain start after a serious fall or accident, such as a car crash?",
        None,
    ),
    yes_no(
        "flag-fever",
        "Fever or feeling unwell",
        "Do you have a fever, or feel hot, shivery or unwell, along with your back pain?",
        NEW_OR_WORSE,
    ),
    yes_no(
        "flag-cancer-history",
        "Cancer in the past",
        "Have you ever had cancer?",
        Some("Answer yes even if it was treated a long time ago."),
    ),
    yes_no("flag-weight-loss", "Weight loss without trying", "Have you lost weight without trying to?", NEW_OR_WORSE),
    yes_no(
        "flag-night-pain",
        "Constant pain, worse at night",
        "Is your pain there all the time, worse at night, and not eased by any position?",
        NEW_OR_WORSE,
    ),
    yes_no(
        "flag-bone-weakness",
        "Weak bones or steroid use",
        "Do you have weak bones (osteoporosis) or take steroid pills long term, and did this pain start after a small strain?",
        Some("A small strain is something like a cough, a bend or a light lift."),
    ),
    yes_no("flag-age", "Age when the pain began", "Is this back pain new, and are you younger than 20 or older than 50?", None),
];

//! The words for each triage outcome, with the guidelines behind them.

use crate::assessment::Outcome;

pub struct OutcomeText {
    pub title: &'static str,
    pub summary: &'static str,
    /// What to do, step by step.
    pub actions: &'static [&'static str],
    /// The guidelines this advice follows.
    pub basis: &'static str,
}

pub fn outcome_text(outcome: Outcome) -> &'static OutcomeText {
    match outcome {
        Outcome::Emergency => &OutcomeText {
            title: "Get emergency care now",
            summary: "Some of your answers can be signs of a problem that needs to be checked today, such as pressure on the nerves at the base of the spine (cauda equina syndrome) or an injury. This cannot wait.",
            actions: &[
                "Go to an emergency department now, or call an ambulance (999 in the UK, 911 in the US, 112 in most of Europe).",
                "Tell them about your back pain and the answers listed below.",
                "Do not start any exercise for your back until a doctor has checked you.",
            ],
            basis: "Based on NHS advice on back pain and on cauda equina syndrome, and the red flags in NICE guideline NG59.",
        },
        Outcome::Urgent => &OutcomeText {
            title: "See a doctor in the next day or two",
            summary: "Some of your answers mean a doctor should check your back before you exercise. It is probably not an emergency, but it should not wait.",
            actions: &[
                "Book an urgent appointment with your doctor, or call a health advice line (111 in the UK), within a day or two.",
                "If things get worse fast, or you get new problems with your bladder, bowels or legs, go to an emergency department.",
                "Do not start an exercise plan until a doctor says it is safe.",
            ],
            basis: "Based on NHS advice on back pain and the red flags in NICE guideline NG59.",
        },
        Outcome::SeeClinician => &OutcomeText {
            title: "Check with a professional before you start",
            summary: "Nothing you said needs emergency care. But some answers mean it is wise to have a doctor or physical therapist look at your back before you start new exercise.",
            actions: &[
                "Make an appointment with your doctor or a physical therapist.",
                "The tips below are general. Ask them which ones are right for you.",
            ],
            basis: "Based on NICE guideline NG59 and NHS advice on back pain.",
        },
        Outcome::SelfCare => &OutcomeText {
            title: "Exercise is likely to help you",
            summary: "None of your answers point to a serious problem. Most low back pain gets better by itself over time. Health guidelines around the world advise staying active and exercising.",
            actions: &["Use the tips below, which fit your answers.", "Start gently and build up step by step."],
            basis: "Based on NICE guideline NG59, which advises exercise for low back pain, and NHS advice on back pain.",
        },
    }
}

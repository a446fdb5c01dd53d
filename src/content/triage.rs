//! The words for each triage outcome, with the guidelines behind them, and the safety net every
//! result carries.

use crate::assessment::{Choice, Outcome};
use crate::content::questions::EMERGENCY_SIGNS;

pub struct OutcomeText {
    pub title: &'static str,
    pub summary: &'static str,
    /// What to do, step by step.
    pub actions: &'static [&'static str],
    /// The guidelines this advice follows.
    pub basis: &'static str,
}

/// The start page's warning, above the list of emergency signs (index.html repeats it).
pub const EMERGENCY_WARNING: &str = "Do not wait for this check if you have back pain with any of these. Call an ambulance now (999 in the UK, 911 in the US, 112 in most of Europe), or go to an emergency department now:";

pub fn outcome_text(outcome: Outcome) -> &'static OutcomeText {
    match outcome {
        Outcome::Emergency => &OutcomeText {
            title: "Get emergency care now",
            summary: "Some of your answers can be signs of a serious problem that must be checked now. One example is pressure on the nerves at the base of the spine (cauda equina syndrome). This cannot wait.",
            actions: &[
                "Call an ambulance now (999 in the UK, 911 in the US, 112 in most of Europe), or go to an emergency department now.",
                "Tell them about your back pain and the answers listed below.",
                "Do not start any exercise for your back until a doctor has checked you.",
            ],
            basis: "Based on NHS advice on back pain and on cauda equina syndrome (call 999 or go to A&E), and the red flags in NICE guideline NG59.",
        },
        Outcome::Urgent => &OutcomeText {
            title: "Get medical advice today",
            summary: "Some of your answers mean a doctor should check your back before you exercise. Do not wait to see if it passes.",
            actions: &[
                "Today, ask your GP for an urgent appointment, or call a health advice line (111 in the UK).",
                "If you get any of the emergency signs listed below, call an ambulance or go to an emergency department now.",
                "Do not start an exercise plan until a doctor says it is safe.",
            ],
            basis: "Based on NHS advice on back pain (ask for an urgent GP appointment or call 111) and the red flags in NICE guideline NG59 and NICE CKS on low back pain.",
        },
        Outcome::NotForThisCheck => &OutcomeText {
            title: "This check is not made for you",
            summary: "This check is made for adults who are not pregnant. Back pain in pregnancy, and in children and teenagers, needs advice that fits them, so this check gives no exercise tips.",
            actions: &[
                "If you are pregnant, talk to your midwife or GP about your back pain.",
                "If you are under 16, ask a parent or carer to help you see a GP about your back pain.",
            ],
            basis: "Based on NICE guideline NG59, which is for people aged 16 and over, and NHS advice on back pain in pregnancy.",
        },
        Outcome::SeeClinician => &OutcomeText {
            title: "Check with a professional before you start",
            summary: "Nothing you said needs emergency care. But some answers mean a GP or a physiotherapist should look at your back.",
            actions: &[
                "Make an appointment with your GP or a physiotherapist.",
                "The tips below are general. Ask them which ones are right for you.",
            ],
            basis: "Based on NHS advice on when to see a GP about back pain, NICE CKS on low back pain and sciatica, and NICE guideline NG59.",
        },
        Outcome::SelfCare => &OutcomeText {
            title: "No warning signs in your answers",
            summary: "None of your answers point to a serious problem. Most low back pain gets better by itself over time, and health guidelines advise staying active.",
            actions: &[
                "Before you start a new exercise plan, check with a doctor or physiotherapist.",
                "Use the tips below, which fit your answers. Start gently and build up step by step.",
            ],
            basis: "Based on the article, on NICE guideline NG59 (keep up your normal activities; a group exercise program may help) and on NHS advice on back pain.",
        },
    }
}

/// A number to call, with the country it works in: tap-to-call on phones.
pub struct Phone {
    pub number: &'static str,
    pub place: &'static str,
}

/// Emergency numbers: an ambulance (UK, US, most of Europe).
pub const EMERGENCY_PHONES: &[Phone] =
    &[Phone { number: "999", place: "UK" }, Phone { number: "911", place: "US" }, Phone { number: "112", place: "most of Europe" }];

/// The NHS's urgent advice line.
pub const URGENT_ADVICE_PHONES: &[Phone] = &[Phone { number: "111", place: "UK, NHS 111" }];

/// Said under an urgent result when a fever comes with a risk of infection.
pub const INFECTION_SIGNS: &str =
    "A high temperature together with a higher risk of infection can be a sign of an infection in the spine. Get seen today.";
pub const INFECTION_SIGNS_BASIS: &str = "NICE CKS on low back pain: signs of a spinal infection.";

/// The safety net every result shows near the top, and prints: when to get help at once, and
/// when to see a doctor.
pub struct SafetyNet {
    pub title: &'static str,
    pub emergency: &'static str,
    pub see_a_doctor: &'static str,
    pub basis: &'static str,
}

pub const SAFETY_NET: SafetyNet = SafetyNet {
    title: "Get help at once if anything changes",
    emergency: "Call an ambulance now (999 in the UK, 911 in the US, 112 in most of Europe), or go to an emergency department now, if you get any of these:",
    see_a_doctor: "See a doctor if your pain is not better within a few weeks, or if it gets worse.",
    basis: "Based on NHS advice on back pain and on cauda equina syndrome.",
};

/// The emergency signs as the safety net lists them: the same words as the first question, less
/// the accident (which is about how the pain began, not a sign that can appear later).
pub fn safety_net_signs() -> impl Iterator<Item = &'static str> {
    EMERGENCY_SIGNS.iter().filter(|sign: &&Choice| !sign.exclusive && sign.id != "accident").map(|sign| sign.label)
}

/// Shown on a check made with the first release's safety questions, which did not ask about
/// every sign above.
pub const FIRST_SAFETY_CHECK_NOTE: &str = "This check was made before Backcheck asked about every warning sign in the list above, so it may not show all of them. Take a new check to answer them.";

//! The words for each triage outcome, with the guidelines behind them, and the safety net every
//! result carries.

use crate::assessment::{Choice, Outcome, Professional, Triage};
use crate::content::questions::{BANK, EMERGENCY_SIGNS};
use crate::content::sources::Source;

pub struct OutcomeText {
    pub title: &'static str,
    pub summary: &'static str,
    /// What to do, step by step.
    pub actions: &'static [&'static str],
    /// The guidelines this advice follows, as the page says it.
    pub basis: &'static str,
    /// The register's entries the outcome rests on.
    pub sources: &'static [Source],
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
            basis: "Based on NHS advice on back pain, sciatica, cauda equina syndrome, heart attacks and aortic dissection (call 999 or go to A&E), and the warning signs in NICE CKS on low back pain.",
            sources: &[
                Source::NhsBackPain,
                Source::NhsSciatica,
                Source::NhsCaudaEquina,
                Source::NhsHeartAttack,
                Source::NhsAorticDissection,
                Source::NiceCksLowBackPain,
            ],
        },
        Outcome::Urgent => &OutcomeText {
            title: "Get medical advice today",
            summary: "Some of your answers mean a doctor should check your back before you exercise. Do not wait to see if it passes.",
            actions: &[
                "Today, ask your GP for an urgent appointment, or call a health advice line (111 in the UK).",
                "If you get any of the emergency signs listed below, call an ambulance or go to an emergency department now.",
                "Do not start an exercise plan until a doctor says it is safe.",
            ],
            basis: "Based on NHS advice on back pain (ask for an urgent GP appointment or call 111), the warning signs in NICE CKS on low back pain, and NICE guideline NG234 on cancer that has spread to the spine.",
            sources: &[Source::NhsBackPain, Source::NiceCksLowBackPain, Source::NiceNg234],
        },
        Outcome::NotForThisCheck => &OutcomeText {
            title: "This check is not made for you",
            summary: "This check is made for people aged 16 and over who are not pregnant. Back pain in pregnancy, and in children under 16, needs advice that fits them, so this check gives no exercise tips.",
            // Who it is not for decides what to do: `triage_actions`.
            actions: &[],
            basis: "Based on NICE guideline NG59, which is for people aged 16 and over, and NHS advice on back pain in pregnancy.",
            sources: &[Source::NiceNg59, Source::NhsBackPainInPregnancy],
        },
        Outcome::SeeClinician => &OutcomeText {
            title: SEE_CLINICIAN_TITLE,
            summary: "Nothing you said needs emergency care. But some answers mean a GP or a physiotherapist should look at your back.",
            actions: &[
                "Make an appointment with your GP or a physiotherapist.",
                "The tips below are general. Ask them which ones are right for you.",
            ],
            basis: "Based on NHS advice on when to see a GP about back pain. Pain below the knee, or pain for more than 12 weeks, is on this list as Backcheck's own cautious choice.",
            sources: &[Source::NhsBackPain, Source::OwnChoice],
        },
        Outcome::SelfCare => &OutcomeText {
            title: "No warning signs in your answers",
            summary: "None of your answers point to a serious problem. Most low back pain gets better by itself over time, and health guidelines advise staying active.",
            actions: &[
                NOT_SURE_ASK_FIRST,
                "Use the tips below, which fit your answers. Start gently and build up step by step.",
            ],
            basis: "Based on the article, NICE guideline NG59 (keep up your normal activities) and NHS advice on back pain. Asking a professional only if you are not sure is Backcheck's own choice.",
            sources: &[Source::Article, Source::NiceNg59, Source::NhsBackPain, Source::OwnChoice],
        },
    }
}

const SEE_CLINICIAN_TITLE: &str = "Check with a professional before you start";

/// The see-a-professional result when an answer about the person's health is a warning sign
/// (NICE CKS): a GP, soon. Its title is the outcome's, so past checks read the same.
pub const SEE_A_GP_SOON: OutcomeText = OutcomeText {
    title: SEE_CLINICIAN_TITLE,
    summary: "Nothing you said needs emergency care. But some of your answers about your health mean a GP should check your back soon, before you start new exercise.",
    actions: &[
        "Make an appointment to see a GP soon, within a week. Tell them about your back pain and the answers listed below.",
        "The tips below are general. Ask your GP which ones are right for you.",
    ],
    basis: "Based on the warning signs in NICE CKS on low back pain: a past cancer, new back pain under 20 or over 50, and things that make a break or an infection in the spine more likely. Also on NHS advice on when to see a GP about back pain. Within a week is Backcheck's own cautious choice: no source gives a time.",
    sources: &[Source::NiceCksLowBackPain, Source::NhsBackPain, Source::OwnChoice],
};

/// The words for a person's triage: the outcome's, or for a see-a-professional outcome the
/// ones that name whom to see.
pub fn triage_text(triage: &Triage) -> &'static OutcomeText {
    match triage.professional() {
        Some(Professional::GpSoon) => &SEE_A_GP_SOON,
        _ => outcome_text(triage.outcome),
    }
}

/// What to do, step by step: the outcome's steps, with the ones for pregnancy and for under 16s
/// only for the people they are about.
pub fn triage_actions(triage: &Triage) -> Vec<&'static str> {
    let mut actions: Vec<&'static str> = triage_text(triage).actions.to_vec();
    if triage.pregnant && triage.outcome == Outcome::Urgent {
        // Right after the same-day step, which it adds to.
        actions.insert(1, PREGNANT_SAME_DAY);
    }
    if triage.outcome == Outcome::NotForThisCheck {
        if triage.pregnant {
            actions.extend(PREGNANT_ACTIONS.iter().copied());
        }
        if triage.under_16 {
            actions.push(UNDER_16_ACTION);
        }
        if triage.health_risk_factor() {
            actions.push(HEALTH_RISK_FACTOR_TOO);
        }
    }
    actions
}

/// A same-day sign in pregnancy: the maternity team should hear of it too. A high temperature is
/// the maternity unit's (an NHS trust's maternity advice); the others are Backcheck's own choice,
/// said in the pregnancy lists' basis.
pub const PREGNANT_SAME_DAY: &str = "You are pregnant, so also contact your midwife or maternity unit now.";

/// What a pregnant person whom the check is not made for should do; the second points at the
/// pregnancy lists, which show whenever these do.
pub const PREGNANT_ACTIONS: &[&str] = &[
    "Talk to your midwife or GP about your back pain.",
    "Below are the signs in pregnancy that need an ambulance, or your midwife or maternity unit, now.",
];

/// For people the check is not made for who ticked a health risk factor (NICE CKS).
pub const HEALTH_RISK_FACTOR_TOO: &str = "Your answers about your health also mean a GP should check your back soon, within a week.";
pub const HEALTH_RISK_FACTOR_TOO_BASIS: &str =
    "A GP soon for your health answers: the warning signs in NICE CKS on low back pain. Within a week is Backcheck's own cautious choice.";
pub const HEALTH_RISK_FACTOR_TOO_SOURCES: &[Source] = &[Source::NiceCksLowBackPain, Source::OwnChoice];

/// The sources the result's words rest on, as the page says them: the outcome's, and the health
/// line's where `triage_actions` adds it.
pub fn triage_basis(triage: &Triage) -> Vec<&'static str> {
    let mut basis = vec![triage_text(triage).basis];
    if triage.outcome == Outcome::NotForThisCheck && triage.health_risk_factor() {
        basis.push(HEALTH_RISK_FACTOR_TOO_BASIS);
    }
    basis
}

pub const UNDER_16_ACTION: &str = "As you are under 16, ask a parent or carer to help you see a GP about your back pain.";

/// The article's advice to check with a professional, said as advice (not a rule the app then
/// breaks): the same sentence on the results, the guidance card and the plan's first screen.
pub const NOT_SURE_ASK_FIRST: &str = "If you are not sure exercise is right for you, ask a GP or physiotherapist first.";

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
pub const INFECTION_SIGNS_SOURCES: &[Source] = &[Source::NiceCksLowBackPain];

/// The safety net every result but the emergency one shows near the top, and the plan page
/// too, and prints: the NHS's three tiers, in short. Call now; get advice today; see a GP.
pub struct SafetyNet {
    pub title: &'static str,
    pub emergency: &'static str,
    /// The same-day tier, above the urgent signs (`safety_net_urgent_signs`).
    pub urgent: &'static str,
    /// Under the same-day signs on the results of a person who said they are pregnant: the
    /// maternity team too.
    pub urgent_if_pregnant: &'static str,
    pub see_a_doctor: &'static str,
    pub basis: &'static str,
    pub sources: &'static [Source],
}

pub const SAFETY_NET: SafetyNet = SafetyNet {
    title: "When to get help",
    emergency: "Call an ambulance now (999 in the UK, 911 in the US, 112 in most of Europe), or go to an emergency department now, if you get any of these:",
    urgent: "Today, ask your GP for an urgent appointment, or call a health advice line (111 in the UK), if you get any of these:",
    urgent_if_pregnant: "If you are pregnant, also contact your midwife or maternity unit now.",
    see_a_doctor: "See a GP if your pain is not better within a few weeks, stops you doing your daily things, is very bad or getting worse, or if you are worried about it or finding it hard to cope.",
    basis: "Based on NHS advice on back pain, cauda equina syndrome, heart attacks, aortic dissection and back pain in pregnancy, and the warning signs in NICE CKS on low back pain.",
    sources: &[
        Source::NhsBackPain,
        Source::NhsCaudaEquina,
        Source::NhsHeartAttack,
        Source::NhsAorticDissection,
        Source::NhsBackPainInPregnancy,
        Source::NiceCksLowBackPain,
    ],
};

/// The emergency signs as the safety net lists them: the same words as the first question, less
/// the accident (which is about how the pain began, not a sign that can appear later).
pub fn safety_net_signs() -> impl Iterator<Item = &'static str> {
    EMERGENCY_SIGNS.iter().filter(|sign: &&Choice| !sign.exclusive && sign.id != "accident").map(|sign| sign.label)
}

/// The urgent signs as the safety net lists them: the same words as the check's urgent question.
pub fn safety_net_urgent_signs() -> impl Iterator<Item = &'static str> {
    BANK.question("urgent-signs")
        .map_or(&[][..], |question| question.choices())
        .iter()
        .filter(|sign| !sign.exclusive)
        .map(|sign| sign.label)
}

/// Shown on a check made with the first release's safety questions, which did not ask about
/// every sign above.
pub const FIRST_SAFETY_CHECK_NOTE: &str = "This check was made before Backcheck asked about every warning sign in the list above, so it may not show all of them. Take a new check to answer them.";

/// In pregnancy, signs that need an ambulance: shown with the maternity list below to anyone who
/// said they are pregnant, whatever the outcome.
pub const PREGNANCY_EMERGENCY_TITLE: &str =
    "Call an ambulance now (999 in the UK, 911 in the US, 112 in most of Europe) if you are pregnant and have:";
pub const PREGNANCY_EMERGENCY_SIGNS: &[&str] = &[
    "Heavy bleeding from your vagina, or you pass blood clots",
    "Sharp or constant pain in your tummy that does not come and go in waves",
];

/// Back pain in pregnancy that needs the midwife or maternity unit now.
pub const PREGNANCY_URGENT_SIGNS: &[&str] = &[
    "You are more than 3 months pregnant and the pain comes and goes in waves, or comes at regular times like contractions (it could be labour starting)",
    "A high temperature, or you feel hot and shivery",
    "Spotting or light bleeding from your vagina",
    "Pain or burning when you pee",
];
pub const PREGNANCY_TITLE: &str = "If you are pregnant";
pub const PREGNANCY_URGENT_TITLE: &str = "Contact your midwife or maternity unit now if you have back pain and:";
pub const PREGNANCY_URGENT_BASIS: &str = "Based on NHS advice on back pain in pregnancy, and an NHS maternity unit's advice on when to call the midwife and when to call 999. Telling the midwife about any sign that needs a doctor today is Backcheck's own cautious choice.";
pub const PREGNANCY_URGENT_SOURCES: &[Source] = &[Source::NhsBackPainInPregnancy, Source::NhsTrustCallTheMidwife, Source::OwnChoice];

//! Triage: every red flag's outcome (the safety lists and the first release's yes/no questions),
//! the most serious first, the emergency wording, and no exercise guidance past a red flag.

use backcheck::assessment::{evaluate, infection_signs, path, triage, Answer, Outcome, RED_FLAGS, SEVERE_PAIN};

use crate::profiles::{all_good, all_good_but, answers, first_release_all_good};

#[test]
fn no_answers_and_no_flags_mean_self_care() {
    assert_eq!(triage(&answers(&[])).outcome, Outcome::SelfCare);
    let report = evaluate(&all_good());
    assert_eq!(report.triage.outcome, Outcome::SelfCare);
    assert!(report.triage.findings.is_empty());
}

#[test]
fn each_red_flag_alone_leads_to_its_outcome() {
    use Outcome::*;
    let expected = [
        // NHS: call 999 or go to A&E (back pain; cauda equina syndrome).
        ("emergency-signs", "bladder-bowel", Emergency),
        ("emergency-signs", "toilet-feeling", Emergency),
        ("emergency-signs", "saddle-numbness", Emergency),
        ("emergency-signs", "both-legs", Emergency),
        ("emergency-signs", "leg-weaker", Emergency),
        ("emergency-signs", "unsteady-walking", Emergency),
        ("emergency-signs", "sexual-problems", Emergency),
        ("emergency-signs", "chest-pain", Emergency),
        // NHS (aortic dissection): tearing pain, 999.
        ("emergency-signs", "tearing", Emergency),
        ("emergency-signs", "accident", Emergency),
        ("who-for", "under-16", NotForThisCheck),
        ("who-for", "pregnant", NotForThisCheck),
        // NHS: urgent GP appointment or 111.
        ("urgent-signs", "fever", Urgent),
        ("urgent-signs", "weight-loss", Urgent),
        ("urgent-signs", "lump-or-shape", Urgent),
        ("urgent-signs", "night-pain", Urgent),
        ("urgent-signs", "upper-back", Urgent),
        ("urgent-signs", "cough-sneeze", Urgent),
        ("urgent-signs", "strain-weak-bones", Urgent),
        // NICE NG234: a past cancer on its own, a GP soon (with worse or severe pain, today: below).
        ("risk-factors", "cancer", SeeClinician),
        // Risk factors on their own: a professional should look first.
        ("risk-factors", "steroids", SeeClinician),
        ("risk-factors", "weak-bones", SeeClinician),
        ("risk-factors", "weak-immune", SeeClinician),
        ("risk-factors", "injects-drugs", SeeClinician),
        ("risk-factors", "recent-infection", SeeClinician),
        ("risk-factors", "age", SeeClinician),
    ];
    let current_flags = RED_FLAGS.iter().filter(|flag| flag.choice.is_some()).count();
    assert_eq!(expected.len(), current_flags);
    for (question, tick, outcome) in expected {
        let result = triage(&all_good_but(question, [tick]));
        assert_eq!(result.outcome, outcome, "{tick}");
        assert_eq!(result.findings[0].reason.question, question);
        let label = backcheck::content::questions::BANK.question(question).unwrap().choice(tick).unwrap().label;
        assert_eq!(result.findings[0].reason.answer, label, "the finding names the sign in the person's words");
    }
}

#[test]
fn the_first_release_flags_keep_their_outcomes_for_old_checks() {
    use Outcome::*;
    for (flag, outcome) in [
        ("flag-bladder-bowel", Emergency),
        ("flag-saddle-numbness", Emergency),
        ("flag-leg-weakness", Emergency),
        ("flag-trauma", Emergency),
        ("flag-fever", Urgent),
        ("flag-cancer-history", Urgent),
        ("flag-weight-loss", Urgent),
        ("flag-night-pain", Urgent),
        ("flag-bone-weakness", Urgent),
        ("flag-age", SeeClinician),
    ] {
        let mut old = first_release_all_good();
        old.set(flag, true.into()).unwrap();
        assert_eq!(triage(&old).outcome, outcome, "{flag}");
    }
    assert_eq!(evaluate(&first_release_all_good()).triage.outcome, Outcome::SelfCare);
}

#[test]
fn emergency_urgent_and_not_for_this_check_never_show_exercise_guidance() {
    for flag in RED_FLAGS.iter().filter(|flag| flag.outcome >= Outcome::NotForThisCheck) {
        let answers = match flag.choice {
            Some(tick) => all_good_but(flag.question, [tick]),
            None => {
                let mut old = first_release_all_good();
                old.set(flag.question, true.into()).unwrap();
                old
            }
        };
        let report = evaluate(&answers);
        assert_eq!(report.triage.outcome, flag.outcome, "{flag:?}");
        assert!(report.cards.is_empty(), "{flag:?} must not lead to an exercise plan");
    }
}

#[test]
fn the_most_serious_flag_wins_and_is_listed_first() {
    let many =
        answers(&[("emergency-signs", ["saddle-numbness"].into()), ("urgent-signs", ["fever"].into()), ("risk-factors", ["age"].into())]);
    let result = triage(&many);
    assert_eq!(result.outcome, Outcome::Emergency);
    let order: Vec<Outcome> = result.findings.iter().map(|f| f.outcome).collect();
    assert_eq!(order, [Outcome::Emergency, Outcome::Urgent, Outcome::SeeClinician]);
    // An urgent sign outranks "not made for you": a pregnant person with a fever is told to get care today.
    let pregnant_with_fever = all_good_but("who-for", ["pregnant"]);
    let mut pregnant_with_fever = pregnant_with_fever;
    pregnant_with_fever.set("urgent-signs", ["fever"].into()).unwrap();
    assert_eq!(evaluate(&pregnant_with_fever).triage.outcome, Outcome::Urgent);
}

#[test]
fn a_fever_with_a_risk_of_infection_is_flagged_as_infection_signs() {
    for risk in ["steroids", "weak-immune", "injects-drugs", "recent-infection"] {
        let mut both = all_good_but("urgent-signs", ["fever"]);
        both.set("risk-factors", [risk].into()).unwrap();
        assert!(infection_signs(&both), "{risk}");
        assert_eq!(triage(&both).outcome, Outcome::Urgent);
    }
    assert!(!infection_signs(&all_good_but("urgent-signs", ["fever"])), "a fever alone");
    assert!(!infection_signs(&all_good_but("risk-factors", ["weak-immune"])), "a risk alone");
    let mut fever_and_age = all_good_but("urgent-signs", ["fever"]);
    fever_and_age.set("risk-factors", ["age"].into()).unwrap();
    assert!(!infection_signs(&fever_and_age), "age is not an infection risk");
}

#[test]
fn pain_the_nhs_says_a_gp_should_see_means_see_a_clinician_with_tips_still_shown() {
    for (id, answer) in [
        ("pain-now", Answer::Scale(SEVERE_PAIN)),
        ("pain-now", Answer::Scale(10)),
        ("pain-worst-week", Answer::Scale(SEVERE_PAIN)),
        ("pain-duration", "over-12-weeks".into()),
        ("leg-pain", "below-knee".into()),
        ("pain-course", "worse".into()),
        ("daily-life", true.into()),
    ] {
        let report = evaluate(&all_good_but(id, answer.clone()));
        assert_eq!(report.triage.outcome, Outcome::SeeClinician, "{id} = {answer:?}");
        assert_eq!(report.triage.findings.len(), 1, "{id}");
        assert_eq!(report.triage.findings[0].reason.question, id);
        // General tips still show, led by the advice to check with a professional.
        assert_eq!(report.cards[0].id, "check-with-professional");
    }
    // Not better after a few weeks: the same for 6 weeks or more.
    let mut not_better = all_good_but("pain-course", "same");
    assert_eq!(triage(&not_better).outcome, Outcome::SelfCare, "a few days the same is not yet a reason");
    not_better.set("pain-duration", "6-to-12-weeks".into()).unwrap();
    assert_eq!(triage(&not_better).outcome, Outcome::SeeClinician);
}

#[test]
fn milder_pain_answers_do_not_raise_a_flag() {
    for (id, answer) in [
        ("pain-now", Answer::Scale(SEVERE_PAIN - 1)),
        ("pain-worst-week", Answer::Scale(SEVERE_PAIN - 1)),
        ("pain-duration", "6-to-12-weeks".into()),
        ("leg-pain", "above-knee".into()),
        ("pain-course", "better".into()),
        ("daily-life", false.into()),
    ] {
        assert_eq!(triage(&all_good_but(id, answer.clone())).outcome, Outcome::SelfCare, "{id} = {answer:?}");
    }
}

#[test]
fn none_of_these_is_no_flag() {
    for question in ["emergency-signs", "urgent-signs", "risk-factors"] {
        assert_eq!(triage(&answers(&[(question, ["none"].into())])).outcome, Outcome::SelfCare);
    }
    assert_eq!(triage(&answers(&[("who-for", ["neither"].into())])).outcome, Outcome::SelfCare);
}

#[test]
fn outcome_ids_are_stable() {
    let ids: Vec<&str> = Outcome::ALL.iter().map(|o| o.id()).collect();
    assert_eq!(ids, ["self-care", "see-clinician", "not-for-this-check", "urgent", "emergency"]);
    assert!(Outcome::SelfCare.allows_exercise_guidance() && Outcome::SeeClinician.allows_exercise_guidance());
    for outcome in [Outcome::NotForThisCheck, Outcome::Urgent, Outcome::Emergency] {
        assert!(!outcome.allows_exercise_guidance());
    }
}

#[test]
fn an_emergency_sign_ends_the_path_at_the_first_question() {
    let emergency = answers(&[("emergency-signs", ["both-legs"].into())]);
    let ids: Vec<&str> = path(&emergency).iter().map(|q| q.id).collect();
    assert_eq!(ids, ["emergency-signs"]);
}

#[test]
fn emergency_wording_says_now_and_names_the_numbers_with_their_countries() {
    use backcheck::content::triage::{outcome_text, safety_net_signs, EMERGENCY_PHONES, EMERGENCY_WARNING, SAFETY_NET};
    let numbers = "999 in the UK, 911 in the US, 112 in most of Europe";
    let emergency = outcome_text(Outcome::Emergency);
    assert!(emergency.title.ends_with("now"), "{}", emergency.title);
    assert!(emergency.actions[0].contains(numbers) && emergency.actions[0].contains("now"));
    assert!(!emergency.summary.contains("today"), "emergency care is now, not today");
    for text in [SAFETY_NET.emergency, EMERGENCY_WARNING] {
        assert!(text.contains(numbers) && text.contains("now"), "{text}");
    }
    let phones: Vec<(&str, &str)> = EMERGENCY_PHONES.iter().map(|p| (p.number, p.place)).collect();
    assert_eq!(phones, [("999", "UK"), ("911", "US"), ("112", "most of Europe")]);
    // The safety net lists every emergency sign a person could notice later.
    let signs: Vec<&str> = safety_net_signs().collect();
    assert_eq!(signs.len(), 9);
    assert!(signs.iter().any(|s| s.contains("both legs")) && signs.iter().any(|s| s.starts_with("Chest pain")));
    // Back pain can be how a heart attack or a torn aorta shows itself (NHS): both are listed.
    assert!(signs.iter().any(|s| s.contains("short of breath, sweaty, faint or sick")) && signs.iter().any(|s| s.contains("tearing")));
    let urgent = outcome_text(Outcome::Urgent);
    assert!(urgent.title.contains("today") && urgent.actions[0].starts_with("Today"));
    // The safety net's middle tier: the urgent list, today, with 111 (NHS: urgent GP appointment or 111).
    assert!(SAFETY_NET.urgent.starts_with("Today") && SAFETY_NET.urgent.contains("111"));
    let urgent_signs: Vec<&str> = backcheck::content::triage::safety_net_urgent_signs().collect();
    assert!(
        urgent_signs.iter().any(|s| s.contains("high temperature")) && urgent_signs.iter().any(|s| s.contains("between your shoulders"))
    );
    // And the NHS's see-a-GP reasons, every one.
    for reason in ["few weeks", "daily things", "very bad or getting worse", "worried", "hard to cope"] {
        assert!(SAFETY_NET.see_a_doctor.contains(reason), "{reason}");
    }
    assert!(!urgent.summary.contains("probably not an emergency"));
}

#[test]
fn a_past_cancer_is_a_gp_soon_on_its_own_and_today_with_pain_that_is_severe_or_getting_worse() {
    // NICE NG234 (spinal metastases, 1.2), the review's decision on F19.
    assert_eq!(triage(&all_good_but("risk-factors", ["cancer"])).outcome, Outcome::SeeClinician);
    let mut worse = all_good_but("risk-factors", ["cancer"]);
    worse.set("pain-course", "worse".into()).unwrap();
    assert_eq!(triage(&worse).outcome, Outcome::Urgent);
    let mut severe = all_good_but("risk-factors", ["cancer"]);
    severe.set("pain-now", Answer::Scale(SEVERE_PAIN)).unwrap();
    assert_eq!(triage(&severe).outcome, Outcome::Urgent);
    let mut night = all_good_but("risk-factors", ["cancer"]);
    night.toggle("urgent-signs", "night-pain").unwrap();
    assert_eq!(triage(&night).outcome, Outcome::Urgent, "its other kinds of pain are urgent signs of their own");
    // Neither alone is urgent without the cancer.
    assert_eq!(triage(&all_good_but("pain-course", "worse")).outcome, Outcome::SeeClinician);
}

/// The same-day signs, each ticked alone by a pregnant person.
fn pregnant_with(sign: &'static str) -> backcheck::assessment::Answers {
    let mut pregnant = all_good_but("who-for", ["pregnant"]);
    pregnant.set("urgent-signs", [sign].into()).unwrap();
    pregnant
}

#[test]
fn a_pregnant_person_with_any_same_day_sign_gets_the_pregnancy_advice_and_the_maternity_unit() {
    use backcheck::content::triage::{triage_actions, PREGNANT_SAME_DAY};
    let same_day: Vec<&'static str> = RED_FLAGS
        .iter()
        .filter(|flag| flag.question == "urgent-signs" && flag.outcome == Outcome::Urgent)
        .filter_map(|flag| flag.choice)
        .collect();
    assert!(same_day.len() >= 7, "every same-day sign: {same_day:?}");
    for sign in same_day {
        let report = evaluate(&pregnant_with(sign));
        assert_eq!(report.triage.outcome, Outcome::Urgent, "{sign}: a same-day sign outranks pregnancy");
        assert!(report.triage.pregnant, "{sign}: the pregnancy lists show whatever the outcome");
        let actions = triage_actions(&report.triage);
        assert!(actions[0].starts_with("Today, ask your GP"), "{sign}: the same-day tier: {actions:?}");
        assert_eq!(actions[1], PREGNANT_SAME_DAY, "{sign}: and, right after it, the maternity unit");
        assert!(actions[1].contains("midwife or maternity unit now"));
    }
    // Not pregnant: no maternity line.
    let fever = evaluate(&all_good_but("urgent-signs", ["fever"]));
    assert!(!fever.triage.pregnant && !triage_actions(&fever.triage).contains(&PREGNANT_SAME_DAY));
}

#[test]
fn the_pregnancy_lists_send_heavy_bleeding_and_constant_tummy_pain_to_999_and_the_rest_to_the_maternity_unit() {
    use backcheck::content::triage::{
        PREGNANCY_EMERGENCY_SIGNS, PREGNANCY_EMERGENCY_TITLE, PREGNANCY_URGENT_SIGNS, PREGNANCY_URGENT_TITLE,
    };
    assert!(PREGNANCY_EMERGENCY_TITLE.contains("999") && PREGNANCY_EMERGENCY_TITLE.starts_with("Call an ambulance now"));
    assert!(PREGNANCY_EMERGENCY_SIGNS.iter().any(|sign| sign.starts_with("Heavy bleeding")));
    assert!(PREGNANCY_EMERGENCY_SIGNS.iter().any(|sign| sign.contains("tummy") && sign.contains("does not come and go")));
    assert!(PREGNANCY_URGENT_TITLE.contains("midwife or maternity unit now"));
    // Light bleeding is the maternity unit's; heavy bleeding is 999's, so the lists do not overlap.
    assert!(PREGNANCY_URGENT_SIGNS.iter().any(|sign| sign.contains("light bleeding")));
    assert!(!PREGNANCY_URGENT_SIGNS.iter().any(|sign| sign.contains("Heavy")));
}

#[test]
fn the_words_listed_below_show_only_to_people_who_see_the_pregnancy_lists() {
    use backcheck::content::triage::triage_actions;
    let under_16 = evaluate(&all_good_but("who-for", ["under-16"]));
    assert_eq!(under_16.triage.outcome, Outcome::NotForThisCheck);
    assert!(!under_16.triage.pregnant);
    let actions = triage_actions(&under_16.triage);
    assert!(!actions.iter().any(|action| action.contains("below")), "{actions:?}");
    assert!(actions.iter().any(|action| action.contains("parent or carer")));
    let pregnant = evaluate(&all_good_but("who-for", ["pregnant"]));
    let actions = triage_actions(&pregnant.triage);
    assert!(pregnant.triage.pregnant && actions.iter().any(|action| action.starts_with("Below are the signs in pregnancy")), "{actions:?}");
    assert!(!actions.iter().any(|action| action.contains("parent or carer")));
}

#[test]
fn each_answer_shows_once_under_because_you_answered() {
    // A past cancer with severe pain is read by two rules: it is listed once, at its most serious.
    let mut cancer = all_good_but("risk-factors", ["cancer"]);
    cancer.set("pain-now", Answer::Scale(SEVERE_PAIN)).unwrap();
    let result = evaluate(&cancer).triage;
    assert_eq!(result.outcome, Outcome::Urgent);
    let cancers = result.findings.iter().filter(|finding| finding.reason.question == "risk-factors").count();
    assert_eq!(cancers, 1, "{:?}", result.findings);
    assert_eq!(result.findings[0].reason.question, "risk-factors");
    for (i, finding) in result.findings.iter().enumerate() {
        assert!(!result.findings[..i].iter().any(|earlier| earlier.reason == finding.reason), "{finding:?} twice");
    }
}

#[test]
fn a_health_risk_factor_on_its_own_says_see_a_gp_soon_and_pain_alone_a_gp_or_physiotherapist() {
    use backcheck::assessment::Professional;
    use backcheck::content::triage::{triage_actions, triage_text};
    for risk in ["cancer", "steroids", "weak-bones", "weak-immune", "injects-drugs", "recent-infection", "age"] {
        let result = evaluate(&all_good_but("risk-factors", [risk])).triage;
        assert_eq!(result.outcome, Outcome::SeeClinician, "{risk}");
        assert_eq!(result.professional(), Some(Professional::GpSoon), "{risk}");
        let actions = triage_actions(&result);
        assert!(actions[0].contains("see a GP soon"), "{risk}: {actions:?}");
        assert!(!actions.iter().any(|action| action.contains("physiotherapist")), "{risk}: a doctor's question");
        assert!(triage_text(&result).basis.contains("Backcheck's own cautious choice"), "how soon is Backcheck's own");
    }
    for (question, answer) in [("leg-pain", "below-knee"), ("pain-duration", "over-12-weeks")] {
        let result = evaluate(&all_good_but(question, Answer::Choice(answer.into()))).triage;
        assert_eq!(result.professional(), Some(Professional::GpOrPhysiotherapist), "{question}");
        assert!(triage_actions(&result)[0].contains("GP or a physiotherapist"));
    }
    let mut daily_life = all_good();
    daily_life.set("daily-life", Answer::YesNo(true)).unwrap();
    assert_eq!(evaluate(&daily_life).triage.professional(), Some(Professional::GpOrPhysiotherapist));
    // A risk factor with pain below the knee: the doctor's question wins.
    let mut both = all_good_but("risk-factors", ["steroids"]);
    both.set("leg-pain", Answer::Choice("below-knee".into())).unwrap();
    assert_eq!(evaluate(&both).triage.professional(), Some(Professional::GpSoon));
    assert_eq!(evaluate(&all_good()).triage.professional(), None);
    // A plan after a GP-soon result waits for a GP's word, not a physiotherapist's.
    let gp_soon = backcheck::content::plan::check_first(Professional::GpSoon);
    for words in [gp_soon.make_plan, gp_soon.tips, gp_soon.hint, gp_soon.said_fine] {
        assert!(words.contains("GP") && !words.contains("physiotherapist"), "{words}");
    }
}

#[test]
fn the_torn_aorta_sign_is_worded_as_the_nhs_gives_it_and_as_the_register_says() {
    use backcheck::content::questions::EMERGENCY_SIGNS;
    use backcheck::content::sources::Source;
    let sign = EMERGENCY_SIGNS.iter().find(|sign| sign.id == "tearing").unwrap().label;
    let register = Source::NhsAorticDissection.entry().supports;
    // NHS: sudden severe chest or upper back pain, sometimes described as tearing or ripping;
    // sudden severe tummy pain. Tearing is a way it may feel, not a must, and not any back.
    for words in [&sign, &register] {
        assert!(words.contains("chest or upper back") && words.contains("tummy"), "{words}");
        assert!(words.contains("tearing or ripping") && words.contains("Sudden"), "{words}");
        assert!(!words.contains("feels like tearing"), "tearing is not required: {words}");
    }
    assert!(sign.contains("it may feel like tearing") && register.contains("sometimes felt as tearing"));
}

#[test]
fn a_health_risk_factor_says_see_a_gp_soon_also_to_people_the_check_is_not_made_for() {
    use backcheck::content::triage::{triage_actions, HEALTH_RISK_FACTOR_TOO};
    for who in ["pregnant", "under-16"] {
        let mut answers = all_good_but("who-for", [who]);
        answers.set("risk-factors", ["steroids"].into()).unwrap();
        let result = evaluate(&answers).triage;
        assert_eq!(result.outcome, Outcome::NotForThisCheck, "{who}");
        assert!(triage_actions(&result).contains(&HEALTH_RISK_FACTOR_TOO), "{who}");
        let basis = backcheck::content::triage::triage_basis(&result);
        assert!(
            basis.iter().any(|line| line.contains("CKS") && line.contains("own cautious choice")),
            "{who}: its source shows: {basis:?}"
        );
        let without = evaluate(&all_good_but("who-for", [who])).triage;
        assert!(!triage_actions(&without).contains(&HEALTH_RISK_FACTOR_TOO), "{who}");
    }
}

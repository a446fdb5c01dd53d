use backcheck::assessment::{evaluate, path, triage, Answer, Outcome, RED_FLAGS, SEVERE_PAIN};

use crate::profiles::{all_good, all_good_but, answers};

#[test]
fn no_answers_and_no_flags_mean_self_care() {
    assert_eq!(triage(&answers(&[])).outcome, Outcome::SelfCare);
    let report = evaluate(&all_good());
    assert_eq!(report.triage.outcome, Outcome::SelfCare);
    assert!(report.triage.findings.is_empty());
}

#[test]
fn each_red_flag_alone_leads_to_its_outcome() {
    let expected = [
        ("flag-bladder-bowel", Outcome::Emergency),
        ("flag-saddle-numbness", Outcome::Emergency),
        ("flag-leg-weakness", Outcome::Emergency),
        ("flag-trauma", Outcome::Emergency),
        ("flag-fever", Outcome::Urgent),
        ("flag-cancer-history", Outcome::Urgent),
        ("flag-weight-loss", Outcome::Urgent),
        ("flag-night-pain", Outcome::Urgent),
        ("flag-bone-weakness", Outcome::Urgent),
        ("flag-age", Outcome::SeeClinician),
    ];
    assert_eq!(expected.len(), RED_FLAGS.len());
    for (flag, outcome) in expected {
        let result = triage(&all_good_but(flag, true));
        assert_eq!(result.outcome, outcome, "{flag}");
        assert_eq!(result.findings[0].reason.question, flag);
        assert_eq!(result.findings[0].reason.answer, "Yes");
    }
}

#[test]
fn emergency_and_urgent_never_show_exercise_guidance() {
    for (flag, outcome) in RED_FLAGS.iter().filter(|(_, o)| *o >= Outcome::Urgent) {
        let report = evaluate(&all_good_but(flag, true));
        assert_eq!(report.triage.outcome, *outcome, "{flag}");
        assert!(report.cards.is_empty(), "{flag} must not lead to an exercise plan");
    }
}

#[test]
fn the_most_serious_flag_wins_and_is_listed_first() {
    let both = answers(&[("flag-age", true.into()), ("flag-fever", true.into()), ("flag-saddle-numbness", true.into())]);
    let result = triage(&both);
    assert_eq!(result.outcome, Outcome::Emergency);
    let order: Vec<Outcome> = result.findings.iter().map(|f| f.outcome).collect();
    assert_eq!(order, [Outcome::Emergency, Outcome::Urgent, Outcome::SeeClinician]);
}

#[test]
fn severe_pain_long_pain_and_pain_below_the_knee_mean_see_a_clinician() {
    for (id, answer) in [
        ("pain-now", Answer::Scale(SEVERE_PAIN)),
        ("pain-now", Answer::Scale(10)),
        ("pain-duration", "over-12-weeks".into()),
        ("leg-pain", "below-knee".into()),
    ] {
        let report = evaluate(&all_good_but(id, answer.clone()));
        assert_eq!(report.triage.outcome, Outcome::SeeClinician, "{id} = {answer:?}");
        assert_eq!(report.triage.findings.len(), 1);
        assert_eq!(report.triage.findings[0].reason.question, id);
        // General tips still show, led by the advice to check with a professional.
        assert_eq!(report.cards[0].id, "check-with-professional");
    }
}

#[test]
fn milder_pain_answers_do_not_raise_a_flag() {
    for (id, answer) in [
        ("pain-now", Answer::Scale(SEVERE_PAIN - 1)),
        ("pain-worst-week", Answer::Scale(10)),
        ("pain-duration", "6-to-12-weeks".into()),
        ("leg-pain", "above-knee".into()),
    ] {
        assert_eq!(triage(&all_good_but(id, answer.clone())).outcome, Outcome::SelfCare, "{id} = {answer:?}");
    }
}

#[test]
fn a_flag_answered_no_is_no_flag() {
    for (flag, _) in RED_FLAGS {
        assert_eq!(triage(&answers(&[(flag, false.into())])).outcome, Outcome::SelfCare);
    }
}

#[test]
fn outcome_ids_are_stable() {
    let ids: Vec<&str> = Outcome::ALL.iter().map(|o| o.id()).collect();
    assert_eq!(ids, ["self-care", "see-clinician", "urgent", "emergency"]);
    assert!(Outcome::SelfCare.allows_exercise_guidance() && Outcome::SeeClinician.allows_exercise_guidance());
    assert!(!Outcome::Urgent.allows_exercise_guidance() && !Outcome::Emergency.allows_exercise_guidance());
}

#[test]
fn an_emergency_flag_ends_the_path_where_it_is_answered() {
    let emergency = answers(&[("flag-bladder-bowel", false.into()), ("flag-saddle-numbness", true.into())]);
    let ids: Vec<&str> = path(&emergency).iter().map(|q| q.id).collect();
    assert_eq!(ids, ["flag-bladder-bowel", "flag-saddle-numbness"]);
}

//! Every rule's triggers and non-triggers, from the `all_good` profile (no advice but the
//! standing "check with a professional") with one answer changed.

use backcheck::assessment::{evaluate, Answer, Answers, Card, Outcome, Stance, RULES};
use backcheck::content::guidance::guidance_text;

use crate::profiles::{all_good, all_good_but, answers};

fn card(answers: &Answers, id: &str) -> Option<Card> {
    evaluate(answers).cards.into_iter().find(|card| card.id == id)
}

fn advice(answers: &Answers, id: &str) -> Card {
    let card = card(answers, id).unwrap_or_else(|| panic!("expected the {id} card"));
    assert_eq!(card.stance, Stance::Advice, "{id} should be advice");
    card
}

fn already_right(answers: &Answers, id: &str) {
    let card = card(answers, id).unwrap_or_else(|| panic!("expected the {id} card"));
    assert_eq!(card.stance, Stance::AlreadyRight, "{id} should be acknowledged as already right");
    assert!(!card.reasons.is_empty(), "{id} must say which answer it acknowledges");
}

fn cites(card: &Card, question: &str, answer: &str) {
    assert!(
        card.reasons.iter().any(|r| r.question == question && r.answer == answer),
        "{} should cite {question} = {answer}, has {:?}",
        card.id,
        card.reasons
    );
}

/// All good, with strength work as the article means it (yoga is low-impact movement, not strength).
fn everything_right() -> Answers {
    all_good_but("exercise-types", ["walking", "yoga-pilates", "weights"])
}

fn advice_ids(answers: &Answers) -> Vec<&'static str> {
    evaluate(answers).cards.iter().filter(|c| c.stance == Stance::Advice).map(|c| c.id).collect()
}

#[test]
fn all_good_gets_only_acknowledgements_and_the_professional_check() {
    assert_eq!(advice_ids(&everything_right()), ["check-with-professional"]);
    for id in [
        "keep-moving",
        "find-aggravating-moves",
        "pain-vs-soreness",
        "posture",
        "warm-up",
        "stretching",
        "low-impact-cardio",
        "strengthen-core",
    ] {
        already_right(&everything_right(), id);
    }
    for id in ["comfortable-intensity", "avoid-high-impact", "no-overhead-lifting", "skip-toe-touch"] {
        assert!(card(&everything_right(), id).is_none(), "{id} should not show for all_good");
    }
}

#[test]
fn keep_moving_after_bed_rest_inactivity_or_worry() {
    let rest = advice(&all_good_but("bed-rest-days", "3-plus"), "keep-moving");
    cites(&rest, "bed-rest-days", "3 days or more");
    assert!(rest.notes.contains(&"after-bed-rest"));
    assert_eq!(evaluate(&all_good_but("bed-rest-days", "3-plus")).cards[0].id, "keep-moving", "bed rest is the top advice");
    advice(&all_good_but("bed-rest-days", "1-2"), "keep-moving");
    cites(&advice(&all_good_but("active-days", "0"), "keep-moving"), "active-days", "None");
    let worry = advice(&all_good_but("exercise-worry", "very"), "keep-moving");
    assert!(worry.notes.contains(&"worry"));
    // The article's "1 case in 100" is not said where answers raise that risk (review F27).
    let mut flagged = all_good_but("exercise-worry", "very");
    flagged.toggle("risk-factors", "weak-immune").unwrap();
    let flagged_worry = advice(&flagged, "keep-moving");
    assert!(flagged_worry.notes.contains(&"worry-gp-flags-found") && !flagged_worry.notes.contains(&"worry"));
    let mut below_knee = all_good_but("exercise-worry", "very");
    below_knee.set("leg-pain", backcheck::assessment::Answer::Choice("below-knee".into())).unwrap();
    assert!(advice(&below_knee, "keep-moving").notes.contains(&"worry-flags-found"));
    // Active 1-2 days but nothing else wrong: neither praised nor missing the advice.
    advice(&all_good_but("active-days", "1-2"), "keep-moving");
}

#[test]
fn find_aggravating_moves_when_not_known_yet() {
    cites(&advice(&all_good_but("aggravating-moves", ["none-known"]), "find-aggravating-moves"), "aggravating-moves", "I don't know yet");
    already_right(&all_good_but("aggravating-moves", ["twisting", "lifting"]), "find-aggravating-moves");
}

#[test]
fn comfortable_intensity_for_worry_or_moderate_pain() {
    cites(&advice(&all_good_but("exercise-worry", "a-little"), "comfortable-intensity"), "exercise-worry", "A little worried");
    cites(&advice(&all_good_but("pain-now", 4u8), "comfortable-intensity"), "pain-now", "4 out of 10");
    assert!(card(&all_good_but("pain-now", 3u8), "comfortable-intensity").is_none());
    assert!(card(&all_good_but("exercise-worry", "not-worried"), "comfortable-intensity").is_none());
}

#[test]
fn pain_vs_soreness_for_pushing_through_or_sharp_pain() {
    cites(&advice(&all_good_but("push-through-pain", "often"), "pain-vs-soreness"), "push-through-pain", "Often");
    advice(&all_good_but("push-through-pain", "sometimes"), "pain-vs-soreness");
    let sharp = advice(&all_good_but("pain-with-activity", "sharp-lasts"), "pain-vs-soreness");
    cites(&sharp, "pain-with-activity", "I get a stronger pain that lasts into the next day");
    already_right(&all_good_but("pain-with-activity", "soreness-fades"), "pain-vs-soreness");
}

#[test]
fn posture_for_slouching_and_long_sitting() {
    cites(&advice(&all_good_but("slouching", "often"), "posture"), "slouching", "Often");
    let mut slouch_and_sit = all_good_but("slouching", "sometimes");
    slouch_and_sit.set("sitting-hours", "over-8".into()).unwrap();
    let card = advice(&slouch_and_sit, "posture");
    cites(&card, "sitting-hours", "More than 8 hours");
    // Long sitting alone is not a posture problem.
    already_right(&all_good_but("sitting-hours", "over-8"), "posture");
    cites(&advice(&all_good_but("aggravating-moves", ["sitting", "bending"]), "posture"), "aggravating-moves", "Sitting for a long time");
}

#[test]
fn warm_up_unless_always() {
    advice(&all_good_but("warm-up", "never"), "warm-up");
    advice(&all_good_but("warm-up", "sometimes"), "warm-up");
    already_right(&all_good(), "warm-up");
    // Not asked, so not shown, for people who do no exercise.
    assert!(card(&all_good_but("exercise-types", ["none"]), "warm-up").is_none());
}

#[test]
fn avoid_high_impact_names_only_the_high_impact_choices_and_offers_swaps() {
    let card = advice(&all_good_but("exercise-types", ["hiit", "walking"]), "avoid-high-impact");
    cites(&card, "exercise-types", "CrossFit, HIIT or boot camp classes");
    assert!(card.notes.contains(&"low-impact-swaps"));
    advice(&all_good_but("exercise-types", ["running-jumping"]), "avoid-high-impact");
    advice(&all_good_but("exercise-types", ["team-sports"]), "avoid-high-impact");
    assert!(card_for_types(["walking", "swimming", "cycling", "elliptical", "yoga-pilates", "weights"], "avoid-high-impact").is_none());
}

fn card_for_types<const N: usize>(types: [&str; N], id: &str) -> Option<Card> {
    card(&all_good_but("exercise-types", types), id)
}

#[test]
fn no_overhead_lifting_for_overhead_weights_or_reaching_up() {
    cites(
        &advice(&all_good_but("exercise-types", ["overhead-weights"]), "no-overhead-lifting"),
        "exercise-types",
        "Weights lifted above my head",
    );
    // Reaching up hurts, but no weights are lifted: words that fit reaching (review F33).
    assert_eq!(advice(&all_good_but("aggravating-moves", ["reaching-overhead"]), "no-overhead-lifting").variant, Some("reaching"));
    assert!(card_for_types(["weights"], "no-overhead-lifting").is_none());
}

#[test]
fn stretching_unless_regular() {
    advice(&all_good_but("stretching", "never"), "stretching");
    advice(&all_good_but("stretching", "sometimes"), "stretching");
    already_right(&all_good(), "stretching");
}

#[test]
fn low_impact_cardio_for_runners_the_inactive_and_people_without_cardio() {
    let run = advice(&all_good_but("exercise-types", ["running-jumping"]), "low-impact-cardio");
    assert!(run.notes.contains(&"swap-running"));
    advice(&all_good_but("active-days", "1-2"), "low-impact-cardio");
    advice(&all_good_but("exercise-types", ["none"]), "low-impact-cardio");
    advice(&all_good_but("exercise-types", ["weights"]), "low-impact-cardio");
    already_right(&all_good_but("exercise-types", ["cycling"]), "low-impact-cardio");
}

#[test]
fn skip_toe_touch_and_say_more_with_leg_pain() {
    let plain = advice(&all_good_but("toe-touches", true), "skip-toe-touch");
    assert!(plain.notes.is_empty());
    let mut with_leg_pain = all_good_but("toe-touches", true);
    with_leg_pain.set("leg-pain", "above-knee".into()).unwrap();
    let with_leg = advice(&with_leg_pain, "skip-toe-touch");
    // Any pain spreading into the leg, above the knee too, gets the sciatica words (review F11).
    assert_eq!(with_leg.variant, Some("sciatica"));
    assert!(with_leg.priority > plain.priority);
    assert!(card(&all_good(), "skip-toe-touch").is_none());
}

#[test]
fn strengthen_core_unless_already_doing_strength_work() {
    advice(&all_good_but("exercise-types", ["walking"]), "strengthen-core");
    let overhead_only = advice(&all_good_but("exercise-types", ["overhead-weights"]), "strengthen-core");
    assert!(overhead_only.notes.contains(&"not-overhead"));
    already_right(&all_good_but("exercise-types", ["weights"]), "strengthen-core");
    // Yoga and Pilates are low-impact movement, not strength work (review F32).
    let yoga = advice(&all_good_but("exercise-types", ["yoga-pilates"]), "strengthen-core");
    assert!(yoga.notes.contains(&"yoga-is-low-impact"));
}

#[test]
fn check_with_professional_always_shows_and_leads_when_flags_are_found() {
    let calm = evaluate(&all_good());
    assert_eq!(calm.cards.iter().filter(|c| c.id == "check-with-professional").count(), 1);
    let flagged = advice(&all_good_but("flag-age", true), "check-with-professional");
    cites(&flagged, "flag-age", "Yes");
    // A health risk factor is a GP's to judge, soon (review G7); pain below the knee, a GP's or a
    // physiotherapist's.
    assert!(flagged.notes.contains(&"gp-flags-found"));
    assert_eq!(evaluate(&all_good_but("flag-age", true)).cards[0].id, "check-with-professional");
    let below_knee = advice(&all_good_but("leg-pain", "below-knee"), "check-with-professional");
    assert!(below_knee.notes.contains(&"flags-found"));
}

#[test]
fn advice_comes_before_acknowledgements_and_ordering_is_by_relevance() {
    let mut busy = everything_right();
    for (id, answer) in [("warm-up", Answer::from("never")), ("push-through-pain", "often".into()), ("bed-rest-days", "3-plus".into())] {
        busy.set(id, answer).unwrap();
    }
    let cards = evaluate(&busy).cards;
    let first_ack = cards.iter().position(|c| c.stance == Stance::AlreadyRight).unwrap();
    assert!(cards[..first_ack].iter().all(|c| c.stance == Stance::Advice));
    assert!(cards[first_ack..].iter().all(|c| c.stance == Stance::AlreadyRight));
    let order: Vec<&str> = cards[..first_ack].iter().map(|c| c.id).collect();
    assert_eq!(order, ["keep-moving", "pain-vs-soreness", "warm-up", "check-with-professional"]);
}

/// Every answer a person could give to one question, multiple choices one at a time.
fn every_single_answer(question: &backcheck::assessment::Question) -> Vec<Answer> {
    use backcheck::assessment::QuestionKind::*;
    match question.kind {
        YesNo => vec![true.into(), false.into()],
        Scale { min, max, .. } => (min..=max).map(Answer::Scale).collect(),
        SingleChoice(choices) => choices.iter().map(|c| c.id.into()).collect(),
        MultipleChoice(choices) => choices.iter().map(|c| Answer::Choices(vec![c.id.to_string()])).collect(),
    }
}

#[test]
fn every_guidance_item_is_reachable_in_every_stance_it_has_text_for() {
    // all_good, and every profile that differs from it in one answer.
    let mut profiles = vec![all_good()];
    for question in backcheck::content::questions::BANK.questions() {
        for answer in every_single_answer(question) {
            profiles.push(all_good_but(question.id, answer));
        }
    }
    let shown: Vec<Card> = profiles.iter().flat_map(|p| evaluate(p).cards).collect();
    for (id, _) in RULES {
        let text = guidance_text(id).unwrap();
        let stances: Vec<Stance> = shown.iter().filter(|c| c.id == *id).map(|c| c.stance).collect();
        assert!(stances.contains(&Stance::Advice), "{id} never shows as advice");
        assert_eq!(stances.contains(&Stance::AlreadyRight), !text.already_right.is_empty(), "{id}: acknowledgement text and rule disagree");
    }
}

#[test]
fn every_note_a_rule_adds_has_text() {
    let mut everything = all_good();
    for (id, answer) in [
        ("bed-rest-days", Answer::from("3-plus")),
        ("exercise-worry", "very".into()),
        ("exercise-types", ["running-jumping", "hiit", "overhead-weights"].into()),
        ("toe-touches", true.into()),
        ("leg-pain", "below-knee".into()),
    ] {
        everything.set(id, answer).unwrap();
    }
    let cards = evaluate(&everything).cards;
    let notes: Vec<(&str, &str)> = cards.iter().flat_map(|c| c.notes.iter().map(move |n| (c.id, *n))).collect();
    assert!(notes.len() >= 6, "{notes:?}");
    for (id, note) in notes {
        assert!(guidance_text(id).unwrap().note(note).is_some(), "{id} has no note {note}");
    }
}

#[test]
fn cards_name_answers_in_words() {
    let card = advice(&answers(&[("active-days", "0".into())]), "keep-moving");
    assert_eq!(card.reasons[0].topic, "Active days a week");
}

fn shown(answers: &Answers, id: &str) -> Card {
    card(answers, id).unwrap_or_else(|| panic!("no {id} card"))
}

fn body(card: &Card) -> &'static str {
    let text = backcheck::content::guidance::guidance_text(card.id).unwrap();
    let usual = if card.stance == Stance::Advice { text.advice } else { text.already_right };
    card.variant.map(|variant| text.variant(variant).unwrap_or_else(|| panic!("{} has no variant {variant}", card.id))).unwrap_or(usual)
}

#[test]
fn pain_below_the_knee_leaves_thigh_stretches_to_a_professional() {
    for stretching in ["regularly", "sometimes", "never"] {
        let mut sciatica = all_good_but("leg-pain", "below-knee");
        sciatica.set("stretching", stretching.into()).unwrap();
        sciatica.set("toe-touches", true.into()).unwrap();
        for id in ["stretching", "skip-toe-touch"] {
            let text = body(&shown(&sciatica, id));
            assert!(!text.contains("hamstring stretch"), "{id} advises a hamstring stretch for sciatica: {text}");
            assert!(text.contains("doctor or physiotherapist"), "{id}: {text}");
        }
    }
    // Without pain below the knee, the article's stretches stand as written.
    assert!(body(&shown(&all_good_but("stretching", "never"), "stretching")).contains("hamstrings"));
}

#[test]
fn praise_for_stretching_never_sits_unqualified_beside_skip_the_toe_touch() {
    let both = all_good_but("toe-touches", true);
    let stretching = shown(&both, "stretching");
    assert_eq!(stretching.stance, Stance::AlreadyRight);
    assert!(body(&stretching).contains("drop the standing toe touch"), "{}", body(&stretching));
    assert_eq!(shown(&both, "skip-toe-touch").stance, Stance::Advice);
}

#[test]
fn the_self_care_heading_does_not_contradict_checking_with_a_professional() {
    let text = backcheck::content::triage::outcome_text(Outcome::SelfCare);
    assert!(!text.title.contains("likely to help"), "{}", text.title);
    // One position everywhere (review F13): the article's advice, said as advice, in the same
    // sentence on the results, the card and the plan's first screen.
    let ask_first = backcheck::content::triage::NOT_SURE_ASK_FIRST;
    assert!(text.actions.contains(&ask_first));
    assert!(backcheck::content::guidance::guidance_text("check-with-professional").unwrap().advice.starts_with(ask_first));
    assert!(!text.basis.contains("advises exercise"), "NG59 advises keeping up normal activities and considering group exercise");
    for g in backcheck::content::guidance::GUIDANCE {
        for text in [g.advice, g.already_right] {
            assert!(!text.contains("without harming"), "{}: promises more than the article", g.id);
        }
    }
}

#[test]
fn every_variant_a_rule_picks_has_a_text_and_every_text_is_reachable() {
    let mut used = std::collections::BTreeSet::new();
    for leg in ["none", "above-knee", "below-knee"] {
        for stretching in ["regularly", "sometimes", "never"] {
            for toe in [true, false] {
                let mut answers = all_good_but("leg-pain", leg);
                answers.set("stretching", stretching.into()).unwrap();
                answers.set("toe-touches", toe.into()).unwrap();
                if toe {
                    answers.set("aggravating-moves", Answer::Choices(vec!["reaching-overhead".into()])).unwrap();
                }
                for card in evaluate(&answers).cards {
                    let _ = body(&card);
                    if let Some(variant) = card.variant {
                        used.insert((card.id, variant));
                    }
                }
            }
        }
    }
    let all: std::collections::BTreeSet<(&str, &str)> =
        backcheck::content::guidance::GUIDANCE.iter().flat_map(|g| g.variants.iter().map(move |(v, _)| (g.id, *v))).collect();
    assert_eq!(used, all);
}

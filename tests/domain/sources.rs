//! The source register: every text that gives advice names entries of it, every entry is used
//! and has what the About page shows, and the line a page shows names the same sources.

use backcheck::assessment::{Outcome, SeeProfessional, Why};
use backcheck::content::guidance::GUIDANCE;
use backcheck::content::plan;
use backcheck::content::sources::Source;
use backcheck::content::triage::{outcome_text, INFECTION_SIGNS_SOURCES, PREGNANCY_URGENT_SOURCES, SAFETY_NET};

/// Every advice-giving text with its register entries and the source line the page shows.
fn cited_texts() -> Vec<(String, &'static [Source], String)> {
    let mut texts = Vec::new();
    for card in GUIDANCE {
        texts.push((format!("card {}", card.id), card.sources, card.article_point.to_string()));
    }
    for outcome in Outcome::ALL {
        let text = outcome_text(outcome);
        texts.push((format!("outcome {}", outcome.id()), text.sources, text.basis.to_string()));
    }
    let gp_soon = &backcheck::content::triage::SEE_A_GP_SOON;
    texts.push(("outcome see-a-GP-soon".into(), gp_soon.sources, gp_soon.basis.to_string()));
    texts.push(("safety net".into(), SAFETY_NET.sources, SAFETY_NET.basis.to_string()));
    use backcheck::content::triage::{HEALTH_RISK_FACTOR_TOO_BASIS, HEALTH_RISK_FACTOR_TOO_SOURCES};
    texts.push(("health risk factor too".into(), HEALTH_RISK_FACTOR_TOO_SOURCES, HEALTH_RISK_FACTOR_TOO_BASIS.to_string()));
    texts.push(("infection signs".into(), INFECTION_SIGNS_SOURCES, backcheck::content::triage::INFECTION_SIGNS_BASIS.to_string()));
    texts.push(("pregnancy signs".into(), PREGNANCY_URGENT_SOURCES, backcheck::content::triage::PREGNANCY_URGENT_BASIS.to_string()));
    texts.push(("pain rule".into(), plan::PAIN_RULE_SOURCES, plan::PAIN_RULE_SOURCE.to_string()));
    texts.push(("plan activities".into(), plan::ACTIVITIES_SOURCES, plan::ACTIVITIES_SOURCE.to_string()));
    texts.push(("plan length".into(), plan::PLAN_LENGTH_SOURCES, plan::PLAN_LENGTH_SOURCE.to_string()));
    texts.push((
        "plan length, pain over 12 weeks".into(),
        plan::PLAN_LENGTH_LONG_PAIN_SOURCES,
        plan::PLAN_LENGTH_LONG_PAIN_SOURCE.to_string(),
    ));
    for activity in plan::ACTIVITIES {
        let how_to = plan::how_to(activity.id).expect("every activity has a how-to");
        texts.push((format!("how to: {}", activity.id), how_to.sources, how_to.source.to_string()));
    }
    for cited in [plan::STRETCHES_FOR_LEG_PAIN, plan::BACK_STRETCHES_ARE_THE_NHS_ONES, plan::NAMED_EXERCISES_START_AT_5] {
        texts.push((format!("plan's first screen: {}", cited.text), cited.sources, cited.source.to_string()));
    }
    texts.push(("named exercises' first session".into(), plan::NAMED_FIRST_SESSION.sources, plan::NAMED_FIRST_SESSION.source.to_string()));
    for why in Why::ALL {
        let cited = plan::why(why);
        texts.push((format!("plan {why:?}"), cited.sources, cited.source.to_string()));
        for activity in plan::ACTIVITIES {
            let cited = plan::why_for(why, activity);
            texts.push((format!("plan {why:?} for {}", activity.id), cited.sources, cited.source.to_string()));
            let rule = plan::pain_rule_for(activity);
            texts.push((format!("pain rule for {}", activity.id), rule.sources, rule.source.to_string()));
        }
    }
    use backcheck::content::abilities::{NOT_BETTER, REAL_CHANGE, SCALE};
    for cited in [SCALE, REAL_CHANGE, NOT_BETTER] {
        texts.push((format!("abilities: {}", cited.text), cited.sources, cited.source.to_string()));
    }
    for reason in [SeeProfessional::SeverePain(7), SeeProfessional::TwoRedsInARow, SeeProfessional::PainRising] {
        let cited = plan::see_professional(reason);
        texts.push((format!("plan {reason:?}"), cited.sources, cited.source.to_string()));
    }
    use backcheck::content::abilities;
    for (name, cited) in [
        ("abilities: the scale", abilities::SCALE),
        ("abilities: a real change", abilities::REAL_CHANGE),
        ("abilities: not getting better", abilities::NOT_BETTER),
    ] {
        texts.push((name.into(), cited.sources, cited.source.to_string()));
    }
    texts
}

#[test]
fn every_advice_text_names_at_least_one_source_of_the_register() {
    for (name, sources, _) in cited_texts() {
        assert!(!sources.is_empty(), "{name} names no source");
    }
}

#[test]
fn the_line_a_page_shows_names_the_same_sources_as_the_register_entries() {
    // What the person reads must not credit a source the text does not rest on, nor leave out
    // that a number is Backcheck's own.
    for (name, sources, line) in cited_texts() {
        let says = |words: &[&str]| words.iter().any(|w| line.contains(w));
        for (source, words) in [
            (Source::Article, &["article", "Article"][..]),
            (Source::Silbernagel2007, &["Silbernagel"]),
            (Source::Lindstrom1992, &["Lindström"]),
            (Source::OwnChoice, &["own cautious choice", "own safety rule", "own choice"]),
            (Source::NiceNg59, &["NG59"]),
            (Source::NiceNg234, &["NG234"]),
            (Source::NhsHeartAttack, &["heart attack"]),
            (Source::NhsAorticDissection, &["aortic dissection"]),
            (Source::NhsBackPainInPregnancy, &["pregnancy"]),
            (Source::NhsTrustCallTheMidwife, &["maternity unit's advice"]),
            (Source::NiceCksLowBackPain, &["CKS on low back pain"]),
            (Source::NiceCksSciatica, &["CKS on sciatica"]),
            (Source::NhsBackExercises, &["NHS: Lower back pain exercises", "lower back pain exercises"]),
            (Source::NhsInformBackExercises, &["NHS inform"]),
            (Source::Psfs1995, &["Stratford"]),
            (Source::AbbottSchmitt2014, &["Abbott"]),
            (Source::Childs2005, &["Childs"]),
        ] {
            assert_eq!(sources.contains(&source), says(words), "{name}: {source:?} in the register entries vs the line “{line}”");
        }
    }
}

#[test]
fn every_entry_is_used_and_says_what_it_supports() {
    let texts = cited_texts();
    for source in Source::ALL {
        let entry = source.entry();
        assert!(!entry.title.is_empty() && !entry.supports.is_empty(), "{source:?}");
        let linkless = matches!(source, Source::Article | Source::OwnChoice);
        assert_eq!(entry.url.is_empty(), linkless, "{source:?}: a link, unless it has no page");
        assert!(entry.url.is_empty() || entry.url.starts_with("https://"), "{source:?}");
        assert!(texts.iter().any(|(_, sources, _)| sources.contains(&source)), "{source:?} is on the About page but no text uses it");
    }
}

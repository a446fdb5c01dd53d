//! Every text a person reads must be plain: Flesch-Kincaid grade 8 or lower.
//!
//! Grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59. Syllables are counted
//! by the usual vowel-group rule, which is what most readability checkers do.

use backcheck::assessment::Outcome;
use backcheck::content::guidance::GUIDANCE;
use backcheck::content::questions::BANK;
use backcheck::content::source::DISCLAIMER;
use backcheck::content::triage::{outcome_text, safety_net_signs, EMERGENCY_WARNING, FIRST_SAFETY_CHECK_NOTE, INFECTION_SIGNS, SAFETY_NET};

const MAX_GRADE: f64 = 8.0;

fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase()).collect();
    if word.is_empty() {
        return 1; // a number is read as a word
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // A final silent "e" ("make"), but not "-le" after a consonant ("little").
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

pub fn grade(text: &str) -> f64 {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphanumeric())).collect();
    let sentences = text
        .split(['.', '!', '?', ':'])
        .zip(text.split(['.', '!', '?', ':']).skip(1))
        .filter(|(_, after)| after.is_empty() || after.starts_with(char::is_whitespace))
        .count()
        .max(1);
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    let words_count = words.len().max(1) as f64;
    0.39 * (words_count / sentences as f64) + 11.8 * (syllable_count as f64 / words_count) - 15.59
}

/// The words written in the UI's own files (messages, buttons, notes): every string literal in
/// src/ui/ (and its folders) and the storage and share messages that reads as prose (four words or more).
/// Neighbouring literals in a `view!` are one sentence split over lines, so they are joined.
fn ui_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // Every file under src/ui, its folders too (src/ui/plan/overview/).
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    let mut folders = vec![root.join("ui")];
    while let Some(folder) = folders.pop() {
        for path in std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()) {
            if path.is_dir() {
                folders.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.push(root.join("storage/mod.rs"));
    files.extend(std::fs::read_dir(root.join("storage/schema")).unwrap().map(|e| e.unwrap().path()));
    files.extend([root.join("share.rs"), root.join("backup.rs"), root.join("calendar.rs")]);
    files.sort();
    let mut texts = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let mut joined = String::new();
        let mut last_end = 0;
        for (start, literal) in string_literals(&source) {
            let between = &source[last_end..start];
            if !joined.is_empty() && !between.trim().is_empty() {
                texts.push((name.clone(), std::mem::take(&mut joined)));
            }
            joined.push_str(&literal);
            last_end = start + literal.len() + 2;
        }
        texts.push((name.clone(), joined));
    }
    texts.retain(|(_, text)| {
        text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count() >= 4 && !text.contains("{}") && !text.contains('{')
    });
    texts
}

/// The plain `"..."` literals of a Rust file with their byte offsets (no raw strings, no escapes
/// but `\"`), skipping comments.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') || (bytes.get(i + 1) == Some(&b'\\') && bytes.get(i + 3) == Some(&b'\'')) => {
                i += if bytes[i + 1] == b'\\' { 4 } else { 3 };
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                found.push((start, source[start + 1..i].to_string()));
                i += 1;
            }
            _ => i += 1,
        }
    }
    found
}

fn all_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for q in BANK.questions() {
        let labels: Vec<&str> = q.choices().iter().map(|c| c.label).collect();
        texts.push((q.id.to_string(), format!("{} {} {}", q.prompt, q.hint.unwrap_or(""), labels.join(". "))));
    }
    for g in GUIDANCE {
        texts.push((format!("{} advice", g.id), g.advice.to_string()));
        if !g.already_right.is_empty() {
            texts.push((format!("{} already right", g.id), g.already_right.to_string()));
        }
        for (note, text) in g.notes.iter().chain(g.variants) {
            texts.push((format!("{} {note}", g.id), text.to_string()));
        }
    }
    let signs: Vec<&str> = safety_net_signs().collect();
    texts.push(("safety net".to_string(), format!("{} {}. {}", SAFETY_NET.emergency, signs.join(". "), SAFETY_NET.see_a_doctor)));
    let urgent: Vec<&str> = backcheck::content::triage::safety_net_urgent_signs().collect();
    texts
        .push(("safety net, today".to_string(), format!("{} {}. {}", SAFETY_NET.urgent, urgent.join(". "), SAFETY_NET.urgent_if_pregnant)));
    use backcheck::content::triage::{
        PREGNANCY_EMERGENCY_SIGNS, PREGNANCY_EMERGENCY_TITLE, PREGNANCY_URGENT_SIGNS, PREGNANCY_URGENT_TITLE, PREGNANT_ACTIONS,
        PREGNANT_SAME_DAY, SEE_A_GP_SOON, UNDER_16_ACTION,
    };
    texts.push(("pregnancy signs".to_string(), format!("{PREGNANCY_URGENT_TITLE} {}.", PREGNANCY_URGENT_SIGNS.join(". "))));
    texts.push(("pregnancy, 999".to_string(), format!("{PREGNANCY_EMERGENCY_TITLE} {}.", PREGNANCY_EMERGENCY_SIGNS.join(". "))));
    texts.push(("pregnant".to_string(), format!("{PREGNANT_SAME_DAY} {} {UNDER_16_ACTION}", PREGNANT_ACTIONS.join(" "))));
    texts.push(("see a GP soon".to_string(), format!("{} {}", SEE_A_GP_SOON.summary, SEE_A_GP_SOON.actions.join(" "))));
    use backcheck::content::{about, landing};
    for (name, text) in [
        ("about: who for", about::WHO_FOR),
        ("about: not a diagnosis", about::NOT_A_DIAGNOSIS),
        ("about: privacy", about::PRIVACY),
        ("about: review", about::REVIEW_COVERS),
        ("start page lead", landing::LEAD),
        ("start page privacy", landing::PRIVACY_NOTE),
        ("start page privacy, not saving", landing::PRIVACY_NOTE_NOT_SAVING),
    ] {
        texts.push((name.to_string(), text.to_string()));
    }
    texts.push(("emergency warning".to_string(), EMERGENCY_WARNING.to_string()));
    use backcheck::content::saving;
    for (name, text) in [
        ("saving: not saving", saving::NOT_SAVING),
        ("saving: full", saving::STORAGE_FULL),
        ("saving: cannot read", saving::CANNOT_READ),
        ("saving: left as it is", saving::LEFT_AS_IT_IS),
        ("saving: newer version", saving::NEWER_VERSION_SAVED),
        ("deleting: nothing stored", saving::NOTHING_STORED_TO_DELETE),
        ("deleting: not deleted", saving::NOT_DELETED),
        ("deleting: kept aside", saving::KEPT_ASIDE_NOT_DELETED),
        ("tabs: two checks", saving::TWO_CHECKS_IN_PROGRESS),
        ("tabs: check elsewhere", saving::CHECK_IN_PROGRESS_ELSEWHERE),
    ] {
        texts.push((name.to_string(), text.to_string()));
    }
    texts.push(("infection signs".to_string(), INFECTION_SIGNS.to_string()));
    texts.push(("first safety check note".to_string(), FIRST_SAFETY_CHECK_NOTE.to_string()));
    use backcheck::assessment::{SeeProfessional, Why};
    use backcheck::content::plan;
    texts.push(("named exercises' first session".to_string(), plan::NAMED_FIRST_SESSION.text.to_string()));
    for reason in Why::ALL {
        texts.push((format!("plan {reason:?}"), plan::why(reason).text.to_string()));
        for activity in plan::ACTIVITIES {
            texts.push((format!("plan {reason:?} for {}", activity.id), plan::why_for(reason, activity).text.to_string()));
        }
    }
    for reason in [SeeProfessional::SeverePain(7), SeeProfessional::TwoRedsInARow, SeeProfessional::PainRising] {
        texts.push((format!("plan {reason:?}"), plan::see_professional(reason).text.to_string()));
    }
    texts.push(("pain or soreness".to_string(), plan::PAIN_OR_SORENESS.join(" ")));
    texts.push(("plan on hold".to_string(), format!("{} {}", plan::ON_HOLD, plan::ON_HOLD_STATUS)));
    texts.push(("plan needs a professional's word".to_string(), plan::NEEDS_PROFESSIONAL_WORD.to_string()));
    for professional in [backcheck::assessment::Professional::GpSoon, backcheck::assessment::Professional::GpOrPhysiotherapist] {
        let words = plan::check_first(professional);
        texts.push((
            format!("check first: {professional:?}"),
            format!("{} {} {} {}.", words.make_plan, words.tips, words.hint, words.said_fine),
        ));
    }
    use backcheck::content::session;
    for (name, text) in [
        ("session: start", session::START_HINT),
        ("session: counter", session::COUNT_BUTTON_HINT),
        ("session: per side", session::PER_SIDE_HINT),
        ("session: pace", session::PACE_OWN),
        ("session: all done", session::ALL_DONE),
        ("session: stay enough", session::STAY_ENOUGH),
        ("session: timer", session::TIMER_HINT),
        ("session: tick", session::TICK_HINT),
        ("session: rule, named", session::RULE_NAMED),
        ("session: rule, other", session::RULE_OTHER),
        ("session: screen on", session::SCREEN_ON),
        ("session: not kept", session::NOT_KEPT),
        ("session: screen may dim", session::SCREEN_MAY_DIM),
        ("session: buzz", session::BUZZ),
        ("session: filled in", session::FILLED_IN),
        ("session: filled in, pain", session::FILLED_IN_PAIN),
        ("session: nothing done", session::NOTHING_DONE),
    ] {
        texts.push((name.to_string(), text.to_string()));
    }
    texts.push(("session: time up".to_string(), session::time_up(16)));
    texts.push(("session: breath pace".to_string(), session::breath_pace_own()));
    for stay in [backcheck::assessment::Stay::Breaths { least: 5, most: 10 }, backcheck::assessment::Stay::Seconds { least: 5, most: 10 }] {
        texts.push((format!("session: {stay:?}"), session::stay_words(stay)));
    }
    texts.push(("pain rule".to_string(), plan::PAIN_RULE.to_string()));
    for activity in plan::ACTIVITIES {
        let how_to = plan::how_to(activity.id).expect("every activity has a how-to");
        texts.push((format!("how to: {}", activity.id), how_to.lines.join(" ")));
        for exercise in how_to.exercises {
            texts.push((format!("exercise: {}", exercise.id), format!("{} {}", exercise.steps.join(" "), exercise.feel)));
        }
    }
    for (name, text) in [
        ("plan length", plan::PLAN_LENGTH),
        ("plan length, pain over 12 weeks", plan::PLAN_LENGTH_LONG_PAIN),
        ("paused", plan::PAUSED_STATUS),
        ("finished", plan::FINISHED_STATUS),
        ("stopped", plan::STOPPED_STATUS),
        ("leg pain, no stretches", plan::STRETCHES_FOR_LEG_PAIN.text),
        ("back stretches are the NHS's", plan::BACK_STRETCHES_ARE_THE_NHS_ONES.text),
        ("named exercises start at 5", plan::NAMED_EXERCISES_START_AT_5.text),
        ("health risk factor too", backcheck::content::triage::HEALTH_RISK_FACTOR_TOO),
    ] {
        texts.push((name.to_string(), text.to_string()));
    }
    for (name, text) in [
        ("sign hold, emergency", plan::SIGN_HOLD_EMERGENCY),
        ("sign hold, urgent", plan::SIGN_HOLD_URGENT),
        ("sign hold status, emergency", plan::sign_hold_status(backcheck::assessment::Outcome::Emergency)),
        ("sign hold status, urgent", plan::sign_hold_status(backcheck::assessment::Outcome::Urgent)),
        ("needs a professional's word, status", plan::NEEDS_PROFESSIONAL_WORD_STATUS),
        ("hold, calendar", plan::HOLD_CALENDAR),
        ("morning legend", plan::MORNING_LEGEND),
        ("morning hint", plan::MORNING_HINT),
        ("keep moving", plan::KEEP_MOVING),
        ("flare-up", plan::FLARE_UP_HINT),
        ("days", plan::DAYS_HINT),
        ("named exercises' pain rule", plan::NAMED_PAIN_RULE),
        ("pain during, hint", plan::PAIN_DURING_HINT),
        ("see a professional hold", plan::SEE_PROFESSIONAL_HOLD),
        ("see a professional status, severe", plan::see_professional_status(backcheck::assessment::SeeProfessional::SeverePain(7))),
        ("see a professional status", plan::see_professional_status(backcheck::assessment::SeeProfessional::TwoRedsInARow)),
        ("professional said go on", plan::PROFESSIONAL_SAID_GO_ON),
        ("a GP said go on", plan::GP_SAID_GO_ON),
        ("flare-up source", plan::FLARE_UP_SOURCE),
        ("saved, stepped back", plan::SAVED_STEPPED_BACK),
        ("saved, held", plan::SAVED_HELD),
        ("a GP's word", plan::GP_HOLD),
        ("the pain rule is not for the named exercises", plan::PAIN_RULE_NOT_FOR_NAMED),
        ("check-in signs", plan::CHECK_IN_SIGNS_HINT),
    ] {
        texts.push((name.to_string(), text.to_string()));
    }
    for problem in [
        backcheck::assessment::PlanProblem::NeedsProfessionalWord,
        backcheck::assessment::PlanProblem::ActivityCount,
        backcheck::assessment::PlanProblem::Amount,
        backcheck::assessment::PlanProblem::DayCount,
        backcheck::assessment::PlanProblem::Time,
    ] {
        texts.push((format!("plan problem {problem:?}"), plan::plan_problem(problem).to_string()));
    }
    for problem in [
        backcheck::assessment::CheckInProblem::WhatWasDone,
        backcheck::assessment::CheckInProblem::PainDuring,
        backcheck::assessment::CheckInProblem::SignsUnanswered,
    ] {
        texts.push((format!("check-in problem {problem:?}"), plan::check_in_problem(problem).to_string()));
    }
    for alarm in [plan::CHECK_IN_EMERGENCY, plan::CHECK_IN_URGENT] {
        texts.push(("check-in alarm".to_string(), format!("{} {}", alarm.lead, alarm.actions.join(" "))));
    }
    for too_much in
        [backcheck::assessment::TooMuch::Pain(7), backcheck::assessment::TooMuch::NotSettled, backcheck::assessment::TooMuch::WorseNextDay]
    {
        texts.push(("what happened".to_string(), plan::what_happened(too_much)));
    }
    use backcheck::assessment::RatingProblem;
    use backcheck::content::abilities;
    for (name, text) in [
        ("abilities: name title", abilities::NAME_TITLE.to_string()),
        ("abilities: name intro", abilities::NAME_INTRO.to_string()),
        ("abilities: optional", abilities::NAME_OPTIONAL.to_string()),
        ("abilities: name later", abilities::NAME_LATER_INTRO.to_string()),
        ("abilities: pick", abilities::PICK_SUGGESTED.to_string()),
        ("abilities: stays here", abilities::STAYS_HERE.to_string()),
        ("abilities: rate hint", abilities::RATE_LEGEND_HINT.to_string()),
        ("abilities: anchors", format!("{}. {}.", abilities::SCORE_LOW, abilities::SCORE_HIGH)),
        ("abilities: rate each today", abilities::RATE_EACH_TODAY.to_string()),
        ("abilities: rate again", format!("{} {}", abilities::RATE_AGAIN_TITLE, abilities::rate_again_intro("2 Nov 2026"))),
        ("abilities: not blocking", abilities::RATE_AGAIN_NOT_BLOCKING.to_string()),
        ("abilities: due", abilities::rating_due_words(2, false)),
        ("abilities: due at the end", abilities::rating_due_words(6, true)),
        ("abilities: saved", abilities::RATINGS_SAVED.to_string()),
        ("abilities: scale", abilities::SCALE.text.to_string()),
        ("abilities: real change", abilities::REAL_CHANGE.text.to_string()),
        ("abilities: not better", format!("{} {}", abilities::NOT_BETTER_TITLE, abilities::NOT_BETTER.text)),
        (
            "abilities: not better, both",
            abilities::not_better_text(
                &backcheck::assessment::NotBetter { ratings: Some((40, 43)), pain: Some((30, 30)), ratings_worse: false },
                false,
                false,
            ),
        ),
        (
            "abilities: ratings worse",
            format!(
                "{} {}",
                abilities::RATINGS_WORSE_TITLE,
                abilities::not_better_text(
                    &backcheck::assessment::NotBetter { ratings: Some((60, 40)), pain: None, ratings_worse: true },
                    true,
                    false
                )
            ),
        ),
        ("abilities: not better, ratings", abilities::not_better_ratings(40, 43)),
        ("abilities: not better, pain", abilities::not_better_pain(30, 30)),
        ("abilities: every 2 weeks", abilities::RATE_AGAIN_EVERY.to_string()),
        ("abilities: over time", format!("{} {}.", abilities::OVER_TIME_TITLE, abilities::OVER_TIME_CAPTION)),
        (
            "abilities: table",
            format!(
                "{}. {}. {}. {}. {}.",
                abilities::TABLE_CAPTION,
                abilities::TABLE_AVERAGE,
                abilities::TABLE_CHANGE,
                abilities::TABLE_REAL,
                abilities::TABLE_PAIN
            ),
        ),
        ("abilities: chart", format!("{}. {}. {}.", abilities::CHART_RATINGS, abilities::CHART_PAIN, abilities::PAIN_KEY)),
    ] {
        texts.push((name.to_string(), text));
    }
    for problem in [
        RatingProblem::NoActivity,
        RatingProblem::TooManyActivities,
        RatingProblem::NameTooLong,
        RatingProblem::SameActivityTwice,
        RatingProblem::NotRated,
    ] {
        texts.push((format!("rating problem {problem:?}"), abilities::rating_problem(problem).to_string()));
    }
    // The summary for a GP or physiotherapist, with sample dates and amounts where its words take them.
    use backcheck::assessment::{Hold, Outcome as O, PlanEventKind, PlanStatus, SeeProfessional as S};
    use backcheck::content::summary;
    for (name, text) in [
        ("summary: intro", summary::INTRO.to_string()),
        ("summary: made here", summary::MADE_HERE.to_string()),
        ("summary: made on", summary::made_on("3 Dec 2026", Some(("1 Nov 2026".into(), "2 Dec 2026".into())))),
        ("summary: no check", summary::NO_CHECK.to_string()),
        ("summary: no plan", summary::NO_PLAN.to_string()),
        ("summary: lasted", summary::lasted(Some("6-to-12-weeks"), "2 Dec 2026", Some("under-6-weeks"), "1 Nov 2026").unwrap()),
        ("summary: course", summary::course("same")),
        ("summary: pain change", summary::pain_change("pain-worst-week", 7, 3)),
        ("summary: one check", summary::checks_kept(1, "1 Nov 2026")),
        ("summary: checks", summary::checks_kept(4, "1 Nov 2026")),
        ("summary: left out", summary::left_out(3, "session", "sessions")),
        ("summary: plan started", summary::plan_started("1 Nov 2026", 3, 6)),
        ("summary: plan ends", summary::plan_ends("13 Dec 2026")),
        ("summary: no events", summary::NO_EVENTS.to_string()),
        ("summary: no sessions", summary::NO_SESSIONS.to_string()),
        ("summary: sessions key", summary::SESSIONS_KEY.to_string()),
        ("summary: session pain", summary::session_pain(45, 20)),
        ("summary: chart caption", summary::CHART_CAPTION.to_string()),
        ("summary: chart label", summary::chart_label(3, 12, 2)),
        ("summary: no ratings", summary::NO_RATINGS.to_string()),
        ("summary: ratings credit", summary::RATINGS_CREDIT.to_string()),
        ("summary: real change", summary::ability_change(25, true)),
        ("summary: less than a real change", summary::ability_change(-5, false)),
        ("summary: no change", summary::ability_change(0, false)),
        ("summary: not better", summary::NOT_BETTER.to_string()),
        ("summary: ratings fell", summary::RATINGS_FELL.to_string()),
        ("summary: link intro", summary::LINK_INTRO.to_string()),
        ("summary: link carries", summary::LINK_CARRIES.to_string()),
        ("summary: link too long", summary::LINK_TOO_LONG.to_string()),
    ] {
        texts.push((name.to_string(), text));
    }
    let statuses = [
        PlanStatus::Running { week: 2, weeks: 6 },
        PlanStatus::Paused { since: 0, week: 2, weeks: 6 },
        PlanStatus::Finished,
        PlanStatus::Stopped,
    ];
    let holds = [
        Hold::LatestCheck,
        Hold::SignAtCheckIn(O::Emergency),
        Hold::SignAtCheckIn(O::Urgent),
        Hold::CheckSaysSeeProfessional,
        Hold::SeeProfessional(S::SeverePain(8)),
        Hold::SeeProfessional(S::TwoRedsInARow),
        Hold::SeeProfessional(S::PainRising),
    ];
    for status in statuses {
        texts.push((format!("summary: plan {status:?}"), summary::plan_now(status, None)));
    }
    for hold in holds {
        texts.push((format!("summary: on hold, {hold:?}"), summary::plan_now(statuses[0], Some(hold))));
        texts.push((format!("summary: held, {hold:?}"), format!("{}.", summary::event_words(PlanEventKind::Held(hold)))));
    }
    for kind in [PlanEventKind::Paused, PlanEventKind::FlareUp, PlanEventKind::ProfessionalSaidGoOn, PlanEventKind::Stopped] {
        texts.push((format!("summary: {kind:?}"), format!("{}.", summary::event_words(kind))));
    }
    texts.extend(ui_texts());
    for outcome in Outcome::ALL {
        let t = outcome_text(outcome);
        texts.push((outcome.id().to_string(), format!("{} {}", t.summary, t.actions.join(" "))));
    }
    texts.push(("disclaimer".to_string(), DISCLAIMER.to_string()));
    texts
}

#[test]
fn the_grade_formula_tells_plain_from_hard_text() {
    assert!(grade("The cat sat on the mat. It was warm.") < 2.0);
    let hard = "Musculoskeletal rehabilitation necessitates individualized, evidence-based interventions.";
    assert!(grade(hard) > 14.0);
    assert_eq!(syllables("little"), 2);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("stretching"), 2);
}

#[test]
fn every_text_reads_at_grade_eight_or_lower() {
    let too_hard: Vec<String> = all_texts()
        .into_iter()
        .map(|(id, text)| (id, grade(&text), text))
        .filter(|(_, g, _)| *g > MAX_GRADE)
        .map(|(id, g, text)| format!("{id}: grade {g:.1}: {text}"))
        .collect();
    assert!(too_hard.is_empty(), "texts above grade {MAX_GRADE}:\n{}", too_hard.join("\n"));
}

#[test]
fn all_texts_together_read_at_grade_seven_or_lower() {
    let everything: Vec<String> = all_texts().into_iter().map(|(_, text)| text).collect();
    let overall = grade(&everything.join(" "));
    assert!(overall <= 7.0, "overall grade {overall:.1}");
}

//! Every text a person reads must be plain: Flesch-Kincaid grade 8 or lower.
//!
//! Grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59. Syllables are counted
//! by the usual vowel-group rule, which is what most readability checkers do.

use backcheck::assessment::Outcome;
use backcheck::content::guidance::GUIDANCE;
use backcheck::content::questions::BANK;
use backcheck::content::source::DISCLAIMER;
use backcheck::content::triage::outcome_text;

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
        for (note, text) in g.notes {
            texts.push((format!("{} note {note}", g.id), text.to_string()));
        }
    }
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
        .map(|(id, text)| (id, grade(&text)))
        .filter(|(_, g)| *g > MAX_GRADE)
        .map(|(id, g)| format!("{id}: grade {g:.1}"))
        .collect();
    assert!(too_hard.is_empty(), "texts above grade {MAX_GRADE}:\n{}", too_hard.join("\n"));
}

#[test]
fn all_texts_together_read_at_grade_seven_or_lower() {
    let everything: Vec<String> = all_texts().into_iter().map(|(_, text)| text).collect();
    let overall = grade(&everything.join(" "));
    assert!(overall <= 7.0, "overall grade {overall:.1}");
}

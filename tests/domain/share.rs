//! Results links: round trips, a pinned version 1 code, and refusal of anything broken.

use backcheck::assessment::{is_complete, Answer};
use backcheck::share::{decode, encode, page_url, results_url, LinkProblem};
use proptest::prelude::*;

use crate::profiles::{all_flags_no, all_good, all_good_but, answers, first_release_all_good};

#[test]
fn a_complete_check_round_trips_and_the_code_is_short() {
    for profile in [
        all_good(),
        all_good_but("exercise-types", ["none"]),
        all_good_but("pain-now", 10u8),
        all_good_but("risk-factors", ["age", "steroids"]),
        first_release_all_good(),
    ] {
        let code = encode(&profile);
        assert!(code.len() <= 24, "{code} is not compact");
        let back = decode(&code).unwrap();
        assert_eq!(backcheck::assessment::relevant_answers(&back), backcheck::assessment::relevant_answers(&profile));
    }
    let emergency = answers(&[("emergency-signs", ["chest-pain", "both-legs"].into())]);
    assert_eq!(decode(&encode(&emergency)), Ok(emergency));
}

#[test]
fn version_1_codes_made_before_the_safety_lists_stay_readable() {
    // Made by the first release: the ten yes/no safety questions. It must keep opening, with the
    // questions it answered, and a check like it is shared again as version 1.
    assert_eq!(decode(PINNED_V1), Ok(first_release_all_good()));
    assert_eq!(encode(&first_release_all_good()), PINNED_V1);
}

#[test]
fn version_2_codes_stay_readable() {
    // Made by the release with the safety lists, before the heart and aorta signs joined the
    // emergency list: its bits keep their meaning.
    assert_eq!(decode(PINNED_V2), Ok(all_good()));
    let mut chest_pain = all_good();
    chest_pain.toggle("emergency-signs", "chest-pain").unwrap();
    assert_eq!(decode(PINNED_V2_CHEST_PAIN), Ok(chest_pain));
}

#[test]
fn version_3_codes_stay_readable() {
    // Made by the release before "None of these" moved to the top of the safety lists and the
    // kinds of exercise were put in a new order: every list keeps the order its bits stood for.
    assert_eq!(decode(PINNED_V3), Ok(all_good()));
    assert_eq!(decode("3.AIAAAAAAAAAAAAAFgA"), Ok(answers(&[("emergency-signs", ["tearing"].into())])));
    let no_signs_but = |id: &str, ticks: &[&str]| {
        let mut pairs = all_flags_no();
        pairs.retain(|(question, _)| *question != id);
        pairs.push((id, Answer::Choices(ticks.iter().map(|t| t.to_string()).collect())));
        answers(&pairs)
    };
    assert_eq!(decode("3.ACZABAAAAAAAAADfag"), Ok(no_signs_but("urgent-signs", &["night-pain", "fever"])));
    assert_eq!(decode("3.ACgEBAAAAAAAAADVMA"), Ok(no_signs_but("who-for", &["pregnant"])));
    assert_eq!(decode("3.ACQEBNVWAWqBV3TiEQ"), Ok(all_good_but("exercise-types", ["walking", "hiit", "weights"])));
    let mut risks = all_good();
    risks.set("risk-factors", ["age", "steroids"].into()).unwrap();
    assert_eq!(decode("3.ACQFCNVWAWGBV3TnDQ"), Ok(risks));
}

#[test]
fn version_4_codes_stay_readable() {
    // If this fails, the question bank changed the code layout: add a version 5 layout and keep
    // version 4's, so links people already shared keep working.
    assert_eq!(encode(&all_good()), PINNED_V4);
    assert_eq!(decode(PINNED_V4), Ok(all_good()));
    for ticks in [&["tearing"][..], &["bladder-bowel", "accident"]] {
        let check = answers(&[("emergency-signs", Answer::Choices(ticks.iter().map(|t| t.to_string()).collect()))]);
        assert_eq!(decode(&encode(&check)), Ok(check));
    }
}

const PINNED_V1: &str = "1.VVVTVYBYYFXdf78";
const PINNED_V2: &str = "2.AEgICaqsAsMCruh_EA";
/// The same check with "Chest pain" ticked, as version 2 wrote it (made by the release before the change).
const PINNED_V2_CHEST_PAIN: &str = "2.AQgICaqsAsMCrugI0A";
const PINNED_V3: &str = "3.ACQEBNVWAWGBV3S-CA";
const PINNED_V4: &str = "4.gBICANVWAXgBVVQU5A";

#[test]
fn broken_links_are_refused_with_the_right_reason() {
    let good = encode(&all_good());
    assert_eq!(decode("5.AAAA"), Err(LinkProblem::NewerVersion));
    for broken in [
        "",
        ".",
        "1.",
        "1",
        "0.AAAA",
        "x.AAAA",
        "-1.AAAA",
        "1.!!!!",
        "99999999999.AA",
        &good[..good.len() - 1],
        &good[..good.len() - 3],
        &format!("{good}A"),
        &format!("{good}AAAA"),
    ] {
        assert_eq!(decode(broken), Err(LinkProblem::Broken), "{broken:?}");
    }
    // One changed character anywhere is caught by the checksum or the field checks.
    for i in 2..good.len() {
        let mut tampered = good.clone().into_bytes();
        tampered[i] = if tampered[i] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert!(decode(&tampered).is_err(), "{tampered} was accepted");
    }
}

#[test]
fn an_unfinished_check_cannot_be_shared_as_results() {
    let mut partial = all_good();
    partial.clear("slouching");
    assert!(!is_complete(&partial));
    assert_eq!(decode(&encode(&partial)), Err(LinkProblem::Broken));
}

#[test]
fn links_keep_the_page_address_and_replace_the_fragment() {
    let url = results_url("https://host/a/b/?x=1#q=pain-now", &all_good());
    assert!(url.starts_with("https://host/a/b/?x=1#r=4."), "{url}");
    assert_eq!(page_url("https://host/a/b/#results"), "https://host/a/b/");
}

proptest! {
    #[test]
    fn random_text_never_panics(text in "\\PC{0,40}") {
        let _ = decode(&text);
    }

    #[test]
    fn random_codes_never_panic(version in 0u32..5, bytes in prop::collection::vec(any::<u8>(), 0..20)) {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let text: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % 64] as char).collect();
        if let Ok(answers) = decode(&format!("{version}.{text}")) {
            prop_assert!(is_complete(&answers));
        }
    }

    #[test]
    fn truncations_of_a_real_code_are_refused(cut in 0usize..22) {
        let code = encode(&all_good());
        prop_assume!(cut < code.len());
        prop_assert!(decode(&code[..cut]).is_err());
    }
}

//! Results links: round trips, pinned codes of every version, and refusal of anything broken or changed.

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
    // Made by the release before the CRC-32: the same layout as version 5, with a Fletcher-16.
    assert_eq!(decode(PINNED_V4), Ok(all_good()));
    assert_eq!(decode(PINNED_V4_EMERGENCY), Ok(emergency()));
}

#[test]
fn version_5_codes_are_pinned() {
    // If this fails, the question bank changed the code layout: add a version 6 layout and keep
    // version 5's, so links people already shared keep working.
    for (check, pinned) in [
        (all_good(), PINNED_V5),
        (emergency(), PINNED_V5_EMERGENCY),
        (all_good_but("pain-now", 10u8), "5.gBICAtVWAXgBVVTV-fzK"),
        (all_good_but("risk-factors", ["age", "steroids"]), "5.gBIAhNVWAXgBVVRuW1gR"),
    ] {
        assert_eq!(encode(&check), pinned);
        assert_eq!(decode(pinned), Ok(check));
    }
    for ticks in [&["tearing"][..], &["bladder-bowel", "accident"]] {
        let check = answers(&[("emergency-signs", Answer::Choices(ticks.iter().map(|t| t.to_string()).collect()))]);
        assert_eq!(decode(&encode(&check)), Ok(check));
    }
}

/// An emergency check: two signs ticked, nothing else asked.
fn emergency() -> backcheck::assessment::Answers {
    answers(&[("emergency-signs", ["chest-pain", "both-legs"].into())])
}

const PINNED_V1: &str = "1.VVVTVYBYYFXdf78";
const PINNED_V2: &str = "2.AEgICaqsAsMCruh_EA";
/// The same check with "Chest pain" ticked, as version 2 wrote it (made by the release before the change).
const PINNED_V2_CHEST_PAIN: &str = "2.AQgICaqsAsMCrugI0A";
const PINNED_V3: &str = "3.ACQEBNVWAWGBV3S-CA";
const PINNED_V4: &str = "4.gBICANVWAXgBVVQU5A";
const PINNED_V4_EMERGENCY: &str = "4.CIAAAAAAAAAAAABdiA";
const PINNED_V5: &str = "5.gBICANVWAXgBVVSX3Pu3";
const PINNED_V5_EMERGENCY: &str = "5.CIAAAAAAAAAAAACrmW8_";

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `code` with its characters at `places` (counted from the version's first digit) changed to `to`.
fn changed(code: &str, places: &[usize], to: &[u8]) -> String {
    let mut bytes = code.as_bytes().to_vec();
    for (place, character) in places.iter().zip(to) {
        bytes[*place] = *character;
    }
    String::from_utf8(bytes).unwrap()
}

/// Every change of one character of `code`'s data; and of two: two neighbours to every pair of
/// characters (with the changes of one character, that is every change of one byte), two places
/// further apart to every fourth character of the alphabet at each.
fn one_and_two_character_changes(code: &str) -> Vec<String> {
    let data = code.find('.').unwrap() + 1..code.len();
    let others = |place: usize, step: usize| ALPHABET.iter().step_by(step).copied().filter(move |c| *c != code.as_bytes()[place]);
    let mut codes: Vec<String> = data.clone().flat_map(|place| others(place, 1).map(move |c| changed(code, &[place], &[c]))).collect();
    for first in data.clone() {
        for second in first + 1..data.end {
            let step = if second == first + 1 { 1 } else { 4 };
            codes.extend(others(first, step).flat_map(|a| others(second, step).map(move |b| changed(code, &[first, second], &[a, b]))));
        }
    }
    codes
}

#[test]
fn a_changed_emergency_code_never_opens_as_another_result() {
    refused_or_the_same_whenever_changed(&emergency());
}

#[test]
fn a_changed_self_care_code_never_opens_as_another_result() {
    refused_or_the_same_whenever_changed(&all_good());
}

fn refused_or_the_same_whenever_changed(check: &backcheck::assessment::Answers) {
    let code = encode(check);
    let changes = one_and_two_character_changes(&code);
    assert!(changes.len() > 100_000, "{}", changes.len());
    for tampered in changes {
        if let Ok(read) = decode(&tampered) {
            assert_eq!(&read, check, "{tampered} opens as another check than {code}");
        }
    }
}

#[test]
fn every_change_of_one_or_two_bytes_of_a_version_5_code_is_caught_by_its_crc() {
    // A CRC is linear: changed bytes shift it by the CRC of the change alone, whatever the answers.
    // So two changed bytes go unseen only where their shifts are equal: every change of one byte
    // of a complete check's data (11 bytes, after the version's digit) or of its 4 checksum bytes
    // shifts it by a different amount, never by none.
    const CRC: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);
    let data = (PINNED_V5.len() - "5.".len()) * 6 / 8 - 4;
    assert_eq!(data, 11);
    let zeros = CRC.checksum(&vec![0; 1 + data]);
    let mut shifts = std::collections::BTreeSet::new();
    for place in 0..data + 4 {
        for value in 1..=255u8 {
            let shift = if place < data {
                let mut change = vec![0; 1 + data];
                change[1 + place] = value;
                CRC.checksum(&change) ^ zeros
            } else {
                u32::from(value) << (8 * (data + 3 - place))
            };
            assert!(shift != 0 && shifts.insert(shift), "byte {place} changed by {value} shifts the CRC as another change does");
        }
    }
}

#[test]
fn version_5_refuses_the_changes_that_version_4s_checksum_let_through() {
    // Found by trying every change of two characters of these version 4 codes: each still opens
    // as another check (as version 4 links always have). The same changes to version 5 codes,
    // whose data is the same but for the checksum, are refused.
    for (v4, v5, places, to) in [
        (PINNED_V4, PINNED_V5, [2, 7], *b"QR"),
        (PINNED_V4, PINNED_V5, [10, 12], *b"ge"),
        (PINNED_V4_EMERGENCY, PINNED_V5_EMERGENCY, [2, 8], *b"O_"),
        (PINNED_V4_EMERGENCY, PINNED_V5_EMERGENCY, [6, 12], *b"M_"),
        (PINNED_V4_EMERGENCY, PINNED_V5_EMERGENCY, [6, 13], *b"zz"),
    ] {
        let (old, new) = (changed(v4, &places, &to), changed(v5, &places, &to));
        assert!(decode(&old).is_ok_and(|read| read != decode(v4).unwrap()), "{old}");
        assert_eq!(decode(&new), Err(LinkProblem::Broken), "{new}");
    }
}

#[test]
fn broken_links_are_refused_with_the_right_reason() {
    let good = encode(&all_good());
    assert_eq!(decode("6.AAAA"), Err(LinkProblem::NewerVersion));
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
        &PINNED_V5.replacen('5', "4", 1),
        &PINNED_V4.replacen('4', "5", 1),
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
    assert!(url.starts_with("https://host/a/b/?x=1#r=5."), "{url}");
    assert_eq!(page_url("https://host/a/b/#results"), "https://host/a/b/");
}

proptest! {
    #[test]
    fn random_text_never_panics(text in "\\PC{0,40}") {
        let _ = decode(&text);
    }

    #[test]
    fn random_codes_never_panic(version in 0u32..7, bytes in prop::collection::vec(any::<u8>(), 0..20)) {
        let text: String = bytes.iter().map(|b| ALPHABET[usize::from(*b) % 64] as char).collect();
        if let Ok(answers) = decode(&format!("{version}.{text}")) {
            prop_assert!(is_complete(&answers));
        }
    }

    #[test]
    fn truncations_of_a_real_code_are_refused(cut in 0usize..24) {
        let code = encode(&all_good());
        prop_assume!(cut < code.len());
        prop_assert!(decode(&code[..cut]).is_err());
    }
}

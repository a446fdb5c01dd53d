//! Share links. The quiz link is the page itself; a results link carries the answers in the URL
//! fragment (never sent to a server) in a compact, versioned, checksummed code: `#r=5.<base64url>`.
//!
//! Every code version lists the questions it carries (`LAYOUT_V1` to `LAYOUT_V5`), and a released
//! version keeps the choices it was made with, in their order (`released_choices`). For each, in order, a bit field
//! (most significant bit first): yes/no in 2 bits (0 unanswered, 1 no, 2 yes); a scale as
//! value - min + 1 (0 unanswered); a single choice as its index + 1 (0 unanswered); a multiple
//! choice as one bit per choice. Fields use the fewest bits that hold their largest value, the
//! last byte is padded with zero bits, and a checksum follows (`checksum`): from version 5 a
//! CRC-32 (ISO-HDLC, zlib's) of the version's digits and those bytes, 4 bytes big-endian; up to
//! version 4 a Fletcher-16 of those bytes, which let a few changes of two bytes through as another
//! result. Any change to the question bank that changes a layout needs a new version (tests pin a
//! code of each version, so it cannot happen by accident).

use crate::assessment::{answered_first_safety_check, is_complete, Answer, Answers, Question, QuestionId, QuestionKind};
use crate::content::questions::BANK;

/// The version new links are made with.
pub const CODE_VERSION: u32 = 5;

/// Version 1: the first release's questions, with its ten yes/no safety questions. Released:
/// never edit it.
const LAYOUT_V1: &[QuestionId] = &[
    "flag-bladder-bowel",
    "flag-saddle-numbness",
    "flag-leg-weakness",
    "flag-trauma",
    "flag-fever",
    "flag-cancer-history",
    "flag-weight-loss",
    "flag-night-pain",
    "flag-bone-weakness",
    "flag-age",
    "pain-now",
    "pain-worst-week",
    "pain-duration",
    "leg-pain",
    "aggravating-moves",
    "pain-with-activity",
    "active-days",
    "exercise-types",
    "warm-up",
    "stretching",
    "toe-touches",
    "sitting-hours",
    "slouching",
    "bed-rest-days",
    "push-through-pain",
    "exercise-worry",
];

/// Version 2: the safety check as tick lists, and two more questions about the pain.
const LAYOUT_V2: &[QuestionId] = &[
    "emergency-signs",
    "who-for",
    "urgent-signs",
    "risk-factors",
    "pain-now",
    "pain-worst-week",
    "pain-duration",
    "pain-course",
    "leg-pain",
    "daily-life",
    "aggravating-moves",
    "pain-with-activity",
    "active-days",
    "exercise-types",
    "warm-up",
    "stretching",
    "toe-touches",
    "sitting-hours",
    "slouching",
    "bed-rest-days",
    "push-through-pain",
    "exercise-worry",
];

/// Version 3: version 2's questions, with the emergency signs that came since (heart attack and
/// torn aorta).
const LAYOUT_V3: &[QuestionId] = LAYOUT_V2;

/// Version 4: version 3's questions, with "None of these" first on the safety lists, the most
/// common kinds of exercise first, and "how often" answers from the least often (`released_choices` keeps the order older versions had).
const LAYOUT_V4: &[QuestionId] = LAYOUT_V2;

/// Version 5: version 4's questions and choices, checked by a CRC-32 instead of a Fletcher-16.
const LAYOUT_V5: &[QuestionId] = LAYOUT_V2;

/// The emergency signs as versions 1 and 2 knew them: a released layout keeps the choices it was
/// made with, so its bits keep their meaning when the bank's list grows. Released: never edit it.
const EMERGENCY_SIGNS_V2: &[&str] = &[
    "bladder-bowel",
    "toilet-feeling",
    "saddle-numbness",
    "both-legs",
    "leg-weaker",
    "unsteady-walking",
    "sexual-problems",
    "chest-pain",
    "accident",
    "none",
];

/// The emergency signs as version 3 knew them.
const EMERGENCY_SIGNS_V3: &[&str] = &[
    "bladder-bowel",
    "toilet-feeling",
    "saddle-numbness",
    "both-legs",
    "leg-weaker",
    "unsteady-walking",
    "sexual-problems",
    "chest-pain",
    "tearing",
    "accident",
    "none",
];

/// The other lists versions 1 to 3 carried, in the order they had: "None of these" last, and the
/// kinds of exercise as first released.
const WHO_FOR_V3: &[&str] = &["under-16", "pregnant", "neither"];
const URGENT_SIGNS_V3: &[&str] =
    &["fever", "weight-loss", "lump-or-shape", "night-pain", "upper-back", "cough-sneeze", "strain-weak-bones", "none"];
const RISK_FACTORS_V3: &[&str] = &["cancer", "steroids", "weak-bones", "weak-immune", "injects-drugs", "recent-infection", "age", "none"];
const EXERCISE_TYPES_V3: &[&str] = &[
    "running-jumping",
    "hiit",
    "overhead-weights",
    "weights",
    "yoga-pilates",
    "walking",
    "swimming",
    "cycling",
    "elliptical",
    "team-sports",
    "none",
];

/// The choices a released version's bits stand for, where they differ from the bank's order now.
/// Released: never edit an entry, add one for the next version that changes a list.
fn released_choices(version: u32, question: QuestionId) -> Option<&'static [&'static str]> {
    Some(match (version, question) {
        (1 | 2, "emergency-signs") => EMERGENCY_SIGNS_V2,
        (3, "emergency-signs") => EMERGENCY_SIGNS_V3,
        (1..=3, "who-for") => WHO_FOR_V3,
        (1..=3, "urgent-signs") => URGENT_SIGNS_V3,
        (1..=3, "risk-factors") => RISK_FACTORS_V3,
        (1..=3, "exercise-types") => EXERCISE_TYPES_V3,
        (1..=3, "slouching") => &["often", "sometimes", "rarely"],
        (1..=3, "push-through-pain") => &["often", "sometimes", "never"],
        _ => return None,
    })
}

/// One field of a layout: the question, and the choices its bits stand for (by id, in order).
struct Field {
    question: &'static Question,
    choices: Vec<&'static str>,
}

/// The fields a code version carries, from the bank.
fn layout(version: u32) -> Option<Vec<Field>> {
    let ids = match version {
        1 => LAYOUT_V1,
        2 => LAYOUT_V2,
        3 => LAYOUT_V3,
        4 => LAYOUT_V4,
        5 => LAYOUT_V5,
        _ => return None,
    };
    let field = |id: &&str| {
        let question = BANK.question(id).expect("released layouts name only questions the bank keeps");
        let choices = match released_choices(version, question.id) {
            Some(released) => released.to_vec(),
            None => question.choices().iter().map(|choice| choice.id).collect(),
        };
        Field { question, choices }
    };
    Some(ids.iter().map(field).collect())
}

/// Why a results link could not be opened, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// Made by a newer version of the app.
    NewerVersion,
    /// Cut short, changed, or not a Backcheck link.
    Broken,
}

impl LinkProblem {
    pub fn message(&self) -> &'static str {
        match self {
            LinkProblem::NewerVersion => "This results link was made by a newer version of Backcheck. Reload the page to update, then open the link again.",
            LinkProblem::Broken => "This results link is broken or incomplete, so it cannot be shown. Ask for the link again, or take the check yourself below.",
        }
    }
}

fn bits_for(largest: usize) -> u32 {
    usize::BITS - largest.leading_zeros()
}

impl Field {
    /// The field's width, in bits.
    fn width(&self) -> u32 {
        match self.question.kind {
            QuestionKind::YesNo => 2,
            QuestionKind::Scale { min, max, .. } => bits_for(usize::from(max - min) + 1),
            QuestionKind::SingleChoice(_) => bits_for(self.choices.len()),
            QuestionKind::MultipleChoice(_) => self.choices.len() as u32,
        }
    }

    fn value(&self, answer: Option<&Answer>) -> u64 {
        let count = self.choices.len() as u64;
        let index_of = |id: &str| self.choices.iter().position(|choice| *choice == id).unwrap_or(0) as u64;
        match (self.question.kind, answer) {
            (QuestionKind::YesNo, Some(Answer::YesNo(yes))) => 1 + u64::from(*yes),
            (QuestionKind::Scale { min, .. }, Some(Answer::Scale(value))) => u64::from(value - min) + 1,
            (QuestionKind::SingleChoice(_), Some(Answer::Choice(choice))) => index_of(choice) + 1,
            (QuestionKind::MultipleChoice(_), Some(Answer::Choices(picked))) => {
                picked.iter().map(|pick| 1u64 << (count - 1 - index_of(pick))).fold(0, |mask, bit| mask | bit)
            }
            _ => 0,
        }
    }

    fn answer(&self, value: u64) -> Result<Option<Answer>, LinkProblem> {
        if value == 0 {
            return Ok(None);
        }
        let count = self.choices.len() as u64;
        let choice_id = |index: u64| self.choices.get(index as usize).map(|id| id.to_string()).ok_or(LinkProblem::Broken);
        Ok(Some(match self.question.kind {
            QuestionKind::YesNo if value <= 2 => Answer::YesNo(value == 2),
            QuestionKind::YesNo => return Err(LinkProblem::Broken),
            QuestionKind::Scale { min, .. } => Answer::Scale(u8::try_from(value - 1 + u64::from(min)).map_err(|_| LinkProblem::Broken)?),
            QuestionKind::SingleChoice(_) => Answer::Choice(choice_id(value - 1)?),
            QuestionKind::MultipleChoice(_) => Answer::Choices(
                (0..count).filter(|index| value & (1 << (count - 1 - index)) != 0).map(choice_id).collect::<Result<_, _>>()?,
            ),
        }))
    }
}

fn fletcher16(bytes: &[u8]) -> [u8; 2] {
    let (mut low, mut high) = (0u16, 0u16);
    for byte in bytes {
        low = (low + u16::from(*byte)) % 255;
        high = (high + low) % 255;
    }
    [high as u8, low as u8]
}

/// Bit by bit, with no lookup table: the first load has no room for a 1 KiB table, and a code is
/// a few bytes long.
const CRC_32: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

/// The checksum that follows a version's payload. From version 5 it checks the version's digits
/// too, so a code cannot pass for a code of another version whose payload is as long.
fn checksum(version: u32, payload: &[u8]) -> Vec<u8> {
    if version <= 4 {
        return fletcher16(payload).to_vec();
    }
    let mut digest = CRC_32.digest();
    // The version's one digit as written in the code (5 to 9; `decode` reads no other).
    digest.update(&[b'0' + version as u8]);
    digest.update(payload);
    digest.finalize().to_be_bytes().to_vec()
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(BASE64URL[(group >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            group |= (BASE64URL.iter().position(|b| b == c)? as u32) << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        bytes.extend((0..produced).map(|i| (group >> (16 - 8 * i)) as u8));
        // Bits beyond the last whole byte must be zero, so every code has one spelling.
        if group & ((1 << (24 - 8 * produced)) - 1) != 0 {
            return None;
        }
    }
    Some(bytes)
}

/// Bit `position` of `bytes`, counting from the most significant bit of the first byte.
fn bit_at(bytes: &[u8], position: u32) -> u8 {
    bytes[(position / 8) as usize] >> (7 - position % 8) & 1
}

fn payload_bits(layout: &[Field]) -> u32 {
    layout.iter().map(Field::width).sum()
}

/// The code for these answers, as it goes after `#r=`. A check made with the first release's
/// safety questions keeps their version, so its link shows the same result.
pub fn encode(answers: &Answers) -> String {
    let version = if answered_first_safety_check(answers) { 1 } else { CODE_VERSION };
    let layout = layout(version).expect("every version made has a layout");
    let mut bytes = vec![0u8; payload_bits(&layout).div_ceil(8) as usize];
    let mut position = 0u32;
    for field in layout {
        let (value, bits) = (field.value(answers.get(field.question.id)), field.width());
        for bit in 0..bits {
            if value >> (bits - 1 - bit) & 1 == 1 {
                bytes[(position / 8) as usize] |= 0x80 >> (position % 8);
            }
            position += 1;
        }
    }
    bytes.extend(checksum(version, &bytes));
    format!("{version}.{}", base64url_encode(&bytes))
}

/// Reads a results code. Anything but a complete, untouched code from a known version is refused.
pub fn decode(code: &str) -> Result<Answers, LinkProblem> {
    let (version, data) = code.split_once('.').ok_or(LinkProblem::Broken)?;
    if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkProblem::Broken);
    }
    let (version, layout) = match version.parse::<u32>() {
        Ok(newer) if newer > CODE_VERSION => return Err(LinkProblem::NewerVersion),
        Ok(known) => (known, layout(known).ok_or(LinkProblem::Broken)?),
        Err(_) => return Err(LinkProblem::Broken),
    };
    let bytes = base64url_decode(data).ok_or(LinkProblem::Broken)?;
    let payload_len = payload_bits(&layout).div_ceil(8) as usize;
    let (payload, sum) = bytes.split_at_checked(payload_len).ok_or(LinkProblem::Broken)?;
    if checksum(version, payload) != sum {
        return Err(LinkProblem::Broken);
    }
    let mut answers = BANK.answers();
    let mut position = 0u32;
    for field in layout {
        let mut value = 0u64;
        for _ in 0..field.width() {
            value = value << 1 | u64::from(bit_at(payload, position));
            position += 1;
        }
        if let Some(answer) = field.answer(value)? {
            answers.set(field.question.id, answer).map_err(|_| LinkProblem::Broken)?;
        }
    }
    if (position..payload_len as u32 * 8).any(|p| bit_at(payload, p) == 1) {
        return Err(LinkProblem::Broken);
    }
    if !is_complete(&answers) {
        return Err(LinkProblem::Broken);
    }
    Ok(answers)
}

/// The address of this page without its fragment: the link to the start of the quiz.
pub fn page_url(href: &str) -> &str {
    href.split('#').next().unwrap_or(href)
}

pub fn results_url(href: &str, answers: &Answers) -> String {
    format!("{}#r={}", page_url(href), encode(answers))
}

/// How a share attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it (or the person closed it).
    ByShareSheet,
    /// Copied to the clipboard.
    Copied,
    /// Neither worked; show the link for copying by hand.
    Failed,
}

/// Shares a link with the system share sheet where the browser has one (phones), otherwise
/// copies it to the clipboard.
pub async fn share_or_copy(title: &str, url: &str) -> Shared {
    use wasm_bindgen_futures::JsFuture;
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    if js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false) {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(url);
        // A cancelled share sheet rejects too; the person chose, so nothing more to do.
        return match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Shared::ByShareSheet,
            Err(error) if is_abort(&error) => Shared::ByShareSheet,
            Err(_) => copy(&navigator, url).await,
        };
    }
    copy(&navigator, url).await
}

async fn copy(navigator: &web_sys::Navigator, url: &str) -> Shared {
    if !js_sys::Reflect::has(navigator, &"clipboard".into()).unwrap_or(false) {
        return Shared::Failed;
    }
    match wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(url)).await {
        Ok(_) => Shared::Copied,
        Err(_) => Shared::Failed,
    }
}

fn is_abort(error: &wasm_bindgen::JsValue) -> bool {
    use wasm_bindgen::JsCast;
    error.dyn_ref::<web_sys::DomException>().is_some_and(|e| e.name() == "AbortError")
}

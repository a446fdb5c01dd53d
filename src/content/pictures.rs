//! Line drawings of the plan's five named exercises: one for each step of each, 15 in all, so a
//! person can see the position a step gives as well as read it.
//!
//! The drawings are plain SVG files in `public/exercises/`, named `<exercise id>-<step>.svg` with the
//! step counted from 1 (`knee-rolls-1.svg` is the first step of knee rolls). The app shows them with
//! `<img>`; each one draws its own light background, so it reads the same in the light and dark themes,
//! and the `alt` here is the whole of its text: a picture holds no words.
//!
//! One style for all: a simple figure seen from the side (head, a thick line for the body, thick
//! lines for the limbs) on a floor line; a small flat cushion under the head where the step says so;
//! dark lines, and one blue only for what moves in that step (an arrow, or the part that moves).
//! Knee rolls are the one change of view: the first step is seen from the side, like the other
//! lying-down steps, but the roll itself cannot be seen from the side, so steps 2 and 3 are seen from
//! above.
//!
//! Each picture was drawn from the app's own step (see `plan.rs`) and the NHS sentence that step
//! comes from (NHS: Lower back pain exercises; for knee rolls also NHS inform: Exercises for back
//! pain), and draws nothing the step does not say. Each was then rendered to PNG in a headless browser
//! at 320 px and 160 px wide and looked at beside its step. `docs/pictures.md` lists, for each
//! picture, the step, the NHS sentence, what it shows and how it was checked.

/// One exercise picture: the file (relative to the site's root, as an `<img src>`), and its text
/// alternative.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Picture {
    /// "exercises/knee-rolls-1.svg"
    pub file: &'static str,
    /// What the picture shows, in plain words.
    pub alt: &'static str,
}

const fn p(file: &'static str, alt: &'static str) -> Picture {
    Picture { file, alt }
}

/// For each named exercise (by its id in `plan.rs`), the pictures of its steps, in order.
const PICTURES: &[(&str, [Picture; 3])] = &[
    (
        "knee-rolls",
        [
            p(
                "exercises/knee-rolls-1.svg",
                "Lying on your back, seen from the side. A small flat cushion is under your head. Your knees are bent and together, with your feet on the floor.",
            ),
            p(
                "exercises/knee-rolls-2.svg",
                "Lying on your back, seen from above. Both shoulders stay flat on the floor. Both knees have rolled together to one side. An arrow shows them rolling over.",
            ),
            p(
                "exercises/knee-rolls-3.svg",
                "Lying on your back, seen from above. Your knees have rolled over to the other side, and your shoulders are still flat. An arrow shows them rolling back across the middle to this side.",
            ),
        ],
    ),
    (
        "pelvic-tilts",
        [
            p(
                "exercises/pelvic-tilts-1.svg",
                "Lying on your back, seen from the side. A small flat cushion is under your head. Your knees are bent, with your feet flat on the floor.",
            ),
            p(
                "exercises/pelvic-tilts-2.svg",
                "Lying on your back with your knees bent. Your lower back is gently flat on the floor. An arrow points down.",
            ),
            p(
                "exercises/pelvic-tilts-3.svg",
                "Lying on your back with your knees bent. Your lower back now arches a little, with a small gap under it. An arrow points up and down, to show you rock slowly between the two.",
            ),
        ],
    ),
    (
        "bottom-to-heels",
        [
            p(
                "exercises/bottom-to-heels-1.svg",
                "On your hands and knees, seen from the side. Your knees are under your hips and your hands are under your shoulders. Your back and neck are fairly straight, and your elbows are a little bent.",
            ),
            p(
                "exercises/bottom-to-heels-2.svg",
                "Your bottom has moved back towards your heels. Your hands stay in the same place on the floor. An arrow shows your bottom moving back.",
            ),
            p(
                "exercises/bottom-to-heels-3.svg",
                "The same stretch, with your bottom near your heels. An arrow shows the way forward again, back to your hands and knees.",
            ),
        ],
    ),
    (
        "back-extensions",
        [
            p(
                "exercises/back-extensions-1.svg",
                "Lying on your front, seen from the side. You rest on your forearms, with your elbows bent by your sides. Your head looks down at the floor.",
            ),
            p(
                "exercises/back-extensions-2.svg",
                "Your hands press down, so your chest lifts and your back arches a little. Your hips stay on the floor, and your head is not tipped back. An arrow points up.",
            ),
            p(
                "exercises/back-extensions-3.svg",
                "The same lifted position, held for 5 to 10 seconds. An arrow points down, to show you lower yourself back down.",
            ),
        ],
    ),
    (
        "tummy-tightening",
        [
            p(
                "exercises/tummy-tightening-1.svg",
                "Lying on your back, as for pelvic tilts. A small flat cushion is under your head. Your knees are bent, with your feet flat on the floor.",
            ),
            p(
                "exercises/tummy-tightening-2.svg",
                "Lying on your back with your knees bent. The muscles low in your tummy draw up. An arrow points along your tummy towards your chest.",
            ),
            p(
                "exercises/tummy-tightening-3.svg",
                "Lying on your back with your knees bent. The muscles low in your tummy stay gently drawn up while you breathe.",
            ),
        ],
    ),
];

/// The picture of step `step` (0-based) of the named exercise `exercise_id`.
pub fn picture(exercise_id: &str, step: usize) -> Option<Picture> {
    PICTURES.iter().find(|(id, _)| *id == exercise_id).and_then(|(_, pictures)| pictures.get(step).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 5] = ["knee-rolls", "pelvic-tilts", "bottom-to-heels", "back-extensions", "tummy-tightening"];

    #[test]
    fn every_step_of_every_named_exercise_has_its_own_picture() {
        for id in IDS {
            for step in 0..3 {
                let picture = picture(id, step).unwrap_or_else(|| panic!("{id} step {step}"));
                assert_eq!(picture.file, format!("exercises/{id}-{}.svg", step + 1));
                assert!(!picture.alt.is_empty());
            }
            assert_eq!(picture(id, 3), None);
        }
        assert_eq!(picture("walking", 0), None);
    }

    #[test]
    fn every_picture_file_is_there() {
        let root = std::path::Path::new(option_env!("CARGO_MANIFEST_DIR").unwrap_or(".")).join("public");
        for (_, pictures) in PICTURES {
            for picture in pictures {
                let svg = std::fs::read_to_string(root.join(picture.file)).unwrap_or_else(|_| panic!("{}", picture.file));
                assert!(svg.starts_with("<svg") && !svg.contains("<script") && !svg.contains("href"), "{}", picture.file);
            }
        }
    }
}

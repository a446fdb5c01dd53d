//! Every source the app's advice comes from, as a value: each guidance card, triage outcome,
//! safety-net tier and plan text names the entries it rests on (`sources`), so a text cannot cite
//! a source that is not here, and the About page lists exactly this register with what each
//! source supports. Backcheck's own cautious choices are an entry of their own, said as such.

/// One entry of the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The article every exercise tip comes from (`content::source::ARTICLE`).
    Article,
    NhsBackPain,
    /// The NHS's named back exercises: how to do each, and how many times.
    NhsBackExercises,
    /// NHS inform's back exercises: start at 5 of each, add 1 or 2 every few days if comfortable.
    NhsInformBackExercises,
    NhsSciatica,
    NhsCaudaEquina,
    NhsBackPainInPregnancy,
    /// An NHS trust's maternity advice: when to call the midwife, and when 999.
    NhsTrustCallTheMidwife,
    NhsHeartAttack,
    NhsAorticDissection,
    NiceCksLowBackPain,
    NiceCksSciatica,
    NiceNg59,
    NiceNg234,
    Silbernagel2007,
    Lindstrom1992,
    /// The Patient-Specific Functional Scale: what a person can do, rated 0 to 10.
    Psfs1995,
    AbbottSchmitt2014,
    Childs2005,
    /// A number or rule no source gives: Backcheck's own cautious choice, and said to be.
    OwnChoice,
}

/// What the About page says of a source.
pub struct SourceEntry {
    pub title: &'static str,
    /// What Backcheck takes from it.
    pub supports: &'static str,
    /// Where to read it; empty where there is no page to link (the article's address is not in
    /// the source material; Backcheck's own choices are this app's).
    pub url: &'static str,
}

impl Source {
    pub const ALL: [Source; 20] = [
        Source::Article,
        Source::NhsBackPain,
        Source::NhsBackExercises,
        Source::NhsInformBackExercises,
        Source::NhsSciatica,
        Source::NhsCaudaEquina,
        Source::NhsBackPainInPregnancy,
        Source::NhsTrustCallTheMidwife,
        Source::NhsHeartAttack,
        Source::NhsAorticDissection,
        Source::NiceCksLowBackPain,
        Source::NiceCksSciatica,
        Source::NiceNg59,
        Source::NiceNg234,
        Source::Silbernagel2007,
        Source::Lindstrom1992,
        Source::Psfs1995,
        Source::AbbottSchmitt2014,
        Source::Childs2005,
        Source::OwnChoice,
    ];

    pub fn entry(self) -> SourceEntry {
        let (title, supports, url) = match self {
            Source::Article => (
                "“Should I Exercise with Lower Back Pain?” (LivaFortis blog, 16 September 2020)",
                "Every exercise tip. The article also says to always check with a health professional before you exercise for low back pain: see Backcheck's own choices for how Backcheck says it.",
                "",
            ),
            Source::NhsBackPain => (
                "NHS: Back pain",
                "When to call 999, when to get an urgent appointment or call 111, and when to see a GP.",
                "https://www.nhs.uk/conditions/back-pain/",
            ),
            Source::NhsBackExercises => (
                "NHS: Lower back pain exercises",
                "The plan's named exercises (knee rolls, pelvic tilts, the bottom to heels stretch, back extensions and tummy tightening): how to do each, how many times at most, and to see a GP if one causes severe pain.",
                "https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/",
            ),
            Source::NhsInformBackExercises => (
                "NHS inform: Exercises for back pain",
                "Starting the named exercises at 5 times each and adding only a little at a time, and stopping one that makes your pain worse or causes new pain.",
                "https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain/",
            ),
            Source::NhsSciatica => (
                "NHS: Sciatica",
                "Pain that spreads down the leg, and bladder or bowel trouble that is not normal for you.",
                "https://www.nhs.uk/conditions/sciatica/",
            ),
            Source::NhsCaudaEquina => (
                "NHS: Cauda equina syndrome",
                "The signs of pressure on the nerves at the base of the spine.",
                "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
            ),
            Source::NhsBackPainInPregnancy => (
                "NHS: Back pain in pregnancy",
                "Who to ask about back pain when you are pregnant, and when to contact your midwife or maternity unit now.",
                "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/",
            ),
            Source::NhsTrustCallTheMidwife => (
                "University Hospitals Birmingham NHS Trust: When to call the midwife",
                "In pregnancy, a high temperature, light bleeding or pain when you pee need the midwife or maternity unit. Heavy bleeding, or sharp or constant tummy pain that does not come and go in waves, needs 999.",
                "https://www.uhb.nhs.uk/services/maternity/when-to-call-the-midwife.htm",
            ),
            Source::NhsHeartAttack => (
                "NHS: Heart attack",
                "Chest pain, or feeling short of breath, sweaty or sick with the pain: call 999.",
                "https://www.nhs.uk/conditions/heart-attack/",
            ),
            Source::NhsAorticDissection => (
                "NHS: Aortic dissection",
                "Sudden, severe pain in the chest or upper back, sometimes felt as tearing or ripping, or sudden, severe tummy pain: call 999.",
                "https://www.nhs.uk/conditions/aortic-dissection/",
            ),
            Source::NiceCksLowBackPain => (
                "NICE CKS: Back pain - low (without radiculopathy)",
                "Warning signs of a break, an infection or cancer in the spine, such as a past cancer.",
                "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
            ),
            Source::NiceCksSciatica => (
                "NICE CKS: Sciatica (lumbar radiculopathy)",
                "Leg pain that comes from a nerve in the back.",
                "https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/",
            ),
            Source::NiceNg59 => (
                "NICE guideline NG59: Low back pain and sciatica in over 16s",
                "Staying active and exercise, and that the advice is for people aged 16 and over. It has no list of warning signs.",
                "https://www.nice.org.uk/guidance/ng59",
            ),
            Source::NiceNg234 => (
                "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression",
                "When back pain after a cancer needs advice today: pain that is severe or keeps getting worse. Summaries of it name the cancers most likely to affect the spine, which Backcheck gives only as examples: breast, lung, prostate, kidney and thyroid cancer, and myeloma.",
                "https://www.nice.org.uk/guidance/ng234",
            ),
            Source::Silbernagel2007 => (
                "Silbernagel and others, Am J Sports Med 2007",
                "The plan's pain rule: up to 5 out of 10, no worse the next morning, not rising week to week. It is a study of Achilles tendon pain; its model is adapted here for the back.",
                "https://pubmed.ncbi.nlm.nih.gov/17307888/",
            ),
            Source::Lindstrom1992 => (
                "Lindström and others, Phys Ther 1992",
                "Building activity up gradually. It was a programme led by physiotherapists for workers off sick with back pain.",
                "https://pubmed.ncbi.nlm.nih.gov/1533941/",
            ),
            Source::Psfs1995 => (
                "Stratford, Gill, Westaway and Binkley, Physiotherapy Canada 1995: the Patient-Specific Functional Scale",
                "Naming up to 3 everyday activities your back makes hard and rating each from 0 (cannot do it) to 10 (as before the problem), the average as the score, and that a change of 2 points in the average (3 in one activity) is more than the scale's own error. Backcheck asks in its own words. The Shirley Ryan AbilityLab's database of rehabilitation measures describes the scale and gives its cost as free. The 2 and 3 points are printed on the scale's standard form.",
                "https://www.sralab.org/rehabilitation-measures/patient-specific-functional-scale",
            ),
            Source::AbbottSchmitt2014 => (
                "Abbott and Schmitt, J Orthop Sports Phys Ther 2014",
                "In 1,708 people seeing a physiotherapist for muscle, bone or joint problems (not only the back), a change of 1.3 points matched a small change they noticed, and 2.7 points a large one.",
                "https://doi.org/10.2519/jospt.2014.5248",
            ),
            Source::Childs2005 => (
                "Childs, Piva and Fritz, Spine 2005",
                "In people with low back pain having physiotherapy, a change of 2 points on the 0 to 10 pain scale was more than the scale's error and mattered to them. Backcheck uses the same 2 points for pain during sessions: its own choice.",
                "https://pubmed.ncbi.nlm.nih.gov/15928561/",
            ),
            Source::OwnChoice => (
                "Backcheck's own cautious choices",
                "Numbers and rules no source gives, each said where it is used. The article says to always check with a health professional first. The NHS and NICE advise most people with back pain to keep active. So Backcheck says to ask a GP or physiotherapist first if you are not sure exercise is right for you. A past cancer, new back pain under 20 or over 50, or a higher risk of a break or an infection in the spine, on its own says to see a GP within a week. In pregnancy, any sign that needs a doctor today says to tell the midwife too. A plan runs 6 weeks on 2 to 5 days a week, with a day between sessions if you can. It starts at about 8 parts in 10 of what you manage. After a week in which each session went well, it adds about 1 part in 10 and at least 1 minute, or 1 more of each named exercise, and never whole sets. It builds minutes up to 30, or what you manage if more. It goes down a step after a session that was too much, a flare-up, or a week whose pain rose by 1 point or more, but not below 5 minutes or 3 times each. The morning question is asked for 2 days. Pain of 7 out of 10 or more counts as severe. Two hard sessions in a row, or pain rising two weeks running, say to see a professional. Pain below the knee, or for more than 12 weeks, says to see one too. A plan after leg pain has no back stretches. For yoga or Pilates, a class for beginners and telling the teacher about your back. The activities you rate are asked about again every 2 weeks (not within 7 days of the last time) and at the end. From 3 weeks after a plan began, if neither the average rating has gone up by 2 points (3 for one activity) nor the average pain during sessions (first week against latest week) has gone down by 2 points, Backcheck gives the NHS advice to see a GP; each is compared only when it has room to change by that much. Using the pain scale's 2 points for pain during sessions, and the activity scale's numbers for the way Backcheck asks, are its own choices.",
                "",
            ),
        };
        SourceEntry { title, supports, url }
    }
}

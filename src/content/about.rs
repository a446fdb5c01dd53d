//! The "About this check" page: who it is for, what it is not, what it is based on, and when
//! its content was last reviewed.

/// When a person last checked every text against its sources. Change it with each review.
pub const LAST_REVIEWED: &str = "25 November 2026";

pub const WHO_FOR: &str = "Backcheck is for adults with low back pain who want to know whether to exercise, and how to start. It is not made for people who are pregnant or under 16. They should ask a midwife or GP instead.";

pub const NOT_A_DIAGNOSIS: &str = "It does not diagnose anything. It asks about warning signs first, so anyone who needs a doctor is told so before any tips. The tips are general advice that fits your answers. They do not replace a doctor or physiotherapist.";

pub const PRIVACY: &str =
    "Your answers stay in this browser. Nothing is sent to us or anyone else, unless you choose to share a link or save a file.";

/// A page the check's advice follows, with where to read it.
pub struct Reference {
    pub title: &'static str,
    pub what_we_use: &'static str,
    pub url: &'static str,
}

pub const GUIDELINES: &[Reference] = &[
    Reference {
        title: "NHS: Back pain",
        what_we_use: "When to call 999, when to get an urgent appointment, and when to see a GP.",
        url: "https://www.nhs.uk/conditions/back-pain/",
    },
    Reference {
        title: "NHS: Cauda equina syndrome",
        what_we_use: "The signs of pressure on the nerves at the base of the spine.",
        url: "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
    },
    Reference { title: "NHS: Sciatica", what_we_use: "Pain that spreads down the leg.", url: "https://www.nhs.uk/conditions/sciatica/" },
    Reference {
        title: "NHS: Back pain in pregnancy",
        what_we_use: "Who to ask about back pain when you are pregnant.",
        url: "https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/",
    },
    Reference {
        title: "NICE guideline NG59: Low back pain and sciatica in over 16s",
        what_we_use: "Warning signs, staying active, and exercise.",
        url: "https://www.nice.org.uk/guidance/ng59",
    },
    Reference {
        title: "NICE CKS: Back pain - low (without radiculopathy)",
        what_we_use: "Warning signs of a break, an infection or cancer in the spine.",
        url: "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/",
    },
    Reference {
        title: "NICE CKS: Sciatica (lumbar radiculopathy)",
        what_we_use: "When leg pain needs a professional to look at it.",
        url: "https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/",
    },
];

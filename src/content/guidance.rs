//! The words of every guidance card, each written afresh from one point of the source article
//! (see `content::source`). Ids match `assessment::RULES` and never change.

use crate::content::sources::Source;

pub struct GuidanceText {
    pub id: &'static str,
    pub title: &'static str,
    /// Shown when the person should change or start something.
    pub advice: &'static str,
    /// Shown instead when they already do it right.
    pub already_right: &'static str,
    /// The point of the article this card comes from, as the card says it.
    pub article_point: &'static str,
    /// The register's entries the card rests on.
    pub sources: &'static [Source],
    /// Extra sentences that the rules add for some answers, by id.
    pub notes: &'static [(&'static str, &'static str)],
    /// Texts that replace `advice` or `already_right` for some answers, by id.
    pub variants: &'static [(&'static str, &'static str)],
}

pub static GUIDANCE: &[GuidanceText] = &[
    GuidanceText {
        id: "check-with-professional",
        title: "Check with a health professional",
        advice: "If you are not sure exercise is right for you, ask a GP or physiotherapist first. They can help you choose what is right for you.",
        already_right: "",
        article_point: "The article, opening section, says to always check with your health professional before you exercise for low back pain. Asking first only if you are not sure is Backcheck's own choice: NHS advice on back pain and NICE guideline NG59 advise most people with back pain to keep active.",
        sources: &[Source::Article, Source::NhsBackPain, Source::NiceNg59, Source::OwnChoice],
        notes: &[
            (
                "flags-found",
                "Some of your answers mean a doctor or physiotherapist should look at your back first. Show them these tips and ask which are safe for you.",
            ),
            (
                "gp-flags-found",
                "Some of your answers about your health mean a GP should check your back soon, before you start. Show them these tips and ask which are safe for you.",
            ),
        ],
        variants: &[],
    },
    GuidanceText {
        id: "keep-moving",
        title: "Keep moving: long bed rest does not help",
        advice: "Doctors used to tell people with back pain to rest in bed. Now experts say that a long time in bed does not help a strained back, and it can make things worse. A short rest is fine. Studies suggest that moving sends more blood to your lower back. This can ease stiffness and help it heal faster. The article tells of one study in which exercise could reduce back pain by more than half, and disability by 27.5%.",
        already_right: "You are active on several days a week. That is one of the best things you can do for your back. Moving sends more blood to your lower back, which can ease stiffness and help it heal. Keep it up.",
        article_point: "The article, opening section on bed rest, and \"Why should you exercise with lower back pain?\"",
        sources: &[Source::Article],
        notes: &[
            ("after-bed-rest", "You have spent days in bed because of the pain. Try to get up and move a little every day, even if it is just a short, easy walk."),
            ("worry", "It is normal to worry about this. Most low back pain gets better by itself over time. Only about 1 case in 100 has a serious cause."),
            (
                "worry-flags-found",
                "It is normal to worry about this. Most low back pain gets better by itself over time. Some of your answers mean a GP or physiotherapist should look at your back, so ask them about it too.",
            ),
            (
                "worry-gp-flags-found",
                "It is normal to worry about this. Most low back pain gets better by itself over time. Some of your answers mean a GP should check your back soon, so ask them about it too.",
            ),
        ],
        variants: &[],
    },
    GuidanceText {
        id: "find-aggravating-moves",
        title: "Learn which moves make it worse",
        advice: "Pay attention to which movements bring on your pain or make it worse. Once you know, you can ease into those moves slowly while you build up other activity.",
        already_right: "You already know which moves make your pain worse. That is a good start. Ease into those moves slowly, and build up other activity first.",
        article_point: "The article, tip 1: find out which moves make your low back pain worse.",
        sources: &[Source::Article],
        notes: &[],
        variants: &[],
    },
    GuidanceText {
        id: "comfortable-intensity",
        title: "Exercise at an effort that feels comfortable",
        advice: "Pick a level of effort that feels OK for your back. Start easy and build up slowly. When exercise feels safe, it gets easier to stop fearing that you will hurt yourself again.",
        already_right: "",
        article_point: "The article, tip 2: exercise at a comfortable level to lower the fear of hurting yourself again.",
        sources: &[Source::Article],
        notes: &[],
        variants: &[],
    },
    GuidanceText {
        id: "pain-vs-soreness",
        title: "Know the difference between pain and soreness",
        advice: "Do not push through pain. Soreness after a workout is a dull ache that should fade within 1 to 3 days (24 to 72 hours). Pain is stronger. It is your body's way of saying it did not like what you just did. Some discomfort is fine if it stays at 5 out of 10 or less, and your back pain is no worse the next morning. Pain above 5 means stop that move. If your back pain is worse the next morning, do less next time.",
        already_right: "You listen to your body. A dull ache that fades within 1 to 3 days (24 to 72 hours) is normal soreness after a workout. Some discomfort is fine if it stays at 5 out of 10 or less, and your back pain is no worse the next morning. Pain above that is the signal to stop, and you already stop.",
        article_point: "The article, tip 3: don't work through the pain; know pain from soreness. The 5 out of 10 rule: a pain-monitoring model from tendon rehabilitation (Silbernagel and others, 2007), adapted here for the back.",
        sources: &[Source::Article, Source::Silbernagel2007],
        notes: &[],
        variants: &[],
    },
    GuidanceText {
        id: "posture",
        title: "Watch your posture",
        advice: "Slumping or slouching can make low back pain worse. When you sit or stand, keep your back tall and relaxed rather than slumped.",
        already_right: "You rarely slump or slouch. Good posture helps, because slouching can make low back pain worse.",
        article_point: "The article, tip 4: watch your posture; slumping or slouching can make pain worse.",
        sources: &[Source::Article],
        notes: &[],
        variants: &[],
    },
    GuidanceText {
        id: "warm-up",
        title: "Always warm up first",
        advice: "Many back problems start when muscles are not warmed up well. Take a few minutes to warm up before every workout. Stretching before or after can help too, if your stretches suit you.",
        already_right: "You always warm up before you exercise. Keep doing it: many back problems start when muscles are not warmed up well.",
        article_point: "The article, tip 5: don't skip your warm-up.",
        sources: &[Source::Article],
        notes: &[],
        variants: &[],
    },
    GuidanceText {
        id: "avoid-high-impact",
        title: "Choose low-impact exercise",
        advice: "Hard, high-impact workouts, like CrossFit or P90X style programs, are not likely to help a sore back. Low-impact choices put little or no strain on your lower back.",
        already_right: "",
        article_point: "The article, tip 6: avoid high-impact exercise.",
        sources: &[Source::Article],
        notes: &[("low-impact-swaps", "Good swaps are walking, yoga, or water aerobics.")],
        variants: &[],
    },
    GuidanceText {
        id: "no-overhead-lifting",
        title: "Don't lift weights above your head",
        advice: "Lifting weights above your head or shoulders can put stress on your spine. Leave these lifts out while your back hurts.",
        already_right: "",
        article_point: "The article, tip 7: don't lift weights above your head.",
        sources: &[Source::Article],
        notes: &[],
        variants: &[(
            "reaching",
            "Reaching above your head hurts your back. Lifting above your head or shoulders can put stress on your spine, so if you lift weights, leave out lifts above your head while your back hurts.",
        )],
    },
    GuidanceText {
        id: "stretching",
        title: "Stretch your hips and legs",
        advice: "Make stretching a regular part of your routine. Stretch your buttocks (glutes), the backs of your thighs (hamstrings) and the fronts of your thighs (quads). This can ease tightness and help you move more freely. Backcheck does not show how to do these stretches. The stretches in its exercise plan are other ones: the NHS's back stretches.",
        already_right: "You already stretch often. Stretching your buttocks (glutes), the backs of your thighs (hamstrings) and the fronts of your thighs (quads) can ease tightness and help you move more freely.",
        article_point: "The article, tip 8: stretching exercises. Leg pain variants: the article's opening section (check with your health professional first), and NICE CKS on sciatica (leg pain can come from a nerve in the back). The plan's back stretches: NHS: Lower back pain exercises.",
        sources: &[Source::Article, Source::NiceCksSciatica, Source::NhsBackExercises],
        notes: &[],
        variants: &[
            (
                "sciatica",
                "Stretching can ease tightness and help you move more freely. But your pain spreads into your leg, which can come from a nerve in your back (sciatica). Ask your doctor or physiotherapist which stretches suit you before you start.",
            ),
            (
                "sciatica-already",
                "You already stretch often, which can ease tightness. But your pain spreads into your leg, which can come from a nerve in your back (sciatica). Ask your doctor or physiotherapist which stretches suit you.",
            ),
            (
                "but-toe-touches",
                "You already stretch often. Keep stretching your buttocks (glutes), the backs of your thighs (hamstrings) and the fronts of your thighs (quads). But drop the standing toe touch: see “Skip standing toe touches”.",
            ),
        ],
    },
    GuidanceText {
        id: "low-impact-cardio",
        title: "Get your heart going, gently",
        advice: "Cardio that pounds your joints is best left out. Gentle cardio still burns calories, and it puts little or no strain on your lower back. Try walking, a step machine or elliptical, or an exercise bike.",
        already_right: "You already do gentle cardio. Walking, a step machine or elliptical, or an exercise bike get your heart going with little or no strain on your lower back.",
        article_point: "The article, tip 9: get your cardio on, the low-impact way.",
        sources: &[Source::Article],
        notes: &[("swap-running", "Running and jumping put stress on your joints. Swap them for a brisk walk, an elliptical or a bike for now.")],
        variants: &[],
    },
    GuidanceText {
        id: "skip-toe-touch",
        title: "Skip standing toe touches",
        advice: "Touching your toes from standing can strain the discs and ligaments in your spine. It can also strain the backs of your thighs. Use a gentle stretch instead.",
        already_right: "",
        article_point: "The article, tip 10: skip the toe touch. Leg pain variant: the article's opening section (check with your health professional first), and NICE CKS on sciatica (leg pain can come from a nerve in the back).",
        sources: &[Source::Article, Source::NiceCksSciatica],
        notes: &[],
        variants: &[(
            "sciatica",
            "Touching your toes from standing can strain the discs and ligaments in your spine. It can also make sciatica, pain that runs down the leg, worse. Stop doing it, and ask your doctor or physiotherapist for a gentle stretch that suits you.",
        )],
    },
    GuidanceText {
        id: "strengthen-core",
        title: "Build strength in your back and core",
        advice: "Strength work builds up the muscles that support your back. This can help stop back pain from coming back. A strong core, the muscles around your belly and back, makes you more stable and flexible and helps prevent injury.",
        already_right: "You already do strength work. It builds the muscles that support your back and can help stop back pain from coming back. A strong core makes you more stable and flexible.",
        article_point: "The article, \"Why should you exercise with lower back pain?\": strength training and core strength.",
        sources: &[Source::Article],
        notes: &[
            ("not-overhead", "Keep your strength work below shoulder height for now."),
            ("yoga-is-low-impact", "Yoga is a good low-impact way to move. Strength work is something more: it builds up the muscles that support your back."),
        ],
        variants: &[],
    },
];

pub fn guidance_text(id: &str) -> Option<&'static GuidanceText> {
    GUIDANCE.iter().find(|text| text.id == id)
}

impl GuidanceText {
    pub fn note(&self, id: &str) -> Option<&'static str> {
        self.notes.iter().find(|(note, _)| *note == id).map(|(_, text)| *text)
    }

    pub fn variant(&self, id: &str) -> Option<&'static str> {
        self.variants.iter().find(|(variant, _)| *variant == id).map(|(_, text)| *text)
    }
}

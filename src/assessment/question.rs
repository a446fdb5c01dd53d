//! The shape of a question. The questions themselves are data in `content::questions`.

/// Stable identifier of a question. Stored answers and share links use it, so it never changes.
pub type QuestionId = &'static str;

/// The three parts of the check, asked in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Red-flag screen: answered first so nobody who needs care is shown an exercise plan.
    Safety,
    Pain,
    Habits,
    /// The first release's red-flag screen (ten yes/no questions). No longer asked; a check that
    /// answered it is read with it, so old checks, files and links keep their results.
    FirstSafetyCheck,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::Safety | Section::FirstSafetyCheck => "Safety check",
            Section::Pain => "Your pain",
            Section::Habits => "Your habits",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// Stable identifier of this choice within its question.
    pub id: &'static str,
    pub label: &'static str,
    /// In a multiple-choice question, picking this clears every other choice ("None of these").
    pub exclusive: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    YesNo,
    SingleChoice(&'static [Choice]),
    MultipleChoice(&'static [Choice]),
    /// A whole-number scale; the labels name its two ends.
    Scale {
        min: u8,
        max: u8,
        min_label: &'static str,
        max_label: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub section: Section,
    pub kind: QuestionKind,
    /// The question as the person reads it.
    pub prompt: &'static str,
    /// A short plain-words explanation under the prompt, when the prompt alone may not be clear.
    pub hint: Option<&'static str>,
    /// A few words naming the question in summaries and in "why you see this".
    pub topic: &'static str,
}

impl Question {
    pub fn choices(&self) -> &'static [Choice] {
        match self.kind {
            QuestionKind::SingleChoice(choices) | QuestionKind::MultipleChoice(choices) => choices,
            QuestionKind::YesNo | QuestionKind::Scale { .. } => &[],
        }
    }

    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.choices().iter().find(|choice| choice.id == id)
    }
}

/// Related questions asked on one screen, under one heading, so the check takes fewer screens.
/// The questions are next to each other in the bank; a question in no group has a screen alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Together {
    /// The screen's heading, naming its one topic.
    pub title: &'static str,
    pub questions: &'static [QuestionId],
}

/// Every question of a check, in the order asked. The questions themselves, with their words, are
/// data in `content`; the domain walks whichever bank its answers were given against, so it never
/// reaches up into the content layer.
#[derive(Debug, Clone, Copy)]
pub struct QuestionBank {
    questions: &'static [Question],
    together: &'static [Together],
}

impl QuestionBank {
    pub const fn new(questions: &'static [Question]) -> Self {
        QuestionBank { questions, together: &[] }
    }

    /// The same questions, with these asked together on a screen each.
    pub const fn asking_together(self, together: &'static [Together]) -> Self {
        QuestionBank { together, ..self }
    }

    pub fn questions(self) -> &'static [Question] {
        self.questions
    }

    pub fn question(self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|question| question.id == id)
    }

    /// The groups of questions that share a screen.
    pub fn together(self) -> &'static [Together] {
        self.together
    }

    /// The group `id` is asked in, if any.
    pub fn group_of(self, id: &str) -> Option<&'static Together> {
        self.together.iter().find(|group| group.questions.contains(&id))
    }
}

/// Two banks are the same when they are the same list (banks are statics).
impl PartialEq for QuestionBank {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.questions, other.questions)
    }
}

impl Eq for QuestionBank {}

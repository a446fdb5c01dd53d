//! index.html's first question and its emergency advice, which work before the app runs (and
//! without it), are made from `src/content` here: the test fails when index.html differs, and
//! prints the block to paste. `BACKCHECK_WRITE_INDEX=1 cargo test --test domain first_screen`
//! writes it in.

use backcheck::assessment::{screens, Outcome, QuestionKind};
use backcheck::content::questions::BANK;
use backcheck::content::triage::{outcome_text, EMERGENCY_PHONES};

const START: &str = "<!-- The first question and its emergency advice: made by tests/domain/first_screen.rs from src/content. -->";
const END: &str = "<!-- End of the first question. -->";

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The markup the app's question screen (src/ui/question.rs) renders for the first question, and
/// the top of the emergency results (src/ui/results.rs), so nothing moves when the app takes over.
fn first_screen() -> String {
    let question = &BANK.questions()[0];
    let id = question.id;
    let QuestionKind::MultipleChoice(choices) = question.kind else { panic!("the first question is a tick list") };
    let total = screens(&BANK.answers()).len();
    let hint = question.hint.expect("the first question has a hint");
    let mut html = String::new();
    html += "<form id=\"first-question\" class=\"question first-question\" novalidate>";
    html += &format!(
        "<div class=\"progress\" aria-hidden=\"true\"><span class=\"section-name\">{}</span><progress max=\"{total}\" value=\"1\"></progress></div>",
        question.section.title()
    );
    html += &format!(
        "<h1 tabindex=\"-1\"><span class=\"step\">Step 1 of {total}</span><span class=\"prompt\">{}</span></h1>",
        escape(question.topic)
    );
    html += &format!(
        "<div class=\"question-part\"><fieldset aria-describedby=\"{id}-hint {id}-error\" aria-invalid=\"false\"><legend class=\"part-prompt\">{}</legend><p class=\"hint\" id=\"{id}-hint\">{}</p>",
        escape(question.prompt),
        escape(hint)
    );
    html += "<div class=\"choices choices-none-first\">";
    for choice in choices {
        html += &format!(
            "<div class=\"choice\"><input type=\"checkbox\" id=\"{id}-{0}\" name=\"{id}\" value=\"{0}\"><label for=\"{id}-{0}\">{1}</label></div>",
            choice.id,
            escape(choice.label)
        );
    }
    html += &format!("</div><p class=\"gentle-check\" aria-live=\"polite\"></p><p class=\"error\" id=\"{id}-error\" aria-live=\"assertive\"></p></fieldset></div>");
    html += "<div class=\"button-row nav-row\"><button type=\"button\" class=\"button button-secondary\">Back</button><button type=\"submit\" class=\"button button-primary\">Next</button></div>";
    html += "<p class=\"first-next\" role=\"status\"></p></form>";

    let text = outcome_text(Outcome::Emergency);
    html += "<div class=\"first-emergency results\"><h1 tabindex=\"-1\">Your results</h1>";
    html += &format!(
        "<section class=\"triage triage-emergency\" aria-labelledby=\"first-triage-title\"><h2 id=\"first-triage-title\">{}</h2><p>{}</p><p class=\"call-links\">",
        escape(text.title),
        escape(text.summary)
    );
    for phone in EMERGENCY_PHONES {
        html += &format!("<a class=\"button button-call\" href=\"tel:{0}\">Call {0} ({1})</a>", phone.number, escape(phone.place));
    }
    html += "</p><ul class=\"actions\">";
    for action in text.actions {
        html += &format!("<li>{}</li>", escape(action));
    }
    html += &format!(
        "</ul><div class=\"because\"><h3>Because you answered</h3><ul id=\"first-emergency-signs\" data-topic=\"{}: \"></ul></div><p class=\"basis\">{}</p></section></div>",
        escape(question.topic),
        escape(text.basis)
    );
    html
}

#[test]
fn index_html_has_the_first_question_and_its_emergency_advice_as_the_content_says() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html");
    let page = std::fs::read_to_string(&path).unwrap();
    let start = page.find(START).expect("index.html marks where the first question starts") + START.len();
    let end = page[start..].find(END).expect("and where it ends") + start;
    let expected = format!("\n      {}\n      ", first_screen());
    if page[start..end] != expected && std::env::var_os("BACKCHECK_WRITE_INDEX").is_some() {
        std::fs::write(&path, format!("{}{expected}{}", &page[..start], &page[end..])).unwrap();
        return;
    }
    assert!(
        page[start..end] == expected,
        "index.html's first question differs from src/content. Run BACKCHECK_WRITE_INDEX=1 cargo test --test domain first_screen, or paste:\n{expected}"
    );
}

/// The start page's words before the app runs are the app's own: a change to one shows in both.
#[test]
fn index_html_has_the_start_pages_words_as_the_content_says() {
    use backcheck::content::landing::{LEAD, PRIVACY_NOTE, TITLE};
    let page = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
    for (class, text) in [("", TITLE), (" class=\"lead\"", LEAD), (" class=\"privacy-note\"", PRIVACY_NOTE)] {
        let tag = if class.is_empty() { "h1" } else { "p" };
        let line = format!("<{tag}{class}>{}</{tag}>", escape(text));
        assert!(page.contains(&line), "index.html should have {line}");
    }
}

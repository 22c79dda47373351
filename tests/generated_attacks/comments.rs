//! The comment form's validation on generated texts, names and websites: what it lets
//! through can neither pass for another name nor carry a script address.

use manchette::comments::validate::{validate, MAX_NAME, MAX_TEXT, MIN_TEXT};
use proptest::{collection::vec, prelude::*, sample::select};
use serde_json::json;

use crate::driver::{check, Fixture};

/// A submission: text, name, website.
#[derive(Debug, Clone)]
struct Submission(String, String, String);

impl Fixture for Submission {
    fn to_bytes(&self) -> Vec<u8> {
        json!([self.0, self.1, self.2]).to_string().into_bytes()
    }
    fn from_bytes(bytes: &[u8]) -> Self {
        let [text, name, website]: [String; 3] =
            serde_json::from_slice(bytes).expect("a saved submission");
        Submission(text, name, website)
    }
}

/// Characters a name may use to pass for another, or to hide.
const DECEIVING: [char; 10] = [
    '\u{202E}', '\u{202A}', '\u{2066}', '\u{2069}', '\u{200B}', '\u{200F}', '\u{FEFF}', '\u{061C}',
    '\u{0}', '\n',
];

const WEBSITES: &[&str] = &[
    "",
    "https://lecteur.example",
    "HTTP://Lecteur.Example/page",
    "javascript:alert(1)",
    " https://lecteur.example ",
    "https://lec teur.example",
    "https://",
    "data:text/html,x",
    "//lecteur.example",
    "https://lecteur.example/\u{202E}gpj.exe",
    "mailto:a@b.example",
];

fn text(max: usize) -> impl Strategy<Value = String> {
    vec(
        prop_oneof![any::<char>(), select(&DECEIVING[..]), Just(' ')],
        0..max,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn deceives(name: &str) -> bool {
    name.chars()
        .any(|c| DECEIVING.contains(&c) || c.is_control())
        || name != name.trim()
        || name.contains("  ")
}

fn holds(submission: &Submission) -> Result<(), String> {
    let Submission(text, name, website) = submission;
    let Ok((name, website)) = validate(text, name, website) else {
        return Ok(());
    };
    let length = text.trim().chars().count();
    if !(MIN_TEXT..=MAX_TEXT).contains(&length) {
        return Err(format!("a text of {length} characters was accepted"));
    }
    if let Some(name) = name {
        if deceives(&name) || name.chars().count() > MAX_NAME || name.is_empty() {
            return Err(format!("the name {name:?} was accepted"));
        }
    }
    if let Some(website) = website {
        let lower = website.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        if !web || website.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!("the website {website:?} was accepted"));
        }
    }
    Ok(())
}

#[test]
fn generated_submissions() {
    let submission = (
        text(40),
        text(100),
        select(WEBSITES).prop_map(str::to_owned),
    )
        .prop_map(|(text, name, website)| Submission(text, name, website));
    check("comment-submissions", 10_000, submission, holds);
}

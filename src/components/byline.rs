use leptos::prelude::*;

use crate::{
    components::use_locale,
    dates::{self, Style},
    i18n::Msg,
    instant::Timestamp,
};

/// Who wrote it, when, and how long it takes to read.
#[component]
pub fn Byline(
    authors: Vec<String>,
    published: Option<Timestamp>,
    updated: Option<Timestamp>,
    reading_minutes: u32,
) -> impl IntoView {
    let locale = use_locale();
    let authors = (!authors.is_empty()).then(|| {
        view! { <p class="byline-authors">{locale.text(Msg::By)}" "<span>{authors.join(", ")}</span></p> }
    });
    let stamp = |label: Msg, at: Timestamp| {
        view! {
            <p class="byline-date">
                {locale.text(label)}" "<time datetime=dates::iso(at)>{dates::format(at, locale, Style::Full)}</time>
            </p>
        }
    };
    let updated = updated.filter(|u| published.is_none_or(|p| u > &p));
    view! {
        <div class="byline">
            {authors}
            {published.map(|at| stamp(Msg::Published, at))}
            {updated.map(|at| stamp(Msg::Updated, at))}
            <p class="byline-reading">{locale.reading_time(reading_minutes)}</p>
        </div>
    }
}

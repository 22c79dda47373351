use leptos::prelude::*;

use crate::{
    components::use_locale,
    dates::{self, Style},
    feed::Item,
    i18n::direction,
};

/// A brief as the ticker and the fil info show it: its time and its headline.
#[derive(Debug, Clone, PartialEq)]
pub struct BriefLine {
    pub id: String,
    pub headline: String,
    pub time: Option<crate::instant::Timestamp>,
    /// The brief's own language, when the feed gives it.
    pub language: Option<String>,
}

impl From<&Item> for BriefLine {
    fn from(item: &Item) -> Self {
        BriefLine {
            id: item.id.clone(),
            headline: item.headline().unwrap_or_default(),
            time: item.date(),
            language: item.language.clone(),
        }
    }
}

/// Briefs as "HH:MM Headline", in the order given. With `live`, briefs that arrive later are
/// added in place (keyed by id) and announced politely to screen readers.
#[component]
pub fn BriefList(
    #[prop(into)] briefs: Signal<Vec<BriefLine>>,
    #[prop(optional)] live: bool,
) -> impl IntoView {
    let locale = use_locale();
    // Only briefs that arrive after the first drawing slide in.
    let first: Vec<String> =
        briefs.with_untracked(|b| b.iter().map(|brief| brief.id.clone()).collect());
    view! {
        <ol class="brief-list" aria-live=live.then_some("polite")>
            <For each=move || briefs.get() key=|brief| brief.id.clone() let:brief>
                <li id=format!("breve-{}", brief.id) class:arrived=live && !first.contains(&brief.id)>
                    {brief.time.map(|t| view! { <time datetime=dates::iso(t)>{dates::format(t, locale, Style::Time)}</time> })}
                    " "
                    <span lang=brief.language.clone() dir=brief.language.as_deref().map(direction)>{brief.headline}</span>
                </li>
            </For>
        </ol>
    }
}

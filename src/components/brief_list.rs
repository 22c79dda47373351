use leptos::prelude::*;

use crate::{
    components::use_locale,
    dates::{self, Style},
    feed::Item,
};

/// A brief as the ticker and the fil info show it: its time and its headline.
#[derive(Debug, Clone, PartialEq)]
pub struct BriefLine {
    pub id: String,
    pub headline: String,
    pub time: Option<crate::feed::Timestamp>,
}

impl From<&Item> for BriefLine {
    fn from(item: &Item) -> Self {
        BriefLine {
            id: item.id.clone(),
            headline: item
                .title
                .clone()
                .or_else(|| item.content_text.clone())
                .unwrap_or_default(),
            time: item.date(),
        }
    }
}

/// Briefs as "HH:MM Headline", in the order given.
#[component]
pub fn BriefList(briefs: Vec<BriefLine>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ol class="brief-list">
            {briefs
                .into_iter()
                .map(|brief| {
                    let time = brief.time.map(|t| {
                        view! { <time datetime=dates::iso(t)>{dates::format(t, locale, Style::Time)}</time> }
                    });
                    view! { <li id=format!("breve-{}", brief.id)>{time}" "<span>{brief.headline}</span></li> }
                })
                .collect_view()}
        </ol>
    }
}

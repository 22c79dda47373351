use leptos::prelude::*;

use crate::{
    components::{use_locale, ArticleCard, Card, CardSize, Notice, PageMeta},
    feed_store::use_feed_store,
    i18n::Msg,
    paths,
    saved::{self, use_saved},
};

/// `/sauvegardes`: the articles the reader saved, newest saved first. It needs no feed.
#[component]
pub fn SavedPage() -> impl IntoView {
    let locale = use_locale();
    let store = use_feed_store();
    let saved = use_saved();
    let cards = move || {
        let base = store.url();
        saved
            .map(|s| s.articles.get())
            .unwrap_or_default()
            .iter()
            .map(|a| Card::new(&a.item, &base))
            .collect::<Vec<_>>()
    };
    let notice = move || {
        saved.and_then(|s| s.notice.get()).map(|notice| {
            let message = locale.text(saved::notice_message(notice));
            view! { <Notice message=message.to_owned()/> }
        })
    };
    view! {
        <PageMeta title=locale.text(Msg::SavedTitle).to_owned() description=locale.text(Msg::SavedIntro).to_owned() path=paths::SAVED.to_owned()/>
        <section class="listing">
            <h1 tabindex="-1">{locale.text(Msg::SavedTitle)}</h1>
            <p class="listing-intro">{locale.text(Msg::SavedIntro)}</p>
            {notice}
            {move || {
                let cards = cards();
                if cards.is_empty() {
                    view! { <p>{locale.text(Msg::SavedEmpty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {cards.into_iter().map(|card| view! { <li><ArticleCard card size=CardSize::Compact level=2/></li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}

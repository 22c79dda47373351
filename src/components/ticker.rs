use leptos::prelude::*;

use crate::{
    components::{href, use_locale, BriefList},
    i18n::Msg,
    paths,
};

use super::brief_list::BriefLine;

/// The "Fil info" strip under the masthead: the latest briefs, time first; new ones slide in.
#[component]
pub fn Ticker(#[prop(into)] briefs: Signal<Vec<BriefLine>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="ticker" aria-labelledby="ticker-title">
            <h2 id="ticker-title"><a href=href(paths::BRIEFS)>{locale.text(Msg::Briefs)}</a></h2>
            <BriefList briefs live=true/>
        </section>
    }
}

use leptos::prelude::*;

use crate::{
    components::{use_locale, BriefLine, BriefList, FeedGate, LoadMore, PageMeta},
    dates::{self, Style},
    feed,
    feed_store::use_feed_store,
    i18n::Msg,
    paths,
};

/// `/fil-info`: every brief, grouped by day, time first.
#[component]
pub fn BriefsPage() -> impl IntoView {
    let store = use_feed_store();
    let locale = use_locale();
    view! {
        <FeedGate store ready=move |feed| {
            let briefs = feed::briefs(&feed);
            let days = feed::group_by(&briefs, |item| item.date().map(dates::local_day));
            view! {
                <PageMeta title=locale.text(Msg::Briefs).to_owned() description=locale.text(Msg::BriefsIntro).to_owned() path=paths::BRIEFS.to_owned()/>
                <section class="listing briefs-page">
                    <h1 tabindex="-1">{locale.text(Msg::Briefs)}</h1>
                    <p class="listing-intro">{locale.text(Msg::BriefsIntro)}</p>
                    {days
                        .into_iter()
                        .map(|(_, items)| {
                            let day = items[0].date().map(|d| dates::format(d, locale, Style::Day));
                            let lines: Vec<BriefLine> = items.into_iter().map(BriefLine::from).collect();
                            view! {
                                <section class="brief-day">
                                    {day.map(|day| view! { <h2>{day}</h2> })}
                                    <BriefList briefs=lines/>
                                </section>
                            }
                        })
                        .collect_view()}
                    <LoadMore store/>
                </section>
            }
        }/>
    }
}

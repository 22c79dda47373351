use leptos::prelude::*;

use crate::{
    components::use_locale,
    dates::{self, Style},
    feed::parse_rfc3339,
    feed_store::use_feed_store,
    i18n::Msg,
    pwa::use_pwa,
};

/// Banners about the app itself: a new version waiting, no network, a saved copy on screen.
#[component]
pub fn AppStatus() -> impl IntoView {
    let locale = use_locale();
    let pwa = use_pwa();
    let store = use_feed_store();
    let update = move || {
        let pwa = pwa?;
        pwa.update_ready.get().then(|| {
            view! {
                <div class="app-banner app-update" role="status">
                    <p>{locale.text(Msg::UpdateReady)}</p>
                    <button type="button" on:click=move |_| pwa.apply_update()>{locale.text(Msg::Reload)}</button>
                </div>
            }
        })
    };
    let offline = move || {
        let online = pwa.map(|p| p.online.get()).unwrap_or(true);
        let copy = store.saved_at.get().and_then(|at| parse_rfc3339(&at));
        (!online || copy.is_some()).then(|| {
            let saved = copy.map(|at| locale.saved_copy(&dates::format(at, locale, Style::Full)));
            view! {
                <div class="app-banner app-offline" role="status">
                    {(!online).then(|| view! { <p>{locale.text(Msg::Offline)}</p> })}
                    {saved.map(|saved| view! { <p>{saved}</p> })}
                </div>
            }
        })
    };
    let news = move || {
        store.pending.with(|pending| pending.as_ref().map(|(_, news)| news.articles)).map(|count| {
            view! {
                <div class="app-banner app-news" role="status">
                    <p>{locale.new_articles(count)}</p>
                    <button type="button" on:click=move |_| store.show_pending()>{locale.text(Msg::ShowNew)}</button>
                </div>
            }
        })
    };
    view! {
        {update}
        {offline}
        {news}
    }
}

/// "Installer l'application", where the browser offers it.
#[component]
pub fn InstallButton() -> impl IntoView {
    let locale = use_locale();
    let pwa = use_pwa();
    move || {
        let pwa = pwa?;
        pwa.can_install.get().then(|| {
            view! { <button type="button" class="install" on:click=move |_| pwa.install()>{locale.text(Msg::Install)}</button> }
        })
    }
}

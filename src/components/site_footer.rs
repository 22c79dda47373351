use leptos::prelude::*;

use crate::{
    components::{href, use_locale, InstallButton},
    feed::{Section, SocialLink},
    i18n::Msg,
    paths,
    sanitize::urls::{safe_url, UrlUse},
};

/// The footer: the sections again, the follow links, and an about line.
#[component]
pub fn SiteFooter(
    site_name: String,
    sections: Vec<Section>,
    social: Vec<SocialLink>,
) -> impl IntoView {
    let locale = use_locale();
    let social: Vec<(String, String)> = social
        .into_iter()
        .filter_map(|s| Some((s.network, safe_url(&s.url, UrlUse::Link, None)?)))
        .collect();
    view! {
        <footer class="site-footer">
            <nav aria-label=locale.text(Msg::FooterNav)>
                <ul class="footer-sections">
                    {sections
                        .into_iter()
                        .map(|s| view! { <li><a href=href(&paths::section(&s.slug))>{s.name}</a></li> })
                        .collect_view()}
                    <li><a href=href(paths::BRIEFS)>{locale.text(Msg::Briefs)}</a></li>
                    // Published pages only: the router leaves the link to the browser.
                    <li><a href=href(paths::ARCHIVES) data-published="">{locale.archives()}</a></li>
                </ul>
            </nav>
            <ul class="footer-social">
                {social
                    .into_iter()
                    .map(|(network, url)| view! {
                        <li><a href=url rel="noopener noreferrer external">{locale.follow_us(&network)}</a></li>
                    })
                    .collect_view()}
            </ul>
            <p class="footer-about"><strong>{site_name}</strong>" — "{locale.text(Msg::PoweredBy)}</p>
            // Offered late (when the browser decides the app can be installed): down here it
            // moves nothing the reader is looking at.
            <InstallButton/>
        </footer>
    }
}

use leptos::prelude::*;

use crate::{
    components::{
        href, use_clock, use_interactive, use_locale, Later, SearchBox, SectionNav, ThemeToggle,
    },
    dates::{self, Style},
    feed::Section,
    i18n::Msg,
    paths,
    router::use_router,
};

/// The id of the sections' menu.
const MENU: &str = "rubriques";

/// The masthead: skip link, the paper's name and date, the theme toggle, and the sections
/// (behind a menu button on narrow screens).
#[component]
pub fn SiteHeader(site_name: String, sections: Vec<Section>) -> impl IntoView {
    let locale = use_locale();
    let interactive = use_interactive();
    let menu_open = RwSignal::new(false);
    // A navigation closes the menu.
    let router = use_router();
    Effect::watch(
        move || router.path(),
        move |_, _, _| menu_open.set(false),
        false,
    );
    let now = use_clock();
    let today = move || dates::format(dates::from_millis(now.get()), locale, Style::Day);
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("contenu") {
            let main: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(main);
            main.focus().ok();
        }
    };
    view! {
        <a class="skip-link" href="#contenu" on:click=skip>{locale.text(Msg::SkipToContent)}</a>
        <header class="masthead">
            <div class="masthead-top">
                <p class="edition-date">{today}</p>
                <a class="brand" href=href(paths::HOME)>{site_name}</a>
                // The page reads before these are live: each part is taken over in a task of its own.
                <Later>
                <div class="masthead-tools">
                    <SearchBox/>
                    <ThemeToggle/>
                    <button
                        type="button"
                        class="menu-toggle"
                        aria-controls=MENU
                        aria-expanded=move || menu_open.get().to_string()
                        on:click=move |_| menu_open.update(|open| *open = !*open)
                    >
                        {locale.text(Msg::Menu)}
                    </button>
                </div>
                </Later>
            </div>
            <Later>
                {
                    // Made while the published menu is in place: opened there before the app
                    // took the page over (index.html's script), it stays open.
                    if !interactive.get_untracked() && crate::browser::opened_before_takeover(MENU) {
                        menu_open.set(true);
                    }
                    view! {
                        <nav id=MENU class="sections" class:open=menu_open aria-label=locale.text(Msg::SectionsNav)>
                            <SectionNav sections/>
                        </nav>
                    }
                }
            </Later>
        </header>
    }
}

use leptos::prelude::*;

use crate::on_mount::on_mount;
use crate::{components::use_locale, i18n::Msg, storage};

const KEY: &str = "theme";

/// Light or dark; without a remembered choice the page follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Theme {
    Light,
    Dark,
}

fn system_theme() -> Theme {
    let dark = window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn remembered_theme() -> Option<Theme> {
    match storage::read(KEY).ok().flatten().as_deref() {
        Some("dark") => Some(Theme::Dark),
        Some("light") => Some(Theme::Light),
        _ => None,
    }
}

fn apply(theme: Theme) {
    let value = if theme == Theme::Dark {
        "dark"
    } else {
        "light"
    };
    crate::browser::set_root_attribute("data-theme", value);
}

/// A button that switches theme and remembers the choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let locale = use_locale();
    // Unknown until the browser says: the page's own script (index.html) has already applied
    // a remembered choice before the first paint.
    let theme = RwSignal::new(Theme::Light);
    on_mount(move || {
        let remembered = remembered_theme();
        if let Some(remembered) = remembered {
            apply(remembered);
        }
        theme.set(remembered.unwrap_or_else(system_theme));
    });
    let toggle = move |_| {
        let next = if theme.get_untracked() == Theme::Dark {
            Theme::Light
        } else {
            Theme::Dark
        };
        theme.set(next);
        apply(next);
        // Unavailable or full storage only means the choice lasts for this visit.
        let _ = storage::write(KEY, if next == Theme::Dark { "dark" } else { "light" });
    };
    view! {
        <button type="button" class="theme-toggle" aria-pressed=move || (theme.get() == Theme::Dark).to_string() on:click=toggle>
            {locale.text(Msg::ThemeToDark)}
        </button>
    }
}

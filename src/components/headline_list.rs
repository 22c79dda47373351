use leptos::prelude::*;

use crate::feed::Item;

/// The titles of a list of items, in feed order.
#[component]
pub fn HeadlineList(items: Vec<Item>) -> impl IntoView {
    view! {
        <ul class="headline-list">
            {items
                .into_iter()
                .filter_map(|item| item.title)
                .map(|title| view! { <li>{title}</li> })
                .collect_view()}
        </ul>
    }
}

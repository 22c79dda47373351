use leptos::prelude::*;

use crate::search::pieces;

/// Text with the words a query matches in `<mark>`: text nodes only, never an HTML string.
#[component]
pub fn Highlighted(text: String, query: String) -> impl IntoView {
    pieces(&text, &query)
        .into_iter()
        .map(|(piece, marked)| {
            let piece = piece.to_owned();
            if marked {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

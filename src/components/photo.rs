use leptos::prelude::*;

use crate::{
    components::page_url,
    pictures::{Picture, Place, FORMATS},
};

/// How a picture loads: the page's largest paint at once and first, any other when it comes
/// near the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    First,
    Lazy,
}

/// A picture of the paper: as publishing made it (`<picture>`, WebP then JPEG, each width of
/// the ladder, its real size, its tint while it loads), or the original where publishing did
/// not make it. Variants are named relative to the page's base, where the build puts them.
#[component]
pub fn Photo(
    /// The original, resolved.
    src: String,
    picture: Option<Picture>,
    place: Place,
    class: &'static str,
    loading: Loading,
) -> impl IntoView {
    let (lazy, priority) = match loading {
        Loading::First => ("eager", "high"),
        Loading::Lazy => ("lazy", "auto"),
    };
    let sizes = picture.as_ref().map(|_| place.sizes());
    let [(modern, modern_ext), (_, fallback_ext)] = FORMATS;
    // An original keeps the 16:9 box the layout gives it; a picture has its own size.
    let (src, srcset, class, width, height, source) = match &picture {
        Some(picture) => (
            picture.fallback(""),
            Some(picture.srcset("", fallback_ext)),
            format!("{class} {}", picture.tint_class()),
            picture.width,
            picture.height,
            Some(view! { <source type=modern srcset=picture.srcset("", modern_ext) sizes=sizes/> }),
        ),
        None => (page_url(&src), None, class.to_owned(), 1200, 675, None),
    };
    view! {
        <picture>
            {source}
            <img class=class.trim_start().to_owned() src=src srcset=srcset sizes=sizes alt="" width=width height=height
                loading=lazy fetchpriority=priority decoding="async"/>
        </picture>
    }
}

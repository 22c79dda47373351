use super::*;
use crate::feed::{parse_rfc3339, Feed, Item, Kind};

fn article(id: &str, section: &str, date: &str) -> Item {
    Item {
        id: id.into(),
        title: Some(format!("Titre {id}")),
        content_text: Some("x".into()),
        section: Some(section.into()),
        tags: vec![section.to_uppercase()],
        date_published: parse_rfc3339(date),
        ..Item::default()
    }
}

fn brief(id: &str, date: &str) -> Item {
    Item {
        kind: Kind::Brief,
        ..article(id, "breves", date)
    }
}

fn feed(items: Vec<Item>) -> Feed {
    Feed {
        items,
        ..Feed::default()
    }
}

fn ids(items: &[&Item]) -> Vec<String> {
    items.iter().map(|i| i.id.clone()).collect()
}

fn sample() -> Feed {
    let mut a1 = article("a1", "sport", "2026-11-28T10:00:00Z");
    a1.image = Some("a.svg".into());
    let mut a2 = article("a2", "sport", "2026-11-28T12:00:00Z");
    a2.tags.push("Football".into());
    let mut a3 = article("a3", "culture", "2026-11-27T09:00:00Z");
    a3.image = Some("c.svg".into());
    let mut a4 = article("a4", "culture", "2026-11-28T08:00:00Z");
    a4.tags.push("Football".into());
    feed(vec![
        a1,
        a2,
        a3,
        a4,
        brief("b1", "2026-11-28T13:00:00Z"),
        brief("b2", "2026-11-28T07:00:00Z"),
    ])
}

#[test]
fn top_stories_prefer_images_and_never_repeat_the_lead() {
    let f = sample();
    let lead = lead_story(&f);
    assert_eq!(lead.map(|i| i.id.as_str()), Some("a1"));
    assert_eq!(ids(&top_stories(&f, lead, 2)), ["a3", "a2"]);
    assert_eq!(ids(&top_stories(&f, lead, 10)), ["a3", "a2", "a4"]);
}

#[test]
fn ranked_stories_come_first_in_rank_order() {
    let mut f = sample();
    f.items[0].featured = Some(1);
    f.items[3].featured = Some(3);
    f.items[1].featured = Some(2);
    assert_eq!(lead_story(&f).map(|i| i.id.as_str()), Some("a1"));
    assert_eq!(ids(&top_stories(&f, lead_story(&f), 3)), ["a2", "a4", "a3"]);
}

#[test]
fn sections_and_tags_list_articles_newest_first() {
    let f = sample();
    assert_eq!(ids(&section_articles(&f, "sport")), ["a2", "a1"]);
    assert_eq!(ids(&tagged(&f, "football")), ["a2", "a4"]);
    assert_eq!(tag_name(&f, "football"), Some("Football"));
    assert!(
        tagged(&f, "breves").is_empty(),
        "briefs are not listed under tags"
    );
}

#[test]
fn briefs_come_newest_first() {
    assert_eq!(ids(&briefs(&sample())), ["b1", "b2"]);
}

#[test]
fn listed_related_ids_win_in_their_order() {
    let mut f = sample();
    f.items[0].related = vec!["a4".into(), "missing".into(), "a1".into(), "a3".into()];
    let item = f.items[0].clone();
    assert_eq!(ids(&related(&f, &item, 5)), ["a4", "a3"]);
}

#[test]
fn without_a_list_related_means_same_section_then_shared_tags() {
    let f = sample();
    let a2 = f.items[1].clone();
    // a1 shares the section (and its tag), a4 only the "Football" tag.
    assert_eq!(ids(&related(&f, &a2, 5)), ["a1", "a4"]);
}

#[test]
fn neighbours_are_the_newer_and_the_older_article_of_the_section() {
    let f = sample();
    let a2 = f.items[1].clone();
    let a1 = f.items[0].clone();
    let (newer, older) = neighbours(&f, &a2);
    assert_eq!(
        (newer.map(|i| i.id.as_str()), older.map(|i| i.id.as_str())),
        (None, Some("a1"))
    );
    let (newer, older) = neighbours(&f, &a1);
    assert_eq!(
        (newer.map(|i| i.id.as_str()), older.map(|i| i.id.as_str())),
        (Some("a2"), None)
    );
}

#[test]
fn grouping_keeps_order_and_joins_neighbours() {
    let f = sample();
    let items: Vec<&Item> = f.items.iter().collect();
    let groups = group_by(&items, |i| i.section.clone());
    let shape: Vec<(Option<String>, usize)> =
        groups.iter().map(|(k, v)| (k.clone(), v.len())).collect();
    assert_eq!(
        shape,
        [
            (Some("sport".into()), 2),
            (Some("culture".into()), 2),
            (Some("breves".into()), 2)
        ]
    );
}

#[test]
fn reading_time_counts_words_outside_tags() {
    let mut item = article("r", "x", "2026-11-28T10:00:00Z");
    item.content_text = None;
    item.content_html = Some(format!("<p>{}</p><h2>un deux</h2>", "mot ".repeat(458)));
    assert_eq!(reading_minutes(&item), 2, "460 words is two minutes");
    item.content_html = Some("<p>court</p>".into());
    assert_eq!(reading_minutes(&item), 1);
}

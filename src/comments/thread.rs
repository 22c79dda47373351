//! From a flat list of comments to the thread a reader sees: replies under their parent,
//! top-level comments in the chosen order, replies oldest first.

use super::model::Comment;

/// The order of top-level comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
}

/// A comment and the replies under it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Node {
    pub comment: Comment,
    pub replies: Vec<Node>,
}

impl Node {
    /// This comment and every reply below it.
    pub fn size(&self) -> usize {
        1 + self.replies.iter().map(Node::size).sum::<usize>()
    }
}

/// The comments a reader can read: deleted placeholders do not count.
pub fn count(comments: &[Comment]) -> usize {
    comments.iter().filter(|c| !c.deleted).count()
}

/// Drops the deleted placeholders that no reply needs any more, up the thread: a comment
/// deleted while it had replies stays (as Isso keeps it) only while a reply remains.
pub fn prune_placeholders(comments: &mut Vec<Comment>) {
    loop {
        let unneeded = comments.iter().position(|c| {
            c.deleted
                && !comments
                    .iter()
                    .any(|r| r.parent.as_deref() == Some(c.id.as_str()))
        });
        match unneeded {
            Some(index) => {
                comments.remove(index);
            }
            None => return,
        }
    }
}

/// Builds the thread. A reply whose parent is unknown is shown at the top level rather than
/// lost; a parent cycle (bad data) cannot loop.
pub fn build(comments: &[Comment], sort: Sort) -> Vec<Node> {
    let known = |id: &str| comments.iter().any(|c| c.id == id);
    let mut roots: Vec<&Comment> = comments
        .iter()
        .filter(|c| c.parent.as_deref().is_none_or(|p| !known(p) || p == c.id))
        .collect();
    oldest_first(&mut roots);
    if sort == Sort::Newest {
        roots.reverse();
    }
    let mut placed: Vec<&str> = roots.iter().map(|c| c.id.as_str()).collect();
    let mut nodes: Vec<Node> = roots
        .into_iter()
        .map(|root| node(root, comments, &mut placed))
        .collect();
    // Comments caught in a parent cycle (bad data) were reached from no root: show them too.
    while let Some(stray) = comments
        .iter()
        .filter(|c| !placed.contains(&c.id.as_str()))
        .min_by_key(|c| c.created)
    {
        placed.push(&stray.id);
        nodes.push(node(stray, comments, &mut placed));
    }
    nodes
}

/// By time, then by id so that equal times keep one order.
fn oldest_first(comments: &mut [&Comment]) {
    comments.sort_by(|a, b| (a.created, &a.id).cmp(&(b.created, &b.id)));
}

fn node<'a>(comment: &'a Comment, all: &'a [Comment], placed: &mut Vec<&'a str>) -> Node {
    let mut children: Vec<&Comment> = all
        .iter()
        .filter(|c| {
            c.parent.as_deref() == Some(comment.id.as_str()) && !placed.contains(&c.id.as_str())
        })
        .collect();
    oldest_first(&mut children);
    placed.extend(children.iter().map(|c| c.id.as_str()));
    Node {
        comment: comment.clone(),
        replies: children
            .into_iter()
            .map(|child| node(child, all, placed))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comments::model::{Body, Delivery};

    fn comment(id: &str, parent: Option<&str>, created: i64) -> Comment {
        Comment {
            id: id.into(),
            parent: parent.map(Into::into),
            author: None,
            website: None,
            body: Body::Text(format!("texte {id}")),
            created,
            modified: None,
            likes: 0,
            mine: false,
            deleted: false,
            delivery: Delivery::Sent,
        }
    }

    fn shape(nodes: &[Node]) -> Vec<(String, Vec<String>)> {
        nodes
            .iter()
            .map(|n| {
                (
                    n.comment.id.clone(),
                    n.replies.iter().map(|r| r.comment.id.clone()).collect(),
                )
            })
            .collect()
    }

    fn sample() -> Vec<Comment> {
        vec![
            comment("a", None, 10),
            comment("b", None, 30),
            comment("a2", Some("a"), 40),
            comment("a1", Some("a"), 20),
            comment("a1x", Some("a1"), 50),
        ]
    }

    #[test]
    fn a_placeholder_stays_while_a_reply_needs_it() {
        let mut comments = sample();
        comments[0].deleted = true; // "a", with replies
        comments[3].deleted = true; // "a1", whose reply "a1x" remains
        prune_placeholders(&mut comments);
        assert_eq!(comments.len(), 5, "both still hold replies");

        comments.retain(|c| c.id != "a1x");
        prune_placeholders(&mut comments);
        let ids: Vec<&str> = comments.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a", "b", "a2"],
            "a1 went with its last reply; a keeps a2"
        );

        comments.retain(|c| c.id != "a2");
        prune_placeholders(&mut comments);
        let ids: Vec<&str> = comments.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["b"]);
    }

    #[test]
    fn replies_go_under_their_parent_oldest_first() {
        let thread = build(&sample(), Sort::Oldest);
        assert_eq!(
            shape(&thread),
            [
                ("a".into(), vec!["a1".into(), "a2".into()]),
                ("b".into(), vec![])
            ]
        );
        assert_eq!(thread[0].replies[0].replies[0].comment.id, "a1x");
        assert_eq!(thread[0].size(), 4);
    }

    #[test]
    fn newest_first_turns_only_the_top_level() {
        let thread = build(&sample(), Sort::Newest);
        assert_eq!(
            shape(&thread),
            [
                ("b".into(), vec![]),
                ("a".into(), vec!["a1".into(), "a2".into()])
            ]
        );
    }

    #[test]
    fn an_orphan_reply_is_shown_at_the_top_level() {
        let comments = vec![comment("x", Some("gone"), 5), comment("y", None, 6)];
        assert_eq!(
            shape(&build(&comments, Sort::Oldest)),
            [("x".into(), vec![]), ("y".into(), vec![])]
        );
    }

    #[test]
    fn a_parent_cycle_cannot_loop() {
        let comments = vec![
            comment("p", Some("q"), 1),
            comment("q", Some("p"), 2),
            comment("s", Some("s"), 3),
        ];
        let thread = build(&comments, Sort::Oldest);
        // Every comment shows once, and nothing hangs.
        assert_eq!(
            shape(&thread),
            [("s".into(), vec![]), ("p".into(), vec!["q".into()])]
        );
    }

    #[test]
    fn deleted_placeholders_do_not_count() {
        let mut comments = sample();
        comments[0].deleted = true;
        assert_eq!(count(&comments), 4);
    }
}

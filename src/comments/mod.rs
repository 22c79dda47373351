//! Reader comments, as pure logic: the model, threading and sorting, validation, what the
//! browser stores between visits, and Isso's JSON. The reactive store and its backends
//! (`comment_store`) build on this.

pub mod isso;
pub mod model;
pub mod schema;
pub mod thread;
pub mod time;
pub mod validate;

pub use model::{Body, Comment, Delivery, NewComment, MAX_ATTEMPTS};
pub use thread::{build, count, prune_placeholders, Node, Sort};

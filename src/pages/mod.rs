//! One file per route.

mod home;

pub use home::HomePage;

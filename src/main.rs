//! The browser entry point: start the app, over a published page or from the empty shell.
//! Trunk builds this binary for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Development builds print a panic's message in the console. The release build aborts
    // at once on a panic (scripts/release-build.sh), before any hook could run.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    manchette::takeover::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("manchette runs in the browser: build it with `make serve` or `trunk build`; `cargo run --bin publish` writes its pages.");
    std::process::exit(2);
}

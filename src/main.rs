//! The browser entry point: mount the app. Trunk builds this binary for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(manchette::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("manchette runs in the browser: build it with `make serve` or `trunk build`.");
    std::process::exit(2);
}

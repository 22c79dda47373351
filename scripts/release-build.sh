#!/usr/bin/env bash
# The release wasm, as it ships: `trunk build --release` with a pinned nightly rustc that
# rebuilds the standard library for size (the Leptos book's size recipe). Every release build
# goes through here (make build, make publish, make bench, the e2e and engines layers), so
# the tests run the toolchain that ships; native builds, clippy and the component tests stay
# on stable. The figures are in bench/README.md ("The wasm, step by step").
#
#   scripts/release-build.sh [TRUNK BUILD ARGUMENTS…]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-toolchain.sh

export RUSTUP_TOOLCHAIN=$RELEASE_TOOLCHAIN
# std and panic_abort from source, with the size-tuned features; panics that abort at once
# (no unwinding tables, no panic messages), without their source locations, and Debug
# formatting compiled to nothing: the app never shows a Debug form to a reader.
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# `split_wasm` and the linker's relocations: the parts loaded on demand leave the app's wasm
# (scripts/split-wasm.mjs, run by the post-build hook, finds cargo's wasm in MANCHETTE_SPLIT_WASM).
# Replaces .cargo/config.toml's flags for wasm32, so it repeats erase_components.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg split_wasm -Clink-args=--emit-relocs"
# Its own target folder: these flags would otherwise rebuild stable's wasm artefacts each time.
export CARGO_TARGET_DIR=target/release-wasm
export MANCHETTE_SPLIT_WASM=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/manchette.wasm
exec trunk build --release "$@"

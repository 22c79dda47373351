#!/usr/bin/env bash
# Installs what Manchette's build (and, with `test`, its tests) needs: only what is
# missing or at the wrong version. When everything is present it only checks versions.
#
#   scripts/setup.sh build   the wasm target, trunk, wasm-bindgen-cli, wasm-split-cli, npm packages
#   scripts/setup.sh test    the same, plus clippy, rustfmt, chromium and chromedriver
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
LOG_DIR=.cache/setup
mkdir -p "$LOG_DIR"

# The wasm-bindgen version is read from Cargo.lock, so the CLI always matches the crate.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
TRUNK_PIN=$(awk -F'"' '/^wasm_bindgen *=/ { print $2; exit }' Trunk.toml)
if [ "$WASM_BINDGEN_VERSION" != "$TRUNK_PIN" ]; then
  echo "setup: Cargo.lock has wasm-bindgen $WASM_BINDGEN_VERSION but Trunk.toml pins $TRUNK_PIN; make them equal." >&2
  exit 1
fi

# install NAME COMMAND...: runs COMMAND quietly; on failure one line names the tool and the command.
install() {
  local name=$1 log="$LOG_DIR/$1.log"
  shift
  echo "setup: installing $name ($*), log in $log"
  if ! "$@" >"$log" 2>&1; then
    echo "setup: could not install $name: '$*' failed; see $log" >&2
    exit 1
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Waits for another apt or dpkg run to finish (a machine's own updates) rather than failing.
apt_install() {
  local wait=(-o DPkg::Lock::Timeout=600)
  as_root apt-get "${wait[@]}" update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" install -y -qq "$@"
}

rustup target list --installed | grep -qx wasm32-unknown-unknown ||
  install wasm32-target rustup target add wasm32-unknown-unknown

[ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] ||
  install trunk cargo install --locked trunk --version "$TRUNK_VERSION"

# The nightly that builds the shipped wasm (scripts/release-build.sh), with the standard
# library's source; Trunk builds offline, so the crates that source needs are fetched once.
source scripts/release-toolchain.sh
rustup run "$RELEASE_TOOLCHAIN" rustc --version >/dev/null 2>&1 &&
  [ -f "$(rustup run "$RELEASE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ] &&
  rustup target list --toolchain "$RELEASE_TOOLCHAIN" --installed | grep -qx wasm32-unknown-unknown ||
  install release-toolchain rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal \
    --component rust-src --target wasm32-unknown-unknown
[ -f "$LOG_DIR/std-fetched-$RELEASE_TOOLCHAIN" ] || {
  install std-sources env CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    cargo "+$RELEASE_TOOLCHAIN" fetch --target wasm32-unknown-unknown
  touch "$LOG_DIR/std-fetched-$RELEASE_TOOLCHAIN"
}

# wasm-bindgen-cli's own lock file wants crates the registry lacks: install it without --locked.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  install wasm-bindgen-cli cargo install --force wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# The release build's wasm splitter (scripts/split-wasm.mjs); it prints no version of its own.
WASM_SPLIT_VERSION=0.2.4
cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" ||
  install wasm-split-cli cargo install --locked wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" \
    --features build-binary

# npm ci only when package-lock.json changed since the last install.
if ! cmp -s package-lock.json node_modules/.installed-lock.json; then
  install npm-packages npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.installed-lock.json
fi

# Isso, the comment server the e2e tests (and `make serve COMMENTS=isso`) run on loopback.
ISSO_VERSION=0.14.0
ISSO_VENV=.cache/isso
install_isso() {
  [ "$("$ISSO_VENV/bin/isso" --version 2>/dev/null)" = "isso $ISSO_VERSION" ] && return
  rm -rf "$ISSO_VENV"
  install isso sh -c "python3 -m venv '$ISSO_VENV' && '$ISSO_VENV/bin/pip' install --quiet 'isso==$ISSO_VERSION'"
}

if [ "${COMMENTS:-}" = isso ]; then
  install_isso
fi

if [ "${1:-build}" = test ]; then
  install_isso
  cargo fmt --version >/dev/null 2>&1 || install rustfmt rustup component add rustfmt
  cargo clippy --version >/dev/null 2>&1 || install clippy rustup component add clippy
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    install chromium apt_install chromium chromium-driver
  fi
  # The other engines readers use: Gecko (Firefox ESR) and WebKit (WebKitGTK, under Xvfb).
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v xvfb-run >/dev/null; then
    install browsers apt_install firefox-esr webkit2gtk-driver xvfb
  fi
  [ "$(geckodriver --version 2>/dev/null | head -n 1)" = "geckodriver $GECKODRIVER_VERSION" ] ||
    install geckodriver cargo install geckodriver --version "$GECKODRIVER_VERSION"
fi

#!/usr/bin/env bash
# Runs the named test layers in order (default: all), stopping at the first failure.
# Each layer ends with its own summary line; a failure names the layer.
#
#   scripts/test.sh [native] [browser] [e2e] [engines] [lint]
# (engines reuses the release builds that e2e makes.)
set -uo pipefail
cd "$(dirname "$0")/.."
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

# cargo prints one "test result:" line per test binary; this adds them up.
cargo_summary() {
  awk -v layer="$1" '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
    END { printf "%s: %d passed, %d failed\n", layer, p, f }'
}

# Each generated-attack property writes its count of cases here (tests/generated_attacks).
generated=target/tmp/generated-attacks

layer_native() {
  rm -rf "$generated"
  cargo test --color never 2>&1 | tee .cache/native.log | grep -E '^(test |error|warning: unused)|panicked|FAILED' | grep -v -e ' ok$' -e '^test result'
  local status=${PIPESTATUS[0]}
  cargo_summary native <.cache/native.log
  cat "$generated"/* 2>/dev/null | sed 's/^/  generated: /'
  return "$status"
}

# The component tests, in one engine: `browser_in chromium|firefox`.
browser_in() {
  local engine=$1 log=.cache/browser-$1.log driver
  if [ "$engine" = firefox ]; then driver=(env -u CHROMEDRIVER GECKODRIVER="$(command -v geckodriver)"); else driver=(env); fi
  "${driver[@]}" CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --color never --target wasm32-unknown-unknown --test browser 2>&1 |
    tee "$log" | grep -E '^(test |error)|panicked|FAILED|Running headless' | grep -v -e ' ok$' -e '^test result'
  local status=${PIPESTATUS[0]}
  cargo_summary "browser ($engine)" <"$log"
  return "$status"
}

layer_browser() {
  browser_in chromium && browser_in firefox
}

layer_engines() {
  release_builds && node tests/engines/run.mjs
}

# The release, built and published as a newsroom deploys it: at / (dist/) and at /sub/path/,
# each with the sample feed's pages written by the publishing step. Once per run.
built=
release_builds() {
  [ -n "$built" ] && return 0
  echo "building the release, at / and at /sub/path/ (scripts/release-build.sh), and publishing the sample feed into both"
  { cargo build --profile tools --bin publish --bin gen-photos &&
    scripts/release-build.sh && target/tools/publish --dist dist &&
    scripts/release-build.sh --public-url /sub/path/ --dist target/dist-sub-path &&
    target/tools/publish --dist target/dist-sub-path --site-url http://127.0.0.1:8080/sub/path/; } \
    >.cache/trunk-release.log 2>&1 || {
    tail -n 30 .cache/trunk-release.log
    return 1
  }
  built=yes
}

layer_e2e() {
  release_builds && node tests/e2e/run.mjs
}

layer_lint() {
  cargo fmt --check || return 1
  # Leptos's server rendering is for the publishing step only: it must never reach the wasm.
  if cargo tree --target wasm32-unknown-unknown -e features 2>/dev/null | grep -q 'feature "ssr"'; then
    echo 'lint: a crate of the wasm build has its "ssr" feature on (cargo tree --target wasm32-unknown-unknown -e features)'
    return 1
  fi
  cargo clippy --color never --all-targets -- -D warnings >.cache/clippy-host.log 2>&1 || {
    grep -v -E "^ +(Checking|Compiling) " .cache/clippy-host.log
    return 1
  }
  cargo clippy --color never --all-targets --target wasm32-unknown-unknown -- -D warnings >.cache/clippy-wasm.log 2>&1 || {
    grep -v -E "^ +(Checking|Compiling) " .cache/clippy-wasm.log
    return 1
  }
  echo "lint: cargo fmt clean; no ssr in the wasm build; clippy clean for the host and for wasm32"
}

mkdir -p .cache
layers=("$@")
[ ${#layers[@]} -gt 0 ] || layers=(native browser e2e engines lint)
for layer in "${layers[@]}"; do
  echo "== layer: $layer"
  if ! "layer_$layer"; then
    echo "FAILED: the $layer layer failed; the layers after it did not run." >&2
    exit 1
  fi
done
echo "== all layers passed: ${layers[*]}"

# The nightly that builds the shipped wasm, pinned by date (sourced by setup.sh and
# release-build.sh). Moving it: change the date, run `make test`, record the sizes in
# bench/README.md.
RELEASE_TOOLCHAIN=nightly-2026-10-29

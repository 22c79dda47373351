#!/bin/sh
# Trunk post_build hook: runs with TRUNK_STAGING_DIR set to the build being staged.
set -eu

# 404.html: static hosts serve it for unknown paths, so a deep link loads the app, whose
# router then shows the right view (or its own 404).
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/404.html"

# `make serve COMMENTS=isso` points the served configuration at its local Isso.
if [ -n "${MANCHETTE_ISSO_URL:-}" ]; then
  printf '{"comments": {"backend": "isso", "url": "%s"}}\n' "$MANCHETTE_ISSO_URL" >"$TRUNK_STAGING_DIR/config.json"
fi

#!/bin/sh
# Trunk post_build hook: runs in the staging folder's parent with TRUNK_STAGING_DIR set.
# 404.html: static hosts serve it for unknown paths, so a deep link loads the app, whose
# router then shows the right view (or its own 404).
set -eu
cp "$TRUNK_STAGING_DIR/index.html" "$TRUNK_STAGING_DIR/404.html"

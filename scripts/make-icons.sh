#!/usr/bin/env bash
# Renders the app icons' PNGs from their SVG sources with headless Chromium, at the sizes the
# web app manifest lists. Run it after changing an SVG, and commit the PNGs.
#   scripts/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/../public/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # render SOURCE.svg SIZE OUTPUT.png
  printf '<html><body style="margin:0"><img src="file://%s" style="display:block;width:100vw;height:100vh"></body></html>' \
    "$PWD/$1" >"$work/page.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$PWD/$3" "file://$work/page.html" >/dev/null 2>&1
  echo "icons: $3 (${2}x$2)"
}

render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon-maskable.svg 512 icon-maskable-512.png
render icon-maskable.svg 180 apple-touch-icon.png

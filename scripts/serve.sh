#!/usr/bin/env bash
# `make serve`: the sample feed's paper on http://127.0.0.1:8080, published as `make publish`
# publishes it, served as a static host serves it, rebuilt, republished and reloaded in the
# browser after every change (trunk watch, then scripts/dev-server.mjs).
# With COMMENTS=isso it also runs a real Isso on http://127.0.0.1:8081 (a fresh SQLite file
# under .cache/) and points the served config.json at it; Isso stops with the server.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=8080
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

if [ "${COMMENTS:-local}" = isso ]; then
  dir=.cache/isso-serve
  mkdir -p "$dir"
  cat >"$dir/isso.cfg" <<CFG
[general]
dbpath = $PWD/$dir/comments.db
host = http://127.0.0.1:$PORT/
max-age = 15m
notify = stdout
[server]
listen = http://127.0.0.1:8081/
[guard]
enabled = false
[moderation]
enabled = false
CFG
  .cache/isso/bin/isso -c "$dir/isso.cfg" run >"$dir/isso.log" 2>&1 &
  pids+=($!)
  echo "serve: Isso on http://127.0.0.1:8081/ (log: $dir/isso.log)"
  export MANCHETTE_ISSO_URL=http://127.0.0.1:8081/
fi

echo "serve: building the publishing step (cargo build --profile tools --bin publish)"
cargo build --profile tools --quiet --bin publish
export MANCHETTE_PUBLISH=http://127.0.0.1:$PORT/ MANCHETTE_DEV_RELOAD=1
trunk build
trunk watch --quiet &
pids+=($!)
node scripts/dev-server.mjs "$PORT"

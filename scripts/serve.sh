#!/usr/bin/env bash
# `make serve`: Trunk's dev server on http://127.0.0.1:8080 with the sample feed.
# With COMMENTS=isso it also runs a real Isso on http://127.0.0.1:8081 (a fresh SQLite file
# under .cache/) and points the served config.json at it; Isso stops with the server.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${COMMENTS:-local}" = isso ]; then
  dir=.cache/isso-serve
  mkdir -p "$dir"
  cat >"$dir/isso.cfg" <<CFG
[general]
dbpath = $PWD/$dir/comments.db
host = http://127.0.0.1:8080/
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
  isso_pid=$!
  trap 'kill "$isso_pid" 2>/dev/null || true' EXIT
  echo "serve: Isso on http://127.0.0.1:8081/ (log: $dir/isso.log)"
  export MANCHETTE_ISSO_URL=http://127.0.0.1:8081/
fi

trunk serve

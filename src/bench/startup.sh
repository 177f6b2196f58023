#!/usr/bin/env bash
# Measures mechgraph's start: seconds from JVM launch to the first answered path query, and the process's RSS
# after it. Run from the project root after `mvn -B package -DskipTests`.
#   src/bench/startup.sh [runs]     (each run: one cold start on an empty data folder, one warm restart on it)
set -euo pipefail
runs=${1:-3}
port=${MECHGRAPH_HTTP_PORT:-18080}
bolt=${MECHGRAPH_BOLT_PORT:-17687}
query="http://127.0.0.1:$port/api/paths?from=ketamine&via=MOR&to=BDNF"

one_start() { # $1 data dir; prints "<seconds> <rss MB>"
  local start pid rss
  start=$(date +%s.%N)
  MECHGRAPH_DATA_DIR="$1" MECHGRAPH_HTTP_PORT=$port MECHGRAPH_BOLT_PORT=$bolt \
    java -Xmx512m -jar target/mechgraph.jar >"$1.log" 2>&1 &
  pid=$!
  until curl -sf "$query" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "mechgraph exited; see $1.log" >&2; exit 1; }
    sleep 0.1
  done
  local end; end=$(date +%s.%N)
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $rss"
}

echo "run  cold_s  cold_rss_MB  warm_s  warm_rss_MB"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)/data
  read -r cs cr < <(one_start "$dir")
  read -r ws wr < <(one_start "$dir")
  printf "%3d  %6.1f  %11d  %6.1f  %11d\n" "$i" "$cs" "$cr" "$ws" "$wr"
  rm -rf "$(dirname "$dir")"
done

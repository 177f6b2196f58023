#!/usr/bin/env bash
# Measures mechgraph's start: seconds from JVM launch to the first answered path query, the CPU seconds the process
# used until then, and its RSS after it. Run from the project root after `mvn -B package -DskipTests`.
#   src/bench/startup.sh [runs]     (each run: one cold start on an empty data folder, one warm restart on it)
# MECHGRAPH_JAVA_OPTS replaces the JVM flags of the README's run command, e.g. to measure without the class archive.
set -euo pipefail
runs=${1:-3}
port=${MECHGRAPH_HTTP_PORT:-18080}
bolt=${MECHGRAPH_BOLT_PORT:-17687}
opts=${MECHGRAPH_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:SharedArchiveFile=target/mechgraph.jsa}
query="http://127.0.0.1:$port/api/paths?from=ketamine&via=MOR&to=BDNF"
ticks=$(getconf CLK_TCK)

one_start() { # $1 data dir; prints "<seconds> <cpu seconds> <rss MB>"
  local start pid rss cpu
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # opts is a list of flags
  MECHGRAPH_DATA_DIR="$1" MECHGRAPH_HTTP_PORT=$port MECHGRAPH_BOLT_PORT=$bolt \
    java $opts -jar target/mechgraph.jar >"$1.log" 2>&1 &
  pid=$!
  until curl -sf "$query" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "mechgraph exited; see $1.log" >&2; exit 1; }
    sleep 0.1
  done
  local end; end=$(date +%s.%N)
  rss=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$pid/status)
  cpu=$(awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $cpu $rss"
}

echo "JVM flags: $opts; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "run  cold_s  cold_cpu_s  cold_rss_MB  warm_s  warm_cpu_s  warm_rss_MB"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)/data
  read -r cs cc cr < <(one_start "$dir")
  read -r ws wc wr < <(one_start "$dir")
  printf "%3d  %6.1f  %10s  %11d  %6.1f  %10s  %11d\n" "$i" "$cs" "$cc" "$cr" "$ws" "$wc" "$wr"
  rm -rf "$(dirname "$dir")"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

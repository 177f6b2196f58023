#!/usr/bin/env bash
# The benchmark whose figures are BENCHMARKS.md (BenchIT, through `mvn -B verify -Pbench`): imports Hetionet and all
# of CONIB into a new data folder, starts `java -Xmx1g -jar target/mechgraph.jar` on it as its own process, and
# measures start-up, ranked paths over HTTP and direct, the hand-written Cypher for the same pairs, entity search,
# the biggest hubs' neighbours, throughput at 1-64 clients and the server's RSS. Run from anywhere:
#   src/bench/run.sh            import into target/bench/data (deleted first), then measure: about 20-40 minutes
#   src/bench/run.sh FOLDER     measure on a folder imported before; the server writes to it, so copy a shared one
# Environment: MECHGRAPH_SHARED_DATA the data sets (default ../shared/data); BENCH_OPTS more settings, e.g.
# "-Dbench.seconds=60 -Dbench.clients=1,8,32,64,128" or "-Dbench.report=target/bench/try.md -Dbench.queries=24".
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=$(realpath "${MECHGRAPH_SHARED_DATA:-../shared/data}")
args=(-B verify -Pbench "-Dbench.shared=$shared")
if [ $# -gt 0 ]; then
  [ -d "$1" ] || { echo "no folder $1" >&2; exit 2; }
  args+=("-Dbench.data=$(realpath "$1")")
fi
# shellcheck disable=SC2086 # BENCH_OPTS is a list of flags
mvn "${args[@]}" ${BENCH_OPTS:-}
echo "figures: BENCHMARKS.md (unless -Dbench.report said otherwise); logs: target/bench/"

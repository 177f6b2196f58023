#!/usr/bin/env bash
# Measures `mechgraph import` on the public sets: Hetionet's nodes, then its 335,406 composite edges, then all of
# CONIB, into one new data folder (so CONIB's genes meet Hetionet's, as in a real graph). Per file: seconds per phase
# (checking, writing, summing up evidence, committing, as the command reports them), rows/s, the process's CPU
# seconds and peak RSS (VmHWM, the command's own figure), and the load average before and after, since the machine
# may be shared. Run from the project root after `mvn -B -q package -DskipTests`:
#   src/bench/import.sh [runs]        each run starts from a new data folder; default 1
# Environment: IMPORT_XMX heap of each import (default 1g, as the README says to import with);
# MECHGRAPH_SHARED_DATA the data sets (default ../shared/data); IMPORT_JAVA_OPTS more JVM flags (e.g.
# -XX:StartFlightRecording=filename=target/bench/import.jfr). Writes the table to stdout and target/bench/import.md.
set -euo pipefail
runs=${1:-1}
xmx=${IMPORT_XMX:-1g}
data=${MECHGRAPH_SHARED_DATA:-../shared/data}
jar=target/mechgraph.jar
out=target/bench
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first" >&2; exit 1; }
for f in hetionet/hetionet_nodes.tsv.gz hetionet/hetionet_composite_edges.tsv.gz conib/conib_statements.tsv.gz; do
  [ -f "$data/$f" ] || { echo "no $data/$f (set MECHGRAPH_SHARED_DATA)" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
totals=()

load() { cut -d' ' -f1 /proc/loadavg; }

# $1 data folder, $2 log prefix, then the command's arguments. Sets: secs cpu rss (and leaves $2.out, $2.err).
run_java() {
  local dir=$1 log=$2 t
  shift 2
  t=$( { TIMEFORMAT='%R %U %S'; time MECHGRAPH_DATA_DIR="$dir" MECHGRAPH_BOLT_PORT=0 \
    java -Xmx"$xmx" ${IMPORT_JAVA_OPTS:-} -jar "$jar" "$@" >"$log.out" 2>"$log.err"; } 2>&1 ) || {
    echo "failed: java -Xmx$xmx -jar $jar $*" >&2
    grep -v '^\s*at ' "$log.err" | tail -5 >&2
    return 1
  }
  read -r secs user sys <<<"$t"
  cpu=$(echo "$user + $sys" | bc)
  rss=$(sed -n 's/^peak RSS \([0-9]*\) MiB$/\1/p' "$log.out")
}

# The seconds a phase took, from the progress lines on a non-terminal ("x.tsv.gz: writing 47,031 rows took 12.3 s
# (3,824 rows/s)"); - if none.
phase() { sed -n -E "s/^.*: $2( [0-9,]+ rows)? took ([0-9.]+) s.*$/\2/p" "$1" | tail -1 | grep . || echo -; }

row() { # $1 run, $2 file label, $3 log prefix, $4 load before, $5 load after; sets file_rows and file_secs
  local summary rate
  summary=$(grep -m1 ' rows in ' "$3.out")
  file_rows=$(sed -E 's/.*: ([0-9,]+) rows in .*/\1/' <<<"$summary" | tr -d ,)
  file_secs=$(sed -E 's/.* rows in ([0-9.]+) s .*/\1/' <<<"$summary")
  rate=$(sed -E 's/.*\(([0-9,]+) rows\/s\).*/\1/' <<<"$summary")
  printf '| %d | %s | %s | %s | %s | %s | %s | **%s** | %s | %.1f | %.1f | %s | %s → %s |\n' "$1" "$2" "$file_rows" \
    "$(phase "$3.err" checking)" "$(phase "$3.err" writing)" "$(phase "$3.err" 'writing effects')" \
    "$(phase "$3.err" committing)" "$file_secs" "$rate" "$secs" "$cpu" "$rss" "$4" "$5" | tee -a "$out/import.md"
}

{
  echo "# mechgraph import benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' \
    /proc/meminfo), $(java -version 2>&1 | head -1), -Xmx$xmx ${IMPORT_JAVA_OPTS:-}, commit $(git rev-parse \
    --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "file s: the import's own time (check + write + commit). process s: the whole command, with JVM and database"
  echo "start. CPU s: user + system of the process (less affected by other work on the machine than wall time)."
  echo
  echo "| run | file | rows | check s | write s | effects s | commit s | file s | rows/s | process s | CPU s | peak RSS MiB | load 1 min |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} | tee "$out/import.md"

for i in $(seq 1 "$runs"); do
  dir="$work/data-$i"
  before=$(load)
  run_java "$dir" "$work/corpus-$i" load
  printf '| %d | corpus (new folder) | | | | | | | | %.1f | %.1f | | %s → %s |\n' "$i" "$secs" "$cpu" "$before" \
    "$(load)" | tee -a "$out/import.md"
  hetionet=0
  hetionet_rows=0
  conib=0
  for f in hetionet:hetionet/hetionet_nodes.tsv.gz hetionet:hetionet/hetionet_composite_edges.tsv.gz \
           bel:conib/conib_statements.tsv.gz; do
    format=${f%%:*}
    file=${f#*:}
    name=$(basename "$file")
    log="$work/${name%%.*}-$i"
    before=$(load)
    run_java "$dir" "$log" import --format "$format" "$data/$file"
    row "$i" "$name" "$log" "$before" "$(load)"
    case $format in
      hetionet) hetionet=$(echo "$hetionet + $file_secs" | bc); hetionet_rows=$((hetionet_rows + file_rows)) ;;
      *) conib=$file_secs ;;
    esac
    cp "$log.out" "$log.err" "$out/" 2>/dev/null || true
  done
  printf '| %d | Hetionet, nodes + edges | %d | | | | | **%.1f** | %.0f | | | | |\n' "$i" "$hetionet_rows" \
    "$hetionet" "$(echo "$hetionet_rows / $hetionet" | bc)" | tee -a "$out/import.md"
  totals+=("run $i: Hetionet $hetionet s, CONIB $conib s")
done
echo | tee -a "$out/import.md"
echo "Targets: Hetionet (nodes + edges, file s) under 30 s; CONIB under 15 s. ${totals[*]/%/;}" \
  | tee -a "$out/import.md"

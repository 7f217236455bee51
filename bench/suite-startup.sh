#!/usr/bin/env bash
# Start-up of the whole suite, the plain way and the fast-start ways (docs/running.md, "Fast start"), measured in one run.
#
#   ./mvnw -B -DskipTests package          # builds suite/target/docloud-suite.jar and suite/target/docloud/
#   bench/suite-startup.sh [runs]          # JAVA=<jdk>/bin/java FAST=<its fast-start layout>: another JDK
#
# Each way starts the suite RUNS times on free ports; a run ends when the launcher prints "DO Cloud Mock is
# up in ...". Printed: the median time to up (from the JVM's start), and the CPU time the JVM used until then,
# which a busy machine distorts less. The last lines are each way's ratio to `java -jar` in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
FAT=suite/target/docloud-suite.jar
FAST=${FAST:-suite/target/docloud}
[ -f "$FAT" ] && [ -f "$FAST/docloud-suite.jsa" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
PORTS="--docloud.geo.port=0 --docloud.kv.port=0 --docloud.content-policy.port=0 --docloud.discovery.port=0 --docloud.array.port=0"
TICKS=$(getconf CLK_TCK)

# one start-up: prints "<seconds to up> <CPU seconds>"
start_once() {
  local log pid started up ticks
  log=$(mktemp)
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  "${JAVA:-java}" "$@" $PORTS >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q 'is up in' "$log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.05
  done
  up=$(date +%s.%N)
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  awk -v s="$started" -v u="$up" -v t="$ticks" -v hz="$TICKS" 'BEGIN { printf "%.2f %.2f\n", u - s, t / hz }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A WALL CPU
measure() {
  local name=$1 results
  shift
  results=$(for _ in $(seq 1 "$RUNS"); do start_once "$@"; done)
  WALL[$name]=$(cut -d' ' -f1 <<<"$results" | median)
  CPU[$name]=$(cut -d' ' -f2 <<<"$results" | median)
  printf '%-34s up in %5.2f s, %5.2f s CPU (median of %s; load %s)\n' "$name" "${WALL[$name]}" "${CPU[$name]}" "$RUNS" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

ways=(jar extracted extracted+cds extracted+cds+c1)
measure jar -jar "$FAT"
measure extracted -jar "$FAST/docloud-suite.jar"
measure extracted+cds "-XX:SharedArchiveFile=$FAST/docloud-suite.jsa" -jar "$FAST/docloud-suite.jar"
measure extracted+cds+c1 "-XX:SharedArchiveFile=$FAST/docloud-suite.jsa" -XX:TieredStopAtLevel=1 -jar "$FAST/docloud-suite.jar"

for way in "${ways[@]:1}"; do
  awk -v n="$way" -v w="${WALL[$way]}" -v c="${CPU[$way]}" -v w0="${WALL[jar]}" -v c0="${CPU[jar]}" \
    'BEGIN { printf "%s / jar: %.2f time to up, %.2f CPU\n", n, w / w0, c / c0 }'
done

#!/usr/bin/env bash
# How close peer-to-peer brings the CDN to the ideal: 100 simulated DO clients behind 4 NATs (LAN mode) fetch
# 64 MiB from the suite started in the simulator's JVM, trading pieces over the Swarm protocol on loopback.
# Ideal CDN bytes: one copy per network, 4 x 64 MiB. The last line gives the ratio actual / ideal and the
# wall time from the first device's start to the last one's verified file.
#
#   bench/simulator-cdn.sh [scenario (bench/simulator-cdn.yaml)]
#
# Needs java and jq. Devices assemble their files in a temporary folder (6.4 GB for this scenario; removed
# after). Reports go to simulator/target/bench-results/ (JSON and HTML). JAVA_OPTS defaults to -Xmx4g.
set -euo pipefail

SCENARIO=${1:-bench/simulator-cdn.yaml}
cd "$(dirname "$0")/.."
for tool in java jq; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: apt-get install -y jq)" >&2; exit 1; }
done
JAR=simulator/target/docloud-simulator.jar
[ -f "$JAR" ] || ./mvnw -B -q -pl simulator -am -DskipTests package

RESULTS=simulator/target/bench-results
mkdir -p "$RESULTS"
NAME=$(basename "$SCENARIO" .yaml)
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx4g} -jar "$JAR" --scenario "$SCENARIO" --peer-port 0 --no-device-table \
  --report-json "$RESULTS/$NAME.json" --report-html "$RESULTS/$NAME.html"

jq -r '.Totals | "CDN bytes \(.BytesFromCdn) for an ideal \(.IdealBytesFromCdn): ratio \(.CdnRatio); wall time \(.WallSeconds) s; \(.Verified)/\(.Devices) devices verified"' \
  "$RESULTS/$NAME.json"

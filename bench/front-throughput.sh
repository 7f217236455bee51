#!/usr/bin/env bash
# What the host-name front costs a payload (docs/running.md, "Host-name front (labs)"): the troubleshooter's 25 MB file
# fetched whole, RUNS times, from Content Policy's own port and through the front with the CDN's host name.
#
#   ./mvnw -B -DskipTests package
#   bench/front-throughput.sh [runs]
#
# Printed: each way's median MB/s (curl's average download speed) and the ratio front/direct. The bytes are
# synthetic, generated for each request, so both ways pay for generating them; the ratio is the front's share.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
JAR=suite/target/docloud-suite.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
FILE=/filestreamingservice/files/52fa8751-747d-479d-8f22-e32730cc0eb1
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
CP=$(free_port)
FRONT=$(free_port)

log=$(mktemp)
java -jar "$JAR" --docloud.geo.port=0 --docloud.kv.port=0 --docloud.content-policy.port="$CP" \
     --docloud.discovery.port=0 --docloud.array.port=0 --docloud.front.port="$FRONT" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 1200); do
  grep -q 'is up in' "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done

# prints the median MB/s of RUNS fetches of the file: curl [options…]
median() {
  for _ in $(seq 1 "$RUNS"); do
    curl -sS -o /dev/null -w '%{speed_download}\n' "$@"
  done | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f\n", v[int((NR + 1) / 2)] / 1e6 }'
}

curl -sS -o /dev/null "http://127.0.0.1:$CP$FILE"   # warm-up
curl -sS -o /dev/null -H 'Host: dl.delivery.mp.microsoft.com' "http://127.0.0.1:$FRONT$FILE"
direct=$(median "http://127.0.0.1:$CP$FILE")
front=$(median -H 'Host: dl.delivery.mp.microsoft.com' "http://127.0.0.1:$FRONT$FILE")
echo "direct: $direct MB/s"
echo "front:  $front MB/s"
awk -v d="$direct" -v f="$front" 'BEGIN { printf "ratio front/direct: %.2f\n", f / d }'

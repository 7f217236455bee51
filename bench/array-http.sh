#!/usr/bin/env bash
# Array joins over HTTP on loopback, measured with wrk against nginx and opentracker (docs/peer-matching.md, "Performance").
#
#   apt-get update && apt-get install -y wrk opentracker nginx
#   ./mvnw -B -DskipTests package          # or let this script build array-service
#   bench/array-http.sh
#
# One run, every server on 127.0.0.1 only, wrk with 50 connections for DURATION a measurement:
#  1. keep-alive: Array joins (1,000,000 peers resident, each join returns 50) vs nginx serving a
#     static file of the size of a join response;
#  2. a new connection per request (Connection: close): Array joins vs opentracker announces (numwant=50,
#     1,000,000 peers resident there too);
#  3. p99 latency of joins under that load, and while a sweep expires 1,000,000 peers.
# Array's peers are loaded at start-up by docloud.array.synthetic.* (benchmarks only); opentracker's by
# announcing each once. The ratios are the last lines.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
CONTENTS=${CONTENTS:-10000}
PEERS_PER_CONTENT=${PEERS_PER_CONTENT:-100}
WANTED=50
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
ARRAY_PORT=${ARRAY_PORT:-18085}
NGINX_PORT=${NGINX_PORT:-18080}
TRACKER_PORT=${TRACKER_PORT:-16969}
JAR=array-service/target/array-service.jar
LUA=bench/lua

for tool in wrk nginx opentracker java curl perl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install -y wrk opentracker nginx)" >&2; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -B -q -pl array-service -am -DskipTests package

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "== $*" >&2; }

# wrk's Requests/sec and p99 (in ms) from its output
requests_per_second() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
p99_ms() {
  awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
    if (u == "us") v /= 1000; else if (u == "s") v *= 1000; print v }' "$1"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# CPU seconds (user + system) the given processes have used so far
cpu_seconds() {
  local ticks=0 pid
  for pid in "$@"; do
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

run_wrk() { # name, the server's pids (quoted), then wrk's arguments; also notes the server's CPU per request
  local name=$1 servers=$2 before after requests; shift 2
  log "$name: wrk -t$THREADS -c$CONNECTIONS $*"
  before=$(cpu_seconds $servers)
  env WRK_THREADS="$THREADS" wrk -t"$THREADS" -c"$CONNECTIONS" --latency "$@" > "$work/$name.txt"
  after=$(cpu_seconds $servers)
  requests=$(awk '/requests in/ {print $1}' "$work/$name.txt")
  awk -v a="$after" -v b="$before" -v r="$requests" 'BEGIN { printf "%.1f", (a - b) * 1e6 / r }' > "$work/$name.cpu"
  cat "$work/$name.txt" >&2
  log "$name: server CPU $(cat "$work/$name.cpu") us a request"
}

# The JIT needs a while, the more so on a busy machine (minutes, when other work shares the cores): warm up
# in 10 s rounds, at least six, until two rounds in a row do not beat the best by 5% (at most 18 rounds).
warm_up() { # wrk arguments; stops before WARM_UNTIL (epoch seconds) when set
  local best=0 flat=0 current
  for round in $(seq 1 18); do
    [ -n "${WARM_UNTIL:-}" ] && [ $(($(date +%s) + 10)) -gt "$WARM_UNTIL" ] && break
    current=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$@" | awk '/^Requests\/sec:/ {print int($2)}')
    log "warm-up round $round: $current requests/s"
    if [ "$current" -gt $((best * 105 / 100)) ]; then flat=0; else flat=$((flat + 1)); fi
    [ "$current" -gt "$best" ] && best=$current
    [ "$round" -ge 6 ] && [ "$flat" -ge 2 ] && break
  done
}

start_array() { # extra Spring arguments
  java $JAVA_OPTS -Xlog:gc:file="$work/gc.log" -jar "$JAR" --docloud.bind-address=127.0.0.1 --docloud.array.port="$ARRAY_PORT" \
    --server.tomcat.max-keep-alive-requests=-1 --logging.level.root=WARN \
    --logging.level.org.docloudmock=INFO "$@" > "$work/array.log" 2>&1 &
  array_pid=$!
  pids+=("$array_pid")
  until curl -sf "http://127.0.0.1:$ARRAY_PORT/actuator/health/readiness" >/dev/null; do
    kill -0 "$array_pid" 2>/dev/null || { cat "$work/array.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -h "synthetic peers" "$work/array.log" >&2
}

stop_array() {
  kill "$array_pid"
  wait "$array_pid" 2>/dev/null || true
}

# GC pauses of the last Array run: how many, and the longest (ms)
gc_pauses() {
  awk '/Pause/ { n++; v = $NF; sub(/ms/, "", v); if (v + 0 > max) max = v + 0 } END { printf "%d pauses, longest %.1f ms", n, max }' "$work/gc.log"
}

array="http://127.0.0.1:$ARRAY_PORT"
export CONTENTS PEERS_PER_CONTENT WANTED FIRST_CONTENT=0

# --- Array, 1,000,000 peers --------------------------------------------------------------------
log "Array: $CONTENTS contents x $PEERS_PER_CONTENT peers loaded at start-up"
start_array --docloud.array.synthetic.contents="$CONTENTS" \
  --docloud.array.synthetic.peers-per-content="$PEERS_PER_CONTENT"
join_body='{"ContentId":"synthetic-0","PeerId":"0000000000000000000000000000000000000001","ReportedIp":"192.168.0.1","Scope":3,"Left":1000000,"PeersWanted":50,"Port":7680}'
curl -sf -H 'Content-Type: application/json' -H 'X-Forwarded-For: 10.0.0.1' -d "$join_body" "$array/join/" > "$work/join.json"
response_bytes=$(wc -c < "$work/join.json")
returned=$(grep -o '"PeerId"' "$work/join.json" | wc -l)
log "a join response: $response_bytes bytes, $returned peers"
warm_up -s "$LUA/array-join.lua" "$array"
run_wrk array-keep-alive "$array_pid" -d"$DURATION" -s "$LUA/array-join.lua" "$array"
run_wrk array-close "$array_pid" -d"$DURATION" -H "Connection: close" -s "$LUA/array-join.lua" "$array"
peers_after=$(curl -sf "$array/actuator/prometheus" | awk '/^docloud_array_peers\{/ {print $2}')
log "peers resident after the runs: $peers_after"
stop_array
gc_first=$(gc_pauses)
log "GC: $gc_first"

# --- nginx, a static file of the size of a join response ---------------------------------------
mkdir -p "$work/www" "$work/nginx"
cp "$work/join.json" "$work/www/join.json"
cat > "$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    default_type application/json;
  }
}
EOF
nginx -c "$work/nginx.conf" -p "$work/nginx" -g 'daemon off;' &
nginx_pid=$!
pids+=("$nginx_pid")
until curl -sf "http://127.0.0.1:$NGINX_PORT/join.json" >/dev/null; do sleep 0.2; done
run_wrk nginx-keep-alive "$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')" -d"$DURATION" "http://127.0.0.1:$NGINX_PORT/join.json"

# --- opentracker, 1,000,000 peers ----------------------------------------------------------------
perl -e 'for $t (0..$ARGV[0]-1) { printf "%s\n", unpack("H*", sprintf("bench-torrent-%06d", $t)) }' "$CONTENTS" \
  > "$work/whitelist.txt"
cat > "$work/opentracker.conf" <<EOF
listen.tcp 127.0.0.1:$TRACKER_PORT
access.whitelist /whitelist.txt
tracker.rootdir $work
EOF
opentracker -f "$work/opentracker.conf" > "$work/opentracker.log" 2>&1 &
tracker_pid=$!
pids+=("$tracker_pid")
until curl -s "http://127.0.0.1:$TRACKER_PORT/stats" >/dev/null; do sleep 0.2; done
log "opentracker: announcing $CONTENTS torrents x $PEERS_PER_CONTENT peers once"
env TORRENTS="$CONTENTS" PEERS_PER_TORRENT="$PEERS_PER_CONTENT" PRELOAD=1 WRK_THREADS="$THREADS" \
  wrk -t"$THREADS" -c"$CONNECTIONS" -d300s -s "$LUA/tracker-announce.lua" "http://127.0.0.1:$TRACKER_PORT" > "$work/tracker-preload.txt"
curl -s "http://127.0.0.1:$TRACKER_PORT/announce?info_hash=bench-torrent-000000&peer_id=-BENCH-9999999999999&port=9999&numwant=50&compact=1" \
  > "$work/announce.bin"
log "an announce response: $(wc -c < "$work/announce.bin") bytes; $(grep -ao 'incompletei[0-9]*' "$work/announce.bin")"
export TORRENTS="$CONTENTS" PEERS_PER_TORRENT="$PEERS_PER_CONTENT"
run_wrk tracker-close "$tracker_pid" -d"$DURATION" -H "Connection: close" -s "$LUA/tracker-announce.lua" "http://127.0.0.1:$TRACKER_PORT"

# --- Array, while a sweep expires 1,000,000 peers ------------------------------------------------
# 100 active contents that the load keeps alive, and the 1,000,000 idle peers of the others, which all
# expire together a TTL after start-up; the sweep runs every 5 s, and the measured run straddles it.
ttl=180
log "Array: 100 active contents + $CONTENTS idle contents, peer TTL ${ttl}s"
started=$(date +%s)
start_array --docloud.array.synthetic.contents="$((CONTENTS + 100))" \
  --docloud.array.synthetic.peers-per-content="$PEERS_PER_CONTENT" \
  --docloud.array.peer-ttl="${ttl}s" --docloud.array.reannounce-interval=60s --docloud.array.sweep-interval=5s
CONTENTS=100 WARM_UNTIL=$((started + ttl - 20)) warm_up -s "$LUA/array-join.lua" "$array"
sleep $((started + ttl - 15 - $(date +%s) > 0 ? started + ttl - 15 - $(date +%s) : 0))
CONTENTS=100 run_wrk array-sweep "$array_pid" -d40s -s "$LUA/array-join.lua" "$array"
expiry=$(grep -h "Expired" "$work/array.log" || true)
log "${expiry:-no sweep expired peers during the run}"
stop_array
gc_sweep=$(gc_pauses)
log "GC: $gc_sweep"

# --- results ---------------------------------------------------------------------------------------
array_ka=$(requests_per_second "$work/array-keep-alive.txt")
nginx_ka=$(requests_per_second "$work/nginx-keep-alive.txt")
array_close=$(requests_per_second "$work/array-close.txt")
tracker_close=$(requests_per_second "$work/tracker-close.txt")
cat <<EOF

Array joins: $((CONTENTS * PEERS_PER_CONTENT)) peers resident, PeersWanted=$WANTED ($returned returned, $response_bytes bytes); wrk -t$THREADS -c$CONNECTIONS -d$DURATION
keep-alive requests/s:        array $array_ka   nginx (static $response_bytes bytes) $nginx_ka
Connection: close requests/s: array $array_close   opentracker (numwant=$WANTED) $tracker_close
server CPU us a request:      array keep-alive $(cat "$work/array-keep-alive.cpu"), nginx $(cat "$work/nginx-keep-alive.cpu"); array close $(cat "$work/array-close.cpu"), opentracker $(cat "$work/tracker-close.cpu")
load average at the end:      $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores
p99 latency:                  array keep-alive $(p99_ms "$work/array-keep-alive.txt") ms, close $(p99_ms "$work/array-close.txt") ms, during the 1,000,000-peer sweep $(p99_ms "$work/array-sweep.txt") ms
sweep:                        ${expiry:-none during the run}
GC (G1, whole Array runs):    1,000,000 resident: $gc_first; sweep run: $gc_sweep
keep-alive ratio array/nginx: $(ratio "$array_ka" "$nginx_ka")
close ratio array/opentracker: $(ratio "$array_close" "$tracker_close")
EOF

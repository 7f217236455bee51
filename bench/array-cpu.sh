#!/usr/bin/env bash
# Server CPU per Array join over HTTP, kept alive and with a connection each, for one or more builds of
# array-service (docs/peer-matching.md, "Performance": the before-and-after row). Shorter than array-http.sh: no nginx, no
# opentracker, no sweep; meant for comparing changes, the jars' runs alternated so that they share conditions.
#
#   bench/array-cpu.sh old.jar new.jar     # default: array-service/target/array-service.jar
#
# Each jar: Array started as array-http.sh starts it (1,000,000 synthetic peers), WARM_ROUNDS wrk rounds of
# 10 s, then ROUNDS x (kept alive, Connection: close) runs of DURATION; for each run the server's user and
# system CPU per request from /proc, and per thread group (workers, acceptor, poller, JIT, GC).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
WARM_ROUNDS=${WARM_ROUNDS:-6}
ROUNDS=${ROUNDS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
ARRAY_PORT=${ARRAY_PORT:-18085}
[ $# -gt 0 ] || set -- array-service/target/array-service.jar
for tool in wrk java curl jcmd python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

work=$(mktemp -d)
array_pid=
cleanup() {
  [ -n "$array_pid" ] && kill "$array_pid" 2>/dev/null && wait "$array_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export CONTENTS=10000 PEERS_PER_CONTENT=100 WANTED=50 FIRST_CONTENT=0
array="http://127.0.0.1:$ARRAY_PORT"

threads() { # tid, name and the user and system ticks of every thread of the server
  for task in /proc/"$array_pid"/task/*; do
    echo "${task##*/} $(sed 's/^[0-9]* (\(.*\)) /\1\t/' "$task/stat" | awk -F'\t' '{split($2, f, " "); print f[12], f[13]}')"
  done
}

# CPU per request between two thread snapshots, in total and by thread group (names from jcmd Thread.print)
report() { # label, before, after, requests
  jcmd "$array_pid" Thread.print > "$work/names" 2>/dev/null || true
  python3 - "$@" "$work/names" "$(getconf CLK_TCK)" <<'EOF'
import collections, re, sys
label, before, after, requests, names, hz = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5], int(sys.argv[6])
load = lambda f: {l.split()[0]: tuple(map(int, l.split()[1:3])) for l in open(f) if len(l.split()) == 3}
b, a = load(before), load(after)
name = {str(int(m.group(2), 16)): m.group(1) for m in re.finditer(r'^"(.*?)".*?nid=(0x[0-9a-f]+)', open(names).read(), re.M)}
groups = collections.defaultdict(lambda: [0, 0])
for tid, (user, system) in a.items():
    u0, s0 = b.get(tid, (0, 0))
    group = re.sub(r'\d+', '#', name.get(tid, 'other'))
    groups[group][0] += user - u0
    groups[group][1] += system - s0
us = lambda ticks: ticks * 1e6 / hz / requests
user, system = sum(g[0] for g in groups.values()), sum(g[1] for g in groups.values())
print(f'{label}: {us(user + system):.1f} us a request ({us(user):.1f} user, {us(system):.1f} system)')
for group, (u, s) in sorted(groups.items(), key=lambda g: -sum(g[1]))[:5]:
    if u + s:
        print(f'    {group:32s} {us(u):6.1f} user {us(s):6.1f} system')
EOF
}

for jar in "$@"; do
  java $JAVA_OPTS -jar "$jar" --docloud.bind-address=127.0.0.1 --docloud.array.port="$ARRAY_PORT" \
    --server.tomcat.max-keep-alive-requests=-1 --logging.level.root=WARN \
    --docloud.array.synthetic.contents="$CONTENTS" --docloud.array.synthetic.peers-per-content="$PEERS_PER_CONTENT" \
    > "$work/array.log" 2>&1 &
  array_pid=$!
  until curl -sf "$array/actuator/health/readiness" >/dev/null; do
    kill -0 "$array_pid" 2>/dev/null || { cat "$work/array.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "== $jar (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  for round in $(seq 1 "$WARM_ROUNDS"); do
    wrk -t2 -c50 -d10s -s bench/lua/array-join.lua "$array" > /dev/null
  done
  for round in $(seq 1 "$ROUNDS"); do
    for run in keep-alive close; do
      header=()
      [ "$run" = close ] && header=(-H "Connection: close")
      threads > "$work/before"
      wrk -t2 -c50 -d"$DURATION" "${header[@]}" -s bench/lua/array-join.lua "$array" > "$work/wrk.txt"
      threads > "$work/after"
      report "$run, $(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.txt") requests/s" "$work/before" "$work/after" \
        "$(awk '/requests in/ {print $1}' "$work/wrk.txt")"
    done
  done
  echo "   load average $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$array_pid"
  wait "$array_pid" 2>/dev/null || true
  array_pid=
done

#!/usr/bin/env bash
# Memory and CPU of each service image, idle and under a small load, for the requests and limits in
# deploy/kubernetes/ and deploy/swarm/. Each service runs alone in a container limited as deployed
# (--memory, default 512m; --cpus, default 1), on the default bridge; wrk (Debian's package) loads it
# from the host with 4 connections for LOAD_SECONDS. Figures from the container's cgroup (v1 or v2):
# RSS (anonymous memory, without page cache) and CPU seconds.
#   docker/build-images.sh && bench/service-resources.sh [service ...]
set -euo pipefail
cd "$(dirname "$0")/.."
TAG=${DOCLOUD_IMAGE_TAG:-0.1.0-SNAPSHOT}
MEMORY=${MEMORY:-512m}
CPUS=${CPUS:-1}
IDLE_SECONDS=${IDLE_SECONDS:-20}
LOAD_SECONDS=${LOAD_SECONDS:-20}
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(geo-service kv-service content-policy-service discovery-service array-service)
declare -A port=([geo-service]=8081 [kv-service]=8082 [content-policy-service]=8083 [discovery-service]=8084 [array-service]=8085)
declare -A path=([geo-service]=/geo [kv-service]=/all [content-policy-service]=/content/bench/contentpolicy
                 [discovery-service]=/disc/bench [array-service]=/join/)
lua=$(mktemp --suffix=.lua)
trap 'rm -f "$lua"' EXIT
# a join of one of 1000 peers of one content, each request another peer
cat > "$lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"ContentId":"bench","PeerId":"%040x","ReportedIp":"10.0.%d.%d","Scope":1,"PeersWanted":50}',
      n % 1000, math.floor((n % 1000) / 250), n % 250 + 1)
  return wrk.format("POST", "/join/", {["Content-Type"] = "application/json"}, body)
end
LUA

cgroup_file() { # container id, v1 controller, v1 file, v2 file
    local dir
    for dir in "/sys/fs/cgroup/$2/docker/$1" "/sys/fs/cgroup/system.slice/docker-$1.scope"; do
        [ -f "$dir/$3" ] && { cat "$dir/$3"; return; }
        [ -f "$dir/$4" ] && { cat "$dir/$4"; return; }
    done
    echo "no cgroup file for $1" >&2; exit 1
}
rss_mib() { cgroup_file "$1" memory memory.stat memory.stat | awk '$1=="total_rss"||$1=="anon"{printf "%d", $2/1048576}'; }
cpu_seconds() { # v1: cpuacct.usage in ns; v2: cpu.stat usage_usec
    local v1 v2
    v1=$(cat "/sys/fs/cgroup/cpuacct/docker/$1/cpuacct.usage" 2>/dev/null || true)
    if [ -n "$v1" ]; then awk -v n="$v1" 'BEGIN{printf "%.2f", n/1e9}'; return; fi
    v2=$(cgroup_file "$1" cpu cpu.stat cpu.stat | awk '$1=="usage_usec"{print $2}')
    awk -v n="$v2" 'BEGIN{printf "%.2f", n/1e6}'
}

printf '%-24s %10s %10s %12s %12s %10s %10s\n' service start_cpu_s idle_rss idle_cpu_%  load_rss_max load_cpu_% requests/s
for service in "${services[@]}"; do
    name="docloud-bench-resources-$service-$$"
    id=$(docker run -d --rm --name "$name" --memory "$MEMORY" --cpus "$CPUS" \
        -e DOCLOUD_DISCOVERY_ARRAY_URLS=http://array.example:8085/ \
        -e SPRING_APPLICATION_JSON='{"docloud":{"content":{"seed-dir":"/tmp"}}}' \
        "docloud-mock/$service:$TAG")
    ip=$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$id")
    until [ "$(docker inspect -f '{{.State.Health.Status}}' "$id")" = healthy ]; do sleep 1; done
    [ "$service" = content-policy-service ] && curl -fsS -o /dev/null -X PUT -H 'Content-Type: application/json' \
        -d '{"Synthetic":{"Size":3145733,"Seed":1}}' "http://$ip:${port[$service]}/admin/contents/bench"
    start_cpu=$(cpu_seconds "$id")
    sleep "$IDLE_SECONDS"
    idle_cpu=$(cpu_seconds "$id")
    idle_rss=$(rss_mib "$id")
    script=()
    [ "$service" = array-service ] && script=(-s "$lua")
    wrk -t1 -c4 -d"${LOAD_SECONDS}s" "${script[@]}" "http://$ip:${port[$service]}${path[$service]}" > "/tmp/$name.wrk" &
    wrk_pid=$!
    max_rss=0
    while kill -0 "$wrk_pid" 2>/dev/null; do
        rss=$(rss_mib "$id"); [ "$rss" -gt "$max_rss" ] && max_rss=$rss; sleep 1
    done
    wait "$wrk_pid"
    load_cpu=$(cpu_seconds "$id")
    rps=$(awk '/Requests\/sec/{print $2}' "/tmp/$name.wrk"); rm -f "/tmp/$name.wrk"
    docker rm -f "$id" > /dev/null
    printf '%-24s %10s %8s MiB %12s %8s MiB %10s %10s\n' "$service" "$start_cpu" "$idle_rss" \
        "$(awk -v a="$start_cpu" -v b="$idle_cpu" -v s="$IDLE_SECONDS" 'BEGIN{printf "%.1f", (b-a)/s*100}')" "$max_rss" \
        "$(awk -v a="$idle_cpu" -v b="$load_cpu" -v s="$LOAD_SECONDS" 'BEGIN{printf "%.0f", (b-a)/s*100}')" "$rps"
done

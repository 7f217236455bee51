#!/usr/bin/env bash
# Runs Microsoft's Linux DO agent (microsoft/do-client, deliveryoptimization-agent) against the mock as its
# Connected Cache host and prints PASS or FAIL for each check (docs/troubleshooter.md, "Microsoft's Linux DO
# agent"). Needs root: the agent starts as root and drops to the user `do`, and everything runs in a private
# mount and network namespace (unshare), so the machine's /etc, /run, /var/log and ports are never touched:
#
#   sudo tools/linux-agent/run-against-mock.sh --agent /path/to/deliveryoptimization-agent
#   sudo tools/linux-agent/run-against-mock.sh --source /path/to/do-client   # builds the agent first
#
# Options: --suite-jar JAR (default suite/target/docloud-suite.jar), --keep (keep the work folder: logs, journal).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
agent="" source="" suite_jar="$repo/suite/target/docloud-suite.jar" keep=false
guid_plain=4b1e0c7e-5d35-4f0a-9c55-0c5a3e8f1a01
guid_resume=4b1e0c7e-5d35-4f0a-9c55-0c5a3e8f1a02
guid_fallback=4b1e0c7e-5d35-4f0a-9c55-0c5a3e8f1a03 guid_error=4b1e0c7e-5d35-4f0a-9c55-0c5a3e8f1a04
guid_delay=4b1e0c7e-5d35-4f0a-9c55-0c5a3e8f1a05
origin=dl.delivery.mp.microsoft.com
origin2=tlu.dl.delivery.mp.microsoft.com   # a second origin: the agent bans a cache host per origin after a 404
geo_port=28081 kv_port=28082 cp_port=28083 disc_port=28084 array_port=28085

build_agent() { # $1 source dir, $2 build dir: the agent alone, as build/build.py --project agent does, no tests
    echo "building the agent from $1 in $2" >&2
    cmake -S "$1" -B "$2" -G Ninja -DDO_INCLUDE_AGENT=TRUE -DDO_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >"$2.cmake.log" 2>&1 \
        || { tail -20 "$2.cmake.log" >&2; exit 2; }
    nice -n 10 cmake --build "$2" -j 2 >"$2.build.log" 2>&1 || { tail -40 "$2.build.log" >&2; exit 2; }
    echo "$2/client-lite/deliveryoptimization-agent"
}

outside() {
    while [ $# -gt 0 ]; do
        case "$1" in
            --agent) agent=$(realpath "$2"); shift 2 ;;
            --source) source=$(realpath "$2"); shift 2 ;;
            --suite-jar) suite_jar=$(realpath "$2"); shift 2 ;;
            --keep) keep=true; shift ;;
            *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
        esac
    done
    [ "$(id -u)" = 0 ] || { echo "run as root (the agent drops from root to the user do; unshare needs root)" >&2; exit 2; }
    for tool in unshare ip tc curl jq sha256sum java; do
        command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 2; }
    done
    [ -f "$suite_jar" ] || { echo "no suite jar at $suite_jar: ./mvnw -B -DskipTests package -pl suite -am" >&2; exit 2; }
    work=$(mktemp -d /tmp/do-agent-check.XXXXXX)
    chmod 755 "$work"   # the agent, as do, writes its downloads below it
    if [ -n "$source" ]; then agent=$(build_agent "$source" "$work/agent-build"); fi
    [ -x "$agent" ] || { echo "no agent binary: --agent BIN or --source DIR" >&2; exit 2; }
    status=0
    unshare --mount --net --propagation private -- bash "$0" --inside "$work" "$agent" "$suite_jar" || status=$?
    if $keep || [ $status != 0 ]; then echo "logs and journals: $work"; else rm -rf "$work"; fi
    exit $status
}

failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; return 1; fi; }

# inside the namespaces: loopback and a veth pair; a private /etc (the user do, the origins' names, the agent's
# admin configuration), /run and /var/log (the agent's log: $work/log/deliveryoptimization-agent)
private_machine() {
    ip link set lo up
    # the agent retries a failed request only while some interface other than loopback is up (NetworkMonitor)
    ip link add do-lab0 type veth peer name do-lab1
    ip addr add 198.18.0.1/24 dev do-lab0
    ip link set do-lab0 up
    ip link set do-lab1 up
    mkdir -p "$work/etc-upper" "$work/etc-work" "$work/run" "$work/log" "$work/downloads"
    mount -t overlay overlay -o "lowerdir=/etc,upperdir=$work/etc-upper,workdir=$work/etc-work" /etc
    mount --bind "$work/run" /run
    mount --bind "$work/log" /var/log
    if ! getent passwd do >/dev/null; then
        local id=64100
        while getent passwd $id >/dev/null || getent group $id >/dev/null; do id=$((id + 1)); done
        echo "do:x:$id:" >>/etc/group
        echo "do:x:$id:$id:Delivery Optimization:/nonexistent:/usr/sbin/nologin" >>/etc/passwd
    fi
    chown do:do "$work/downloads"
    echo "127.0.0.1 $origin $origin2" >>/etc/hosts
    mkdir -p /etc/deliveryoptimization-agent
    printf '{"DOCacheHost":"127.0.0.1:%s"}\n' "$cp_port" >/etc/deliveryoptimization-agent/admin-config.json
}

start_mock() { # the suite, with the front on port 80 as the origin (dl.delivery.mp.microsoft.com is 127.0.0.1 here)
    java -jar "$suite_jar" --docloud.geo.port=$geo_port --docloud.kv.port=$kv_port --docloud.content-policy.port=$cp_port \
        --docloud.discovery.port=$disc_port --docloud.array.port=$array_port --docloud.front.port=80 >"$work/mock.log" 2>&1 &
    mock_pid=$!
    for _ in $(seq 1 300); do
        curl -sf "http://127.0.0.1:$cp_port/actuator/health/readiness" >/dev/null && curl -sf -o /dev/null \
            -H "Host: $origin" "http://127.0.0.1:80/filestreamingservice/files/52fa8751-747d-479d-8f22-e32730cc0eb1" -r 0-0 \
            && return 0
        kill -0 $mock_pid 2>/dev/null || return 1
        sleep 1
    done
    return 1
}

start_agent() {
    "$agent" >"$work/agent.out" 2>&1 &
    agent_pid=$!
    for _ in $(seq 1 60); do
        if [ -s "/run/deliveryoptimization-agent/restport.$agent_pid" ]; then
            rest="http://127.0.0.1:$(cat "/run/deliveryoptimization-agent/restport.$agent_pid")/download"
            return 0
        fi
        kill -0 $agent_pid 2>/dev/null || return 1
        sleep 0.5
    done
    return 1
}

stop_all() {
    [ -n "${agent_pid:-}" ] && kill "$agent_pid" 2>/dev/null || true
    [ -n "${mock_pid:-}" ] && kill "$mock_pid" 2>/dev/null || true
    wait 2>/dev/null || true
}

json() { jq -e "$@" >/dev/null; }   # a jq condition as a command: its exit status only
uri() { jq -rn --arg v "$1" '$v|@uri'; }
api() { curl -sf -X "$1" "$rest/$2"; }
state() { api GET "getstatus?Id=$1"; }

# create + start; $1 file id, $2 destination, $3 origin host (default $origin); echoes the download id
begin_download() {
    local id
    id=$(api POST "create?Uri=$(uri "http://${3:-$origin}/filestreamingservice/files/$1")&DownloadFilePath=$(uri "$2")" | jq -r .Id)
    api POST "start?Id=$id" >/dev/null
    echo "$id"
}

# waits until the download is Transferred (then finalizes it) or has failed; $1 download id, $2 seconds
finish_download() {
    local status
    for _ in $(seq 1 $(($2 * 5))); do
        status=$(state "$1")
        case $(jq -r .Status <<<"$status") in
            Transferred) api POST "finalize?Id=$1" >/dev/null; return 0 ;;
            Paused | Aborted) echo "      agent: $status"; return 1 ;;
        esac
        sleep 0.2
    done
    echo "      agent: $status"
    return 1
}

journal() { curl -sf "http://127.0.0.1:$cp_port/admin/requests?path=/filestreamingservice/files/$1"; }
same_bytes() { # $1 expected sha256, $2 file
    local got
    got=$(sha256sum "$2" | cut -d' ' -f1)
    echo "      $(stat -c %s "$2") bytes, sha256 $got"
    [ "$got" = "$1" ]
}

register_uploaded() { # random bytes, uploaded: the expected hash comes from the file, not from the mock
    head -c "$2" /dev/urandom >"$work/$1.src"
    curl -sf -o /dev/null -T "$work/$1.src" "http://127.0.0.1:$cp_port/admin/contents/agent-$1/payload?FileId=$1"
    sha256sum "$work/$1.src" | cut -d' ' -f1
}

step_cache_host() {
    local expected id dest=$work/downloads/plain.bin
    expected=$(register_uploaded $guid_plain $((20 * 1024 * 1024 + 12345)))
    id=$(begin_download $guid_plain "$dest")
    check "download through the cache host completes" finish_download "$id" 120
    check "the file is byte-identical to the uploaded one" same_bytes "$expected" "$dest"
    show_journal $guid_plain plain
    check "the cache host got GET ?cacheHostOrigin=$origin, User-Agent Microsoft-Delivery-Optimization-Lite, no Range, 200" \
        json --arg q "cacheHostOrigin=$origin" 'length == 1 and (.[0] | .Method == "GET" and .Query == $q and .Status == 200
            and (.Headers["User-Agent"] | startswith("Microsoft-Delivery-Optimization-Lite/")) and (.Headers.Range == null))' \
        "$work/journal-plain.json"
}

step_resume() { # loopback slowed to 100 Mbit/s so that the download can be paused halfway
    local expected id status done_bytes dest=$work/downloads/resume.bin
    curl -sf -o /dev/null -X PUT "http://127.0.0.1:$cp_port/admin/contents/agent-resume" -H 'Content-Type: application/json' \
        -d "{\"Synthetic\":{\"Size\":$((96 * 1024 * 1024)),\"Seed\":11},\"FileId\":\"$guid_resume\"}"
    expected=$(curl -sf "http://127.0.0.1:$cp_port/filestreamingservice/files/$guid_resume" | sha256sum | cut -d' ' -f1)
    tc qdisc add dev lo root tbf rate 100mbit burst 64kb latency 500ms
    id=$(begin_download $guid_resume "$dest")
    done_bytes=0
    for _ in $(seq 1 300); do
        done_bytes=$(state "$id" | jq -r .BytesTransferred)
        [ "$done_bytes" -gt 0 ] && break
        sleep 0.1
    done
    api POST "pause?Id=$id" >/dev/null
    status=$(state "$id")
    echo "      paused: $status"
    tc qdisc del dev lo root
    check "the download pauses partway" json '.Status == "Paused" and (.BytesTransferred | tonumber) > 0
        and (.BytesTransferred | tonumber) < (.BytesTotal | tonumber)' <<<"$status"
    api POST "start?Id=$id" >/dev/null
    check "the resumed download completes" finish_download "$id" 120
    check "the resumed file is byte-identical to the mock's payload" same_bytes "$expected" "$dest"
    show_journal $guid_resume resume
    check "the resume is a Range request to the cache host, answered 206" \
        json --arg q "cacheHostOrigin=$origin" 'any(.[]; .Query == $q and .Status == 206
            and (.Headers.Range // "" | startswith("bytes=")) and (.Headers.Range != "bytes=0-"))' \
        "$work/journal-resume.json"
}

fail_cache_host() { # $1 file id, $2 status, $3 times: a fault rule on Content Policy, the agent's cache host
    curl -sf -o /dev/null -X PUT "http://127.0.0.1:$cp_port/admin/faults" -H 'Content-Type: application/json' \
        -d "[{\"Path\":\"/filestreamingservice/files/$1\",\"Status\":$2,\"Count\":$3}]"
}

show_journal() { # $1 file id, $2 name; keeps it as $work/journal-$2.json and prints one line a request
    journal "$1" >"$work/journal-$2.json"
    jq -c '.[] | {Method, Query, Status, Headers, Fault}' "$work/journal-$2.json" | sed 's/^/      journal: /'
}

# the cache host fails once with $1 (404 or 503) for a download from origin $2: the agent goes to that origin at once
step_cache_host_fails() {
    local guid=$3 expected id dest=$work/downloads/fails-$1.bin
    expected=$(register_uploaded "$guid" $((3 * 1024 * 1024 + $1)))
    fail_cache_host "$guid" "$1" 1
    id=$(begin_download "$guid" "$dest" "$2")
    check "after a $1 from the cache host the download completes" finish_download "$id" 120
    check "the file from the origin ($2) is byte-identical" same_bytes "$expected" "$dest"
    show_journal "$guid" "fails-$1"
    check "the cache host's $1 is followed by a GET at the origin (no cacheHostOrigin, through the front)" \
        json --arg q "cacheHostOrigin=$2" --argjson status "$1" 'length == 2 and .[0].Query == $q
            and .[0].Status == $status and .[1].Query == null and .[1].Status == 200
            and .[1].Headers["X-Forwarded-For"] != null' "$work/journal-fails-$1.json"
}

step_fallback_delay() { # DODelayCacheServerFallbackForeground set: after a 503 the agent retries the cache host, backing off
    local expected id dest=$work/downloads/delay.bin
    printf '{"DOCacheHost":"127.0.0.1:%s","DODelayCacheServerFallbackForeground":60}\n' "$cp_port" \
        >/etc/deliveryoptimization-agent/admin-config.json
    kill -HUP "$agent_pid"   # the agent reads its admin configuration again
    sleep 1
    expected=$(register_uploaded $guid_delay $((1024 * 1024 + 5)))
    fail_cache_host $guid_delay 503 2
    id=$(begin_download $guid_delay "$dest" $origin2)
    check "with DODelayCacheServerFallbackForeground=60, after two 503s the download completes" finish_download "$id" 120
    check "the file is byte-identical" same_bytes "$expected" "$dest"
    show_journal $guid_delay delay
    # seconds between the requests, from the journal's timestamps (all of the same day)
    local gaps='[.[].Timestamp | capture("T(?<h>[0-9]+):(?<m>[0-9]+):(?<s>[0-9.]+)Z")
        | (.h | tonumber) * 3600 + (.m | tonumber) * 60 + (.s | tonumber)] | [range(1; length) as $i | .[$i] - .[$i - 1]]'
    echo "      seconds between the requests: $(jq -c "$gaps | map(. * 10 | round / 10)" "$work/journal-delay.json")"
    check "every attempt went to the cache host, 2 s and then 4 s apart: 503, 503, 200" \
        json --arg q "cacheHostOrigin=$origin2" "length == 3 and all(.[]; .Query == \$q)
            and ([.[].Status] == [503, 503, 200]) and ($gaps | .[0] >= 1.9 and .[1] >= 3.9)" "$work/journal-delay.json"
}

inside() {
    work=$1 agent=$2 suite_jar=$3
    private_machine
    set +e   # a failed check is reported and counted; the next one still runs
    trap stop_all EXIT
    check "the mock is up (Content Policy on $cp_port, the front on 80 as $origin)" start_mock || exit 1
    check "the agent is up ($("$agent" --version 2>/dev/null | head -1))" start_agent || exit 1
    step_cache_host
    step_resume
    step_cache_host_fails 404 $origin $guid_fallback   # the agent then bans the cache host for this origin, 900 s
    step_cache_host_fails 503 $origin2 $guid_error
    step_fallback_delay
    echo "$failures check(s) failed"
    [ $failures = 0 ]
}

if [ "${1:-}" = --inside ]; then shift; inside "$@"; else outside "$@"; fi

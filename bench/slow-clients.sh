#!/usr/bin/env bash
# Slow clients against the suite (docs/operating.md, "Limits"; issue 16): CLIENTS connections that send a join's head and
# then one body byte a second; that upload a content the same way; or that read a 64 MiB payload (whole, one range,
# several ranges) at 1 KiB a second; while well-behaved clients time normal requests back to back (content
# policies, joins, geo, one client each, at once). Prints p50/p99/max of the normal requests alone and beside each
# kind, and how the slow clients ended.
#
#   ./mvnw -B -DskipTests package && bench/slow-clients.sh [suite jar]
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-250}
SECONDS_EACH=${SECONDS_EACH:-8}
PORT_BASE=${PORT_BASE:-1808}
JAR=${1:-suite/target/docloud-suite.jar}
for tool in java python3 curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 1; }
done

java -jar "$JAR" --docloud.geo.port=${PORT_BASE}1 --docloud.kv.port=${PORT_BASE}2 \
  --docloud.content-policy.port=${PORT_BASE}3 --docloud.discovery.port=${PORT_BASE}4 \
  --docloud.array.port=${PORT_BASE}5 >/tmp/slow-clients-suite.log 2>&1 &
suite=$!
trap 'kill $suite 2>/dev/null; wait $suite 2>/dev/null || true' EXIT
for port in 1 3 5; do
  until curl -sf "localhost:${PORT_BASE}${port}/actuator/health/readiness" >/dev/null; do sleep 1; done
done
curl -sf -X PUT -H 'Content-Type: application/json' -d '{"Synthetic":{"Size":67108864,"Seed":1}}' \
  "localhost:${PORT_BASE}3/admin/contents/slow-readers" >/dev/null

python3 - "$PORT_BASE" "$CLIENTS" "$SECONDS_EACH" <<'PY'
import base64, http.client, socket, sys, threading, time
base, clients, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
geo, content, array = int(base + "1"), int(base + "3"), int(base + "5")
join = b'{"ContentId":"slow","PeerId":"0123456789abcdef0123456789abcdef01234567","Scope":1}'
payload = "/filestreamingservice/files/%s" % base64.urlsafe_b64encode(b"slow-readers").decode().rstrip("=")
normal = {"content policies": (content, "GET", "/content/slow-readers/contentpolicy", None),
          "joins": (array, "POST", "/join/", join), "geo": (geo, "GET", "/geo", None)}

def timed(port, method, path, body, results, name):
    latencies, failures, end = [], 0, time.time() + seconds
    while time.time() < end:
        started = time.perf_counter()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            c.request(method, path, body, {"Content-Type": "application/json"})
            r = c.getresponse(); r.read(); c.close()
            failures += r.status >= 400
        except Exception:
            failures += 1
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    pick = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))]
    results[name] = "%5d requests, %d failed, p50 %6.1f ms, p99 %6.1f ms, max %7.1f ms" % (
        len(latencies), failures, pick(0.5), pick(0.99), latencies[-1])

def measure(label, names):
    results = {}
    threads = [threading.Thread(target=timed, args=normal[name] + (results, name)) for name in names]
    for t in threads: t.start()
    for t in threads: t.join()
    for name in names:
        print("%-45s %s" % ("%s %s:" % (name, label), results[name]))

def slow(port, head, each):
    socks, stop = [], threading.Event()
    for _ in range(clients):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        s.connect(("127.0.0.1", port))
        s.sendall(head); socks.append(s)
    def loop():
        while not stop.is_set():
            for s in socks:
                try: each(s)
                except Exception: pass
            time.sleep(1)
    threading.Thread(target=loop, daemon=True).start()
    time.sleep(1)
    return socks, stop

def close(socks, stop):
    stop.set()
    for s in socks: s.close()

def answered(socks, status):
    count = 0
    for s in socks:
        s.settimeout(0.01)
        try: count += s.recv(12).startswith(b"HTTP/1.1 %d" % status)
        except Exception: pass
    return count

everything = ["content policies", "joins", "geo"]
measure("alone", everything)
socks, stop = slow(array, b"POST /join/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{",
                   lambda s: s.send(b" "))
measure("beside %d slow bodies" % clients, ["joins"])
close(socks, stop)

opened = time.time()
socks, stop = slow(content, b"PUT /admin/contents/slow-upload/payload HTTP/1.1\r\nHost: x\r\n"
                   b"Content-Type: application/octet-stream\r\nContent-Length: 5000\r\n\r\n", lambda s: s.send(b" "))
measure("beside %d slow uploads" % clients, everything)
time.sleep(max(0, opened + 16 - time.time()))
print("slow uploads refused 408 (docloud.content.min-upload-rate) by %d s: %d of %d" % (time.time() - opened, answered(socks, 408), clients))
close(socks, stop)

for kind, header in (("whole", ""), ("one range", "Range: bytes=1048576-\r\n"), ("multi-range", "Range: bytes=0-99,1048576-\r\n")):
    socks, stop = slow(content, ("GET %s HTTP/1.1\r\nHost: x\r\n%s\r\n" % (payload, header)).encode(), lambda s: s.recv(1024))
    measure("beside %d slow readers, %s" % (clients, kind), ["content policies"])
    close(socks, stop)
PY

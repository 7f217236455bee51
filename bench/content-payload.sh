#!/usr/bin/env bash
# Payload throughput of the mock CDN (content-policy-service) against nginx serving the same bytes,
# over loopback, measured with wrk: whole payloads and random 1 MiB piece ranges (what DO clients fetch).
# The last line is the ratio mock/nginx for whole payloads of uploaded bytes.
#
#   bench/content-payload.sh [payload MiB (64)] [seconds per run (10)] [connections (4)]
#
# Needs java, curl, nginx and wrk (Debian: apt-get update && apt-get install -y nginx wrk).
# MOCK_PORT and NGINX_PORT (39483, 39480) move the two servers; both listen on 127.0.0.1 only.
set -euo pipefail

SIZE_MIB=${1:-64}
DURATION=${2:-10}
CONNECTIONS=${3:-4}
MOCK_PORT=${MOCK_PORT:-39483}
NGINX_PORT=${NGINX_PORT:-39480}
CONTENT_ID=bench-payload

cd "$(dirname "$0")/.."
for tool in java curl nginx wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: apt-get install -y nginx wrk)" >&2; exit 1; }
done
for port in "$MOCK_PORT" "$NGINX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is taken: set MOCK_PORT / NGINX_PORT" >&2
    exit 1
  fi
done
JAR=content-policy-service/target/content-policy-service.jar
[ -f "$JAR" ] || ./mvnw -B -q -pl content-policy-service -am -DskipTests package

WORK=$(mktemp -d)
chmod 755 "$WORK"
MOCK_PID=
NGINX_PID=
cleanup() {
  set +e
  for pid in $MOCK_PID $NGINX_PID; do
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/www" "$WORK/tmp" "$WORK/data"
head -c $((SIZE_MIB << 20)) /dev/urandom > "$WORK/www/payload.bin"
chmod 644 "$WORK/www/payload.bin"

# nginx as a CDN serves it: sendfile, no access log, as many workers as cores
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; default_type application/octet-stream; }
}
CONF
nginx -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!

java -jar "$JAR" --docloud.content-policy.port="$MOCK_PORT" --docloud.data-dir="$WORK/data" \
  --spring.main.banner-mode=off > "$WORK/mock.log" 2>&1 &
MOCK_PID=$!
for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$MOCK_PORT/actuator/health/readiness" >/dev/null && break
  kill -0 "$MOCK_PID" 2>/dev/null || { cat "$WORK/mock.log" >&2; exit 1; }
  sleep 1
done

url_of() { # the ContentUrl of a registration answer
  sed -E 's/.*"ContentUrl":"([^"]+)".*/\1/'
}
UPLOADED=$(curl -sf -T "$WORK/www/payload.bin" -H 'Content-Type: application/octet-stream' \
  "http://127.0.0.1:$MOCK_PORT/admin/contents/$CONTENT_ID/payload" | url_of)
SYNTHETIC=$(curl -sf -X PUT -H 'Content-Type: application/json' \
  -d "{\"Synthetic\":{\"Size\":$((SIZE_MIB << 20)),\"Seed\":1}}" \
  "http://127.0.0.1:$MOCK_PORT/admin/contents/$CONTENT_ID-synthetic" | url_of)
UPLOADED=${UPLOADED/localhost/127.0.0.1}
SYNTHETIC=${SYNTHETIC/localhost/127.0.0.1}
NGINX="http://127.0.0.1:$NGINX_PORT/payload.bin"
cmp -s <(curl -sf "$UPLOADED") <(curl -sf "$NGINX") || { echo "the mock and nginx serve different bytes" >&2; exit 1; }

cat > "$WORK/pieces.lua" <<'LUA'
-- each request asks for one random 1 MiB piece
local pieces = math.floor(tonumber(os.getenv("PAYLOAD_SIZE")) / 1048576)
math.randomseed(os.time())
request = function()
  local first = math.random(0, pieces - 1) * 1048576
  return wrk.format("GET", nil, { ["Range"] = "bytes=" .. first .. "-" .. (first + 1048575) })
end
LUA
export PAYLOAD_SIZE=$((SIZE_MIB << 20))

mib_per_s() { # wrk [args] URL -> MiB/s from its Transfer/sec line
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@" | awk '/Transfer\/sec/ {
    v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[A-Za-z]+/, "", v)
    f = (u == "GB") ? 1024 : (u == "MB") ? 1 : (u == "KB") ? 1 / 1024 : 1 / 1048576
    printf "%.0f", v * f }'
}

# the JIT warms up on both paths before anything counts
wrk -t2 -c"$CONNECTIONS" -d5s "$UPLOADED" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/pieces.lua" "$SYNTHETIC" >/dev/null

NGINX_WHOLE=$(mib_per_s "$NGINX")
MOCK_WHOLE=$(mib_per_s "$UPLOADED")
SYNTHETIC_WHOLE=$(mib_per_s "$SYNTHETIC")
NGINX_PIECES=$(mib_per_s -s "$WORK/pieces.lua" "$NGINX")
MOCK_PIECES=$(mib_per_s -s "$WORK/pieces.lua" "$UPLOADED")
SYNTHETIC_PIECES=$(mib_per_s -s "$WORK/pieces.lua" "$SYNTHETIC")

echo "payload $SIZE_MIB MiB, wrk -t2 -c$CONNECTIONS, ${DURATION} s a run, loopback, $(nproc) cores"
printf '%-26s %10s %16s\n' "" "whole MiB/s" "1 MiB ranges MiB/s"
printf '%-26s %10s %16s\n' "nginx (sendfile)" "$NGINX_WHOLE" "$NGINX_PIECES"
printf '%-26s %10s %16s\n' "mock, uploaded bytes" "$MOCK_WHOLE" "$MOCK_PIECES"
printf '%-26s %10s %16s\n' "mock, synthetic bytes" "$SYNTHETIC_WHOLE" "$SYNTHETIC_PIECES"
awk -v m="$MOCK_PIECES" -v n="$NGINX_PIECES" 'BEGIN { printf "ratio mock/nginx, 1 MiB ranges: %.2f\n", m / n }'
awk -v m="$MOCK_WHOLE" -v n="$NGINX_WHOLE" 'BEGIN { printf "ratio mock/nginx, whole payload: %.2f\n", m / n }'

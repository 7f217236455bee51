#!/usr/bin/env bash
# Waits until every container of a compose project reports healthy, for Compose 1.29, which has no
# `up --wait` (Compose v2: `docker compose up -d --wait` does the same). Arguments are compose's own
# options, naming the project as `up` did:
#   docker-compose up -d && docker/wait-healthy.sh
#   docker-compose -p ci -f docker-compose.yml up -d && docker/wait-healthy.sh -p ci -f docker-compose.yml
# Fails naming the service, with its last health check output, when one turns unhealthy or stops, or
# when WAIT_TIMEOUT seconds (default 300) pass; docker-compose's command is $COMPOSE (default docker-compose).
set -euo pipefail
compose=${COMPOSE:-docker-compose}
deadline=$(( $(date +%s) + ${WAIT_TIMEOUT:-300} ))

containers=$($compose "$@" ps -a -q)
[ -n "$containers" ] || { echo "wait-healthy: the compose project has no containers (was it started with the same options?)" >&2; exit 1; }

while true; do
    waiting=()
    for id in $containers; do
        read -r service state health < <(docker inspect -f \
            '{{index .Config.Labels "com.docker.compose.service"}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}}' "$id")
        if [ "$state" != running ] || [ "$health" = unhealthy ]; then
            echo "wait-healthy: $service is $state, health $health; its last health check said:" >&2
            docker inspect -f '{{if .State.Health}}{{range .State.Health.Log}}{{.Output}}{{end}}{{end}}' "$id" | tail -n 3 >&2
            exit 1
        fi
        [ "$health" = healthy ] || [ "$health" = none ] || waiting+=("$service")
    done
    if [ ${#waiting[@]} -eq 0 ]; then
        echo "wait-healthy: all healthy" >&2
        exit 0
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "wait-healthy: not healthy after ${WAIT_TIMEOUT:-300} s: ${waiting[*]}" >&2
        exit 1
    fi
    sleep 1
done

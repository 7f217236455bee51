#!/usr/bin/env bash
# Builds DO Cloud Mock's images from the jars in */target (./mvnw -B -DskipTests package first):
#   docker/build-images.sh                     # the five services and the all-in-one image
#   docker/build-images.sh geo-service suite   # only these
# Images: docloud-mock/<name>:$DOCLOUD_IMAGE_TAG (default 0.1.0-SNAPSHOT, which docker-compose.yml also reads), <name> one of geo-service,
# kv-service, content-policy-service, discovery-service, array-service, suite.
# BASE_IMAGE: the JRE image they are built on. Default docloud-mock/jre-base:17, built from Debian's
# packages by docker/build-base-image.sh when absent, so that no public registry is needed;
# BASE_IMAGE=eclipse-temurin:17-jre uses the public one.
set -euo pipefail
cd "$(dirname "$0")/.."

services=(geo-service kv-service content-policy-service discovery-service array-service)
tag=${DOCLOUD_IMAGE_TAG:-0.1.0-SNAPSHOT}
base=${BASE_IMAGE:-docloud-mock/jre-base:17}
images=("$@")
[ ${#images[@]} -gt 0 ] || images=("${services[@]}" suite)

jar_of() { if [ "$1" = suite ]; then echo suite/target/docloud-suite.jar; else echo "$1/target/$1.jar"; fi; }

missing=()
for name in "${images[@]}"; do
    case " ${services[*]} suite " in
        *" $name "*) ;;
        *) echo "build-images: unknown image '$name' (one of: ${services[*]} suite)" >&2; exit 2 ;;
    esac
    [ -f "$(jar_of "$name")" ] || missing+=("$(jar_of "$name")")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "build-images: missing jar: ${missing[*]} (build the jars first: ./mvnw -B -DskipTests package)" >&2
    exit 1
fi

# one build at a time on this machine: parallel callers would each build the base image
exec 9>"${TMPDIR:-/tmp}/docloud-mock-build-images.lock"
flock 9
if [ "$base" = docloud-mock/jre-base:17 ] && ! docker image inspect "$base" >/dev/null 2>&1; then
    docker/build-base-image.sh "$base"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
for name in "${images[@]}"; do
    started=$(date +%s)
    if [ "$name" = suite ]; then
        build=(-f docker/suite.Dockerfile)
    else
        build=(-f docker/Dockerfile --build-arg "SERVICE=$name")
    fi
    # --force-rm: a failed step leaves no stopped container behind
    if ! docker build --force-rm "${build[@]}" --build-arg "BASE_IMAGE=$base" -t "docloud-mock/$name:$tag" . >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        echo "build-images: docloud-mock/$name:$tag failed to build on BASE_IMAGE $base (its last lines above)" >&2
        exit 1
    fi
    echo "build-images: docloud-mock/$name:$tag on $base in $(( $(date +%s) - started )) s" >&2
done

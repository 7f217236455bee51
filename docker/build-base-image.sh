#!/usr/bin/env bash
# Builds a Java 17 JRE base image from Debian's packages, for machines with no route to a public image
# registry (docker/Dockerfile's default, eclipse-temurin:17-jre, cannot be pulled there):
#   docker/build-base-image.sh            # imports docloud-mock/jre-base:17
#   BASE_IMAGE=docloud-mock/jre-base:17 docker/build-images.sh
# mmdebstrap (installed from Debian if missing) fetches the packages through this machine's own apt
# sources and apt proxy settings; the script names no mirror. Needs root or unprivileged user namespaces.
set -euo pipefail

image=${1:-docloud-mock/jre-base:17}
packages=${DOCLOUD_BASE_PACKAGES:-openjdk-17-jre-headless}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v mmdebstrap >/dev/null; then
    echo "build-base-image: installing mmdebstrap from Debian" >&2
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mmdebstrap
fi

# the machine's own sources, as apt reads them (one-line .list files and deb822 .sources files)
sources=()
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    if [ -s "$file" ] && grep -qv '^[[:space:]]*\(#\|$\)' "$file"; then sources+=("$file"); fi
done
[ ${#sources[@]} -gt 0 ] || { echo "build-base-image: no apt sources in /etc/apt" >&2; exit 1; }
. /etc/os-release
suite=${VERSION_CODENAME:?build-base-image: /etc/os-release names no VERSION_CODENAME}

# and the apt settings that decide whether those sources can be reached (proxies, snapshot mirrors' dates)
apt_options=()
for option in Acquire::http::Proxy Acquire::https::Proxy Acquire::Check-Valid-Until Acquire::Check-Date; do
    value=$(apt-config dump "$option" | sed -n "s/^$option \"\(.*\)\";\$/\1/p")
    if [ -n "$value" ]; then apt_options+=("--aptopt=$option \"$value\""); fi
done

tarball=$(mktemp --suffix=.tar)
trap 'rm -f "$tarball"' EXIT
started=$(date +%s)
echo "build-base-image: $packages from $suite (${sources[*]})" >&2
# essential: only Essential packages (bash, coreutils, dpkg) and the JRE's dependencies; no docs, man
# pages or locales. update-alternatives needs man1 to exist even empty. -Xshare:dump writes the JDK's
# default class-data-sharing archive, which makes every JVM start faster and lets the suite image add its own.
# mmdebstrap's helpers are Debian's python3 scripts: run them with Debian's python3, not one earlier on PATH
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH mmdebstrap --variant=essential --include="$packages" "${apt_options[@]}" \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook='chroot "$1" java -Xshare:dump >/dev/null' \
    "$suite" "$tarball" "${sources[@]}"
docker import --change 'ENV LANG=C.UTF-8' --change 'CMD ["bash"]' \
    --message "JRE base built by DO Cloud Mock's docker/build-base-image.sh: $packages ($suite)" \
    "$tarball" "$image" >/dev/null
# read the whole answer before taking its first line: a pipe into head could end the docker client with SIGPIPE
version=$(docker run --rm "$image" java -version 2>&1)
echo "build-base-image: $image: ${version%%$'\n'*}" >&2
echo "build-base-image: $image built in $(( $(date +%s) - started )) s" >&2

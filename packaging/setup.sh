#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/setup.sh: install the Debian packages Tsunagu needs (only the missing
# ones), then configure and build it with CMake, Ninja and ccache.
#
#   packaging/setup.sh [CMAKE_ARGS...]         install + configure + build
#   source packaging/setup.sh; tsunagu_setup   what packaging/run.sh and test.sh do
#
# Environment:
#   TSUNAGU_BUILD_DIR     build directory, relative to the repository root or
#                         absolute (default: build)
#   TSUNAGU_BUILD_TYPE    CMAKE_BUILD_TYPE (default: RelWithDebInfo)
#   TSUNAGU_CMAKE_ARGS    extra configure arguments, split on spaces
#                         (e.g. "-DTSUNAGU_GUI=OFF")
#   TSUNAGU_SKIP_INSTALL  set to 1 to skip the package check (no root needed)
#
# The package list lives in packaging/debian-packages.txt and nowhere else.

TSUNAGU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"

tsunagu_log() { printf '\n==> %s\n' "$*" >&2; }
tsunagu_error() { printf '\nerror: %s\n' "$*" >&2; }

# The package names, without comments or blank lines.
tsunagu_package_list() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$TSUNAGU_ROOT/packaging/debian-packages.txt" | grep -v '^$'
}

# Installs whatever is missing from packaging/debian-packages.txt. Runs
# `apt-get update` only when something is missing; uses sudo when not root.
tsunagu_install_packages() {
    if [[ ${TSUNAGU_SKIP_INSTALL:-0} == 1 ]]; then
        tsunagu_log "Skipping the Debian package check (TSUNAGU_SKIP_INSTALL=1)"
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        tsunagu_error "dpkg-query and apt-get are needed: these scripts expect Debian 12." \
            "Install the packages in packaging/debian-packages.txt by hand and set TSUNAGU_SKIP_INSTALL=1."
        return 1
    fi

    local -a wanted=() missing=()
    local package status
    mapfile -t wanted < <(tsunagu_package_list)
    for package in "${wanted[@]}"; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        [[ $status == *"install ok installed"* ]] || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
        tsunagu_log "All ${#wanted[@]} Debian packages are installed"
        return 0
    fi

    local -a as_root=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then
            as_root=(sudo)
        else
            tsunagu_error "These Debian packages are missing and this is not root (and there is no sudo):" \
                "${missing[*]}. As root, run: apt-get install --no-install-recommends ${missing[*]}"
            return 1
        fi
    fi

    tsunagu_log "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    local -a apt_options=(-q -o DPkg::Lock::Timeout=600)
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" update </dev/null || return 1
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" install -y \
        --no-install-recommends \
        -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}" </dev/null || return 1
}

# The absolute build directory: TSUNAGU_BUILD_DIR (default build/) under the root.
tsunagu_build_dir() {
    local dir="${TSUNAGU_BUILD_DIR:-build}"
    [[ $dir == /* ]] || dir="$TSUNAGU_ROOT/$dir"
    printf '%s\n' "$dir"
}

# Configures and builds into $(tsunagu_build_dir); extra arguments go to the
# configure step, after TSUNAGU_CMAKE_ARGS. Sets TSUNAGU_BUILD to the directory.
tsunagu_build() {
    TSUNAGU_BUILD="$(tsunagu_build_dir)"
    local -a args=(-S "$TSUNAGU_ROOT" -B "$TSUNAGU_BUILD"
        "-DCMAKE_BUILD_TYPE=${TSUNAGU_BUILD_TYPE:-RelWithDebInfo}")
    # Ninja for a new build directory; an existing one keeps its generator.
    [[ -f $TSUNAGU_BUILD/CMakeCache.txt ]] || args+=(-G Ninja)
    if command -v ccache >/dev/null 2>&1; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # Paths relative to the clone, so that two clones share cache hits.
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$TSUNAGU_ROOT}"
    fi
    local -a extra=()
    read -r -a extra <<<"${TSUNAGU_CMAKE_ARGS:-}"
    args+=("${extra[@]}" "$@")

    tsunagu_log "Configuring $TSUNAGU_BUILD (${TSUNAGU_BUILD_TYPE:-RelWithDebInfo})"
    cmake "${args[@]}" || return 1
    tsunagu_log "Building $TSUNAGU_BUILD"
    cmake --build "$TSUNAGU_BUILD" || return 1
}

# Everything: packages, then configure and build. Arguments go to cmake.
tsunagu_setup() {
    cd "$TSUNAGU_ROOT" || return 1
    tsunagu_install_packages || return 1
    tsunagu_build "$@" || return 1
}

# Run directly (not sourced): do the whole setup.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    set -euo pipefail
    tsunagu_setup "$@"
    tsunagu_log "Built in $TSUNAGU_BUILD"
fi

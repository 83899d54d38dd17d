#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the documentation screenshots with the built application:
#     packaging/screenshots.sh [BUILD_DIR]        (default: ./build)
# Needs a build with tests (BUILD_TESTING=ON) for the test-only helper
# tsunagu-sample-db, which fills a temporary database with a few invented
# people, and a Japanese font (Debian: fonts-noto-cjk). No display is needed.
# Writes packaging/screenshots/client-list.png.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../build}" && pwd)
tsunagu=$build/app/gui/tsunagu
sample=$build/tests/ui/tsunagu-sample-db
for program in "$tsunagu" "$sample"; do
    if [ ! -x "$program" ]; then
        echo "screenshots.sh: $program is missing; build first (with BUILD_TESTING=ON)." >&2
        exit 1
    fi
done
if ! fc-list 2>/dev/null | grep -q "Noto Sans CJK JP"; then
    echo "screenshots.sh: warning: Noto Sans CJK JP is not installed; Japanese may not render." >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
"$sample" "$work/sample.db" >/dev/null

mkdir -p "$here/screenshots"
# Japanese, as a coordinator in Japan sees it; settings and caches stay in $work.
env -u LC_ALL -u LANGUAGE LANG=ja_JP.UTF-8 QT_QPA_PLATFORM=offscreen \
    HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
    "$tsunagu" --db "$work/sample.db" --lang ja --screenshot "$here/screenshots/client-list.png"
echo "$here/screenshots/client-list.png"

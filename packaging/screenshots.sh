#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the documentation screenshots with the built application:
#     packaging/screenshots.sh [BUILD_DIR]        (default: ./build)
# Needs a build with tests (BUILD_TESTING=ON) for the test-only helper
# tsunagu-sample-db, which fills a temporary database with a few invented
# people, and a Japanese font (Debian: fonts-noto-cjk). No display is needed.
# Writes packaging/screenshots/client-list.png, and, with the test-only helper
# tsunagu-ui-screenshots, today.png and referral-dialog.png.
# With tsunagu-cli and the test-only helper tsunagu-stat-screenshot, also
# statistics.png (統計, on a demo database of 2,000 invented clients).
# With the test-only helper tsunagu-consultation-screenshot, also
# consultation-entry.png (相談を記録, filled in).
# With the test-only helper tsunagu-client-screenshot, also client-screen.png
# (相談者: one client, one screen).
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

# 今日 (the start page) and the referral dialog with a refused verdict, on a
# second sample database to which tsunagu-ui-screenshots adds a day's work.
shots=$build/tests/ui/tsunagu-ui-screenshots
if [ -x "$shots" ]; then
    "$sample" "$work/work.db" >/dev/null
    env -u LC_ALL -u LANGUAGE LANG=ja_JP.UTF-8 QT_QPA_PLATFORM=offscreen \
        HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        "$shots" "$work/work.db" "$here/screenshots/today.png" "$here/screenshots/referral-dialog.png" ja \
        "$here/screenshots/search.png"
    echo "$here/screenshots/today.png"
    echo "$here/screenshots/referral-dialog.png"
    echo "$here/screenshots/search.png"
else
    echo "screenshots.sh: $shots is missing; today.png and referral-dialog.png were not taken." >&2
fi

# 統計 (the statistics dashboard), on a demo database large enough that most
# counts are published (few are under k = 5).
cli=$build/app/cli/tsunagu-cli
statshot=$build/tests/ui/tsunagu-stat-screenshot
if [ -x "$cli" ] && [ -x "$statshot" ]; then
    "$cli" demo --db "$work/demo.db" --size 2000 --seed 1 >/dev/null
    env -u LC_ALL -u LANGUAGE LANG=ja_JP.UTF-8 QT_QPA_PLATFORM=offscreen \
        HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        "$statshot" "$work/demo.db" "$here/screenshots/statistics.png" ja
    echo "$here/screenshots/statistics.png"
else
    echo "screenshots.sh: $cli or $statshot is missing; statistics.png was not taken." >&2
fi

# 相談を記録 (the consultation dialog, filled in: a home visit with its
# pre-visit checklist), on its own temporary database of one invented person.
consultshot=$build/tests/ui/tsunagu-consultation-screenshot
if [ -x "$consultshot" ]; then
    env -u LC_ALL -u LANGUAGE LANG=ja_JP.UTF-8 QT_QPA_PLATFORM=offscreen \
        HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        "$consultshot" "$here/screenshots/consultation-entry.png"
    echo "$here/screenshots/consultation-entry.png"
else
    echo "screenshots.sh: $consultshot is missing; consultation-entry.png was not taken." >&2
fi

# 相談者 (the client screen): 森 健太郎 of the sample database, opened as a
# coordinator does (reading typed in the search field, Enter), with
# consultations, a case, a referral, consents (one about to expire, one
# withdrawn, one expired) and a disclosure record.
clientshot=$build/tests/ui/tsunagu-client-screenshot
if [ -x "$clientshot" ]; then
    env -u LC_ALL -u LANGUAGE LANG=ja_JP.UTF-8 QT_QPA_PLATFORM=offscreen \
        HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
        "$clientshot" --db "$work/sample.db" --lang ja --reading "もり けんたろう" \
        --out "$here/screenshots/client-screen.png"
    echo "$here/screenshots/client-screen.png"
else
    echo "screenshots.sh: $clientshot is missing; client-screen.png was not taken." >&2
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/run.sh [APP_ARGS...]: install what is missing, build into build/,
# and start the desktop application, passing it APP_ARGS.
# Works from any directory; relative paths in APP_ARGS are taken from the
# directory you ran it in (the build itself runs in the repository root). With no display (neither DISPLAY nor WAYLAND_DISPLAY),
# the application runs under a virtual X server (xvfb-run), so it still starts.
# Environment: see packaging/setup.sh.
set -euo pipefail

caller_dir="$PWD"
# shellcheck source=setup.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tsunagu_setup

app="$TSUNAGU_BUILD/app/gui/tsunagu"
if [[ ! -x $app ]]; then
    gui="$(sed -n 's/^TSUNAGU_GUI:BOOL=//p' "$TSUNAGU_BUILD/CMakeCache.txt")"
    tsunagu_error "$app was not built (TSUNAGU_GUI is ${gui:-unknown} in" \
        "$TSUNAGU_BUILD/CMakeCache.txt). The desktop application needs" \
        "TSUNAGU_GUI=ON, the default: run TSUNAGU_CMAKE_ARGS=-DTSUNAGU_GUI=ON $0." \
        "The command line tool is $TSUNAGU_BUILD/app/cli/tsunagu-cli."
    exit 1
fi

cd "$caller_dir"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    tsunagu_log "No display: neither DISPLAY nor WAYLAND_DISPLAY is set." \
        "Starting Tsunagu under a virtual X server (xvfb-run -a): it runs, but" \
        "nothing appears on this screen. Press Ctrl+C to stop it."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
tsunagu_log "Starting $app"
exec "$app" "$@"

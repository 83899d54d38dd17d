#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/test.sh [CTEST_ARGS...]: install what is missing, build into build/,
# and run every test (GUI tests too, on Qt's offscreen platform).
# Exits non-zero if anything fails. Works from any directory.
#   packaging/test.sh                  the whole suite
#   packaging/test.sh -R tst_clients   one test (arguments go to ctest)
# Environment: see packaging/setup.sh (TSUNAGU_BUILD_DIR, TSUNAGU_BUILD_TYPE,
# TSUNAGU_CMAKE_ARGS); TSUNAGU_TEST_JOBS sets ctest's parallelism (default: nproc).
set -euo pipefail

# shellcheck source=setup.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
tsunagu_setup

export QT_QPA_PLATFORM=offscreen
tsunagu_log "Testing $TSUNAGU_BUILD"
ctest --test-dir "$TSUNAGU_BUILD" --output-on-failure --no-tests=error \
    -j "${TSUNAGU_TEST_JOBS:-$(nproc)}" "$@"

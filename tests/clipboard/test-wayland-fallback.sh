#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The window on a real Wayland compositor without data-control (headless Weston, which like
# GNOME's mutter offers none): the guard falls back to Qt's clipboard, and the countdown's tooltip
# says that the value may stay after it (tst_waylandplatform with PASSFORGE_EXPECT_DATA_CONTROL=0).
#   test-wayland-fallback.sh TST_WAYLANDPLATFORM
# As root, the script runs itself again as nobody (setpriv), as test-wayland.sh does.
set -euo pipefail

# shellcheck source=wayland-session.sh
. "$(dirname "$0")/wayland-session.sh"
require_tools weston setpriv
rerun_as_nobody "$0" "$@"

platform_test=$(realpath "$1")
start_session

weston --backend=headless-backend.so --socket=wayland-fallback --idle-time=0 \
    >"$work/weston.log" 2>&1 &
pids+=($!)
wait_for_socket || { cat "$work/weston.log" >&2; fail "weston did not start"; }
echo "$(weston --version) on $WAYLAND_DISPLAY"

PASSFORGE_EXPECT_DATA_CONTROL=0 QT_QPA_PLATFORM=wayland "$platform_test" ||
    fail "tst_waylandplatform failed under weston"
echo "the fallback on Weston says what it cannot promise"

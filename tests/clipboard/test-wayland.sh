#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real window on a real Wayland compositor (headless sway), its clipboard read from other
# processes with wl-paste: a copy carries the value and the "do not store" hint on both
# selections, and leaves after the timeout while the window has focus, while another window has
# it, and after another client took the text over; the user's own later copy stays; Ctrl+Q and
# SIGTERM clear it too. Keys are typed with wtype (Alt+C is the Copy button's mnemonic).
# It also runs tst_waylandplatform there, which finds data-control and no warning.
#   test-wayland.sh PASSFORGE TST_WAYLANDPLATFORM
# sway refuses to run as root: as root, the script runs itself again as nobody (setpriv).
set -euo pipefail

# shellcheck source=wayland-session.sh
. "$(dirname "$0")/wayland-session.sh"
require_tools sway swaymsg wl-copy wl-paste wtype foot setpriv
rerun_as_nobody "$0" "$@"

binary=$(realpath "$1")
platform_test=$(realpath "$2")
start_session

cat >"$work/sway.config" <<'EOF'
xwayland disable
output HEADLESS-1 resolution 1280x800
default_border none
EOF
WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    sway -c "$work/sway.config" >"$work/sway.log" 2>&1 &
pids+=($!)
wait_for_socket || { cat "$work/sway.log" >&2; fail "sway did not start"; }
wait_for 'SWAYSOCK=$(ls "$XDG_RUNTIME_DIR"/sway-ipc.*.sock 2>/dev/null | head -n 1) &&
    [ -n "$SWAYSOCK" ]' 10 || fail "sway opened no IPC socket"
export SWAYSOCK
echo "sway $(sway --version | awk '{print $3}') on $WAYLAND_DISPLAY"

# A virtual keyboard held for the whole test, so that the seat has a keyboard bound before
# the first key is typed.
wtype -s 3600000 &
pids+=($!)
sleep 0.5
# A second client to take focus away from the window (its shell would be nobody's nologin).
foot sleep 3600 >"$work/foot.log" 2>&1 &
pids+=($!)

paste() { wl-paste -n "$@" 2>/dev/null || true; }
types() { wl-paste -l "$@" 2>/dev/null || true; }
focus() { swaymsg "[app_id=$1] focus" >/dev/null || fail "could not focus $1"; }
focused_app() {
    swaymsg -t get_tree | python3 -c '
import json, sys
def walk(n):
    if n.get("focused"):
        print(n.get("app_id") or ""); return True
    return any(walk(c) for c in n.get("nodes", []) + n.get("floating_nodes", []))
walk(json.load(sys.stdin))'
}
both_empty() { [ -z "$(paste)" ] && [ -z "$(paste -p)" ]; }

passforge_pid=
# Starts the window with a clear-after of $1 seconds and waits until it has focus.
start_passforge() {
    printf '[clipboard]\nclearAfterSeconds=%s\n' "$1" >"$XDG_CONFIG_HOME/passforge/passforge.conf"
    QT_QPA_PLATFORM=wayland "$binary" >"$work/passforge.log" 2>&1 &
    passforge_pid=$!
    pids+=("$passforge_pid")
    wait_for 'swaymsg -t get_tree | grep -q "\"app_id\": \"passforge\""' 30 ||
        { cat "$work/passforge.log" >&2; fail "the window did not appear"; }
    focus passforge
}

value=
# Copies with the Copy button's mnemonic and waits until both selections hold the value.
copy() {
    focus passforge
    wait_for '[ "$(focused_app)" = passforge ]' 5 || fail "the window did not take focus"
    wl-copy -c
    wl-copy -p -c
    # sway may report the focus before the window has the keyboard's: a key typed in between is
    # lost, so a press that brings nothing within 3 s is typed again (at most three times).
    local press
    for press in 1 2 3; do
        wtype -M alt c -m alt
        wait_for '[ -n "$(paste)" ] && [ "$(paste)" = "$(paste -p)" ]' 3 && break
        [ "$press" -lt 3 ] || fail "Alt+C did not put one value on both selections"
        echo "  (Alt+C brought nothing; typed again)"
    done
    value=$(paste)
}
takeover() {
    wl-paste -n | wl-copy
    wl-paste -p -n | wl-copy -p
    [ "$(paste)" = "$value" ] && [ "$(paste -p)" = "$value" ] ||
        fail "the takeover did not keep the value"
}

echo "- the guard finds data-control, and the countdown carries no warning"
PASSFORGE_EXPECT_DATA_CONTROL=1 QT_QPA_PLATFORM=wayland "$platform_test" >"$work/platform.log" 2>&1 ||
    { cat "$work/platform.log" >&2; fail "tst_waylandplatform failed under sway"; }

timeout=5
start_passforge "$timeout"

echo "- a copy carries the value and the hint on both selections"
copy
[ ${#value} -ge 20 ] || fail "the copied value is too short to be a default password: ${#value}"
for selection in "" -p; do
    types $selection | grep -qx 'x-kde-passwordManagerHint' ||
        fail "selection ${selection:-clipboard} lacks x-kde-passwordManagerHint: $(types $selection)"
    types $selection | grep -qx 'text/plain;charset=utf-8' ||
        fail "selection ${selection:-clipboard} lacks text/plain;charset=utf-8"
done

echo "- auto-clear while the window has focus"
start=$SECONDS
wait_for both_empty $((timeout + 10)) || fail "not cleared while focused"
elapsed=$((SECONDS - start))
[ "$elapsed" -ge $((timeout - 1)) ] || fail "cleared after ${elapsed}s, before the ${timeout}s timeout"

echo "- auto-clear while another window has focus"
copy
focus foot
wait_for '[ "$(focused_app)" = foot ]' 5 || fail "foot did not take focus"
wait_for both_empty $((timeout + 10)) || fail "not cleared while foot had focus"

echo "- auto-clear after another client took the text over"
copy
takeover
wait_for both_empty $((timeout + 10)) || fail "not cleared after wl-copy took the text over"

echo "- the user's own later copy survives"
copy
wl-copy "the user's own text"
wl-copy -p "the user's own primary text"
sleep $((timeout + 2))
[ "$(paste)" = "the user's own text" ] || fail "the user's clipboard text was touched: '$(paste)'"
[ "$(paste -p)" = "the user's own primary text" ] || fail "the user's primary text was touched"

echo "- clear on Ctrl+Q (after a takeover, which would otherwise keep it)"
kill "$passforge_pid"
wait "$passforge_pid" 2>/dev/null || true
start_passforge 600
copy
takeover
wtype -M ctrl q -m ctrl
wait_for '! kill -0 "$passforge_pid" 2>/dev/null' 10 || fail "Ctrl+Q did not quit"
wait "$passforge_pid" || fail "the window exited with status $? on Ctrl+Q"
both_empty || fail "Ctrl+Q left the value on the clipboard"

echo "- clear on SIGTERM"
start_passforge 600
copy
takeover
kill -TERM "$passforge_pid"
wait "$passforge_pid" || fail "the window exited with status $? on SIGTERM"
both_empty || fail "SIGTERM left the value on the clipboard"

echo "all Wayland clipboard checks passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real window on a real Wayland compositor (headless sway), its clipboard read from other
# processes with wl-paste: a copy carries the value and the "do not store" hint on both
# selections, and leaves after the timeout while the window has focus, while another window has
# it, and after another client took the text over; the user's own later copy stays; Ctrl+Q and
# SIGTERM clear it too. Keys are typed with wtype (Alt+C is the Copy button's mnemonic).
#   test-wayland.sh PASSFORGE
# sway refuses to run as root: as root, the script runs itself again as nobody (setpriv).
set -euo pipefail

fail() {
    echo "FAIL: $*" >&2
    # What the window said, without Qt's complaints about sway's keyboard focus events.
    [ -f "${work:-}/passforge.log" ] && grep -v 'wl_keyboard.leave' "$work/passforge.log" >&2
    exit 1
}
for tool in sway swaymsg wl-copy wl-paste wtype foot setpriv; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (./build.sh installs it)"
done

if [ "$(id -u)" -eq 0 ]; then
    # A scratch directory nobody owns, holding this script and the binary, so that nothing of
    # the build tree needs to be reachable for that user.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$0" "$work/test-wayland.sh"
    cp "$(dirname "$0")/wayland-lsan.supp" "$work/"
    cp "$1" "$work/passforge"
    chmod 755 "$work"
    chown -R 65534:65534 "$work"
    status=0
    setpriv --reuid=65534 --regid=65534 --clear-groups \
        env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} \
        ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
        bash "$work/test-wayland.sh" "$work/passforge" || status=$?
    exit "$status"
fi

binary=$(realpath "$1")
if [ -n "${ASAN_OPTIONS:-}" ]; then
    # The asan build: Qt's Wayland plugin's own leaks at exit are suppressed, by whole stacks.
    export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
    export LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/wayland-lsan.supp"
fi
work=${HOME:?}
[ -w "$work" ] || work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
mkdir -p "$XDG_CONFIG_HOME/passforge"
unset DISPLAY WAYLAND_DISPLAY SWAYSOCK

pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

cat >"$work/sway.config" <<'EOF'
xwayland disable
output HEADLESS-1 resolution 1280x800
default_border none
EOF
WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman \
    sway -c "$work/sway.config" >"$work/sway.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
    socket=$(cd "$XDG_RUNTIME_DIR" && ls wayland-* 2>/dev/null | grep -v lock | head -n 1) || true
    ipc=$(ls "$XDG_RUNTIME_DIR"/sway-ipc.*.sock 2>/dev/null | head -n 1) || true
    [ -n "$socket" ] && [ -n "$ipc" ] && break
    sleep 0.1
done
[ -n "${socket:-}" ] || { cat "$work/sway.log" >&2; fail "sway did not start"; }
export WAYLAND_DISPLAY=$socket SWAYSOCK=$ipc
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
# Waits up to $2 seconds for the condition $1 (a shell command).
wait_for() {
    local i
    for i in $(seq 1 $(($2 * 10))); do
        eval "$1" && return 0
        sleep 0.1
    done
    return 1
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

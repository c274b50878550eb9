# shellcheck shell=bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the Wayland tests share, sourced by each of them: running as an unprivileged user (the
# compositors refuse root, or should not have it), a private runtime and config directory, the
# asan build's leak suppressions, and the clean-up of every process started.

fail() {
    echo "FAIL: $*" >&2
    # What the window said, without Qt's complaints about the compositor's keyboard focus events.
    [ -f "${work:-}/passforge.log" ] && grep -v 'wl_keyboard.leave' "$work/passforge.log" >&2
    exit 1
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is not installed (./build.sh installs it)"
    done
}

# As root: runs the calling script ($1) again as nobody (setpriv) with the files given after it as
# its arguments, all copied into a scratch directory nobody owns, so that nothing of the build tree
# need be reachable for that user; then exits with its status. Anyone else returns at once.
rerun_as_nobody() {
    [ "$(id -u)" -eq 0 ] || return 0
    local script=$1 here file args=()
    shift
    here=$(cd "$(dirname "$script")" && pwd)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp "$script" "$here/wayland-session.sh" "$here/wayland-lsan.supp" "$work/"
    for file in "$@"; do
        cp "$file" "$work/"
        args+=("$work/$(basename "$file")")
    done
    chmod 755 "$work"
    chown -R 65534:65534 "$work"
    local status=0
    setpriv --reuid=65534 --regid=65534 --clear-groups \
        env -i PATH="$PATH" HOME="$work" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} \
        ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} \
        bash "$work/$(basename "$script")" "${args[@]}" || status=$?
    exit "$status"
}

# The session's environment: $work (HOME, or a scratch directory), its runtime and config
# directories, no display inherited from outside, and in the asan build the suppressions of Qt's
# Wayland plugin's own leaks at exit (matched by whole stacks).
start_session() {
    if [ -n "${ASAN_OPTIONS:-}" ]; then
        export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
        local here
        here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
        export LSAN_OPTIONS="suppressions=$here/wayland-lsan.supp"
    fi
    work=${HOME:?}
    [ -w "$work" ] || work=$(mktemp -d)
    export XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config"
    mkdir -p -m 700 "$XDG_RUNTIME_DIR"
    mkdir -p "$XDG_CONFIG_HOME/passforge"
    unset DISPLAY WAYLAND_DISPLAY SWAYSOCK
    pids=()
    trap stop_session EXIT
}

stop_session() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}

# Waits up to $2 seconds for the condition $1 (a shell command).
wait_for() {
    local _
    for _ in $(seq 1 $(($2 * 10))); do
        eval "$1" && return 0
        sleep 0.1
    done
    return 1
}

# Waits for the compositor started last to open its socket in the runtime directory, and
# exports it as WAYLAND_DISPLAY.
wait_for_socket() {
    local socket=
    wait_for 'socket=$(cd "$XDG_RUNTIME_DIR" && ls wayland-* 2>/dev/null | grep -v lock | head -n 1) &&
        [ -n "$socket" ]' 10 || return 1
    export WAYLAND_DISPLAY=$socket
}

#!/usr/bin/env bash
# Passforge's one entry point: installs what the build needs, builds, and runs, tests or benchmarks.
#   ./build.sh run      build and start the app
#   ./build.sh test     build and run the whole test suite
#   ./build.sh build    build only
#   ./build.sh bench    micro-benchmarks and timings against pwgen, keepassxc-cli and Python
#   ./build.sh package  a .deb in build/ (CPack; dependencies from dpkg-shlibdeps)
#   ./build.sh screenshots  the README's pictures of each tab (English, German, French), from a
#                           real X server (Xvfb)
#   ./build.sh fuzz [SECONDS]  each libFuzzer target for SECONDS (default 60), in build-asan/
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages the build, the app and the tests need.
PACKAGES=(
    # lld links every preset's binaries (CMakePresets.json), in a fraction of GNU ld's time.
    cmake ninja-build g++ lld pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev
    xvfb xauth xclip x11-utils
    # Wayland: the data-control client's library and its code generator, Qt's Wayland platform
    # (the window runs natively there), and real compositors with clipboard and keyboard tools
    # for the tests (tests/clipboard: headless sway, wl-paste, wtype, and foot as a second
    # window; headless Weston, which has no data-control, for the fallback).
    libwayland-dev libwayland-bin qt6-wayland sway wl-clipboard wtype foot weston
    scdoc desktop-file-utils appstream dpkg-dev
    # The .deb is checked by lintian (tests/desktop/test-deb.sh).
    lintian
    valgrind
    # Big integers for the exact password sampler (Boost.Multiprecision, header-only).
    libboost-dev
    # ICU: look-alike names in a pick list (uspoof confusable skeletons).
    libicu-dev
    # fontconfig, whose set-up the window starts on a second thread (start-up time).
    libfontconfig-dev
    # QR codes of secrets (qrcodegen's C library, which works in buffers we wipe), and a real
    # decoder (zbar) that the tests read them back with.
    libqrcodegen-dev libzbar-dev
    # zxcvbn-c: the strength estimate of a password the user already has (check).
    libzxcvbn-dev
    python3
    # A Japanese font, so that the Japanese translation draws glyphs instead of empty boxes
    # (tests/i18n checks it); small, unlike fonts-noto-cjk.
    fonts-ipafont-gothic
)
# The sanitizer build uses clang and its runtimes, which hold libFuzzer (-fsanitize=fuzzer): one
# build serves both the sanitized test suite and the fuzz targets.
FUZZ_PACKAGES=(clang libclang-rt-14-dev)

log() { printf '==> %s\n' "$*" >&2; }

ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    log "installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    ensure_packages "${PACKAGES[@]}"
    log "configuring and building (Release, build/)"
    cmake --preset default >/dev/null
    cmake --build --preset default -j2
}

# Starts an Xvfb server for the tests when there is no display; it stops when this script exits.
ensure_display() {
    if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
        return 0
    fi
    local n
    for n in $(seq 91 130); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
        # Large enough for the window at 200% scale (the screenshots take it there).
        Xvfb ":$n" -screen 0 2880x1800x24 -nolisten tcp >/dev/null 2>&1 &
        XVFB_PID=$!
        trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
        export DISPLAY=":$n"
        local i
        for i in $(seq 1 50); do
            xdpyinfo >/dev/null 2>&1 && { log "started Xvfb on $DISPLAY"; return 0; }
            sleep 0.1
        done
        kill "$XVFB_PID" 2>/dev/null || true
    done
    log "could not start Xvfb"
    return 1
}

# The asan preset: the test suite and the fuzz targets, with clang's AddressSanitizer and
# UndefinedBehaviorSanitizer, in build-asan/.
build_sanitized() {
    ensure_packages "${PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
    log "configuring and building with ASan + UBSan and the fuzz targets (asan preset, build-asan/)"
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j2
}

# Each libFuzzer target (tests/fuzz) and its flags. The pick list gets inputs of up to a MiB at
# once, so that huge lines are exercised; custom password characters are checked in pairs, so
# their inputs stay short enough to keep each run well inside the timeout.
FUZZ_TARGETS=(
    "fuzz_picklist -max_len=1048576 -len_control=0"
    "fuzz_password -max_len=1024"
    "fuzz_wordlist -max_len=65536"
    "fuzz_cli -max_len=2048"
    "fuzz_encoding -max_len=4096"
)

# Builds the sanitizer preset (clang, build-asan/), which holds the fuzz targets, and runs each
# for $1 seconds on a scratch copy of its seed corpus, so that the committed corpus never grows;
# two at a time, one per core (libFuzzer runs one process). Fails naming each crash's input.
run_fuzzers() {
    local seconds=$1 root=$PWD scratch crashes entry target failed=()
    build_sanitized
    scratch=$(mktemp -d)
    crashes="$root/build-asan/crashes/$(date +%Y%m%d-%H%M%S)"
    mkdir -p "$crashes"
    fuzz_one() {
        local flags target
        read -ra flags <<<"$1"
        target=${flags[0]}
        mkdir "$scratch/$target"
        cp "tests/fuzz/corpus/$target/"* "$scratch/$target/"
        # Run in the scratch directory: a bare file name that a mutation invents resolves there.
        if (cd "$scratch" && LC_ALL=C.UTF-8 TMPDIR="$scratch" "$root/build-asan/bin/$target" \
            "${flags[@]:1}" -max_total_time="$seconds" -timeout=25 \
            -artifact_prefix="$crashes/$target-" "$scratch/$target" \
            >"$scratch/$target.log" 2>&1); then
            touch "$scratch/$target.passed"
        fi
    }
    # Only these jobs are waited for: the test command's Xvfb is a background job of this shell
    # too, and never ends.
    local pids=()
    for entry in "${FUZZ_TARGETS[@]}"; do
        if [ ${#pids[@]} -ge 2 ]; then
            wait -n "${pids[@]}" || true
            local alive=() pid
            for pid in "${pids[@]}"; do
                kill -0 "$pid" 2>/dev/null && alive+=("$pid")
            done
            pids=("${alive[@]}")
        fi
        log "fuzzing ${entry%% *} for ${seconds}s"
        fuzz_one "$entry" &
        pids+=($!)
    done
    wait "${pids[@]}" || true
    for entry in "${FUZZ_TARGETS[@]}"; do
        target=${entry%% *}
        if [ -e "$scratch/$target.passed" ]; then
            printf '%s: ' "$target" >&2
            grep -h '^Done [0-9]* runs' "$scratch/$target.log" >&2 || echo >&2
        else
            tail -n 40 "$scratch/$target.log" >&2 2>/dev/null || true
            log "$target FAILED; reproduce with: build-asan/bin/$target FILE, FILE being:"
            ls -1 "$crashes/$target-"* >&2 2>/dev/null || true
            failed+=("$target")
        fi
    done
    rm -rf "$scratch"
    rmdir "$crashes" 2>/dev/null || true
    if [ ${#failed[@]} -gt 0 ]; then
        log "fuzzing found problems in: ${failed[*]}"
        return 1
    fi
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
build)
    build
    ;;
run)
    build
    if [ -x build/bin/passforge ]; then
        exec build/bin/passforge "$@"
    fi
    exec build/bin/passforge-cli --help
    ;;
test)
    start=$SECONDS
    build
    ensure_display
    log "running the test suite"
    ctest --preset default -j2 "$@"
    # The suite again with AddressSanitizer and UndefinedBehaviorSanitizer; any report aborts
    # the test that caused it (-fno-sanitize-recover=all). The statistical tests are left out:
    # they repeat the code the other tests cover, millions of times, at ASan's cost; so is the
    # verifier agreement test, whose CLI runs tst_cli already makes under ASan, and the .deb
    # test: the package is made from the Release build.
    build_sanitized
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j2 -LE "statistics|agreement|package" "$@"
    log "smoke-testing the fuzz targets (built above), 10 s each, two at a time"
    run_fuzzers 10
    log "all tests passed in $(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s"
    ;;
bench)
    build
    ensure_packages pwgen keepassxc time libbenchmark-dev python3 libx11-dev dbus-daemon
    ensure_display
    log "building the micro-benchmarks (bench preset, build-bench/)"
    cmake --preset bench >/dev/null
    cmake --build --preset bench -j2
    python3 tests/bench/compare.py "$@"
    ;;
package)
    build
    log "packaging (CPack, .deb)"
    (cd build && cpack -G DEB)
    ;;
fuzz)
    [[ ${1:-60} =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 fuzz [SECONDS]" >&2; exit 2; }
    run_fuzzers "${1:-60}"
    ;;
screenshots)
    build
    ensure_display
    log "grabbing each tab into docs/screenshots/, in English, German and French, at 100% and 200%"
    for lang in en de fr; do
        for scale in 1 2; do
            args=()
            [ "$lang" = en ] || args=(--lang "$lang")
            QT_SCALE_FACTOR=$scale build/bin/passforge-screenshots docs/screenshots "${args[@]}" "$@"
        done
    done
    ;;
*)
    echo "usage: $0 [run|test|build|bench|package|screenshots|fuzz [SECONDS]]" >&2
    exit 2
    ;;
esac

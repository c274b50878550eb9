#!/bin/sh
# Core builds with MSVC and on ARM macOS: no long double (64-bit there, 80-bit here, so results
# would differ by platform) and no unsigned __int128 (GCC/Clang only) outside the one helper,
# WideMultiply.h, which has a portable fallback.
set -eu
core=$1
found=$(grep -rnE 'long double|__int128|__uint128' "$core" --include='*.cpp' --include='*.h' |
    grep -v '^[^:]*/WideMultiply\.h:' | grep -vE '^[^:]*:[0-9]+:[[:space:]]*//' || true)
if [ -n "$found" ]; then
    echo "non-portable arithmetic in core:" >&2
    echo "$found" >&2
    exit 1
fi
echo "core: no long double, no __int128 outside WideMultiply.h"

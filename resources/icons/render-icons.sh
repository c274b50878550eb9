#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the app icon's PNG sizes for the hicolor theme from the SVG (needs librsvg2-bin).
# The PNGs are committed, so the build does not need rsvg-convert; rerun this after editing the SVG.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" io.github.passforge.Passforge.svg \
        -o "hicolor/${size}x${size}/io.github.passforge.Passforge.png"
done

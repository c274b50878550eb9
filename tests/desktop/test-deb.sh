#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, unpacks it into a scratch root with dpkg -x, and checks that every
# file is in its FHS place, that dpkg-shlibdeps computed the dependencies, that passforge-cli
# runs from the scratch root, and that lintian accepts the package.
set -euo pipefail
build_dir=$1
app_id=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack did not build the package"; }
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb was written"
echo "package: $(basename "$deb")"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
case "$depends" in
*libqt6core6*) ;;
*) fail "Depends does not name libqt6core6: dpkg-shlibdeps did not run" ;;
esac
case "$depends" in
*libqt6widgets6*) ;;
*) fail "Depends does not name libqt6widgets6" ;;
esac

root="$work/root"
dpkg -x "$deb" "$root"
for f in \
    usr/bin/passforge \
    usr/bin/passforge-cli \
    "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
    "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    usr/share/man/man1/passforge.1.gz \
    usr/share/man/man1/passforge-cli.1.gz \
    usr/share/doc/passforge/copyright \
    usr/share/doc/passforge/changelog.gz \
    usr/share/bash-completion/completions/passforge-cli \
    usr/share/zsh/vendor-completions/_passforge-cli \
    usr/share/fish/vendor_completions.d/passforge-cli.fish; do
    [ -s "$root/$f" ] || fail "missing from the package: /$f"
done
# Translations, once the project ships them, go to share/passforge/translations.
if [ -d "$root/usr/share/passforge/translations" ]; then
    ls "$root"/usr/share/passforge/translations/*.qm >/dev/null ||
        fail "translations folder without .qm files"
fi
# Nothing may land outside /usr.
stray=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$stray" ] || fail "files outside /usr: $stray"

version=$("$root/usr/bin/passforge-cli" --version)
[[ "$version" =~ ^passforge-cli\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "unexpected --version: $version"
token=$("$root/usr/bin/passforge-cli" token --bytes 16)
[[ "$token" =~ ^[0-9a-f]{32}$ ]] || fail "the packaged CLI printed '$token'"
for page in passforge passforge-cli; do
    man -l "$root/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q "$page" ||
        fail "the $page man page does not render"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
[ "$recommends" = "qt6-wayland, wl-clipboard" ] || fail "Recommends is '$recommends'"
# lintian (build.sh installs it): no error and no warning, the tags named if there are any.
if command -v lintian >/dev/null; then
    lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'running with root privileges' |
        tee "$work/lintian.log" >&2 || true
    lintian --fail-on error,warning "$deb" >/dev/null 2>&1 ||
        fail "lintian reports errors or warnings (above)"
    echo "lintian: no error, no warning"
elif [ "${CI:-}" = true ]; then
    fail "lintian is not installed (build.sh installs it)"
fi
echo "ok: $version"

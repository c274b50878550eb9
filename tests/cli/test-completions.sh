#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion that passforge-cli --completions bash writes, driven as bash drives it
# (COMP_WORDS, COMP_CWORD): commands, each command's options, the values of --format, --case,
# --list, --site and --preset, and file names for FILE. The zsh and fish files are checked with
# zsh -n and fish --no-execute when those shells are installed.
set -euo pipefail
dir=$1   # where passforge-cli.{bash,zsh,fish} are
bin=$2   # the directory holding passforge-cli, which the completion asks for sites and presets
export PATH="$bin:$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"
fail() { echo "FAIL: $*" >&2; exit 1; }

# shellcheck source=/dev/null
source "$dir/passforge-cli.bash"
complete -p passforge-cli | grep -q _passforge_cli || fail "no completion registered"

# The replies for the words given, the last being the one completed, one per line, sorted.
replies() {
    COMP_WORDS=(passforge-cli "$@")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMPREPLY=()
    _passforge_cli
    printf '%s\n' "${COMPREPLY[@]}" | sort
}
expect() {
    local want=$1; shift
    local got
    got=$(replies "$@" | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$want" ] || fail "passforge-cli $*<TAB>: wanted '$want', got '$got'"
}

expect "passphrase password pick presets" p
expect "check" ch
expect "--format" token --fo
expect "base32 base64" token --format base
expect "each" passphrase --case e
expect "each lower one random title upper" passphrase --case ""
expect "de en es fr it pt_BR" passphrase --list ""
expect "--list" passphrase --li
expect "--pronounceable" password --pron
expect "--separator --separator-from" passphrase --sep
expect "apple.com" password --site apple.co
expect "Maximum (64, all kinds)" password --preset Max
# Every option of the parser, no more: the passphrase command's, read back from its help.
opts=$(replies passphrase -- | tr '\n' ' ')
for o in --words --separator --separator-from --case --add-digit --add-symbol --list \
         --wordlist --count --json --qr --preset --help; do
    case " $opts " in *" $o "*) ;; *) fail "passphrase offers no $o: $opts" ;; esac
done
# File names: --wordlist FILE and pick's FILE.
touch "$work/names-list.txt" "$work/words.txt"
expect "$work/words.txt" passphrase --wordlist "$work/wo"
expect "$work/names-list.txt" pick "$work/na"

if command -v zsh >/dev/null; then zsh -n "$dir/passforge-cli.zsh" || fail "zsh -n"; fi
if command -v fish >/dev/null; then fish --no-execute "$dir/passforge-cli.fish" || fail "fish"; fi
echo "ok: bash completion answers"

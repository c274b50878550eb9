#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/wordlists/en.txt, Passforge's built-in English passphrase list.

Input: Debian's `scowl` package (Spell Checker Oriented Word Lists, permissive licence), read
from /usr/share/dict/scowl/. Output: exactly 7776 words (6^5, so five dice pick a word), one per
line, sorted. The same input always gives the same list.

Rules, applied in this order:
1. Candidates come from the `english-words.N` files only: words spelled the same in every
   English variety. That leaves out variant spellings (the american-, british-, variant_N-
   files), proper nouns (the -proper-names and -upper files hold capitalised words) and
   abbreviations (the -abbreviations files); words that also appear in any abbreviations or
   contractions file are dropped too.
2. A word must be lowercase a-z only and 3 to 9 letters: no apostrophes (so no possessives or
   contractions), no capitals, no accents.
3. Words on the committed deny-list (deny.txt beside this script) are dropped, and so are words
   that contain a deny-listed stem marked with a leading '*'.
4. Common words come first: SCOWL size levels are taken from the smallest up (10, 20, 35, ...).
   Within a level, shorter words come first, then alphabetical order.
5. The list is prefix-free: a word is taken only if no word already taken is a prefix of it and
   it is not a prefix of one already taken. A passphrase joined with no separator then splits
   only one way, so its entropy stays exact.
6. Taking stops at 7776 words; the result is sorted alphabetically.
"""

import argparse
import pathlib
import re
import sys

SCOWL = pathlib.Path("/usr/share/dict/scowl")
TARGET = 7776
WORD = re.compile(r"^[a-z]{3,9}$")


def read_words(path):
    return path.read_text(encoding="utf-8", errors="strict").split()


def level_of(path):
    return int(path.suffix[1:])


def load_deny(path):
    exact, stems = set(), []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            stems.append(line[1:])
        else:
            exact.add(line)
    return exact, stems


def main():
    here = pathlib.Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scowl", type=pathlib.Path, default=SCOWL)
    parser.add_argument("--deny", type=pathlib.Path, default=here / "deny.txt")
    parser.add_argument("--output", type=pathlib.Path, default=here / "en.txt")
    args = parser.parse_args()

    if not args.scowl.is_dir():
        sys.exit(f"{args.scowl} not found: install Debian's scowl package")

    excluded = set()
    for path in args.scowl.glob("*"):
        if "abbreviations" in path.name or "contractions" in path.name:
            excluded.update(w.lower() for w in read_words(path))

    exact_deny, deny_stems = load_deny(args.deny)

    def allowed(word):
        if not WORD.match(word) or word in excluded or word in exact_deny:
            return False
        return not any(stem in word for stem in deny_stems)

    levels = sorted(args.scowl.glob("english-words.*"), key=level_of)
    taken = []
    taken_set = set()
    prefixes = set()  # every proper prefix of a taken word
    for path in levels:
        candidates = sorted({w for w in read_words(path) if allowed(w)}, key=lambda w: (len(w), w))
        for word in candidates:
            if word in taken_set:
                continue
            if any(word[:i] in taken_set for i in range(3, len(word))):
                continue  # a shorter word already taken is a prefix of this one
            if word in prefixes:
                continue  # this word is a prefix of one already taken
            taken.append(word)
            taken_set.add(word)
            prefixes.update(word[:i] for i in range(1, len(word)))
            if len(taken) == TARGET:
                break
        if len(taken) == TARGET:
            break

    if len(taken) != TARGET:
        sys.exit(f"only {len(taken)} words met the rules; {TARGET} are needed")
    args.output.write_text("\n".join(sorted(taken)) + "\n", encoding="utf-8")
    print(f"wrote {len(taken)} words to {args.output}")


if __name__ == "__main__":
    main()

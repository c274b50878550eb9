#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds Passforge's built-in passphrase lists: resources/wordlists/<lang>.txt.

The languages are en, de, fr, es, it and pt_BR. Each list is made from a curated diceware-style
source list in sources/ (origins and licences in SOURCES.md). The same input always gives the
same list, byte for byte; tst_wordlist reruns this script and compares.

Rules, applied to each source in this order:
1. A line's leading dice number ("11111<TAB>word" or "11111 word") is stripped, and the word is
   put in Unicode NFC.
2. A word must be lowercase and letters only (Unicode letters, so "müde" and "élan" stay), 3 to
   10 letters long. Anything else (a capitalised "Internet", "t-shirt", a 12-letter compound)
   is dropped, never changed.
3. Words on the published profanity list for the language are dropped: profanity/<code>.json,
   the LDNOOBW lists (List of Dirty, Naughty, Obscene and Otherwise Bad Words, CC-BY-4.0, via
   the npm package naughty-words 1.2.0). Its single-word entries are compared whole, lowercased
   and in NFC.
4. Words on our own deny-list, deny/<lang>.txt, are dropped: slurs, sexual, scatological and
   violent words, drugs and disease, and what a review of the list found. A line is a word
   (dropped when equal) or, with a leading '*', a stem (every word containing it is dropped).
5. The list is made prefix-free: every word that is a proper prefix of another word left is
   dropped ("abat" goes, "abattre" stays), so a passphrase joined with no separator splits only
   one way and its entropy stays exact. Dropping the shorter word keeps the most words.
6. The words are sorted by code point and written one per line, with a final newline. A list
   of fewer than 4096 words is an error.

Usage: make-wordlist.py [--lang CODE ...] [--output-dir DIR] [--report]
"""

import argparse
import json
import pathlib
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent

# lang: (source file, LDNOOBW list)
LISTS = {
    "en": ("en-eff-large.txt", "en"),
    "de": ("de-dys2p-7776.txt", "de"),
    "fr": ("fr-diceware.txt", "fr"),
    "es": ("es-diceware.txt", "es"),
    "it": ("it-diceware.txt", "it"),
    "pt_BR": ("pt-br-diceware.txt", "pt"),
}
MIN_WORDS = 4096
MIN_LETTERS, MAX_LETTERS = 3, 10


def nfc(text):
    return unicodedata.normalize("NFC", text)


def source_words(path):
    words = []
    for line in path.read_text(encoding="utf-8", errors="strict").splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) == 2 and parts[0].isdigit():
            parts = parts[1:]
        if len(parts) != 1:
            raise SystemExit(f"{path.name}: unexpected line {line!r}")
        words.append(nfc(parts[0]))
    return words


def well_formed(word):
    return (
        MIN_LETTERS <= len(word) <= MAX_LETTERS
        and word == word.lower()
        and all(ch.isalpha() for ch in word)
    )


def load_profanity(code):
    entries = json.loads((HERE / "profanity" / f"{code}.json").read_text(encoding="utf-8"))
    return {nfc(entry.strip().lower()) for entry in entries if " " not in entry.strip()}


def load_deny(lang):
    exact, stems = set(), []
    for line in (HERE / "deny" / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
        line = nfc(line.strip())
        if not line or line.startswith("#"):
            continue
        if line.startswith("*"):
            stems.append(line[1:])
        else:
            exact.add(line)
    return exact, stems


def build(lang):
    source, code = LISTS[lang]
    words = source_words(HERE / "sources" / source)
    report = {"source": len(words)}
    shaped = sorted({w for w in words if well_formed(w)})
    report["malformed"] = len(words) - len(shaped)
    profane = load_profanity(code)
    exact, stems = load_deny(lang)
    screened = []
    dropped_profanity, dropped_deny = [], []
    for word in shaped:
        if word in profane:
            dropped_profanity.append(word)
        elif word in exact or any(stem in word for stem in stems):
            dropped_deny.append(word)
        else:
            screened.append(word)
    report["profanity"] = dropped_profanity
    report["deny"] = dropped_deny
    # Sorted, a word that is a prefix of another comes right before some word beginning with it.
    prefixes = {a for a, b in zip(screened, screened[1:]) if b.startswith(a)}
    kept = [w for w in screened if w not in prefixes]
    report["prefix"] = len(prefixes)
    report["kept"] = len(kept)
    if len(kept) < MIN_WORDS:
        raise SystemExit(f"{lang}: only {len(kept)} words are left; {MIN_WORDS} are needed")
    return kept, report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=sorted(LISTS))
    parser.add_argument("--output-dir", type=pathlib.Path, default=HERE)
    parser.add_argument("--report", action="store_true", help="print what each rule dropped")
    args = parser.parse_args()
    for lang in args.lang or list(LISTS):
        kept, report = build(lang)
        out = args.output_dir / f"{lang}.txt"
        out.write_text("".join(w + "\n" for w in kept), encoding="utf-8")
        if args.report:
            print(
                f"{lang}: {report['source']} source words, {report['malformed']} malformed, "
                f"{len(report['profanity'])} on the profanity list, {len(report['deny'])} on "
                f"the deny-list, {report['prefix']} prefixes of another word; "
                f"{report['kept']} kept"
            )
            print(f"  profanity list: {' '.join(report['profanity'])}")
            print(f"  deny-list: {' '.join(report['deny'])}")
        else:
            print(f"wrote {len(kept)} words to {out}")


if __name__ == "__main__":
    main()

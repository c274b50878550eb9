#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks a Passforge draw record against its list, with nothing but Python's standard library.

    python3 verify-draw.py RECORD.json LIST.txt

The algorithm is passforge-draw-v1, as docs/draws.md writes it. The point of this script is that
anyone who entered a draw can read it in a few minutes and run it. Exit 0: the record matches the
list; 1: it does not (the first difference is printed); 2: the record or the list is unreadable.
"""

import hashlib
import hmac
import json
import sys
import unicodedata


def normalised_lines(text):
    """Split at LF (a CRLF is one line end), trim, NFC, drop empty lines; duplicates stay."""
    lines = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        line = unicodedata.normalize("NFC", line.strip())
        if line:
            lines.append(line)
    return lines


def list_digest(lines):
    return hashlib.sha256("".join(line + "\n" for line in lines).encode("utf-8")).digest()


class Stream:
    """HMAC-SHA256(seed, "passforge-draw-v1" || list_digest || uint64_be(i)), i = 0, 1, ..."""

    def __init__(self, seed, digest):
        self.seed, self.digest, self.block, self.bytes = seed, digest, 0, b""

    def take(self, n):
        while len(self.bytes) < n:
            message = b"passforge-draw-v1" + self.digest + self.block.to_bytes(8, "big")
            self.bytes += hmac.new(self.seed, message, hashlib.sha256).digest()
            self.block += 1
        taken, self.bytes = self.bytes[:n], self.bytes[n:]
        return taken

    def below(self, n):
        """Uniform in [0, n): 8 bytes at a time, rejecting the top 2^64 mod n values."""
        while True:
            x = int.from_bytes(self.take(8), "big")
            if x < 2**64 - (2**64 % n):
                return x % n


def draw(lines, seed, count, unique):
    tickets = {}
    for line in lines:  # entries in order of first appearance, with their tickets
        tickets[line] = 1 if unique else tickets.get(line, 0) + 1
    remaining = list(tickets)
    stream = Stream(seed, list_digest(lines))
    winners = []
    for _ in range(count):
        r = stream.below(sum(tickets[entry] for entry in remaining))
        for entry in remaining:
            if r < tickets[entry]:
                winners.append(entry)
                remaining.remove(entry)
                break
            r -= tickets[entry]
    return winners


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as f:
            record = json.load(f)
        with open(sys.argv[2], encoding="utf-8-sig", newline="") as f:
            lines = normalised_lines(f.read())
        if record["algorithm"] != "passforge-draw-v1":
            raise ValueError(f"unknown algorithm {record['algorithm']!r}")
        seed = bytes.fromhex(record["seed"])
        if len(seed) != 32:
            raise ValueError("the seed is not 32 bytes")
        shuffle = "order" in record
        expected = record["order"] if shuffle else record["winners"]
        unique = bool(record.get("unique", False))
        count = int(record["count"])
        listed = record["list_sha256"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"cannot read the record or the list: {error}", file=sys.stderr)
        return 2
    entries = len(dict.fromkeys(lines))
    sha = list_digest(lines).hex()
    if sha != listed:
        print(f"the list differs: its SHA-256 is {sha}, the record says {listed}")
        return 1
    if "beacon" in record:
        from_beacon = hashlib.sha256(record["beacon"].encode("utf-8")).hexdigest()
        if from_beacon != seed.hex():
            print(f"the seed differs: SHA-256 of the beacon is {from_beacon}, "
                  f"the record says {seed.hex()}")
            return 1
    if count > entries or (shuffle and count != entries) or len(expected) != count:
        print(f"the count differs: the list has {entries} entries, the record's count is "
              f"{count} and it names {len(expected)}")
        return 1
    what = "place {} of the order" if shuffle else "winner {}"
    for i, (mine, theirs) in enumerate(zip(draw(lines, seed, count, unique), expected), start=1):
        if mine != theirs:
            print(f"{what.format(i)} differs: the draw gives {mine!r}, the record says {theirs!r}")
            return 1
    print(f"verified: {count} of {entries} entries, list {sha}, seed {seed.hex()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

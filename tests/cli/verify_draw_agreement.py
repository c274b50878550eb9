#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""passforge-cli pick and docs/verify-draw.py agree (issue 12).

    verify_draw_agreement.py PASSFORGE_CLI VERIFY_DRAW_PY [CASES]

Draws from CASES (default 200) random lists with random options: non-ASCII names, names that
NFC merges, CRLF and LF, padding and blank lines, a byte-order mark, duplicates, --unique,
--shuffle, --seed, --beacon and fresh seeds. For each, the standard-library verifier must accept
the CLI's record, pick --verify must too, the plain output must be the record's winners, and a
tampered record must fail both with exit 1. The cases come from a fresh seed, printed, so that a
failure can be replayed with PASSFORGE_AGREEMENT_SEED. The verifier is loaded once and its main()
run for each check, exactly as its command line would run it, without a Python start-up each time.
"""

import contextlib
import importlib.util
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

NAMES = [
    "Ada", "Grace", "Linus", "Margaret", "Zoë", "José", "Jos\u0065\u0301",  # NFC: = José
    "李小龍", "Åsa", "Ørjan", "Dvořák", "Ђорђе", "Аda",  # Cyrillic А: looks like Ada
    "محمد", "😀 Smiley", "Mary Ann", "O'Brien", 'say "hi"', "back\\slash", "Renée",
    "Ren\u0065\u0301e", "ß", "Straße", "İlkay", "Ñandú",
]
PADDING = ["", " ", "  ", "\t", "\u00a0", "\u3000", " \t "]
BEACONS = ["drand round 4211337", "Lotto 2026-12-05: 3 11 19 27 40 44", "ünïcödé beacon ✓",
           "  spaces kept  "]


def make_list(rng):
    tickets = [rng.choice(NAMES) for _ in range(rng.randint(1, 30))]
    end = rng.choice(["\n", "\r\n"])
    lines = []
    for name in tickets:
        for _ in range(rng.choice([0, 0, 0, 1, 2])):
            lines.append(rng.choice(PADDING))  # blank lines
        lines.append(rng.choice(PADDING) + name + rng.choice(PADDING))
    text = end.join(lines) + (end if rng.random() < 0.8 else "")
    if rng.random() < 0.2:
        text = "\ufeff" + text
    return text.encode("utf-8")


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, timeout=60, **kwargs)


def load_verifier(path):
    spec = importlib.util.spec_from_file_location("verify_draw", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def verify(record_path, list_path):
        out, err = io.StringIO(), io.StringIO()
        saved = sys.argv
        sys.argv = [path, record_path, list_path]
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = module.main()
        finally:
            sys.argv = saved
        return subprocess.CompletedProcess([path], code, out.getvalue().encode(),
                                           err.getvalue().encode())
    return verify


def fail(case, message, *details):
    print(f"case {case}: {message}", *details, sep="\n  ", file=sys.stderr)
    sys.exit(1)


def main():
    cli, verify = sys.argv[1], load_verifier(sys.argv[2])
    cases = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    seed = int(os.environ.get("PASSFORGE_AGREEMENT_SEED") or int.from_bytes(os.urandom(8), "big"))
    print(f"PASSFORGE_AGREEMENT_SEED={seed}")
    rng = random.Random(seed)
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    seen = {"shuffle": 0, "unique": 0, "beacon": 0, "seed": 0, "fresh": 0, "tampered": 0}
    with tempfile.TemporaryDirectory() as scratch:
        list_path = os.path.join(scratch, "list.txt")
        record_path = os.path.join(scratch, "record.json")
        for case in range(cases):
            data = make_list(rng)
            with open(list_path, "wb") as f:
                f.write(data)
            entries = len({unicodedata.normalize("NFC", line.strip())
                           for line in data.decode("utf-8-sig").split("\n") if line.strip()})
            args = [cli, "pick"]
            if rng.random() < 0.3:
                args.append("--shuffle")
                seen["shuffle"] += 1
            else:
                args += ["--count", str(rng.randint(1, entries))]
            if rng.random() < 0.3:
                args.append("--unique")
                seen["unique"] += 1
            how = rng.choice(["seed", "beacon", "fresh"])
            seen[how] += 1
            if how == "seed":
                hexseed = os.urandom(32).hex()
                args += ["--seed", hexseed.upper() if rng.random() < 0.2 else hexseed]
            elif how == "beacon":
                args += ["--beacon", rng.choice(BEACONS)]
            from_stdin = rng.random() < 0.5
            list_args = [] if from_stdin else [list_path]
            stdin = data if from_stdin else b""

            drawn = run(args + ["--json"] + list_args, input=stdin, env=env)
            if drawn.returncode != 0:
                fail(case, "the draw failed", args, drawn.stderr.decode(errors="replace"))
            record = json.loads(drawn.stdout)
            with open(record_path, "wb") as f:
                f.write(drawn.stdout)

            checked = verify(record_path, list_path)
            if checked.returncode != 0 or not checked.stdout.startswith(b"verified: "):
                fail(case, "verify-draw.py rejects the CLI's record", args, drawn.stdout,
                     checked.stdout, checked.stderr)
            own = run([cli, "pick", "--verify", record_path] + list_args, input=stdin, env=env)
            if own.returncode != 0 or not own.stdout.startswith(b"verified: "):
                fail(case, "pick --verify rejects its own record", own.stdout, own.stderr)

            # The plain output of the same draw is the record's result, one name per line.
            plain_args = args + ["--seed", record["seed"]] if how == "fresh" else args
            plain = run(plain_args + list_args, input=stdin, env=env)
            result = record.get("order", record.get("winners"))
            if plain.stdout.decode() != "".join(name + "\n" for name in result):
                fail(case, "plain output differs from the record", plain_args, plain.stdout, result)
            if not plain.stderr.decode().endswith(f"from seed {record['seed']}\n"):
                fail(case, "plain output's seed line is missing", plain.stderr)

            # A tampered record fails both verifiers with exit 1.
            if len(result) >= 2 or how != "beacon":
                tampered = dict(record)
                if len(result) >= 2 and len(set(result)) == len(result) and rng.random() < 0.5:
                    key = "order" if "order" in record else "winners"
                    tampered[key] = [result[1], result[0]] + result[2:]
                else:
                    tampered["list_sha256"] = "0" * 64
                with open(record_path, "w", encoding="utf-8") as f:
                    json.dump(tampered, f, ensure_ascii=False)
                for name, bad in (("verify-draw.py", verify(record_path, list_path)),
                                  ("pick --verify", run([cli, "pick", "--verify", record_path,
                                                         list_path], env=env))):
                    if bad.returncode != 1 or b"differs" not in bad.stdout:
                        fail(case, f"{name} accepts a tampered record", bad.stdout, bad.stderr)
                seen["tampered"] += 1
    print(f"{cases} cases agree: {seen}")
    for key, value in seen.items():
        if value == 0:
            fail("all", f"no case covered {key}")


if __name__ == "__main__":
    main()

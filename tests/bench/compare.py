#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times passforge-cli against its peers side by side and writes docs/benchmarks.md.

Each comparison alternates the commands (A B C A B C ...) so that machine noise hits all of them
alike, runs each at least --runs times, and reports medians and ratios. Peak memory comes from
GNU time's maximum resident set size.
"""

import argparse
import datetime
import json
import os
import pathlib
import shutil
import signal
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = ROOT / "build" / "bin" / "passforge-cli"
BENCH = ROOT / "build-bench" / "bin" / "passforge_bench"
APP = ROOT / "build" / "bin" / "passforge"
BENCH_WINDOW = ROOT / "build-bench" / "bin" / "passforge_bench_window"
BARE_WINDOW = ROOT / "build-bench" / "bin" / "passforge_bench_bare_window"
TIME_TO_WINDOW = ROOT / "build-bench" / "bin" / "time_to_window"

PYTHON_LOOP = (
    "import secrets, string, sys\n"
    "a = string.ascii_letters + string.digits + string.punctuation\n"
    "w = sys.stdout.write\n"
    "for _ in range({n}):\n"
    "    w(''.join(secrets.choice(a) for _ in range(20)) + '\\n')\n"
)


def run_once(argv, stdin=None):
    """Wall time in seconds and peak RSS in KiB of one run, output to /dev/null."""
    with tempfile.NamedTemporaryFile("r") as stats:
        cmd = ["/usr/bin/time", "-f", "%e %M", "-o", stats.name] + argv
        with open(os.devnull, "wb") as devnull:
            start = time.perf_counter()
            subprocess.run(cmd, stdin=stdin, stdout=devnull, stderr=subprocess.DEVNULL, check=True)
            wall = time.perf_counter() - start
        _, rss = stats.read().split()
    return wall, int(rss)


def compare(commands, runs, stdin_path=None):
    """commands: {label: argv}. Returns {label: (median seconds, median peak KiB, [times])}."""
    times = {label: [] for label in commands}
    rss = {label: [] for label in commands}
    for _ in range(runs):
        for label, argv in commands.items():
            stdin = open(stdin_path, "rb") if stdin_path else None
            try:
                wall, peak = run_once(argv, stdin)
            finally:
                if stdin:
                    stdin.close()
            times[label].append(wall)
            rss[label].append(peak)
    return {label: (statistics.median(times[label]), statistics.median(rss[label]), times[label])
            for label in commands}


def time_to_window(argv, title, env):
    """time_to_window_once, again if the X server turned the program away (Xvfb refuses a
    connection now and then when many short ones come quickly)."""
    for attempt in range(3):
        try:
            return time_to_window_once(argv, title, env)
        except RuntimeError as error:
            if "connect to display" not in str(error) or attempt == 2:
                raise
            time.sleep(0.2)


def time_to_window_once(argv, title, env):
    """Seconds from spawning argv until the X server maps its window titled title, measured by
    time_to_window (one X client watching MapNotify, so nothing polls while the program starts);
    the program is then stopped."""
    out = subprocess.run([str(TIME_TO_WINDOW), title] + argv, env=env, capture_output=True,
                         text=True, timeout=60)
    if out.returncode != 0 or not out.stdout.strip():
        raise RuntimeError(f"{argv[0]}: no window {title!r}: {out.stderr[:300]}")
    return float(out.stdout)


def cpu_model():
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def fmt_s(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=pathlib.Path, default=None,
                        help="default docs/benchmarks.md, or docs/benchmarks-window.md with "
                             "--window-only")
    parser.add_argument("--window-only", action="store_true",
                        help="only the window's start-up and responsiveness (sections 7 and 8)")
    args = parser.parse_args()
    if args.output is None:
        args.output = ROOT / "docs" / ("benchmarks-window.md" if args.window_only else
                                       "benchmarks.md")
    runs = max(5, args.runs)
    cli = str(CLI)
    rows = []  # (target, measured, goal, verdict)
    lines = []

    def log(text):
        print(text, flush=True)
        lines.append(text)

    if not args.window_only:
        # 1. Bulk passwords: 20 characters of 94 symbols, one million of them.
        n = 1_000_000
        entropy_bytes = int(n * 20 * 6.554588851677638 / 8)  # 20 * log2(94) bits per password
        r = compare({
            "passforge": [cli, "password", "--length", "20", "--count", str(n)],
            "pwgen": ["pwgen", "-s", "-y", "20", str(n)],
            "python secrets": [sys.executable, "-c", PYTHON_LOOP.format(n=n)],
            "head -c urandom": ["head", "-c", str(entropy_bytes), "/dev/urandom"],
        }, runs)
        pf = r["passforge"][0]
        rows.append(("1M passwords: vs pwgen -s -y", f"{r['pwgen'][0] / pf:.0f}x faster", ">= 50x",
                     r["pwgen"][0] / pf >= 50))
        rows.append(("1M passwords: vs Python secrets loop", f"{r['python secrets'][0] / pf:.0f}x faster",
                     ">= 100x", r["python secrets"][0] / pf >= 100))
        rows.append(("1M passwords: vs reading their entropy from urandom",
                     f"{pf / r['head -c urandom'][0]:.2f}x the time", "<= 3x",
                     pf / r["head -c urandom"][0] <= 3))
        log("## 1. Bulk passwords (20 characters, 94 symbols, 1,000,000)")
        for label, (t, m, _) in r.items():
            log(f"- {label}: median {fmt_s(t)}, peak {m / 1024:.1f} MiB")

        # 2. Tokens: 1 GiB raw and hex.
        gib = 1 << 30
        r = compare({
            "passforge raw": [cli, "token", "--format", "raw", "--bytes", "1048576", "--count", "1024"],
            "passforge hex": [cli, "token", "--format", "hex", "--bytes", "1048576", "--count", "1024"],
            "head -c urandom": ["head", "-c", str(gib), "/dev/urandom"],
        }, runs)
        head = r["head -c urandom"][0]
        for label, goal in (("passforge raw", 0.90), ("passforge hex", 0.75)):
            share = head / r[label][0]
            rows.append((f"1 GiB tokens, {label.split()[1]}: throughput vs head -c", f"{share:.0%}",
                         f">= {goal:.0%}", share >= goal))
        log("## 2. Tokens (1 GiB of random bytes)")
        for label, (t, m, _) in r.items():
            log(f"- {label}: median {fmt_s(t)} ({gib / t / 2**20:.0f} MiB/s of entropy), "
                f"peak {m / 1024:.1f} MiB")

        # 3. Start-up: one password per process.
        r = compare({
            "passforge": [cli, "password"],
            "keepassxc-cli": ["keepassxc-cli", "generate", "-L", "20", "-lUns"],
        }, max(runs, 15))
        ratio = r["passforge"][0] / r["keepassxc-cli"][0]
        rows.append(("start-up: one password vs keepassxc-cli", f"{ratio:.2f}x the time", "<= 0.33x",
                     ratio <= 1 / 3))
        rows.append(("start-up: peak memory", f"{r['passforge'][1] / 1024:.1f} MiB", "< 20 MiB",
                     r["passforge"][1] < 20 * 1024))
        log("## 3. Start-up (one password per process)")
        for label, (t, m, _) in r.items():
            log(f"- {label}: median {fmt_s(t)}, peak {m / 1024:.1f} MiB")

        # 4. Pick: 10 winners from 1,000,000 distinct names.
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "list.txt"
            with open(path, "w") as f:
                for i in range(1_000_000):
                    f.write(f"Entrant number {i:07d}\n")
            size = path.stat().st_size
            r = compare({"passforge pick": [cli, "pick", "--count", "10", str(path)]}, runs)
        t, m, _ = r["passforge pick"]
        rows.append(("pick 10 of 1,000,000 lines: time", fmt_s(t), "< 0.5 s", t < 0.5))
        rows.append(("pick: peak memory / file size", f"{m * 1024 / size:.2f}x", "< 3x",
                     m * 1024 / size < 3))
        log(f"## 4. Pick (10 winners, 1,000,000 lines, {size / 2**20:.1f} MiB)")
        log(f"- median {fmt_s(t)}, peak {m / 1024:.1f} MiB")

        # 5. Memory stays flat with --count.
        r = compare({
            "password 1e5": [cli, "password", "--count", "100000"],
            "password 1e7": [cli, "password", "--count", "10000000"],
            "token 1e5": [cli, "token", "--count", "100000"],
            "token 1e7": [cli, "token", "--count", "10000000"],
        }, runs)
        log("## 5. Peak memory against --count")
        for kind in ("password", "token"):
            small, large = r[f"{kind} 1e5"][1], r[f"{kind} 1e7"][1]
            rows.append((f"{kind}: peak memory at 10^7 vs 10^5",
                         f"{large / 1024:.1f} vs {small / 1024:.1f} MiB", "flat",
                         large <= small * 1.1 + 1024))
            log(f"- {kind}: 10^5 {small / 1024:.1f} MiB, 10^7 {large / 1024:.1f} MiB "
                f"(median time {fmt_s(r[f'{kind} 1e7'][0])})")

        # 6. The core: regenerating in the window.
        if BENCH.exists():
            out = subprocess.run([str(BENCH), "--benchmark_format=json",
                                  "--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true",
                                  "--benchmark_filter=BM_Password/length:256|BM_Passphrase/40|"
                                  "BM_PasswordSettingsChange"],
                                 check=True, capture_output=True, text=True).stdout
            log("## 6. Core (Google Benchmark, median of 5 repetitions)")
            for b in json.loads(out)["benchmarks"]:
                if b.get("aggregate_name") != "median":
                    continue
                ns = b["real_time"] * {"ns": 1, "us": 1e3, "ms": 1e6}[b["time_unit"]]
                name = b["run_name"]
                log(f"- {name}: {ns / 1000:.2f} us")
                if name.startswith(("BM_Password/length:256", "BM_Passphrase/40")):
                    rows.append((f"core: {name}", f"{ns / 1000:.2f} us", "< 1 ms", ns < 1e6))

    # 7. The window: start-up to a visible window against KeePassXC and a bare Qt window, on the
    # X server in $DISPLAY (./build.sh bench starts Xvfb), in a private D-Bus session bus as every
    # desktop session has (without one, libdbus spawns dbus-launch for Qt's accessibility bridge
    # and theme, which no desktop user waits for). Two starts: the first, from an empty
    # configuration, and the usual one, from the configuration an earlier start left.
    if APP.exists() and BARE_WINDOW.exists() and TIME_TO_WINDOW.exists() and os.environ.get("DISPLAY"):
        programs = {
            "passforge": ([str(APP)], "Passforge"),
            "keepassxc": (["keepassxc"], "KeePassXC"),
            "bare Qt 6 window": ([str(BARE_WINDOW)], "Bare Qt window"),
        }
        bus_env, bus_pid = {}, None
        if shutil.which("dbus-daemon"):
            out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                                  "--print-pid=1"], capture_output=True, text=True, check=True)
            address, pid = out.stdout.split()
            bus_env, bus_pid = {"DBUS_SESSION_BUS_ADDRESS": address}, int(pid)
        med = {}
        try:
            for start in ("first", "usual"):
                starts = {label: [] for label in programs}
                for _ in range(max(runs, 9)):
                    for label, (argv, title) in programs.items():
                        # A fresh configuration, and a private runtime directory (KeePassXC keeps
                        # its single-instance lock there, and what a stopped run left would
                        # change the next).
                        with tempfile.TemporaryDirectory() as config, \
                                tempfile.TemporaryDirectory() as runtime:
                            os.chmod(runtime, 0o700)
                            env = dict(os.environ, XDG_CONFIG_HOME=config, HOME=config,
                                       XDG_RUNTIME_DIR=runtime, **bus_env)
                            if start == "usual":
                                time_to_window(argv, title, env)  # stopped by SIGTERM: it saves
                            starts[label].append(time_to_window(argv, title, env))
                med[start] = {label: statistics.median(t) for label, t in starts.items()}
        finally:
            if bus_pid:
                os.kill(bus_pid, signal.SIGTERM)
        for start in ("first", "usual"):
            vs_kp = med[start]["passforge"] / med[start]["keepassxc"]
            vs_bare = med[start]["passforge"] / med[start]["bare Qt 6 window"]
            rows.append((f"window start-up vs KeePassXC ({start} start)", f"{vs_kp:.2f}x the time",
                         "<= 0.33x", vs_kp <= 1 / 3))
            rows.append((f"window start-up vs a bare Qt 6 window ({start} start)",
                         f"{vs_bare:.2f}x the time", "<= 2x", vs_bare <= 2))
        log("## 7. Window start-up (spawn to the window mapped, seen by one X client watching "
            "MapNotify; " + ("in a private D-Bus session" if bus_pid else "no D-Bus session") + ")")
        for start, what in (("first", "first start, empty configuration"),
                            ("usual", "usual start, the configuration an earlier start left")):
            log(f"- {what}:")
            for label, t in med[start].items():
                log(f"  - {label}: median {fmt_s(t)}")
    if BENCH_WINDOW.exists():
        # Each run measures each interaction once, and one preemption of this shared machine is
        # a gap of its own: the median of five runs, with the worst run shown beside it.
        gaps = {}
        for _ in range(5):
            out = subprocess.run([str(BENCH_WINDOW)], check=True, capture_output=True, text=True,
                                 env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout
            for line in out.splitlines():
                scenario, ms = line.split("\t")
                gaps.setdefault(scenario, []).append(float(ms))
        log("## 8. Window responsiveness (longest event-loop block of each interaction; median "
            "and worst of five runs)")
        for scenario, ms in gaps.items():
            median = statistics.median(ms)
            rows.append((f"window: {scenario}", f"{median:.1f} ms", "<= 16 ms", median <= 16))
            log(f"- {scenario}: median {median:.2f} ms, worst {max(ms):.2f} ms")

    table = ["| target | measured | goal | met |", "| --- | --- | --- | --- |"]
    table += [f"| {t} | {m} | {g} | {'yes' if ok else 'NO'} |" for t, m, g, ok in rows]
    header = [
        "# Benchmarks",
        "",
        f"Written by `./build.sh bench` on {datetime.date.today().isoformat()}, "
        f"CPU: {cpu_model()}, {os.cpu_count()} cores. Medians of {runs} or more runs, commands "
        "alternated within each comparison; the machine is shared, so read ratios, not absolutes.",
        "",
    ]
    text = "\n".join(header + table + [""] + lines) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print("\n".join(table))
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()

"""The factcheck benchmark: ``make bench``. Prints a table of medians and ratios.

    python bench/run.py [--runs 10] [--big-runs 3] [--sizes 1000,10000,100000] [--strict]

Every figure is the median of several runs after a warm-up, each run a fresh process, and every
ratio is taken between figures measured side by side in the same run (cold start and its floor
alternate, run by run). Times are given twice: wall time, and CPU time (user + system) of the
measured process. The process is single-threaded and pinned to one core, so its CPU time is its
time on one core, and it is not inflated when other programs share the machine; the budgets are
judged on it. Peak memory is the peak resident set of the process, interpreter included.
A rate (extract's MB/s) leaves out what the command loads on first use: each measured process
runs it on a short text first (its start-up is what the cold start measures).

``--worker`` runs one measurement inside a fresh process and prints it as JSON; the rest of
this file starts those processes and prints the table.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

GUILIN = ROOT / "claims" / "guilin.yaml"
FLOOR = "import typer, rich.console, yaml"
EXTRACT_BYTES = 1_000_000
REPORT_CLAIMS = 10_000

# budgets of issue 8
COLD_RATIO = 1.3
BIG_CLAIMS, BIG_SECONDS, BIG_BYTES = 100_000, 4.0, 1 << 30
GROWTH = 11.0
REPORT_SECONDS, REPORT_BYTES_PER_CLAIM = 3.0, 3000
EXTRACT_MB_S = 5.0
STATUS = {True: "met", False: "MISSED", None: "n/a"}


# ---------------------------------------------------------------- inside a measured process


def _one_core() -> None:
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[-1]})


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def _peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _phase(out: dict[str, float], name: str, fn: Callable[[], Any]) -> Any:
    w, c = time.perf_counter(), _cpu()
    result = fn()
    out[f"{name}_wall"] = time.perf_counter() - w
    out[f"{name}_cpu"] = _cpu() - c
    return result


def _commands() -> set[str]:
    import typer

    from factcheck.cli import app

    group = typer.main.get_command(app)
    return set(group.list_commands(typer.Context(group)))  # type: ignore[attr-defined]


def worker_verify(path: str) -> dict[str, Any]:
    """load, check and render (plain) one file, as ``factcheck verify -f plain`` does."""
    import factcheck.cli  # noqa: F401  (what the command imports, so the phases are its own)
    from factcheck.engine import verify_file
    from factcheck.loader import load
    from factcheck.report import Report
    from factcheck.reporters import Format, render

    out: dict[str, Any] = {}
    cf = _phase(out, "load", lambda: load(path))
    fr = _phase(out, "check", lambda: verify_file(cf))
    text = _phase(out, "render", lambda: render(Report((fr,)), Format.plain))
    out["claims"] = len(fr.results)
    out["output_bytes"] = len(text.encode("utf-8"))
    out["problems"] = len(fr.problems)
    return out


def worker_command(args: list[str], warm: str = "") -> dict[str, Any]:
    """One factcheck command, in this process, its output thrown away; with ``warm`` (a
    file), run on that file first, outside the timing."""
    import typer

    from factcheck.cli import app

    command = typer.main.get_command(app)
    # the CLI imports a command's module on first use: import it here, outside the timing
    command.get_command(typer.Context(command), args[0])  # type: ignore[attr-defined]
    sink = io.StringIO()
    if warm:
        # a rate, not a start: the command run once on a short text first, so that what it
        # loads on first use (the table reporter and Rich for extract) is not counted as
        # reading the long one
        with contextlib.redirect_stdout(sink), contextlib.suppress(SystemExit):
            command.main([args[0], warm, *args[2:]], standalone_mode=False)
        sink = io.StringIO()
    out: dict[str, Any] = {}

    def run() -> None:
        with contextlib.redirect_stdout(sink), contextlib.suppress(SystemExit):
            command.main(args, standalone_mode=False)

    _phase(out, "run", run)
    out["output_bytes"] = len(sink.getvalue().encode("utf-8"))
    return out


def worker_scan(path: str) -> dict[str, Any]:
    """``scanner.scan`` over a text: every figure in it, as extract reads them."""
    from factcheck.scanner import scan

    text = Path(path).read_text(encoding="utf-8")
    out: dict[str, Any] = {}
    found = _phase(out, "run", lambda: scan(text))
    out["figures"] = len(found)
    return out


def worker(kind: str, args: list[str]) -> None:
    _one_core()
    w, c = time.perf_counter(), _cpu()
    if kind == "verify":
        out = worker_verify(args[0])
    elif kind == "command":
        out = worker_command(args)
    elif kind == "rate":  # a command's rate: the first argument is the warm-up file
        out = worker_command(args[1:], warm=args[0])
    elif kind == "scan":
        out = worker_scan(args[0])
    elif kind == "commands":
        out = {"commands": sorted(_commands())}
    else:
        raise SystemExit(f"unknown worker {kind}")
    out["work_wall"] = time.perf_counter() - w
    out["work_cpu"] = _cpu() - c
    out["peak_bytes"] = _peak_bytes()
    json.dump(out, sys.stdout)
    # and leave as the console script does (factcheck.cli.main): output flushed, nothing
    # freed object by object, which at 100,000 claims would cost a quarter of the run
    sys.stdout.flush()
    os._exit(0)


# ---------------------------------------------------------------- the measuring process


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # as an installed tool runs: with its bytecode cached (the warm-up runs write it)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["NO_COLOR"] = "1"
    return env


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd: Sequence[str]) -> tuple[float, float, bytes]:
    """Run one process: its wall time, its CPU time (user + system) and its stdout."""
    cpu, wall = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=_env())
    wall, cpu = time.perf_counter() - wall, _children_cpu() - cpu
    if proc.returncode not in (0, 1):  # 1: the file holds inconsistent claims, as it should
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode()}")
    return wall, cpu, proc.stdout


def measure(kind: str, args: Sequence[str], runs: int, warmup: int = 1) -> list[dict[str, Any]]:
    """``runs`` worker processes after ``warmup`` ones; each one's JSON, with its wall time."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, *args]
    results = []
    for i in range(warmup + runs):
        wall, cpu, out = timed(cmd)
        if i >= warmup:
            data = json.loads(out)
            data["process_wall"], data["process_cpu"] = wall, cpu
            results.append(data)
    return results


def med(rows: list[dict[str, Any]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def work(rows: list[dict[str, Any]]) -> float:
    """The median CPU time of loading, checking and rendering (interpreter start-up aside)."""
    return sum(med(rows, f"{p}_cpu") for p in ("load", "check", "render"))


def cold_start(runs: int, warmup: int = 3) -> dict[str, float]:
    """``factcheck verify claims/guilin.yaml`` against the floor, run alternately."""
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    verify = [exe, "verify", str(GUILIN), "--format", "plain"]
    floor = [sys.executable, "-c", FLOOR]
    times: dict[str, list[tuple[float, float]]] = {"floor": [], "verify": []}
    for i in range(warmup + runs):
        for name, cmd in (("floor", floor), ("verify", verify)):
            wall, cpu, _ = timed(cmd)
            if i >= warmup:
                times[name].append((wall, cpu))
    out = {}
    for name, pairs in times.items():
        out[f"{name}_wall"] = statistics.median(p[0] for p in pairs)
        out[f"{name}_cpu"] = statistics.median(p[1] for p in pairs)
    return out


def ms(s: float) -> str:
    return f"{s * 1000:.0f} ms"


def sec(s: float) -> str:
    return f"{s:.2f} s" if s < 10 else f"{s:.1f} s"


def mib(b: float) -> str:
    return f"{b / 2**20:.0f} MiB"


def table(rows: list[list[str]], head: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]

    def line(r: list[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()

    return "\n".join([line(head), line(["-" * w for w in widths]), *map(line, rows)])


def machine() -> str:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                model = ln.split(":", 1)[1].strip()
                break
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{model}, {os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}); "
        f"Python {platform.python_version()} ({platform.machine()}, {platform.system()}); "
        f"load average {load}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10, help="measured runs of each figure")
    ap.add_argument("--big-runs", type=int, default=3, help="measured runs of the largest file")
    ap.add_argument("--cold-runs", type=int, default=20, help="measured cold starts")
    ap.add_argument("--sizes", default="1000,10000,100000", help="claims per generated file")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a budget is missed")
    ap.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.worker:
        worker(a.worker[0], a.worker[1:])
        return 0

    sizes = [int(s) for s in a.sizes.split(",")]
    print(f"factcheck benchmark — {machine()}\n", flush=True)
    print(
        "Times are medians: wall time, and CPU time (user + system) of the measured process,\n"
        "which runs on one core; budgets are judged on CPU time, which other programs on a\n"
        "shared machine do not inflate.\n"
    )
    budgets: list[tuple[str, str, str, bool | None]] = []
    tmp = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        commands = set(measure("commands", [], 1, 0)[0]["commands"])

        # cold start
        c = cold_start(a.cold_runs)
        ratio_wall = c["verify_wall"] / c["floor_wall"]
        ratio_cpu = c["verify_cpu"] / c["floor_cpu"]
        print(f"cold start (median of {a.cold_runs} runs each, alternating, after 3 warm-ups)")
        print(
            table(
                [
                    [
                        f"python -c '{FLOOR}'",
                        ms(c["floor_wall"]),
                        ms(c["floor_cpu"]),
                        "1.00",
                        "1.00",
                    ],
                    [
                        "factcheck verify claims/guilin.yaml -f plain",
                        ms(c["verify_wall"]),
                        ms(c["verify_cpu"]),
                        f"{ratio_wall:.2f}",
                        f"{ratio_cpu:.2f}",
                    ],
                ],
                ["command", "wall", "CPU", "ratio wall", "ratio CPU"],
            )
        )
        print(flush=True)
        budgets.append(
            (
                "cold start",
                f"{ratio_cpu:.2f} × floor (CPU; wall {ratio_wall:.2f} ×)",
                f"≤ {COLD_RATIO} × floor",
                ratio_cpu <= COLD_RATIO,
            )
        )

        # verify at each size
        kinds = generate.known_kinds()
        rows, per_size = [], {}
        for n in sizes:
            path = tmp / f"claims-{n}.yaml"
            generate.write(path, n)
            big = n >= BIG_CLAIMS
            runs = a.big_runs if big else a.runs
            res = measure("verify", [str(path)], runs, warmup=0 if big else 1)
            per_size[n] = res
            assert res[0]["claims"] == n, res[0]
            rows.append(
                [
                    f"{n:,}",
                    f"{path.stat().st_size / 2**20:.1f} MiB",
                    f"{runs}" + ("" if big else " (+1)"),
                    sec(med(res, "process_wall")),
                    sec(med(res, "process_cpu")),
                    sec(med(res, "load_cpu")),
                    sec(med(res, "check_cpu")),
                    sec(med(res, "render_cpu")),
                    f"{work(res) / n * 1e6:.0f} µs",
                    mib(med(res, "peak_bytes")),
                ]
            )
        growth = [
            (lo, hi, work(per_size[hi]) / work(per_size[lo]), hi / lo) for lo, hi in pairwise(sizes)
        ]
        print(
            f"verify, plain output (generated files of {', '.join(kinds)}; "
            "runs measured (+ warm-up); load, check, render and per claim in CPU time)"
        )
        print(
            table(
                rows,
                [
                    "claims",
                    "file",
                    "runs",
                    "wall",
                    "CPU",
                    "load",
                    "check",
                    "render",
                    "per claim",
                    "peak memory",
                ],
            )
        )
        for lo, hi, g, x in growth:
            print(
                f"growth {lo:,} → {hi:,} claims ({x:.0f}×): {g:.2f}× the time (load+check+render)"
            )
        print(flush=True)
        if BIG_CLAIMS in per_size:
            res = per_size[BIG_CLAIMS]
            t, wall, peak = (
                med(res, "process_cpu"),
                med(res, "process_wall"),
                med(res, "peak_bytes"),
            )
            budgets.append(
                (
                    f"verify {BIG_CLAIMS:,} claims",
                    f"{sec(t)} CPU (wall {sec(wall)})",
                    f"≤ {BIG_SECONDS:.0f} s",
                    t <= BIG_SECONDS,
                )
            )
            budgets.append(
                (f"verify {BIG_CLAIMS:,} claims", mib(peak), "≤ 1024 MiB", peak <= BIG_BYTES)
            )
        for lo, hi, g, x in growth:
            budgets.append(
                (
                    f"growth {lo:,} → {hi:,}",
                    f"{g:.2f}×",
                    f"≤ {GROWTH * x / 10:.0f}×",
                    g <= GROWTH * x / 10,
                )
            )

        # report
        if "report" in commands:
            path = tmp / f"claims-{REPORT_CLAIMS}.yaml"
            if not path.exists():
                generate.write(path, REPORT_CLAIMS)
            html = tmp / "report.html"
            res = measure("command", ["report", str(path), "-o", str(html)], a.runs)
            t = med(res, "run_cpu")
            per = html.stat().st_size / REPORT_CLAIMS
            print(f"report of {REPORT_CLAIMS:,} claims ({a.runs} runs + 1 warm-up)")
            print(
                table(
                    [[sec(med(res, "run_wall")), sec(t), f"{html.stat().st_size:,}", f"{per:.0f}"]],
                    ["wall", "CPU", "bytes", "bytes per claim"],
                )
            )
            budgets.append((f"report {REPORT_CLAIMS:,} claims", sec(t), "≤ 3 s", t <= 3))
            budgets.append(
                (
                    f"report {REPORT_CLAIMS:,} claims",
                    f"{per:.0f} B per claim",
                    "≤ 3000 B",
                    per <= REPORT_BYTES_PER_CLAIM,
                )
            )
        else:
            print(f"report of {REPORT_CLAIMS:,} claims: not available (no `factcheck report`)")
            budgets.append((f"report {REPORT_CLAIMS:,} claims", "not available", "≤ 3 s", None))
        print(flush=True)

        # extract, and the scanner it reads figures with
        article = tmp / "article.txt"
        article.write_text(generate.article(EXTRACT_BYTES), encoding="utf-8")
        size_mb = article.stat().st_size / 1e6
        rows = []
        res = measure("scan", [str(article)], a.runs)
        scan_rate = size_mb / med(res, "run_cpu")
        rows.append(
            [
                "scanner.scan (figures in free text)",
                sec(med(res, "run_wall")),
                sec(med(res, "run_cpu")),
                f"{scan_rate:.1f} MB/s",
                f"{res[0]['figures']:,}",
            ]
        )
        if "extract" in commands:
            short = tmp / "short.txt"
            short.write_text(generate.article(2_000), encoding="utf-8")
            res = measure("rate", [str(short), "extract", str(article)], a.runs)
            rate = size_mb / med(res, "run_cpu")
            rows.append(
                [
                    "factcheck extract",
                    sec(med(res, "run_wall")),
                    sec(med(res, "run_cpu")),
                    f"{rate:.1f} MB/s",
                    "",
                ]
            )
            budgets.append(("extract", f"{rate:.1f} MB/s", f"≥ {EXTRACT_MB_S:.0f} MB/s", rate >= 5))
        else:
            rows.append(["factcheck extract", "not available", "", "", ""])
            budgets.append(("extract", "not available", f"≥ {EXTRACT_MB_S:.0f} MB/s", None))
        print(f"a {size_mb:.1f} MB Chinese text ({a.runs} runs + 1 warm-up; rate on CPU time)")
        print(table(rows, ["what", "wall", "CPU", "rate", "figures"]))
        print()

        print("budgets (issue 8)")
        print(
            table(
                [[what, got, limit, STATUS[ok]] for what, got, limit, ok in budgets],
                ["budget", "measured", "limit", ""],
            )
        )
        print(f"\nmachine at the end: {machine()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    missed = [b for b in budgets if b[3] is False]
    return 1 if a.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
